"""Issue 13, coder round 252: a meeting's parties listed after its noun — a meeting's noun ("meeting", "summit",
"talks", "consultations", "conference") followed by "among", "between", "of" or "held by" and three to five states
listed right after it is a meeting of every pair of them, in an article. Expectations are hand labels of the cited
sets' conventions; the development tests (held-out 154 DS001, 57 SE055, 214 XL001, 248 HW001) and the general tests
fail with main's code (one pair of the list, or none); the guards (a list that ends before a later state, a meeting
only agreed on, a "dialogue" that names a process) hold on both."""

from prose_rows import row_pairs, sentence_pairs, trio_pairs


def test_summit_meeting_among_a_list():
    # held-out 154 DS001: "26th May 2024 – (Seoul) Chinese Premier Li Qiang arrived in Seoul on Sunday to participate in
    # the ninth Trilateral Summit Meeting among China, Japan, and South Korea." (labelled CHN>KOR CONSULT, CHN<>JPN and
    # JPN<>KOR AGREE/CONSULT; main: the visit's CHN-KOR only)
    assert trio_pairs("CHN", "JPN", "KOR") <= row_pairs("heldout154_prose.tsv", "DS001")


def test_upcoming_meeting_among_a_list():
    # held-out 57 SE055: "He thinks that Kono's visit to China is partly to prepare for the upcoming meeting among
    # China, South Korea and Japan." (labelled JPN>CHN, CHN<>KOR, CHN<>JPN, KOR<>JPN AGREE/CONSULT; main: JPN-CHN only)
    assert trio_pairs("CHN", "KOR", "JPN") <= row_pairs("heldout57_prose.tsv", "SE055")


def test_summit_between_a_list():
    # held-out 214 XL001: "Prime Minister Kyriakos Mitsotakis travels to Cairo on Wednesday for the 10th Trilateral
    # Summit between Greece, Cyprus and Egypt, a high-stakes meeting held against a rapidly changing geopolitical
    # landscape." (the three pairs AGREE/CONSULT; main: the trip's GRC-EGY only)
    assert trio_pairs("GRC", "CYP", "EGY") <= row_pairs("heldout214_prose.tsv", "XL001")


def test_summit_held_by_listed_leaders():
    # held-out 248 HW001: "Cairo, April 7 (Petra) -- A joint communiqué was released at the conclusion of the trilateral
    # summit held by His Majesty King Abdullah II, Egypt President Abdul Fattah Al Sisi, and France President Emmanuel
    # Macron in Cairo on Monday, according to a royal court statement." (the three pairs CONSULT; main: none)
    assert trio_pairs("JOR", "EGY", "FRA") <= row_pairs("heldout248_prose.tsv", "HW001")


LEAD = "Officials met in the city on Wednesday for the annual meeting. "
TRIO = trio_pairs("KEN", "GHA", "NGA")


def test_general_listed_after_a_meeting_noun():
    held_by = ("The statement came at the end of the trilateral summit held by Kenyan President William Ruto, Ghanaian "
               "President John Mahama and Nigerian President Bola Tinubu in Abuja.")
    assert sentence_pairs(LEAD + held_by, "The statement") == TRIO
    of = "The ministers signed a trade pact at the conference of Kenya, Ghana and Nigeria on Friday."
    assert sentence_pairs(LEAD + of, "The ministers") == TRIO
    among = "Ruto flew to Accra on Monday for the second summit among Kenya, Ghana and Nigeria."
    assert TRIO <= sentence_pairs(LEAD + among, "Ruto flew")


def test_guards_a_list_that_ends_an_agreed_meeting_and_a_dialogue():
    ended = "The meeting of Kenya and Ghana was held in Nairobi, before a visit to Nigeria."
    assert frozenset(("KEN", "NGA")) not in sentence_pairs(LEAD + ended, "The meeting of")
    # after held-out 13 M117's shape ("At the same time, both leaders agreed to hold a trilateral summit among Korea,
    # China and Japan in Korea ...", labelled KOR<>CHN AGREE only)
    met = "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Tuesday. "
    agreed = ("At the same time, both leaders agreed to hold a trilateral summit among Kenya, Ghana and Nigeria in Kenya "
              "to ease trade disputes.")
    assert not sentence_pairs(met + agreed, "At the same time") - {frozenset(("KEN", "GHA"))}
    dialogue = "Dialogue between Kenya, Ghana and Nigeria has been ongoing for the last five years."
    assert not sentence_pairs(LEAD + dialogue, "Dialogue between") & TRIO
