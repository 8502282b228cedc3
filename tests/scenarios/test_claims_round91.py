"""Claims round 91 (issue 13): comparatives between two partners. A second partner's share set against the first's by
"compared with/to" ("In 2010, China accounted for 16 percent of Peru's exports, compared to 18 percent for the United
States") is a share of the same owner's flow, and the comparison is judged too: the two partners' shares in the data must
stand in the order the two stated shares do. The development rows quoted (held57-013, held35-017) were "partner read
wrong or missing" misses on main."""
import pandas as pd

from latitude.scenarios.claims import find_claims, trade
from latitude.scenarios.claims._base import Claim
from latitude.scenarios.claims.figures import TradeYear


def _trade(text: str, date: str | None = None) -> dict[tuple[str, str], tuple[float | None, str, dict]]:
    return {(c.subject, c.others[0]): (c.share, c.flow, c.notes) for c in find_claims(text, date)
            if c.kind == "trading partner"}


def test_a_share_compared_to_another_for_a_state() -> None:
    # held57-013 (development)
    got = _trade("In 2010, China accounted for 16 percent of Peru’s exports, compared to 18 percent for the United "
                 "States.")
    assert got[("PER", "CHN")][:2] == (16.0, "exports")
    assert got[("PER", "USA")] == (18.0, "exports", {"compared": ("CHN", 16.0)})


def test_a_share_compared_with_another_after_each_took() -> None:
    # held35-017 (development)
    got = _trade("Within the EU, Germany and the United Kingdom each took 4.3 percent of U.S. exports, compared with 2.4 "
                 "percent for France.", "2009-05-01")
    assert got[("USA", "FRA")] == (2.4, "exports", {"compared": ("GBR", 4.3)})


def test_a_general_sentence() -> None:
    got = _trade("Last year Japan took 21 percent of Indonesia's exports, compared with 11 percent for India.")
    assert got[("IDN", "JPN")][:2] == (21.0, "exports")
    assert got[("IDN", "IND")] == (11.0, "exports", {"compared": ("JPN", 21.0)})


def test_a_comparison_with_a_year_or_a_qualified_share_adds_no_partner() -> None:
    assert ("PER", "USA") not in _trade("In 2010, China accounted for 16 percent of Peru's exports, compared to 18 "
                                        "percent in 2009, while the United States bought copper.")
    assert ("PER", "USA") not in _trade("In 2010, China accounted for more than 16 percent of Peru's exports, compared "
                                        "to 18 percent for the United States.")


class _Lookup:
    pass


def _judged(monkeypatch, shares: dict[str, float], claim: Claim) -> str:
    frame = pd.DataFrame({"partner": list(shares), "exports": list(shares.values()),
                          "export_share": list(shares.values())})
    monkeypatch.setattr(trade, "trade_partners", lambda lookup, subject, year, flow: TradeYear(frame, 2010, "test"))
    monkeypatch.setattr(trade, "trade_covered", lambda lookup, partner, year: True)
    return trade.check(_Lookup(), claim).verdict


def test_the_comparison_is_judged(monkeypatch) -> None:
    claim = Claim("trading partner", "…", "PER", ("USA",), share=18.0, flow="exports", year=2010,
                  notes={"compared": ("CHN", 16.0)})
    data = {"USA": 0.164, "CHN": 0.155, "CHE": 0.11, "CAN": 0.09, "JPN": 0.05}   # shares as fractions
    assert _judged(monkeypatch, data, claim) == "supported"
    # the stated share holds (within 3 points) but the two partners stand the other way round in the data
    assert _judged(monkeypatch, {**data, "USA": 0.155, "CHN": 0.164}, claim) == "contradicted"
