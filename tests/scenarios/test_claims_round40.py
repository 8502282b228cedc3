"""Issue 13, claims round 40: claims found, every kind. Sorted by kind and cause on development data (dev and held-out
1-43, 2,064 labelled claims, 498 not found by main's checker with its committed weights), the largest group is a rank or
share word the readers do not read (170: 80 trading partner, 39 arms exports, 27 arms supplier); among those and the
partners read wrong or missing (64), the shape that recurs over the most sets is a ranking continued with "followed by"
(about 60 unfound claims in sentences of 16 sets). Three holes in it: the verb in only one form ("trailed by", "closely
followed by" were not read); a followed state told with its value ("followed by Hong Kong with $30.66 billion (6
percent)") broke the list; and an inverted ranking ("The second largest exporter to Russia is Germany,
followed by ...") read two states for one rank and gave up. The trade word that lets a sentence be read as a trade
ranking is now matched in every form ("exporter", "importers", "exported", "markets"). A followed state's own share is
read with its place, and both must hold (the rule table).

The texts are development sentences (tests/fixtures/claims, the ids named) or short variants of them written to check
that a form holds in other words; the expected owner, partner, rank and share are read off the text by hand."""
from latitude.scenarios.claims import find_claims


def _trade(text: str, day: str = "2024-01-01") -> set[tuple[str, str, int | None, float | None]]:
    return {(c.subject, c.other, c.rank, c.share) for c in find_claims(text, day) if c.kind == "trading partner"}


def test_an_inverted_ranking_followed_by_others_ranks_each_in_order() -> None:
    # held40-019 (before: none): Germany second, then the US, Ukraine and Italy, each with its own share
    assert _trade("The second largest exporter to Russia is Germany (12 per cent), followed by the United States (5.3 per "
                  "cent), Ukraine (5 per cent) and Italy (4.6 per cent).") == {
        ("RUS", "DEU", 2, None), ("RUS", "USA", 3, 5.3), ("RUS", "UKR", 4, 5.0), ("RUS", "ITA", 5, 4.6)}
    # held29-009 (before: none): the value in brackets is no share; the UAE third, then Russia, Saudi Arabia, Singapore
    assert _trade("In terms of India’s other trading partners, the UAE ranked as the third-largest trading partner in "
                  "2023-24 with $83.6 billion, followed by Russia ($65.7 billion), Saudi Arabia ($43.4 billion), and "
                  "Singapore ($35.6 billion).") == {("IND", "ARE", 3, None), ("IND", "RUS", 4, None),
                                                     ("IND", "SAU", 5, None), ("IND", "SGP", 6, None)}
    # guards: "the largest" of two states with no "followed by" (who is which is not clear) and an owner in the chain
    assert _trade("The largest exporters to Russia are Germany and China.") == set()
    assert all(other != "RUS" for _, other, _, _ in _trade(
        "The second largest exporter to Russia is Germany, followed by the United States and Russia's neighbour Belarus."))


def test_the_verb_in_every_form_and_the_state_told_with_its_value() -> None:
    # held27-002 (before: the US not read)
    assert ("KOR", "USA", 2, 14.5) in _trade(
        "China, the world's second-largest economy, was South Korea's top export market with $132.55 billion (25.8 "
        "percent), trailed by the United States with $74.16 billion (14.5 percent).")
    assert ("KOR", "USA", 2, None) in _trade("China was South Korea's top export market, closely followed by the United "
                                             "States.")
    assert ("KOR", "USA", 2, None) in _trade("China was South Korea's top export market, followed closely by the United "
                                             "States.")
    # a single exporter in the inverted form, the trade word an inflection ("exporter")
    assert _trade("The second largest exporter to Russia is Germany.") == {("RUS", "DEU", 2, None)}
