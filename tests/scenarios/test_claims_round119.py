"""Claims round 119 (issue 13): an arms list head ("the main recipients of X's arms exports were", "the largest clients of
X's arms industry were", "X's main arms customers are") reads a plain list of states after its copula when no share
stands beside any of them: each listed state is among the top the head numbers, else the top five. Only where the
sentence speaks of arms; a trade sentence with the same head ("France's main customers are ...") is left to the trade
reader. The development row quoted (held70-002) had only its first state read on main."""
from latitude.scenarios.claims import find_claims


def _arms(text: str) -> dict[tuple[str, str, str], int | None]:
    return {(c.kind, c.subject, c.others[0]): c.within for c in find_claims(text, None)
            if c.kind in ("arms exports", "arms supplier")}


def test_the_recipients_of_a_states_arms_exports() -> None:
    # held70-002 (development): main read the United Arab Emirates only
    got = _arms("The main recipients of Türkiye’s arms exports were the United Arab Emirates, Qatar and Pakistan.")
    assert got[("arms exports", "TUR", "QAT")] == 5 and got[("arms exports", "TUR", "PAK")] == 5


def test_a_general_list_of_customers_for_a_states_weapons() -> None:
    got = _arms("The main customers for Russia's weapons are India, China and Algeria.")
    assert got == {("arms exports", "RUS", "IND"): 5, ("arms exports", "RUS", "CHN"): 5, ("arms exports", "RUS", "DZA"): 5}


def test_a_general_list_of_two_clients() -> None:
    got = _arms("The largest clients of Germany's arms industry were Israel and South Korea.")
    assert got[("arms exports", "DEU", "KOR")] == 5


def test_a_trade_sentence_with_the_same_head_reads_no_arms() -> None:
    # a guard that did not change: no arms word, so the customers are trade customers, not arms clients
    assert _arms("France's main customers are Germany, Italy, the United Kingdom, Belgium and Spain.") == {}


def test_a_list_with_shares_keeps_its_shares() -> None:
    # a guard that did not change: the shares in brackets are read as before
    got = {(c.subject, c.others[0]): c.share for c in find_claims(
        "The main suppliers of arms to Morocco were the United States (64%), France (15%) and Israel (11%).", None)
        if c.kind == "arms supplier"}
    assert got == {("MAR", "USA"): 64.0, ("MAR", "FRA"): 15.0, ("MAR", "ISR"): 11.0}
