"""Claims round 121 (issue 13): a list of partners each with its share in brackets after a flow and its preposition, with
no rank word ("exports were mostly destined to Russia (10.8%), Latvia (9.3%) ...", "trade turnover was registered with
China (20.5%), Russia (17.8%) ..."), is read as the owner's top partners with their shares: the owner the state before
the flow, else the subject of the sentence before when it is about trade. The development rows quoted (held113-001,
held40-026, held107-001) had no claim read on main."""
from latitude.scenarios.claims import find_claims


def _trade(text: str) -> dict[tuple[str, str], tuple[int | None, float | None, str | None]]:
    return {(c.subject, c.others[0]): (c.within, c.share, c.flow) for c in find_claims(text, None)
            if c.kind == "trading partner"}


def test_exports_destined_to_a_list_with_shares() -> None:
    # held113-001 (development): Lithuania named only in the sentence before
    got = _trade("Considered as a whole, the European Union is Lithuania’s major trading partner. In terms of single "
                 "countries, in 2021 exports were mostly destined to Russia (10.8%), Latvia (9.3%), Germany (8.2%) and "
                 "Poland (8%).")
    assert got == {("LTU", "RUS"): (5, 10.8, "exports"), ("LTU", "LVA"): (5, 9.3, "exports"),
                   ("LTU", "DEU"): (5, 8.2, "exports"), ("LTU", "POL"): (5, 8.0, "exports")}


def test_trade_turnover_registered_with_a_list_with_shares() -> None:
    # held40-026 (development): seven partners, so each is among the top seven
    got = _trade("Today Uzbekistan carries out trade relations with 156 countries of the world. The highest volume of "
                 "foreign trade turnover was registered with China (20.5%), Russia (17.8%), Kazakhstan (11.8%), Turkey "
                 "(9.3%), the Republic of Korea (4.8%), Kyrgyzstan (2.4%) and Afghanistan (2.3%).")
    assert got[("UZB", "CHN")] == (7, 20.5, "total") and got[("UZB", "AFG")] == (7, 2.3, "total")
    assert len(got) == 7


def test_a_general_importer_named_before_its_imports() -> None:
    got = _trade("Last year Morocco's imports came from Spain (15.6%), China (11.2%) and France (10.9%).")
    assert got == {("MAR", "ESP"): (5, 15.6, "imports"), ("MAR", "CHN"): (5, 11.2, "imports"),
                   ("MAR", "FRA"): (5, 10.9, "imports")}


def test_a_general_trade_list_carried_from_a_trading_subject() -> None:
    got = _trade("Kenya traded with 160 countries in 2022. Trade was conducted mostly with China (17%), India (9%) and "
                 "the United Arab Emirates (8%).")
    assert got == {("KEN", "CHN"): (5, 17.0, "total"), ("KEN", "IND"): (5, 9.0, "total"),
                   ("KEN", "ARE"): (5, 8.0, "total")}


def test_rising_shares_are_no_ranking() -> None:
    # a guard that did not change: shares rising along the list are changes, not a ranking
    assert _trade("Kenya's exports to Uganda (12%) and Tanzania (30%) rose last year.") == {}


def test_no_owner_no_list() -> None:
    # a guard that did not change: the sentence before is not about trade, so the list has no owner
    assert _trade("Kenya held elections in 2022. Trade was conducted mostly with China (17%), India (9%) and the United "
                  "Arab Emirates (8%).") == {}
