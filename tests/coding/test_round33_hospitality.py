"""Issue 13, coder round 33: the hospitality and ceremony lexicon made complete (`diplomacy._hospitality`,
`_honour_trigger`, `_guest_of`, `_welcomed_to`). Development rows are quoted from cited sets
(tests/fixtures/coding/, row ids given) and coded in their article, as `prose_scores` codes them; the
expectations are their hand labels, written before this round. The lexicon test reads lone sentences written
for the test, one per verb form, with the host and guest a reader gives them. Each test fails with main's coder
(aa92005)."""

from latitude.coding.coder import code_sentence
from prose_rows import coded_row, labels_found


def _pairs(sentence: str) -> set[tuple[str, str, str]]:
    return {(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)}


def test_a_host_treating_a_guest_to_a_ceremony_hosts_him():
    # held-out 31 (wlns.com, "Pomp and flattery: Asia rolls out the red carpets for Trump"), b026, CHN<>USA
    # CONSULT: "China was next and treated Trump to a welcome ceremony he says he will never forget."
    assert labels_found("heldout31_prose.tsv", "b026") == [True]


def test_a_welcome_with_no_host_named_is_a_visit_to_the_place_named():
    # held-out 31 (gorus.online, "High-level diplomatic protocol"), b052, RUS<>ARE CONSULT: "In Abu Dhabi, the
    # Russian delegation was welcomed with a grand reception featuring artillery salutes."
    assert labels_found("heldout31_prose.tsv", "b052") == [True]


def test_inspecting_the_guard_of_honour_is_a_meeting_or_a_visit():
    # held-out 34 (CBN's White House blog, Hu Jintao's 2011 arrival), d076, USA<>CHN CONSULT: "Obama and Hu also
    # inspected the honor guards."; held-out 19 (Obama's 2014 Malaysia visit), G053, USA>MYS CONSULT: "... and
    # Obama inspected an elaborate honor guard in crisp green and white before the ceremony ended."
    assert labels_found("heldout34_prose.tsv", "d076") == [True]
    assert labels_found("heldout19_prose.tsv", "G053") == [True]


def test_a_welcoming_participle_after_a_past_copula_reports():
    # held-out 31 (wlns.com), b025, JPN<>USA CONSULT: "Japan was first to roll out the red carpet, welcoming
    # Trump with an elaborate palace ceremony and a round of golf with one of its champion players."
    assert labels_found("heldout31_prose.tsv", "b025") == [True]


def test_a_guests_hosts_are_the_state_he_visits():
    # held-out 19 (Obama's 2014 Malaysia visit), G047, USA>MYS CONSULT: "Excited by the occasion, Obama's hosts
    # are treating him to a truly royal welcome."
    row, records = coded_row("heldout19_prose.tsv", "G047")
    assert [(r["source"], r["target"], r["plover"]) for r in records] == [("USA", "MYS", "CONSULT")]


def test_a_pronoun_guest_is_the_articles_visitor():
    # held-out 28 (Sharif at the White House), z016, PAK>USA CONSULT: "..., the US extended the red carpet
    # treatment to Sharif, welcoming him to the White House with a marine honor guard lining up to greet him."
    assert labels_found("heldout28_prose.tsv", "z016") == [True]


def test_the_hospitality_verbs_in_every_form():
    biden_ruto, ruto_visit = ("USA", "KEN", "CONSULT"), ("KEN", "USA", "CONSULT")
    # in the host's own capital the guest visits too (coder round 47: "Xi received Lee in Beijing")
    assert _pairs("Chinese President Xi Jinping treated US President Donald Trump to a state banquet in Beijing.") == {("CHN", "USA", "CONSULT"), ("USA", "CHN", "CONSULT")}
    # with no place named the guest visits the host's state (coder round 51)
    assert _pairs("US President Donald Trump was treated to a state banquet by Chinese President Xi Jinping.") == {("CHN", "USA", "CONSULT"), ("USA", "CHN", "CONSULT")}
    assert _pairs("US President Joe Biden honoured Kenyan President William Ruto with a state dinner.") == {biden_ruto, ruto_visit}
    assert _pairs("Kenyan President William Ruto was honoured with a state dinner by US President Joe Biden.") == {biden_ruto, ruto_visit}
    assert _pairs("US President Joe Biden accorded Kenyan President William Ruto a 21-gun salute.") == {biden_ruto, ruto_visit}
    assert _pairs("Kenyan President William Ruto was accorded a 21-gun salute by US President Joe Biden.") == {biden_ruto, ruto_visit}
    assert _pairs("Russian President Vladimir Putin received a ceremonial 21-gun salute in New Delhi.") == {("RUS", "IND", "CONSULT")}
    assert _pairs("Russian President Vladimir Putin enjoyed a lavish reception in New Delhi.") == {("RUS", "IND", "CONSULT")}
    assert _pairs("Indian Prime Minister Narendra Modi hugged French President Emmanuel Macron at the airport.") == {("IND", "FRA", "CONSULT")}
    assert _pairs("Indian Prime Minister Narendra Modi entertained Japanese Prime Minister Shinzo Abe in Gujarat.") == {("IND", "JPN", "CONSULT"), ("JPN", "IND", "CONSULT")}
    assert _pairs("Japanese Prime Minister Shinzo Abe gave US President Donald Trump a tour of Akasaka Palace.") == {("JPN", "USA", "CONSULT"), ("USA", "JPN", "CONSULT")}
    assert _pairs("Saudi King Salman lavished US President Donald Trump with a royal welcome.") == {("SAU", "USA", "CONSULT"), ("USA", "SAU", "CONSULT")}
    assert _pairs("Chinese President Hu Jintao reviewed the honor guard in Washington.") == {("CHN", "USA", "CONSULT")}
    # no honours, no guest: figurative or other uses of the same verbs
    assert _pairs("Beijing treats the issue as an internal matter.") == set()
    assert _pairs("Chinese President Xi Jinping treated the protesters harshly.") == set()
    assert _pairs("The government gave farmers a subsidy.") == set()
    assert _pairs("The committee reviewed the proposal from Japanese Prime Minister Shinzo Abe.") == set()


def test_hosting_a_leaders_visit_is_the_leaders_visit():
    # held-out 18 (an opinion piece on Modi's neighbourhood policy), T140, IND>BTN CONSULT: "..., Bhutan had hosted
    # Prime Minister Modi's first foreign visit." (main: BTN > IND CONSULT, the pair backwards)
    row, records = coded_row("heldout18_prose.tsv", "T140")
    assert [(r["source"], r["target"], r["plover"]) for r in records] == [("IND", "BTN", "CONSULT")]
