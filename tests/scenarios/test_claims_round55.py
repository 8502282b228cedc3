"""Claims round 55 (issue 13): ranks told by a place on a list, a verb or a noun phrase, the row claims round 54's sort
left (66 claims of 47 sentences in its sort of dev and held-out 1-57). The round reads a place in a ranking whose owner
is told by its flow after "for" or "in terms of" ("taken the first place on the list of countries for Poland's imports",
"ranked second in terms of exports to China", China's imports), "ranked" + ordinal before "for" or "in terms of", and a
place that opens the sentence ("In second place for imports to Bulgaria was Russia")."""
from latitude.scenarios.claims import find_claims


def _ranks(text: str, date: str | None) -> set[tuple[str, str, int | None, str]]:
    return {(c.subject, c.other, c.rank, c.flow) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_place_on_the_list_for_the_owners_imports() -> None:
    # held23-011 (development data): Germany first among Poland's suppliers (labelled supported)
    assert ("POL", "DEU", 1, "imports") in _ranks(
        "According to the report, since the 1990s, Germany has taken the first place on the list of countries for "
        "Poland's imports.", None)


def test_ranked_second_in_terms_of_exports_to_the_owner() -> None:
    # held49-008 (development data): South Korea second among China's suppliers (labelled supported)
    assert ("CHN", "KOR", 2, "imports") in _ranks(
        "According to customs data, in the first quarter of 2022, South Korea ranked second in terms of exports to "
        "China, second only to Taiwan.", "2022-06-01")


def test_a_place_that_opens_the_sentence_for_imports_to_the_owner() -> None:
    # held54-004 (development data): Russia second among Bulgaria's suppliers (labelled supported)
    assert ("BGR", "RUS", 2, "imports") in _ranks(
        "In second place for imports to Bulgaria was Russia, at nine per cent.", None)


def test_a_place_for_the_owners_exports() -> None:
    # a general sentence: the owner's exports after "for", the place told by "ranked"
    assert ("JPN", "CHN", 2, "exports") in _ranks("China ranked second for Japanese exports last year.", "2020-03-01")
