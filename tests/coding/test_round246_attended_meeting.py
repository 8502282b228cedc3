"""Issue 13, coder round 246: a meeting's parties told by attendance — a meeting's noun whose attendees are listed after
"attended by" or "Attending the meeting were", or as the subject of a past "attended", "took part in" or
"participated in" it (the others added by "as did"), is a meeting of every pair of the listed states, in an article.
Expectations are hand labels of the cited sets' conventions; the development tests (held-out 226 ER001 and EI002, 183
UF002, 214 XM002) and the general tests fail with main's code (no pair or one pair of the list); the guards hold on
both."""

from prose_rows import row_pairs, sentence_pairs

QUAD = {frozenset(p) for p in (("IND", "USA"), ("IND", "JPN"), ("IND", "AUS"), ("USA", "JPN"), ("USA", "AUS"), ("JPN", "AUS"))}


def test_listed_ministers_attended_the_meeting():
    # held-out 226 ER001: "India's External Affairs Minister S Jaishankar, US Secretary of State Marco Rubio, Japan's
    # Minister of Foreign Affairs Takeshi Iwaya, and Australian Foreign Minister Penny Wong attended the Quad Foreign
    # Ministers' Meeting at the US Department of State on Tuesday ..." (labelled with the six pairs; main: none)
    assert QUAD <= row_pairs("heldout226_prose.tsv", "ER001")


def test_the_meeting_attended_by_listed_ministers():
    # held-out 183 UF002: "In a joint statement issued following the meeting at the US Department of State, attended
    # by US Secretary of State Marco Rubio, Japan's Foreign Iwaya Takeshi, Australia's Foreign Minister Penny Wong, and
    # India's External Affairs Minister Subrahmanyam Jaishankar, ..." (labelled with the six pairs; main: none)
    assert QUAD <= row_pairs("heldout183_prose.tsv", "UF002")


def test_attending_the_meeting_were():
    # held-out 226 EI002: "Attending the meeting were Japan's Vice Foreign Minister Funakoshi Takehiro, US Deputy
    # Secretary of State Christopher Landau, and South Korea's Vice Foreign Minister Park Yoonjoo, said a joint statement
    # released in Tokyo." (labelled USA<>JPN, USA<>KOR, JPN<>KOR CONSULT; main: JPN-KOR only)
    assert {frozenset(("USA", "JPN")), frozenset(("USA", "KOR")), frozenset(("JPN", "KOR"))} <= row_pairs("heldout226_prose.tsv", "EI002")


def test_attended_the_meeting_as_did_his_counterparts():
    # held-out 214 XM002: "Turkish Foreign Minister Hakan Fidan attended the meeting, as did his Iranian and Russian
    # counterparts, Abbas Araghchi and Sergey Lavrov, respectively." (labelled TUR<>IRN, TUR<>RUS, IRN<>RUS CONSULT;
    # main: TUR-RUS only)
    assert {frozenset(("TUR", "IRN")), frozenset(("TUR", "RUS")), frozenset(("IRN", "RUS"))} <= row_pairs("heldout214_prose.tsv", "XM002")


LEAD = "Diplomats gathered in the city on Wednesday for the annual meeting. "
TRIO = {frozenset(("KEN", "GHA")), frozenset(("KEN", "NGA")), frozenset(("GHA", "NGA"))}


def test_general_attendance_shapes():
    by = ("The talks were attended by Kenyan Foreign Minister Musalia Mudavadi, Ghanaian Foreign Minister Samuel Ablakwa "
          "and Nigerian Foreign Minister Yusuf Tuggar.")
    assert sentence_pairs(LEAD + by, "The talks") == TRIO
    took = ("Kenyan Foreign Minister Musalia Mudavadi, Ghanaian Foreign Minister Samuel Ablakwa and Nigerian Foreign "
            "Minister Yusuf Tuggar took part in the meeting.")
    assert sentence_pairs(LEAD + took, "Kenyan Foreign") == TRIO
    did = "Kenyan Foreign Minister Musalia Mudavadi attended the meeting, as did his Ghanaian and Nigerian counterparts."
    assert sentence_pairs(LEAD + did, "Kenyan Foreign") == TRIO


def test_guards_an_infinitive_a_negation_and_a_pair():
    # an infinitive of travel: the traveller's purpose, not the list's meeting (held-out 75 NV063's shape)
    purpose = "Kenyan Foreign Minister Musalia Mudavadi flew to Ghana to attend a meeting with Nigerian officials."
    assert frozenset(("GHA", "NGA")) not in sentence_pairs(LEAD + purpose, "Kenyan Foreign")
    negated = ("Kenyan Foreign Minister Musalia Mudavadi, Ghanaian Foreign Minister Samuel Ablakwa and Nigerian Foreign "
               "Minister Yusuf Tuggar did not attend the meeting.")
    assert not sentence_pairs(LEAD + negated, "Kenyan Foreign")
    pair = "The meeting was attended by Kenyan Foreign Minister Musalia Mudavadi and Ghanaian Foreign Minister Samuel Ablakwa."
    assert sentence_pairs(LEAD + pair, "The meeting") <= {frozenset(("KEN", "GHA"))}
