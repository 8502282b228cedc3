"""Claims round 52 (issue 13): an exporter's clients ranked or given shares in wording no rule reads, sorted by
construction on development data. The round reads two clients given two ranks in one phrase, in the order they are
named: "A and B were X's second and third-largest arms export recipients", and "they became X's second and third
largest recipients" with "they" the two states named last before it (not the exporter)."""
from latitude.scenarios.claims import find_claims


def _clients(text: str, date: str | None) -> set[tuple[str, str, int | None]]:
    return {(c.subject, c.other, c.rank) for c in find_claims(text, date) if c.kind == "arms exports"}


def test_two_clients_given_two_ranks() -> None:
    # held50-022 (development data): the Philippines Israel's second client, the US its third (both labelled, contradicted)
    assert {("ISR", "PHL", 2), ("ISR", "USA", 3)} <= _clients(
        "The SIPRI research found that the Philippines and the US were Israel’s second and third-largest arms export "
        "recipients respectively.", None)


def test_they_are_the_two_states_named_last() -> None:
    # held51-006 (development data): China Russia's second recipient, Egypt its third (both labelled, supported)
    assert {("RUS", "CHN", 2), ("RUS", "EGY", 3)} <= _clients(
        "While Russian arms exports to India fell sharply, exports to India's neighbour China increased by 39% and to "
        "Egypt by 44%, and they became Russia's second and third largest recipients.", None)


def test_two_customers_given_two_ranks() -> None:
    # a general sentence: Egypt France's second customer and Qatar its third
    assert {("FRA", "EGY", 2), ("FRA", "QAT", 3)} <= _clients(
        "Egypt and Qatar were France's second and third biggest arms customers in 2015-2019.", "2020-03-09")
