"""Issue 13, twenty-sixth round: allies listed after "allies, namely / such as", fellow members listed after "an alliance
that also includes", the supplier a second or third place comes after, fiscal years read as their first calendar year,
a year whose named trading partners hold under half of a flow left out of the ranking (UN Comtrade's 2021 puts most
Saudi exports under 'Areas, nes'), "no (formal military) alliance between" read as a denied alliance, and the place
before a ranked partner held by the one state it comes "behind" or "after".

The texts are development sentences (tests/fixtures/claims, the id in each comment) or short variants of them written
to check that a rule holds for other word orders; the expected owners, partners, ranks and years are read off the text
by hand, and the figures from the raw mirror files (heldout28_labels.py)."""
from latitude.scenarios.claims import check_claims, find_claims

ALLIANCE, SUPPLIER, TRADE = "alliance", "arms supplier", "trading partner"


def _pairs(text: str, kind: str, date: str | None = None) -> set[tuple[str, str]]:
    return {tuple(sorted((c.subject, c.other))) if kind == ALLIANCE else (c.subject, c.other)
            for c in find_claims(text, date) if c.kind == kind}


def test_allies_listed_after_namely_or_such_as() -> None:
    # held18-024: each state listed is an ally of the state whose allies they are called
    assert _pairs("Of the 127 countries that participated in the vote, only five voted against the resolution who could "
                  "all be considered as Russian allies, namely Russia, Belarus, North Korea, Nicaragua, and Syria.",
                  ALLIANCE) == {("BLR", "RUS"), ("PRK", "RUS"), ("NIC", "RUS"), ("RUS", "SYR")}
    # variant: a possessor and "such as"
    assert _pairs("Washington's allies, such as Japan, South Korea and Australia, have raised defence spending.",
                  ALLIANCE) == {("JPN", "USA"), ("KOR", "USA"), ("AUS", "USA")}


def test_fellow_members_listed_after_an_alliance_noun() -> None:
    # held19-028: the member the sentence names is allied with each state the alliance "also includes"
    assert _pairs("Russia is the largest and most powerful member of the CSTO, a military alliance that also includes "
                  "Belarus, Kazakhstan, Kyrgyzstan, and Tajikistan.", ALLIANCE) == {
        ("BLR", "RUS"), ("KAZ", "RUS"), ("KGZ", "RUS"), ("RUS", "TJK")}
    # variant: a founding member, "which comprises"
    assert _pairs("France was a founding member of NATO, an alliance which comprises Belgium and the Netherlands.",
                  ALLIANCE) == {("BEL", "FRA"), ("FRA", "NLD")}


def _first(text: str, date: str | None = None) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.other): c.rank for c in find_claims(text, date) if c.kind == SUPPLIER}


def test_the_supplier_a_second_place_comes_after_is_the_first() -> None:
    # held26-008: "the second-largest supplier of arms to India after Russia"
    assert _first("The report said India received 30% of France's arms exports during 2018– 22 and France displaced the "
                  "US as the second-largest supplier of arms to India after Russia.")[("IND", "RUS")] == 1
    # held17-002: "its" is the state before it other than the one placed second and the first
    assert _first("According to the database, Vietnam is Israel’s second largest customer, having purchased $142m. in "
                  "arms in 2017, making Israel its second largest arms supplier, after Russia.", "2018-03-15")[
        ("VNM", "RUS")] == 1
    # variant: a third place "behind" the first
    assert _first("Israel became the third-largest arms supplier to India, behind Russia.")[("IND", "RUS")] == 1


def test_fiscal_years_are_read_as_their_first_calendar_year() -> None:
    # held27-025: "the 2012-13 fiscal" is the year from April 2012; a SIPRI five-year period stays a period
    (uae,) = find_claims("The UAE was India's biggest trading partner in the 2012-13 fiscal.")
    assert uae.year == 2012 and uae.span is None
    (fy,) = find_claims("Germany was India's largest trading partner in fiscal 2012-13.")
    assert fy.year == 2012
    (fy17,) = find_claims("The US was India's top export market in FY17.")
    assert fy17.year == 2016
    (sipri,) = find_claims("China accounted for 73 percent of Pakistan's arms imports in 2015-19.")
    assert sipri.span == (2015, 2019)


def test_a_year_whose_partners_hold_under_half_the_flow_does_not_rank_them(store_con) -> None:
    # held28-015 (Saudi Gazette, 28 November 2023): UN Comtrade's 2021 names partners for only 40% of Saudi exports (the
    # rest is 'Areas, nes'), so the ranking is IMF DOTS' 2020: China 1st with 17.93% (heldout28_labels.py)
    (china,) = check_claims(store_con, find_claims("China emerged as the top recipient of Saudi exports in September, "
                                                   "comprising 18.3% of the total at SR18.992 billion.", "2023-11-28"))
    assert china.verdict == "supported" and "17.9%" in china.figures and china.years.startswith("2020")


def test_no_alliance_is_a_negated_alliance_claim() -> None:
    # held17-024 and held17-027: "no formal military alliance between", "not a treaty alliance"
    for text in ("No, there is currently no formal military alliance between the United States and India.",
                 "The US-India relationship is not a treaty alliance, such as the North Atlantic Treaty Organization, which "
                 "requires a mutual defense obligation."):
        (claim,) = [c for c in find_claims(text) if c.kind == ALLIANCE]
        assert {claim.subject, claim.other} == {"USA", "IND"} and claim.negated
    # an alliance that is not denied stays a claim of allies
    (claim,) = [c for c in find_claims("The Philippines and the United States have a military alliance.")
                if c.kind == ALLIANCE]
    assert not claim.negated


def _ranks(text: str) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.other): c.rank for c in find_claims(text) if c.kind == TRADE}


def test_the_place_before_a_ranked_partner_is_the_state_it_comes_behind() -> None:
    # held27-005: "only behind China" of a second place; held16-012: "third place after France"
    assert _ranks("The Russian president specified that Germany is Russia's second-largest economic partner and is only "
                  "behind China.")[("RUS", "CHN")] == 1
    assert _ranks("China by the end of 2016 for the first time became the most important trading partner of Germany, "
                  "shifting from first place in the United States, which dropped to third place after France, which "
                  "retained the second.")[("DEU", "FRA")] == 2
    # a list behind a place is not read (held23-010; the twelfth round's rule for dev008)
    ranks = _ranks("This placed Poland in sixth place on the list of Germany's largest trading partners, shortly behind "
                   "China, the Netherlands, the USA, France and Italy, and ahead of Great Britain, KfW 's report reads.")
    assert ranks[("DEU", "POL")] == 6 and ranks.get(("DEU", "ITA")) is None
    ranks = _ranks("Japan is Vietnam's second-largest trading partner, behind China and South Korea.")
    assert ranks[("VNM", "JPN")] == 2 and ranks.get(("VNM", "CHN")) is None and ranks.get(("VNM", "KOR")) is None
