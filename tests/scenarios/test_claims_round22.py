"""Issue 13, twenty-second round: arms and trade claims given with shares and lists.

The texts are development sentences (tests/fixtures/claims, the id in each comment), with the sentence before them where
the claim needs it, or short variants of them written to check that a rule holds for other inflections and word orders;
the expected owners, partners, ranks and shares are read off the text by hand. `find_claims` needs no store."""
from latitude.scenarios.claims import find_claims

TP, AE, AS = "trading partner", "arms exports", "arms supplier"


def _read(text: str, kind: str, date: str | None = None) -> dict[tuple[str, str], tuple]:
    return {(c.subject, c.other): (c.rank, c.within, c.share) for c in find_claims(text, date) if c.kind == kind}


def test_arms_shares_beside_a_list_of_recipients() -> None:
    # held25-004: the exporter is the demonym before "arms exports went to"
    text = ("In 2020-24, the Russian Federation supplied major types of weapons to 33 countries. Two-thirds of Russian "
            "arms exports went to India (38%), China (17%), and Kazakhstan (11%).")
    assert {p: v[2] for p, v in _read(text, AE, "2025-03-10").items()} == {
        ("RUS", "IND"): 38.0, ("RUS", "CHN"): 17.0, ("RUS", "KAZ"): 11.0}
    # held24-011: no arms word in the sentence, the one before is about arms; the bracket names the exporter
    text = ("Its share in world arms exports accounts for 23 %. Among Russia's main partners, there are India (38 % of "
            "Russian exports), Vietnam (11%) and China (11 %).")
    assert {p: v[2] for p, v in _read(text, AE).items()} == {("RUS", "IND"): 38.0, ("RUS", "VNM"): 11.0,
                                                            ("RUS", "CHN"): 11.0}


def test_arms_shares_beside_a_list_of_suppliers() -> None:
    # variants of held9-017's list: the buyer before a buying verb (read as a deal on main), after "imports of" and
    # "deliveries to"; no arms word, no arms claim
    text = "Turkey bought arms mainly from Italy (40%) and the United States (35%)."
    assert {p: v[2] for p, v in _read(text, AS).items()} == {("TUR", "ITA"): 40.0, ("TUR", "USA"): 35.0}
    text = "In 2015-19 the arms imports of Algeria came from Russia (67%), China (13%) and Germany (11%)."
    assert {p: v[2] for p, v in _read(text, AS).items()} == {("DZA", "RUS"): 67.0, ("DZA", "CHN"): 13.0,
                                                            ("DZA", "DEU"): 11.0}
    text = "Arms deliveries to Egypt came from France (35%), Russia (34%) and the USA (15%)."
    assert {p: v[2] for p, v in _read(text, AS).items()} == {("EGY", "FRA"): 35.0, ("EGY", "RUS"): 34.0,
                                                            ("EGY", "USA"): 15.0}
    assert _read("China's exports went to the US (19%), Hong Kong (14%) and Japan (6.3%).", AE) == {}
    # dev023: a state after "displacing" is compared, not listed
    text = ("France came second with 29% of Indian arms imports, displacing the US at 11%, said the Stockholm "
            "International Peace Research Institute (Sipri).")
    assert ("IND", "USA") not in _read(text, AS, "2023-03-14")


def test_a_recipients_place_with_the_exporter_after_the_noun() -> None:
    # held25-002, held25-003, held25-011, held19-001: importer / purchaser / recipient "of arms from X", "of X weapons",
    # "from X", "of X's arms exports"
    cases = [("Egypt became the second largest importer of arms from France during the period from 2016 to 2020.",
              ("FRA", "EGY"), 2),
             ("The deals made Egypt the largest purchaser of German weapons during 2021.", ("DEU", "EGY"), 1),
             ("Egypt was the top arms importer from France in 2021.", ("FRA", "EGY"), 1),
             ("Pakistan was the main recipient of China's arms exports in 2013-17.", ("CHN", "PAK"), 1)]
    for text, pair, rank in cases:
        assert _read(text, AE)[pair][0] == rank, text
    # a customer noun with no arms word near it is trade, not arms
    assert _read("Egypt became the second largest importer from France in 2019.", AE) == {}


