"""Issue 13, twentieth round: visits and meetings in opinion and analysis prose that are denied, only
forecast or left as an open question, not reported, which main's coder coded as events: a meeting noun
after "no" past one modifier or after "no mention of" (`diplomacy._denied`), a visit noun that is the
subject of "expected to" and a verb that is not its happening (`diplomacy._expected_effect`), a visit verb
in a question after "confirm if" (`diplomacy._open_question`) and an old expectation ("originally expected
to visit", `diplomacy.HEDGES`). Each sentence is a development row (its set and id, the page it quotes),
coded in its article as the prose scores code it."""

from __future__ import annotations

from prose_rows import row_records


def test_no_equivalent_meeting_is_no_meeting():
    # heldout22 K071 (the Chosun Ilbo via capmocracy,
    # https://capmocracy.com/2021/04/04/china-knows-s-korea-is-weakest-link-in-u-s-asia-alliances-the-chosun-ilbo-english-edition-daily-news-from-korea/):
    # no event; main coded a CHN-JPN meeting
    records = row_records(
        "heldout22_prose.tsv", "K071",
        "There was of course no equivalent meeting between China and Japan — in other words, China regards "
        "South Korea as the weakest link among the U.S.’ Asian allies.",
    )
    assert records == []


def test_no_mention_of_a_visit_is_no_visit():
    # heldout22 K074 (same page): no event; main coded a CHN-KOR visit
    records = row_records(
        "heldout22_prose.tsv", "K074",
        "But China's Foreign Ministry made absolutely no mention of such a visit in a briefing afterwards.",
    )
    assert records == []


def test_a_visit_expected_to_boost_ties_is_a_forecast():
    # heldout8 V045 (rediff,
    # http://rediff.com/news/report/foreign-secretary-unveils-key-topics-for-modi-trump-talks/20250212.htm?print=true):
    # no event then; main coded an IND-FRA visit from the article's earlier visit. Labelled IND>USA AGREE/CONSULT
    # since labels round 3 (comment on the article's own visit by its noun), so only the IND-FRA visit is checked
    records = row_records(
        "heldout8_prose.tsv", "V045",
        "The visit is also expected to boost people-to-people ties between India and the US.",
    )
    assert not any("FRA" in (r["source"], r["target"]) for r in records)


def test_a_trip_not_yet_confirmed_is_no_announced_visit():
    # heldout21 I066 (dotdotnews, https://english.dotdotnews.com/a/202310/27/AP653b2b5de4b0513996375e63.html):
    # no event; main coded a CHN-USA announced visit (AGREE)
    records = row_records(
        "heldout21_prose.tsv", "I066",
        "Beijing has yet to confirm if President Xi will travel to San Francisco for the annual APEC summit.",
    )
    assert records == []


def test_an_originally_expected_visit_is_no_announced_visit():
    # heldout21 I072 (the Korea Herald, https://m.koreaherald.com/view.php?ud=20230508000814&np=1&mp=1): no
    # event; main coded a JPN-KOR announced visit (AGREE)
    records = row_records(
        "heldout21_prose.tsv", "I072",
        "Kishida was originally expected to visit Korea this summer after the Group of Seven summit in "
        "Hiroshima, Japan, May 19-21.",
    )
    assert records == []
