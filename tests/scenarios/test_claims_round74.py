"""Claims round 74 (issue 13): arms supplier shares whose recipient is the end of the arms many suppliers sent ("35
countries supplying weapons to Ukraine", "the arms supplied to Ukraine", "Of the arms delivered to Egypt") and whose
suppliers are told after it each with its share ("of which the US accounted for 45%", "45% were U.S.-made", "35% came
from France", "the United States leading as the primary supplier, providing 45%"), then "followed by Germany (12%) and
Poland (11%)". All were "rank or share word not read" misses of development rows (held26-001, held70-017, held72-007) on
main."""
from latitude.scenarios.claims import find_claims


def _shares(text: str) -> dict[tuple[str, str], float | None]:
    return {(c.subject, c.others[0]): c.share for c in find_claims(text, None) if c.kind == "arms supplier"}


def test_the_suppliers_of_the_arms_many_states_sent() -> None:
    # held26-001, held70-017 and held72-007 (development)
    assert _shares("There were 35 countries supplying weapons to Ukraine in the period 2020-2024, accounting for about "
                   "8.8% of total global exports, of which the US accounted for 45%, followed by Germany (12%) and Poland "
                   "(11%).") == {("UKR", "USA"): 45.0, ("UKR", "DEU"): 12.0, ("UKR", "POL"): 11.0}
    assert _shares("Among the arms supplied to Ukraine from 2020 to 2024, 45% were U.S.-made, followed by Germany (12%) "
                   "and Poland (11%).") == {("UKR", "USA"): 45.0, ("UKR", "DEU"): 12.0, ("UKR", "POL"): 11.0}
    assert _shares("At least 35 nations have supplied weapons to Ukraine, with the United States leading as the primary "
                   "supplier, providing 45% of the country’s imported arms.") == {("UKR", "USA"): 45.0}


def test_a_general_sentence() -> None:
    assert _shares("Of the arms delivered to Egypt in 2015-19, 35% came from France, followed by Russia (34%) and the "
                   "USA (15%).") == {("EGY", "FRA"): 35.0, ("EGY", "RUS"): 34.0, ("EGY", "USA"): 15.0}


def test_one_states_supply_is_no_cue() -> None:
    # one supplier sending arms names no recipient's suppliers: "followed by Germany" is not Israel's second supplier here
    assert ("ISR", "DEU") not in _shares("The US supplied weapons to Israel in 2019-2023, followed by Germany (30%).")
    assert _shares("Russia sent weapons to Syria in 2015, with 20% more than in 2014.") == {}


def _within(text: str) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.others[0]): c.within for c in find_claims(text, None) if c.kind == "arms supplier"}


def test_suppliers_named_as_a_list_with_mostly_or_most_of() -> None:
    # held74-002 and held30-032 (development): each among the recipient's main suppliers
    assert _within("Since 2012, Saudi Arabia has increased its intake of weapons by 212%, mostly supplied by the U.S. and "
                   "the U.K.") == {("SAU", "USA"): 5, ("SAU", "GBR"): 5}
    assert _within("Most of Myanmar’s military imports come from China, Russia, India, Israel and Ukraine.") == {
        ("MMR", "CHN"): 5, ("MMR", "RUS"): 5, ("MMR", "IND"): 5, ("MMR", "ISR"): 5, ("MMR", "UKR"): 5}
    # a general sentence
    assert _within("Algeria's arms imports, mainly from Russia and China, fell in 2015-19.") == {
        ("DZA", "RUS"): 5, ("DZA", "CHN"): 5}


def test_a_list_of_all_suppliers_or_of_trade_sources_is_no_main_supplier_claim() -> None:
    assert _within("China's imports rose 10% in 2019, mainly from Australia and Brazil.") == {}
    assert _within("Its arms imports come from the US and France.") == {}
