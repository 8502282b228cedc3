"""Claims round 120 (issue 13): a state told selling or buying in a tense with its auxiliary ("Turkey has exported the
most goods to Germany", "Brazil had exported ...") is the trader whose ranking the next sentence's places continue ("The
United Kingdom was in second place ..., followed by the United States"), as the simple past ("Turkey exported") already
was. The development row quoted (held111-003) had neither place read on main."""
from latitude.scenarios.claims import find_claims


def _trade(text: str) -> dict[tuple[str, str], tuple[int | None, str | None]]:
    return {(c.subject, c.others[0]): (c.rank, c.flow) for c in find_claims(text, None) if c.kind == "trading partner"}


def test_places_after_a_state_that_has_exported_the_most() -> None:
    # held111-003 (development): the United Kingdom second and the United States third in Turkey's exports
    got = _trade("Turkey has exported the most goods to Germany ($15.3 bln) since the beginning of the year. "
                 "The United Kingdom was in second place ($11.8 bln), followed by the United States ($11.1 bln).")
    assert got == {("TUR", "GBR"): (2, "exports"), ("TUR", "USA"): (3, "exports")}


def test_a_general_importer_with_its_auxiliary() -> None:
    got = _trade("Japan has imported the most oil from Saudi Arabia this year. "
                 "The United Arab Emirates was in second place, followed by Kuwait.")
    assert got[("JPN", "ARE")] == (2, "imports") and got[("JPN", "KWT")] == (3, "imports")


def test_a_general_exporter_in_the_past_perfect() -> None:
    got = _trade("Brazil had exported the most goods to China in 2020. "
                 "The United States was in second place ($21.5 billion), followed by Argentina.")
    assert got[("BRA", "USA")] == (2, "exports") and got[("BRA", "ARG")] == (3, "exports")


def test_no_trader_no_places() -> None:
    # a guard that did not change: the sentence before tells no state selling or buying, so the places have no owner
    assert _trade("Turkey has grown quickly since the beginning of the year. "
                  "The United Kingdom was in second place, followed by the United States.") == {}
