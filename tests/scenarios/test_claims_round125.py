"""Claims round 125 (issue 13): a supplier's ranking whose owner is the first of a coordinated list ("the dominant
supplier of weapons to Pakistan, Bangladesh and Myanmar") holds for each listed owner, with the ranking's rank and no
share shared out. The development rows quoted (held33-015, held37-014, held19-005) had only their first owner read on
main."""
from latitude.scenarios.claims import find_claims


def _suppliers(text: str) -> dict[tuple[str, str], tuple[int | None, float | None]]:
    return {(c.subject, c.others[0]): (c.rank, c.share) for c in find_claims(text, None) if c.kind == "arms supplier"}


def test_a_dominant_supplier_to_three_states() -> None:
    # held33-015 (development): Bangladesh and Myanmar were not read
    got = _suppliers("*WASHINGTON / ISLAMABAD* - China has become the dominant supplier of weapons to Pakistan, Bangladesh "
                     "and Myanmar, according to the latest report by the Stockholm International Peace Research Institute "
                     "(SIPRI).")
    assert got == {("PAK", "CHN"): (1, None), ("BGD", "CHN"): (1, None), ("MMR", "CHN"): (1, None)}


def test_a_number_one_supplier_to_three_states() -> None:
    # held37-014 (development): the share after the list stays the first owner's
    got = _suppliers("Setting a new trend, China has emerged as the number one arms supplier to Pakistan, Bangladesh and "
                     "Myanmar, by supplying nearly 70% of the arms used by the military in these three nations.")
    assert got[("BGD", "CHN")] == (1, None) and got[("MMR", "CHN")] == (1, None)
    assert got[("PAK", "CHN")][0] == 1


def test_both_states_named_in_the_sentence_before() -> None:
    # held19-005 (development): "both states" are Japan and South Korea; each share names its own state
    got = _suppliers("Japan (up 155%) and South Korea (up 6.5%) increased their arms imports between 2014–18 and "
                     "2019–23. The USA is the main supplier to both states, accounting for 97 per cent of Japan’s arms "
                     "imports and 72 per cent of South Korea’s.")
    assert got[("KOR", "USA")] == (1, None)


def test_a_general_list_of_three_owners() -> None:
    got = _suppliers("Russia remains the largest arms supplier to India, Vietnam and Algeria.")
    assert got == {("IND", "RUS"): (1, None), ("VNM", "RUS"): (1, None), ("DZA", "RUS"): (1, None)}


def test_a_general_second_rank_for_two_owners() -> None:
    got = _suppliers("France was the second-largest supplier of weapons to Egypt and Qatar.")
    assert got == {("EGY", "FRA"): (2, None), ("QAT", "FRA"): (2, None)}


def test_a_possessive_after_the_last_state_is_no_list() -> None:
    # a guard that did not change: "India and China's navy" does not coordinate China with India
    assert _suppliers("Russia is the biggest arms supplier to India and China's navy.") == {("IND", "RUS"): (1, None)}
