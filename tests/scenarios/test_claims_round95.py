"""Claims round 95 (issue 13): a partner's place changed, told in the passive. A ranked partner the sentence says no
longer holds its place ("is no longer Nigeria's biggest trading partner") or held it once ("once Ireland's largest export
market"), followed in its clause by a passive of displacement with "by" and a state ("being overtaken in the first
quarter of 2012 by India"), gives that state the place for the same owner, flow and year; the displaced partner no longer
holds it. The development row quoted (held16-039) was a "partner read wrong or missing" miss on main, which read only the
United States."""
from latitude.scenarios.claims import find_claims


def _trade(text: str, date: str | None = None) -> dict[tuple[str, str], tuple[int | None, bool]]:
    return {(c.subject, c.others[0]): (c.rank, c.negated) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_being_overtaken_by() -> None:
    # held16-039 (development)
    got = _trade("For the first time in 48 years, the United States is no longer Nigeria’s biggest trading partner, being "
                 "overtaken in the first quarter of 2012 by India.")
    assert got.get(("NGA", "IND")) == (1, False)
    assert got.get(("NGA", "USA")) == (1, True)


def test_a_general_sentence() -> None:
    got = _trade("Japan is no longer Australia's largest export market, having been overtaken in 2009 by China.")
    assert got.get(("AUS", "CHN")) == (1, False)
    assert got.get(("AUS", "JPN")) == (1, True)


def test_a_place_held_before_the_passive_is_not_moved() -> None:
    # the place is told for 2015 and the passive has no year: nothing says who held it in 2015 but Germany
    got = _trade("Germany was Poland's largest trading partner in 2015 but was overtaken by Russia.")
    assert ("POL", "RUS") not in got and got.get(("POL", "DEU")) == (1, False)
    # "overtaken by trade with the U.S." names a flow, not the state that took the place (held49-013's wording)
    got = _trade("Japan is no longer Korea's largest trading partner, overtaken by trade with the U.S. this year.")
    assert ("KOR", "USA") not in got
