"""Claims round 93 (issue 13): a partner's place changed. "this/last year" between the displaced partner and "as", after
the displacing verb's past or its infinitive ("China is set to replace the United States this year as Peru's biggest
trade partner"), keeps the place for the partner that takes it, as "overtook/replaced ... as" already did. The
development row quoted (held57-008) was a "partner read wrong or missing" miss on main, which read the displaced
United States as Peru's biggest trade partner; it still does, beside China."""
from latitude.scenarios.claims import find_claims


def _trade(text: str, date: str | None = None) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.others[0]): c.rank for c in find_claims(text, date) if c.kind == "trading partner"}


def test_replace_this_year_as() -> None:
    # held57-008 (development)
    got = _trade("China is set to replace the United States this year as Peru’s biggest trade partner, said Jorge "
                 "Chian, the economic and trade advisor at Peru’s Embassy in Beijing.")
    assert got.get(("PER", "CHN")) == 1   # the displaced United States is still read too (an extra claim, as on main)


def test_a_general_sentence() -> None:
    got = _trade("Vietnam is expected to overtake Thailand this year as Cambodia's third largest trading partner.",
                 "2019-05-01")
    assert got.get(("KHM", "VNM")) == 3


def test_the_place_without_a_year_is_read_as_before() -> None:
    # the older shape, unchanged: "replaced X as" with no year between
    assert _trade("China replaced the United States as Peru's biggest trade partner.").get(("PER", "CHN")) == 1