def test_a_recipients_share_of_weapon_exports_is_not_a_supplier() -> None:
    # held20-016: "of Russia's total weapon exports" is India's share of Russia's exports (read as a supplier on main)
    text = "India accounted for 27.31% of Russia's total weapon exports from 2005-2012."
    assert _read(text, AE, "2013-12-29") == {("RUS", "IND"): (None, None, 27.31)}
    assert _read(text, AS, "2013-12-29") == {}
    # held21-012: "arm imports", singular
    text = "According to SIPRI, China accounted for 51 per cent of Pakistan's arm imports in 2010-14."
    assert _read(text, AS, "2020-03-09") == {("PAK", "CHN"): (None, None, 51.0)}


def test_buying_verbs_in_every_inflection_and_main_suppliers() -> None:
    # held20-020: "sources ... primarily from" names the buyer's main suppliers
    text = ("Egypt has emerged as a major arms importer due to its strategic location and regional security concerns. It "
            "sources fighter jets, naval ships, and missile defense systems primarily from France, Russia, and the United "
            "States to counter threats in the Middle East and North Africa.")
    assert set(_read(text, AS, "2025-03-11")) == {("EGY", "FRA"), ("EGY", "RUS"), ("EGY", "USA")}
    assert {v[1] for v in _read(text, AS, "2025-03-11").values()} == {5}
    # one supplier "mainly from" is the first; "obtains" and "sourcing" are buying verbs too
    assert _read("Vietnam obtains its fighter jets mainly from Russia.", AS) == {("VNM", "RUS"): (1, None, None)}
    assert set(_read("Nigeria is sourcing helicopters from Italy.", AE)) == {("ITA", "NGA")}


def test_imports_after_a_sentence_about_arms_and_percentages_in_words() -> None:
    # held25-005: "imports" are arms imports after a sentence about buying weapons; "sixty-eight percent" in words
    text = ("But when it comes to buying weapons, India is shopping in Russia. Sixty-eight percent of India's imports were "
            "from Russia.")
    assert _read(text, AS, "2017-02-22") == {("IND", "RUS"): (None, None, 68.0)}
    assert _read(text, TP, "2017-02-22") == {}
    # with no arms sentence before, the same words are a trade share
    assert _read("Sixty-eight percent of India's imports were from China.", TP, "2017-02-22")[("IND", "CHN")][2] == 68.0


def test_clients_in_a_with_phrase() -> None:
    # held18-014: "with South Korea and Israel the main buyers" after the sentence about SIPRI's weapons counts
    text = ("SIPRI counts the deliveries of large conventional weapons, each of which are assigned a value according to "
            "cost, strategic importance and other criteria. America supplied a third of global exports by this count, "
            "with South Korea and Israel the main buyers.")
    assert _read(text, AE, "2008-07-29") == {("USA", "KOR"): (None, 5, None), ("USA", "ISR"): (None, 5, None)}


def test_a_trade_share_list_continued_after_while() -> None:
    # held22-007: "while the US gets 11% and Japan 5.5%" (the verb written once) after the phrase patterns' ranking
    text = ("China is by far New Zealand’s largest trading partner, with Australia ranked second with 13% of total "
            "exports, while the US gets 11% and Japan 5.5%.")
    read = _read(text, TP, "2021-05-26")
    assert read[("NZL", "USA")][2] == 11.0 and read[("NZL", "JPN")][2] == 5.5


def test_recipients_listed_before_the_noun_and_shares_of_an_exporters_arms() -> None:
    # variants of held19-001 and held23-004: a list of recipients before "the main recipients of China's arms exports"
    # (the last one only on main), a share of "US arms" with no flow noun; a share of "US arms imports" stays a supplier's
    text = "Pakistan, Bangladesh and Algeria were the main recipients of China's arms exports in 2016-20."
    assert _read(text, AE) == {("CHN", "PAK"): (None, 5, None), ("CHN", "BGD"): (None, 5, None),
                               ("CHN", "DZA"): (None, 5, None)}
    assert _read("Saudi Arabia received 24% of US arms in 2016-20.", AE) == {("USA", "SAU"): (None, None, 24.0)}
    assert _read("India accounted for 9% of US arms imports.", AE) == {}
