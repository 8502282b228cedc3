"""Claims round 62 (issue 13): lists whose owner only the sentence before names. Partners listed under a plural rank
noun ("Other top markets included Germany, France, ...", "The main buyers were ...", "... were the main buyers") in a
sentence that names no owner of its own take the owner whose trade the sentence before told, each among its top five."""
from latitude.scenarios.claims import find_claims


def _within(text: str, date: str | None) -> dict[tuple[str, str], tuple[int | None, int | None, str]]:
    return {(c.subject, c.other): (c.rank, c.within, c.flow) for c in find_claims(text, date)
            if c.kind == "trading partner"}


def test_other_top_markets_of_the_owner_the_sentence_before_named() -> None:
    # held64-057 (development data): Germany, France, the Netherlands and Ireland among the UK's top export markets of
    # 2017 (labelled supported)
    claims = _within("The US remained the UK’s top export market, buying over £112billion worth of goods and services in "
                     "2017, an increase of 8 per cent on the year before. Other top markets included Germany, France, "
                     "the Netherlands and Ireland.", None)
    for partner in ("DEU", "FRA", "NLD", "IRL"):
        assert claims[("GBR", partner)] == (None, 5, "exports")


def test_the_main_buyers_of_the_trade_the_sentence_before_told() -> None:
    # a general sentence (the round's brief): "The main buyers were ..." after a sentence on a state's exports
    claims = _within("Kenya exported goods worth $6 billion in 2017. The main buyers were Uganda, Pakistan and the "
                     "Netherlands.", "2018-01-01")
    assert {k: v for k, v in claims.items() if k[0] == "KEN"} == {("KEN", "UGA"): (None, 5, "exports"),
                                                                  ("KEN", "PAK"): (None, 5, "exports"),
                                                                  ("KEN", "NLD"): (None, 5, "exports")}


def test_a_list_before_its_plural_rank_noun_and_every_item_after_its() -> None:
    # general sentences: the list before "were the main buyers", and every state of "Its top markets were ..." (main's
    # checker read the first only)
    before = _within("Kenya exported goods worth $6 billion in 2017. Uganda, Pakistan and the Netherlands were the main "
                     "buyers.", "2018-01-01")
    after = _within("Kenya exported goods worth $6 billion in 2017. Its top markets were Uganda, Pakistan and the "
                    "Netherlands.", "2018-01-01")
    for claims in (before, after):
        assert {("KEN", "UGA"), ("KEN", "PAK"), ("KEN", "NLD")} <= set(claims)


def test_a_list_with_an_owner_of_its_own_is_not_carried() -> None:
    # a list whose rank noun names its own owner keeps it ("the main buyers of Tanzania's goods")
    claims = _within("Kenya exported goods worth $6 billion in 2017. The main buyers of Tanzania's goods were Uganda and "
                     "India.", "2018-01-01")
    assert ("KEN", "UGA") not in claims and ("KEN", "IND") not in claims
