"""Issue 13, coder round 233: the parties named again by a stand-in — the article's meeting's parties told by a plural
stand-in ("they", "the two leaders", "both leaders", "both sides", "the parties") as subject of a past verb of
discussing or of their words in it ("The parties also exchanged views on ...", "Both sides expressed satisfaction over
...", "They underlined sharing identical visions ...") tell that meeting (labels round 9's convention P), as coder round
178's planned topic does; the sentence names no state but the meeting's two. Expectations are hand labels of the cited
sets' conventions; the development tests (held-out 84 DH018, 116 DS029, 135 FR037, 203 XJ005) and the general test
fail with main's code (no record); the guards hold on both."""

from prose_rows import row_pairs, sentence_pairs


def test_they_underlined_in_the_meeting():
    # held-out 84 DH018: "They underlined sharing identical visions towards the necessity of enhancing the regional and
    # international cooperation ..." (labelled KWT<>OMN CONSULT; main: no record)
    assert frozenset(("KWT", "OMN")) in row_pairs("heldout84_prose.tsv", "DH018")


def test_both_sides_expressed_satisfaction():
    # held-out 116 DS029: "Both sides expressed satisfaction over the existing bilateral ties and noted the need to
    # strengthen them further." (labelled IND<>ZMB CONSULT; main: no record)
    assert frozenset(("IND", "ZMB")) in row_pairs("heldout116_prose.tsv", "DS029")


def test_the_parties_exchanged_views():
    # held-out 135 FR037: "The parties also exchanged views on several bilateral and regional issues of common interest."
    # (labelled AZE<>PSE CONSULT; main: no record)
    assert frozenset(("AZE", "PSE")) in row_pairs("heldout135_prose.tsv", "FR037")


def test_the_parties_noted_the_need():
    # held-out 203 XJ005: "The parties noted the need to strengthen cooperation between the two countries within the
    # framework of international organizations." (labelled AZE<>BLR CONSULT; main: no record)
    assert frozenset(("AZE", "BLR")) in row_pairs("heldout203_prose.tsv", "XJ005")


LEAD = (
    "Brazilian President Luiz Inacio Lula da Silva held talks with Japanese Prime Minister Fumio Kishida in Tokyo on "
    "Monday. "
)


def test_the_two_leaders_stressed_and_they_reviewed():
    s = "The two leaders stressed the importance of trade in farm products."
    assert sentence_pairs(LEAD + s, "The two leaders") == {frozenset(("BRA", "JPN"))}
    s = "They also reviewed progress on a planned investment fund."
    assert sentence_pairs(LEAD + s, "They also") == {frozenset(("BRA", "JPN"))}


def test_guards_greetings_a_hoped_meeting_a_relative_clause_and_a_sentence_alone():
    assert not sentence_pairs(LEAD + "Both leaders exchanged greetings with the crowd.", "Both leaders")
    assert not sentence_pairs(LEAD + "The two expressed hope to meet again next year.", "The two")
    op_ed = "Two retired diplomats wrote a letter in which they stressed the value of trade."
    assert not sentence_pairs(LEAD + op_ed, "Two retired")
    assert not sentence_pairs("The two leaders stressed the importance of trade in farm products.", "The two leaders")
