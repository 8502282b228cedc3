"""Issue 13, coder round 260: a meeting's parties told as an apposition — a plural noun of officials ("leaders",
"ministers", "diplomats", "attendees", ...) whose parties are told right after it or its "of" phrase, in a part set off
by spaced dashes or after "comprising", "consisting of" or "made up of", is a meeting of every pair of them when the
sentence tells a meeting after the apposition (or the noun is one of attendance), in an article. Expectations are hand
labels of the cited sets' conventions; the development tests (held-out 173 GK001, 250 JV002, 183 UF001) and the
general tests fail with main's code (no pair, or one); the guards (one party's partners set off by dashes with no
meeting told after them, a meeting only possible, an apposition with no meeting after it) hold on both."""

from prose_rows import row_pairs, sentence_pairs, trio_pairs


def test_diplomats_of_a_list_with_their_names_set_off_by_dashes():
    # held-out 173 GK001: "Tokyo: The top diplomats of Japan, the United States and South Korea – Yoshimasa Hayashi,
    # Antony Blinken and Park Jin – held online talks to discuss an upcoming trilateral summit, due Friday, ..."
    # (the three pairs CONSULT and AGREE/CONSULT; main: none)
    assert trio_pairs("JPN", "USA", "KOR") <= row_pairs("heldout173_prose.tsv", "GK001")


def test_attendees_set_off_by_dashes():
    # held-out 250 JV002: "As ever, attendees — Prime Minister Fumio Kishida, Chinese Premier Li Qiang and the host,
    # South Korean President Yoon Suk-yeol — found common ground on economic issues, ..." (the three pairs CONSULT;
    # main: JPN-CHN only, as an agreement)
    assert trio_pairs("JPN", "CHN", "KOR") <= row_pairs("heldout250_prose.tsv", "JV002")


def test_ministers_of_a_group_comprising_a_list():
    # held-out 183 UF001: "The foreign ministers of the Quadrilateral Security Dialogue (Quad), comprising the US,
    # Japan, Australia, and India, reaffirmed their nations' commitment to a free and open Indo-Pacific region during a
    # meeting held in Washington." (the six pairs CONSULT; main: none)
    quad = trio_pairs("USA", "JPN", "AUS") | trio_pairs("USA", "IND", "JPN") | {frozenset(("AUS", "IND"))}
    assert quad <= row_pairs("heldout183_prose.tsv", "UF001")


LEAD = "Officials gathered in the capital on Wednesday for the annual meeting. "
TRIO = trio_pairs("KEN", "GHA", "NGA")


def test_general_apposed_lists():
    attendees = ("As before, attendees - Kenyan President William Ruto, Ghanaian President John Mahama and Nigerian "
                 "President Bola Tinubu - found common ground on trade.")
    assert sentence_pairs(LEAD + attendees, "As before") == TRIO
    comprising = ("The trade ministers of the East African Community, comprising Kenya, Tanzania and Uganda, "
                  "reaffirmed their commitment to a customs union during a meeting held in Arusha.")
    assert sentence_pairs(LEAD + comprising, "The trade ministers") == trio_pairs("KEN", "TZA", "UGA")


def test_guards_partners_set_off_a_possible_meeting_and_no_meeting():
    partners = ("Ruto thanked the leaders of three neighbours - Ghana, Nigeria and Togo - for their aid in a speech "
                "in Nairobi.")
    assert frozenset(("GHA", "NGA")) not in sentence_pairs(LEAD + partners, "Ruto thanked")
    possible = ("The trade ministers of Kenya, Ghana and Nigeria - Amina Wanjiru, Kofi Mensah and Chidi Obi - might "
                "meet in Accra next month.")
    assert not sentence_pairs(LEAD + possible, "The trade ministers")
    unmet = ("The finance ministers of Kenya, Ghana and Nigeria - all three former central bankers - have each "
             "criticised the new tariff.")
    assert not TRIO <= sentence_pairs(LEAD + unmet, "The finance ministers")  # no meeting of the three
