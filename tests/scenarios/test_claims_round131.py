"""Claims round 131 (issue 13): a verb of supplying right after its state ("with the United States providing nearly 50%
of Canada's imports, and China accounting for about 11%") gives that state's share of its customer's imports, as
"accounted for" does, where the text speaks of goods and not of arms. On main such a participle was read only where no
second partner followed it; the development row quoted (held116-002) had no trade reading on main. A bare "X supplied
73% of Saudi imports" stays the arms reader's."""
from latitude.scenarios.claims import find_claims


def _trade(text: str) -> dict[tuple[str, str], float | None]:
    return {(c.subject, c.others[0]): c.share for c in find_claims(text, None) if c.kind == "trading partner"}


def test_a_participle_after_with() -> None:
    # held116-002 (development): Canada's imports from the US were not read as a trade share
    got = _trade("Canada, similar to the EU, has a high import dependence, with imports making up 26% of its GDP. This "
                 "includes motor vehicles and parts, machinery, and electronics, with the United States providing nearly "
                 "50% of Canada’s imports, and China accounting for about 11%.")
    assert got.get(("CAN", "USA")) == 50.0


def test_a_participle_of_supplying_goods_before_a_second_partner() -> None:
    got = _trade("Bangladesh's import bill rose on demand for machinery, with China supplying about 35 percent of "
                 "Bangladesh's imports and India accounting for 15 percent.")
    assert got.get(("BGD", "CHN")) == 35.0


def test_a_participle_of_providing_goods_and_a_second_share() -> None:
    got = _trade("Poland's merchandise trade grew in 2023, with Germany providing 21 percent of Poland's imports, and "
                 "China 12 percent.")
    assert got.get(("POL", "DEU")) == 21.0 and got.get(("POL", "CHN")) == 12.0


def test_a_bare_share_of_imports_stays_with_the_arms_reader() -> None:
    # held2-015 (development): no word of goods or arms, so no trade reading; the arms reader keeps its three suppliers
    text = ("The United States supplied 73% of Saudi imports, followed in importance by the UK with 13% and France with "
            "4%.")
    assert ("SAU", "USA") not in _trade(text)
    suppliers = {(c.subject, c.others[0]) for c in find_claims(text, None) if c.kind == "arms supplier"}
    assert ("SAU", "USA") in suppliers


def test_a_supplier_of_arms_is_no_trade_partner() -> None:
    assert ("IND", "RUS") not in _trade("Russia supplied 36 percent of India's imports of major arms in 2019-23.")
