"""Claims round 140 (issue 13): a ranked partner's place lost to another state, told in the active. "X lost its title as
Z's biggest trading partner to Y", "X, ..., losing the top spot it had held since 2008 to Y", "X ... has yielded that
place to Y": the place is Y's, for the ranking's owner Z, its flow and year. On main no reader took the state after
"to": Y had no claim (and X, read from the same sentence, stayed the only claim). Round 95 read the passive ("was
overtaken by Y") and round 139 the active verb of displacement ("Y overtook X as"); a place lost "to" a state was left.
A loss that names no place ("lost market share to Y") is left as it was."""
from latitude.scenarios.claims import find_claims


def _claims(text: str, date: str | None = "2024-03-01") -> dict[tuple[str, str], tuple[int | None, str, bool]]:
    return {(c.subject, c.others[0]): (c.rank, c.flow, c.negated) for c in find_claims(text, date)
            if c.kind == "trading partner"}


def test_lost_its_title_as_to() -> None:
    # held85-015 (development): only China's lost title was read on main; the US, which took it, had no claim
    got = _claims("China lost its title as India's biggest trading partner to the US last year, according to new data "
                  "from the Indian Ministry of Commerce and Industry.", date=None)
    assert got[("IND", "USA")] == (1, "total", False)
    assert got[("IND", "CHN")][2] is True   # China's title is denied, as before


def test_has_lost_its_spot_as_to() -> None:
    # held31-024 (development)
    got = _claims("China has lost its spot as the US’ biggest international trading partner to Mexico, which toppled "
                  "the world’s second-largest economy from a position it had held since May.", date="2023-08-09")
    assert got[("USA", "MEX")] == (1, "total", False)


def test_losing_the_top_spot_to() -> None:
    # held23-023 (development): the place lost is the one the noun names (the top spot), in the same ranking (US imports)
    got = _claims("China was the second-biggest source of imported goods in the United States last year on a "
                  "customs-cleared basis, losing the top spot it had held since 2008 to Mexico, official trade data "
                  "showed Wednesday.", date="2024-02-08")
    assert got[("USA", "MEX")] == (1, "imports", False)
    assert got[("USA", "CHN")] == (2, "imports", False)


def test_written_lost_its_place_as_to() -> None:
    got = _claims("Brazil lost its place as Chile's third-largest export market to Peru in 2022.")
    assert got[("CHL", "PER")] == (3, "exports", False)


def test_written_ceded_that_position_to() -> None:
    got = _claims("Japan, which was long Thailand's biggest source of imports, ceded that position to China last year.")
    assert got[("THA", "CHN")] == (1, "imports", False)


def test_guard_a_loss_that_names_no_place_is_left_as_it_was() -> None:
    # guard (the same on main): market share is no place in a ranking, so China gets no claim
    got = _claims("Germany, long France's biggest supplier, lost market share to China last year.")
    assert ("FRA", "CHN") not in got
