"""Issue 13, eighteenth round: visits and meetings in opinion and analysis prose that main's coder did
not code. A three-way meeting held by two co-subjects with a third party ("they held a historic
trilateral summit with U.S. President Joe Biden": every pair, `diplomacy._group_meets`); a leader who
was in a foreign country at a stated time ("Xi was in Saudi Arabia last week": a visit,
`diplomacy._stayed_in`, remembered as a visit with no one met, `context.ArticleContext.remember_frames`).
Each sentence is a development row (its set and id, the page it quotes), coded in its article as the
prose scores code it."""

from __future__ import annotations

from prose_rows import row_records


def _row_records(fixture: str, row_id: str, text: str) -> set[tuple]:
    """(source, target, PLOVER type) of the coder's records of one labelled row, read in its article."""
    return {(r["source"], r["target"], r["plover"]) for r in row_records(fixture, row_id, text)}


def _pairs(records: set[tuple], plover: str) -> set[frozenset]:
    return {frozenset((s, t)) for s, t, p in records if p == plover}


def test_a_trilateral_summit_held_with_a_third_leader_is_every_pair():
    # heldout15 O071 (India Reflects, https://indiareflects.com/?p=2934): KOR<>JPN, KOR<>USA and JPN<>USA
    # CONSULT ("they" are Yoon and Kishida, named in O070); main coded KOR > USA only
    records = _row_records(
        "heldout15_prose.tsv", "O071",
        "In August, they held a historic trilateral summit with U.S. President Joe Biden, during which the three leaders "
        "pledged to strengthen cooperation in defence and economic security.",
    )
    assert _pairs(records, "CONSULT") >= {frozenset(("KOR", "JPN")), frozenset(("KOR", "USA")), frozenset(("JPN", "USA"))}


def test_a_meeting_to_discuss_a_country_is_no_meeting_with_it():
    # heldout15 O076 (the Los Angeles Times, https://www.latimes.com/archives/blogs/nation-now/story/2009-11-24/indian-prime-minister-arrives-for-state-visit):
    # USA<>IND CONSULT; the countries the two will discuss are no partners of India (the group rule above
    # first paired India with them too)
    records = _row_records(
        "heldout15_prose.tsv", "O076",
        "Obama and Singh are scheduled to meet this morning to discuss issues including Afghanistan and Pakistan, the fight "
        "against terrorism, global warming, economic development and nuclear proliferation.",
    )
    assert not {r for r in records if r[0] == "IND" and r[1] in ("AFG", "PAK")}


def test_a_leader_in_a_foreign_country_last_week_visited_it():
    # heldout20 J060 (commonspace.eu, https://www.commonspace.eu/index.php/theme/diplomacy?created%5Bmin%5D=&created%5Bmax%5D=&taxonomy=0&page=27):
    # CHN > SAU CONSULT; main coded CHN > SAU AGREE (the partnership sealed) only
    records = _row_records(
        "heldout20_prose.tsv", "J060", "China’s president Xi was in Saudi Arabia last week, to seal China’s new partnership with the Arabs."
    )
    assert ("CHN", "SAU", "CONSULT") in records


def test_a_leader_in_a_foreign_country_on_monday_visited_it():
    # heldout16 P017 (Cambodianess, https://cambodianess.com/article/japan-pm-kishida-to-meet-zelensky-in-surprise-kyiv-visit):
    # JPN > IND, JPN > POL and JPN > UKR CONSULT; main coded JPN > POL only
    records = _row_records(
        "heldout16_prose.tsv", "P017",
        "Kishida was in India on Monday and had been expected to return to Tokyo, but instead flew to Poland, where he "
        "reportedly boarded a train to cross into Ukraine.",
    )
    assert {("JPN", "IND", "CONSULT"), ("JPN", "POL", "CONSULT")} <= records


def test_a_stay_abroad_names_no_pair_for_a_later_summit():
    # heldout20 J063 (same page as J060): RUS > KGZ CONSULT. Remembered as a meeting pair, J060's stay
    # made "the summit of the Eurasian Economic Union" a China-Saudi summit
    records = _row_records(
        "heldout20_prose.tsv", "J063",
        "Vladimir Putin attended the summit of the Eurasian Economic Union that was held in Bishkek on Friday (9 December), "
        "and was upbeat afterwards when addressing a press conference before he departed back for Moscow.",
    )
    assert ("RUS", "KGZ", "CONSULT") in records
    assert not {r for r in records if "SAU" in r}
