"""Issue 13, twenty-third round: trading-partner claims whose owners are written after "for", in brackets or before a
dash, partners given two ranks at once, and rank nouns in more inflections.

The texts are development sentences (tests/fixtures/claims, the id in each comment), with the sentence before them where
the claim needs it, or short variants of them written to check that a rule holds for other inflections and word orders;
the expected owners, partners, ranks and shares are read off the text by hand. `find_claims` needs no store."""
from latitude.scenarios.claims import find_claims

TP = "trading partner"


def _read(text: str, date: str | None = None) -> dict[tuple[str, str], tuple]:
    return {(c.subject, c.other): (c.rank, c.share, c.flow) for c in find_claims(text, date) if c.kind == TP}


def test_a_partner_for_a_list_of_owners_with_shares() -> None:
    # held26-025: each share is of the state after "for" or listed after it, until the next "X for"
    text = ("In some Member States, over a quarter of exports went to one single partner. This partner was Germany for "
            "Czechia (32% of exports of goods), Austria (30%), Poland (28%), Hungary and Luxembourg (both 27%), the "
            "United States for Ireland (28%) and Spain for Portugal (25%).")
    assert {p: v[1] for p, v in _read(text).items()} == {
        ("CZE", "DEU"): 32.0, ("AUT", "DEU"): 30.0, ("POL", "DEU"): 28.0, ("HUN", "DEU"): 27.0, ("LUX", "DEU"): 27.0,
        ("IRL", "USA"): 28.0, ("PRT", "ESP"): 25.0}
    assert {v[2] for v in _read(text).values()} == {"exports"}
    # a bracketed share after a state that does not continue the list is not a partner's share
    assert ("ITA", "DEU") not in _read("Germany for France (20% of exports). Italy (15%) trades less.")


def test_owners_in_brackets_and_before_a_dash() -> None:
    # held26-026 and held18-007: "Lithuania (Russia)" after a ranking of main partners; the owners before "(the United
    # States was ...)" or "— for whom the United States was ..."
    text = ("In almost all EU Member States, the main partner for exports of goods in 2018 was another member of the "
            "European Union, except for Germany, Ireland, and the United Kingdom (the United States was the main "
            "destination of exports) as well as Cyprus (Cayman Islands) and Lithuania (Russia).")
    got = _read(text)
    assert {p: v[0] for p, v in got.items() if p[0] != "CYP"} == {("DEU", "USA"): 1, ("IRL", "USA"): 1,
                                                                 ("GBR", "USA"): 1, ("LTU", "RUS"): 1}
    assert got[("LTU", "RUS")][2] == "exports"
    text = ("In almost all EU member states, the main partner for the export of goods in 2016 was another member of the "
            "European Union, except for Germany, Ireland, Malta and the United Kingdom — for whom the United States was "
            "the main destination of exports — as well as Lithuania (Russia).")
    assert set(_read(text)) == {("DEU", "USA"), ("IRL", "USA"), ("MLT", "USA"), ("GBR", "USA"), ("LTU", "RUS")}
    # held20-002: "For three countries—France, Italy, and Türkiye—Germany became the largest export market."
    text = "For three countries—France, Italy, and Türkiye—Germany became the largest export market."
    assert {p: v[0] for p, v in _read(text).items()} == {("FRA", "DEU"): 1, ("ITA", "DEU"): 1, ("TUR", "DEU"): 1}
    # a state named in brackets with no ranking of partners before it is no owner
    assert _read("The talks between Germany (Berlin) and Russia (Moscow) ended.") == {}


def test_two_partners_given_two_ranks() -> None:
    # held20-006: the owner is "its"; the US's "comes in fifth" is a place in the same ranking
    text = ("Imposing sanctions would likely push Turkey yet closer to Russia and China, its first and third largest "
            "sources of imports ahead of the US, which comes in fifth.")
    assert {p: v[0] for p, v in _read(text).items()} == {("TUR", "RUS"): 1, ("TUR", "CHN"): 3, ("TUR", "USA"): 5}
    assert {v[2] for v in _read(text).values()} == {"imports"}
    # a variant: the owner written out, "second and fourth biggest trading partners"
    text = "Japan and Germany, Vietnam's second and fourth biggest trading partners, signed the deal."
    assert {p: v[0] for p, v in _read(text).items()} == {("VNM", "JPN"): 2, ("VNM", "DEU"): 4}


def test_rank_nouns_in_more_inflections() -> None:
    # held18-004: "was followed by China as Pakistan's second-largest exporting destination": the US is first
    text = ("He said the US was followed by China as Pakistan’s second-largest exporting destination, with the country "
            "purchasing goods worth $325 million in December 2021, an increase of 25 percent.")
    assert {p: v[0] for p, v in _read(text, "2022-01-20").items()} == {("PAK", "CHN"): 2, ("PAK", "USA"): 1}
    # held25-009: an adverbial between the rank noun and the verb
    assert _read("China's biggest customer by a significant margin is the United States.")[("CHN", "USA")][0] == 1
    assert _read("Brazil's largest export market by far is China.")[("BRA", "CHN")][0] == 1
    # held20-011: "largest country trade partner"; "global" and "international" before the noun
    text = ("South African Trade and Industry Department data also showed on Friday that China replaced Germany as its "
            "largest country trade partner.")
    assert _read(text)[("ZAF", "CHN")][0] == 1
    assert _read("China is Chile's largest global trading partner.")[("CHL", "CHN")][0] == 1


def test_two_possessors_of_one_rank_noun() -> None:
    # round 22's causes: "Japan's and South Korea's largest partner"; "Japan and South Korea's ..." in both word orders
    for text in ("China is Japan's and South Korea's largest trading partner.",
                 "China is Japan and South Korea's largest trading partner.",
                 "Japan's and South Korea's largest trading partner is China."):
        assert {p: v[0] for p, v in _read(text).items()} == {("JPN", "CHN"): 1, ("KOR", "CHN"): 1}, text
    assert {p: v[2] for p, v in _read("Germany is France and Italy's main export market.").items()} == {
        ("FRA", "DEU"): "exports", ("ITA", "DEU"): "exports"}


def test_dependence_in_more_forms() -> None:
    # round 22's causes: a relative clause, the "dependant" spelling, an economy or its exporters as the subject
    def dependence(text: str) -> set[tuple[str, str]]:
        return {(c.subject, c.other) for c in find_claims(text) if c.kind == "dependence"}

    for text in ("Mongolia, which depends heavily on China, protested.", "Mongolia is dependant on China.",
                 "Mongolia's economy relies heavily on China.", "Mongolia's exporters depend on Chinese buyers."):
        assert dependence(text) == {("MNG", "CHN")}, text
