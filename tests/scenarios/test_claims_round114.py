"""Claims round 114 (issue 13): arms suppliers and clients listed after the owner's ranked role noun. The list reader
(`arms._LIST_HEAD`) read "the top three arms suppliers to Israel were ..." and "the main buyers of China's arms ..."; a
possessive owner before the ranked noun ("Saudi Arabia's main suppliers ...: US (78 percent), ...", "Italy's largest
clients were: ...") was not read. The development row quoted (held9-017) was not found on main and is judged right on the
branch; a list with no ranked role noun and a ranked noun with no list stay as they were (the guards)."""
from latitude.scenarios.claims import find_claims


def _kinds(text: str, date: str | None = None) -> set[tuple[str, str, str]]:
    return {(c.kind, c.subject, c.others[0]) for c in find_claims(text, date)}


def test_a_possessive_owner_of_main_suppliers_with_a_list() -> None:
    # held9-017 (development)
    got = _kinds("Saudi Arabia’s main suppliers and their share of its total imports: US (78 percent), France (6.4 percent) "
                 "and Spain (4.9 percent).", "2023-03-13")
    assert {("arms supplier", "SAU", "USA"), ("arms supplier", "SAU", "FRA"), ("arms supplier", "SAU", "ESP")} <= got


def test_a_possessive_owner_of_largest_clients_after_a_colon() -> None:
    got = _kinds("Turkey's largest clients were: the UAE (18%), Pakistan (10%) and Qatar (9.9%).")
    assert {("arms exports", "TUR", "ARE"), ("arms exports", "TUR", "PAK"), ("arms exports", "TUR", "QAT")} <= got
    got = _kinds("Spain's biggest customers were: Australia (34% of all sales), Turkey (14% of all sales) and Saudi Arabia "
                 "(8.3% of all sales).")
    assert {("arms exports", "ESP", "AUS"), ("arms exports", "ESP", "TUR"), ("arms exports", "ESP", "SAU")} <= got


def test_a_possessive_owner_of_main_suppliers_after_a_colon() -> None:
    got = _kinds("Greece's main suppliers in 2019-23 were: the United States (33 percent), France (31 percent) and Germany "
                 "(14 percent).")
    assert {("arms supplier", "GRC", "USA"), ("arms supplier", "GRC", "FRA"), ("arms supplier", "GRC", "DEU")} <= got


def test_guard_a_ranked_noun_with_the_list_right_after_is_read_as_before() -> None:
    # read on main too: the list reader's other heads
    got = _kinds("Egypt's top three arms suppliers were France (35%), Russia (34%) and the United States (15%).")
    assert {("arms supplier", "EGY", "FRA"), ("arms supplier", "EGY", "RUS"), ("arms supplier", "EGY", "USA")} <= got


def test_guard_a_possessive_owner_of_trading_partners_is_not_arms() -> None:
    got = _kinds("Germany's largest trading partners in 2021 were China, the Netherlands and the United States.")
    assert not {k for k in got if k[0].startswith("arms")}
