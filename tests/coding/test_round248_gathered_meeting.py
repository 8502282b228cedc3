"""Issue 13, coder round 248: a gathering's parties told by a verb of gathering — three to five states listed as the
subject of a past "convened", "gathered", "converged" or "came together", a present "are gathering" / "are
convening", or "convene", "gather", "converge" or "come together" after "to" or "will", are a meeting of every pair
of them, in an article. Expectations are hand labels of the cited sets' conventions; the development tests (held-out
173 KQ003, 226 EL001, 214 XK002, 174 QA002) and the general tests fail with main's code (no pair of the list); the
guards (a passive, a traveller's company, a gathering only possible, a negation) hold on both."""

from prose_rows import row_pairs, sentence_pairs, trio_pairs


def test_listed_ministers_convened_in_a_city():
    # held-out 173 KQ003: "On March 22, 2025, foreign ministers from Japan, China, and South Korea convened in Tokyo to
    # discuss collaborative efforts ..." (labelled JPN<>CHN, JPN<>KOR, CHN<>KOR CONSULT; main: none)
    assert trio_pairs("JPN", "CHN", "KOR") <= row_pairs("heldout173_prose.tsv", "KQ003")


def test_listed_ministers_are_gathering():
    # held-out 226 EL001: "In a significant diplomatic move, the defence ministers of Australia, Japan, and the United
    # States are gathering in Darwin for a pivotal meeting aimed at bolstering military cooperation." (the three pairs;
    # main: none)
    assert trio_pairs("AUS", "JPN", "USA") <= row_pairs("heldout226_prose.tsv", "EL001")


def test_listed_leaders_set_to_come_together():
    # held-out 214 XK002: "Cypriot President Nikos Christodoulides, Greek Prime Minister Kyriakos Mitsotakis, and
    # Egyptian President Abdel Fattah El-Sisi are all set to come together in Cairo alongside delegations from their
    # three governments." (the three pairs; main: none)
    assert trio_pairs("CYP", "GRC", "EGY") <= row_pairs("heldout214_prose.tsv", "XK002")


def test_the_three_leaders_to_gather():
    # held-out 174 QA002: "It was the first time for the three leaders to gather for a stand-alone trilateral summit,
    # rather than meeting on the sidelines of an international conference." (the article's three leaders; main: none)
    assert trio_pairs("JPN", "USA", "KOR") <= row_pairs("heldout174_prose.tsv", "QA002")


LEAD = "Officials met in the city on Wednesday for the annual meeting. "
TRIO = trio_pairs("KEN", "GHA", "NGA")


def test_general_gathering_shapes():
    convened = ("Kenyan Foreign Minister Musalia Mudavadi, Ghanaian Foreign Minister Samuel Ablakwa and Nigerian Foreign "
                "Minister Yusuf Tuggar convened in Nairobi on Tuesday to discuss regional trade.")
    assert sentence_pairs(LEAD + convened, "Kenyan Foreign") == TRIO
    gathering = "The foreign ministers of Kenya, Ghana and Nigeria are gathering in Nairobi for a regional meeting."
    assert sentence_pairs(LEAD + gathering, "The foreign") == TRIO
    together = "The foreign ministers of Kenya, Ghana and Nigeria came together in Nairobi on Tuesday."
    assert sentence_pairs(LEAD + together, "The foreign") == TRIO


def test_guards_a_passive_a_company_a_possibility_and_a_negation():
    passive = "The ASEAN talks, which include Kenya, Ghana and Nigeria, were also convened."
    assert not sentence_pairs(LEAD + passive, "The ASEAN") & TRIO
    company = ("Kenyan President William Ruto, accompanied by the ministers of Ghana and Nigeria, gathered in front of "
               "the new harbour.")
    assert frozenset(("GHA", "NGA")) not in sentence_pairs(LEAD + company, "Kenyan President")
    possible = "An official said there would be chances for the leaders of Kenya, Ghana and Nigeria to convene."
    assert not sentence_pairs(LEAD + possible, "An official") & TRIO
    negated = "The foreign ministers of Kenya, Ghana and Nigeria did not convene in Nairobi on Tuesday."
    assert not sentence_pairs(LEAD + negated, "The foreign") & TRIO
