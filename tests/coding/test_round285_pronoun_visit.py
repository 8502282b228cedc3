"""Issue 13, coder round 285: a pronoun's meeting. "visit" after the traveller's possessive pronoun ("his visit",
"her visit", "their visit"), with no place of its own, in a sentence that names no state but the traveller's, after a
sentence that named the traveller's visits to two or more states, is the whole tour, as "his trip" is since coder
round 227 (`diplomacy._other_stops`); "the visit" and "this visit" keep one stay. Expectations are hand labels of
the cited sets' conventions; the development tests (held-out 92 HT002, 200 XT032) and the general tests fail with
main's code (the last stop only); the guards hold on both."""

from prose_rows import article_records, row_directed_pairs


def _sentence_pairs(text: str, start: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in article_records(text) if r["sentence"].startswith(start)}


def test_modis_visit_after_five_stops():
    # held-out 92 HT002: "In a departure statement issued on Wednesday, Modi said his visit, spanning from 2 to 9 July,
    # will focus on areas including investment, energy, health, security, and development partnerships.", after the
    # sentence of his visits to Ghana, Trinidad and Tobago, Argentina, Brazil and Namibia (labelled a visit to each of
    # the five; main: Namibia only)
    assert {("IND", "GHA"), ("IND", "TTO"), ("IND", "ARG"), ("IND", "BRA"), ("IND", "NAM")} <= row_directed_pairs(
        "heldout92_prose.tsv", "HT002")


def test_kishidas_visit_after_two_announced_stops():
    # held-out 200 XT032: "During his visit, Prime Minister Kishida will hold meetings with the leaders of these
    # countries ...", after the announced visits to the Philippines and Malaysia (labelled both; main: Malaysia only)
    assert {("JPN", "PHL"), ("JPN", "MYS")} <= row_directed_pairs("heldout200_prose.tsv", "XT032")


TOLD = "Chinese Foreign Minister Wang Yi visited Egypt, Tunisia and Togo this week. "
ANNOUNCED = "Japanese Prime Minister Fumio Kishida will visit Egypt, Ghana and Kenya next week. "


def test_his_visit_after_three_visits():
    assert _sentence_pairs(TOLD + "His visit was the first by a Chinese foreign minister in two years.", "His") == {
        ("CHN", "EGY"), ("CHN", "TUN"), ("CHN", "TGO")}


def test_his_visit_after_three_announced_visits():
    assert _sentence_pairs(ANNOUNCED + "His visit will focus on trade and investment.", "His") == {
        ("JPN", "EGY"), ("JPN", "GHA"), ("JPN", "KEN")}


def test_guards():
    # "the visit" names one stay as often as the whole journey: the last stop only, as on main
    assert _sentence_pairs(TOLD + "The visit was the first by a Chinese foreign minister in two years.", "The") <= {
        ("CHN", "TGO")}
    # a sentence naming a state of its own keeps its own reading
    assert ("CHN", "EGY") not in _sentence_pairs(TOLD + "His visit also strengthened ties with Brazil.", "His")
    # a sentence read alone has no tour to carry
    assert ("CHN", "EGY") not in _sentence_pairs("His visit was the first by a Chinese foreign minister in two years.", "His")
