"""Issue 13, coder round 223: the article's own meeting named by its noun after a preposition. A definite meeting or
call noun right after "during" is the scene of the sentence's act, one occasion the article told of: the plural ("During
the meetings, Trump highlighted ...", "During these meetings, Vietnamese leaders reaffirmed ...") is no series of
meetings (coder round 56's `_series`), and "conversation" there is a call (not a dialogue in general, `_call_noun`),
each read as "the meeting" and "the call" are, with the article's last pair. Expectations are hand labels of the cited
sets' conventions; the development tests (held-out 97 ZN004, 155 HX029, 126 VT029, 82 CY069) and the general tests
fail with main's code (no record); the guards hold on both."""

from prose_rows import row_pairs, sentence_pairs


def test_during_the_meetings_trump_highlighted():
    # held-out 97 ZN004: "During the meetings, Trump highlighted the challenges caused by the Chinese government
    # intervention in its economy ..." (labelled USA<>CHN CONSULT; main: no record)
    assert frozenset(("USA", "CHN")) in row_pairs("heldout97_prose.tsv", "ZN004")


def test_during_these_meetings_vietnamese_leaders_reaffirmed():
    # held-out 155 HX029: "During these meetings, Vietnamese leaders reaffirmed that the Party and State of Việt Nam
    # value to Brazil, ..." (labelled VNM<>BRA CONSULT; main: no record)
    assert frozenset(("VNM", "BRA")) in row_pairs("heldout155_prose.tsv", "HX029")


def test_during_the_conversation_the_parties_discussed():
    # held-out 126 VT029: "During the conversation, the parties discussed pressing issues concerning the further
    # strengthening of Uzbek-Russian relations ..." (labelled UZB<>RUS CONSULT; main: no record)
    assert frozenset(("UZB", "RUS")) in row_pairs("heldout126_prose.tsv", "VT029")


def test_issues_addressed_during_the_meetings():
    # held-out 82 CY069: "Among the key issues expected to be addressed during the meetings include counter terrorism;
    # ..." (labelled USA<>KEN CONSULT; main: no record)
    assert frozenset(("USA", "KEN")) in row_pairs("heldout82_prose.tsv", "CY069")


MET = "President Xi Jinping met President Vladimir Putin in Moscow on Monday. "
CALLED = "Xi Jinping held a phone call with Vladimir Putin on Monday. "


def test_a_plural_meeting_noun_and_a_conversation_after_during():
    assert sentence_pairs(MET + "During the meetings, Putin highlighted the importance of trade.", "During") == {frozenset(("CHN", "RUS"))}
    assert sentence_pairs(CALLED + "During the conversation, Putin highlighted the importance of trade.", "During") == {frozenset(("CHN", "RUS"))}


def test_guards_a_sentence_alone_and_a_series_not_after_during():
    assert not sentence_pairs("During the meetings, Putin highlighted the importance of trade.", "During")
    assert not sentence_pairs("During the conversation, Putin highlighted the importance of trade.", "During")
    # a plural that names none of its parties, not after "during", stays a series (coder round 56)
    assert not sentence_pairs(MET + "Some of the key summits have left an indelible mark on history.", "Some")
