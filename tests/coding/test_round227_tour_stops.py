"""Issue 13, coder round 227: the article's meeting named after a preposition, read as another pair. A tour told by its
noun ("tour", "trip", "journey") after a determiner or a possessive pronoun, with no place of its own, in a
sentence that names no state but the traveller's, after a sentence that named the traveller's visits to two or more
states, is the whole tour: every stop that sentence named, not only the last one the article's visit holds
(`diplomacy._other_stops`, `context.ArticleContext.remember_frames`). Expectations are hand labels of the cited sets'
conventions; the development tests (held-out 218 YK037, 20 J075, 142 TW050, 51 ha025) and the general test fail with
main's code (only the last stop); the guards hold on both."""

from prose_rows import article_records, row_directed_pairs


def _sentence_pairs(text: str, start: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in article_records(text) if r["sentence"].startswith(start)}


def test_the_trip_after_four_stops_named():
    # held-out 218 YK037: "The trip will mark the 35th consecutive year China's foreign minister is visiting Africa on
    # his first overseas trip ...", after "China's foreign minister Wang Yi will visit Namibia, the Republic of the
    # Congo, Chad and Nigeria ..." (labelled a visit to each of the four; main: Nigeria only)
    assert {("CHN", "NAM"), ("CHN", "COG"), ("CHN", "TCD"), ("CHN", "NGA")} <= row_directed_pairs(
        "heldout218_prose.tsv", "YK037")


def test_his_first_official_trip_after_four_visits():
    # held-out 20 J075: "As his first official trip since taking office, it shows China's diplomatic focus has shifted
    # ...", after "Chinese Foreign Minister Wang Yi paid official visits to Thailand, Indonesia, Singapore and Brunei
    # ..." (labelled a visit to each; main: Brunei only)
    assert {("CHN", "THA"), ("CHN", "IDN"), ("CHN", "SGP"), ("CHN", "BRN")} <= row_directed_pairs(
        "heldout20_prose.tsv", "J075")


def test_the_first_trip_of_a_president_after_three_state_visits():
    # held-out 142 TW050: "Lin Jian pointed out that the visit will be the first trip of a Chinese president to Europe
    # ...", after "... announced the upcoming state visits of President Xi Jinping to France, Serbia and Hungary."
    assert {("CHN", "FRA"), ("CHN", "SRB"), ("CHN", "HUN")} <= row_directed_pairs("heldout142_prose.tsv", "TW050")


def test_his_first_overseas_trip_after_two_capitals():
    # held-out 51 ha025: "..., the fact that his first overseas trip was to these two countries signaled a new
    # priority in Japanese foreign policy.", after "... he visited Beijing and Seoul ..." (main: South Korea only)
    assert {("JPN", "CHN"), ("JPN", "KOR")} <= row_directed_pairs("heldout51_prose.tsv", "ha025")


TOLD = "Chinese Foreign Minister Wang Yi visited Egypt, Tunisia and Togo this week. "


def test_a_general_tour():
    assert _sentence_pairs(TOLD + "The trip was his first of the year.", "The trip") == {("CHN", "EGY"), ("CHN", "TUN"), ("CHN", "TGO")}


def test_guards():
    # "the visit" names one stay as often as the whole journey: the last stop only, as on main
    assert _sentence_pairs(TOLD + "The visit was his first of the year.", "The visit") <= {("CHN", "TGO")}
    # a sentence naming a state of its own keeps its own reading
    assert ("CHN", "EGY") not in _sentence_pairs(TOLD + "The trip also strengthened ties with Brazil.", "The trip")
    # after a sentence telling one visit, the trip is that one
    one = TOLD + "Wang then travelled to Kenya. "
    assert ("CHN", "EGY") not in _sentence_pairs(one + "The trip was his first of the year.", "The trip")
    # a sentence read alone has no tour to carry
    assert not _sentence_pairs("The trip was his first of the year.", "The trip")
