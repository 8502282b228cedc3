"""Issue 13, twenty-fifth round: trading-partner roles in every inflection ("exports destination", "export partner",
"source of imported goods", "recipient of Saudi exports"), a kind of goods between the owner and the flow ("total Saudi
commodity exports"), places claimed, secured or occupied, the next places after "followed by", a share of "the total"
or a place that continues the article's ranking in a sentence naming no owner, an arms recipient placed after
"has also become", shares told with participles ("buys", "making up") or as "a share of N% of" the owner's trade, and
a possessor that is never the partner of a share told after it.

The texts are development sentences (tests/fixtures/claims, the id in each comment) or short variants of them written
to check that a rule holds for other inflections and word orders; the expected owners, partners, ranks, shares and
flows are read off the text by hand. `find_claims` needs no store."""
from latitude.scenarios.claims import find_claims

TRADE = "trading partner"


def _read(text: str, kind: str = TRADE) -> dict[tuple[str, str], tuple]:
    return {(c.subject, c.other): (c.rank, c.share, c.flow) for c in find_claims(text, None) if c.kind == kind}


def test_roles_in_every_inflection() -> None:
    # held27-026 and held27-027: "exports destination", and the places after "followed by"
    assert _read("However, with the revival of demand in advanced economies, the US has re-emerged as India's top exports "
                 "destination.") == {("IND", "USA"): (1, None, "exports")}
    assert _read("In the 2012-13 fiscal, UAE was India's top exports destination followed by the US and Singapore, the "
                 "study pointed out.") == {("IND", "ARE"): (1, None, "exports"), ("IND", "USA"): (2, None, "exports"),
                                           ("IND", "SGP"): (3, None, "exports")}
    # held23-023: a source of imported goods "in" its owner
    assert _read("China was the second-biggest source of imported goods in the United States last year on a "
                 "customs-cleared basis.") == {("USA", "CHN"): (2, None, "imports")}
    # variants: export and import (trading) partners
    assert _read("Germany is France's largest export partner.") == {("FRA", "DEU"): (1, None, "exports")}
    assert _read("China is Vietnam's biggest import trading partner.") == {("VNM", "CHN"): (1, None, "imports")}


def test_places_claimed_secured_or_occupied_with_shares_of_goods_exports() -> None:
    # held28-016 and held28-017: the share names the owner ("total Saudi commodity exports"), the place the rank
    assert _read("Japan claimed the second spot with goods worth SR11.374 billion, representing around 11% of total "
                 "Saudi commodity exports.") == {("SAU", "JPN"): (2, 11.0, "exports")}
    assert _read("South Korea secured the third position, receiving goods valued at SR10.247 billion, accounting for "
                 "9.9% of total Saudi commodity exports.") == {("SAU", "KOR"): (3, 9.9, "exports")}
    # held28-015: a recipient of a state's exports (its share, after the owner, is not read)
    assert _read("China emerged as the top recipient of Saudi exports in September, comprising 18.3% of the total at "
                 "SR18.992 billion.") == {("SAU", "CHN"): (1, None, "exports")}
    # variants: other verbs and the passive
    assert _read("Germany held the second place, accounting for 8% of total French goods exports.") == {
        ("FRA", "DEU"): (2, 8.0, "exports")}
    assert _read("China accounted for 15% of total Indian imports, and the third spot was occupied by the UAE.") == {
        ("IND", "CHN"): (None, 15.0, "imports"), ("IND", "ARE"): (3, None, "imports")}


def test_a_ranking_goes_on_in_a_sentence_that_names_no_owner() -> None:
    # held28-012 / held28-013 / held28-014 (the Saudi imports of August 2022): "of the total" and a place
    prior = "As for Saudi imports, China took the lead, accounting for 22.2 percent of the total imports of Saudi Arabia."
    assert _read(f"{prior} The US followed with SR6.5 billion, or 9.8 percent of the total.")[("SAU", "USA")] == (
        None, 9.8, "imports")
    assert _read(f"{prior} India came in third with SR4.7 billion, or 7.1 percent of the total imports, showed the "
                 "report.")[("SAU", "IND")] == (3, 7.1, "imports")
    # held23-002: after a sentence about arms the ranking is of arms, which the arms readers continue, not trade
    assert _read("Its biggest client was Pakistan, which received 35% of China's arms exports, followed by Bangladesh at "
                 "20%. Myanmar came in third at 16%.") == {}


def test_an_arms_recipient_after_has_also_become() -> None:
    # held26-013
    got = _read("Turkey has also become the third largest recipient of arms from the U.S., which was the top arms exporter "
                "in the same period.", "arms exports")
    assert got == {("USA", "TUR"): (3, None, "total")}


def test_shares_told_with_participles_and_no_possessor_as_partner() -> None:
    # held16-035: "buys" a share of the owner's exports
    assert _read("China buys a massive 32.5% of Australia’s exports, making it Australia’s largest trading partner by "
                 "far.")[("AUS", "CHN")][1:] == (32.5, "exports")
    # held26-023: a recipient "making up" a share of the exporter's arms exports
    assert _read("Those arms predominantly went to Pakistan, making up 63 per cent of China’s total arms exports with a "
                 "total value of US$5.28 billion over that period.", "arms exports") == {("CHN", "PAK"): (None, 63.0, "total")}
    # held15-010 and held18-015: a possessor is an owner, never the partner of a share told after it
    assert set(_read("Currently, Japan is one of Viet Nam's key trading partners, constituting 10 per cent of the "
                     "country's total trade turnover.")) == {("VNM", "JPN")}
    assert ("CHN", "RUS") not in _read("China is Russia's best customer, taking 45% of its total exports.")


def test_a_share_a_partner_has_or_shows_in_the_owners_trade() -> None:
    # held23-012
    assert _read("In 2016 Germany showed a share of 30% of the total volume of the Czech external trade.") == {
        ("CZE", "DEU"): (None, 30.0, "total")}
    # variants: "a N% share in", "X's share of Y's trade was N%"
    assert _read("China had a 15 percent share in Japan's exports.") == {("JPN", "CHN"): (None, 15.0, "exports")}
    assert _read("Russia's share of Ukraine's total trade was 8%.") == {("UKR", "RUS"): (None, 8.0, "total")}
