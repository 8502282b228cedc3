"""Issue 13, coder round 281: a sentence read as nothing that tells a trilateral meeting by its noun ("Saturday’s
meeting set the stage for a trilateral leaders summit, ...", "The meeting on Saturday ... focuses on plans for a
trilateral summit later this year.") while the article has no group is, when the article's sentences so far name
exactly three states, the meeting of those three: every pair gets a meeting. A fourth state named, or a sentence of the
format's habit, keeps nothing.
Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given), expectations their hand labels;
the gains fail with main's code (458bb4f1: no record on those rows); the guards hold on both."""

from prose_rows import all_found, article_records, pairs

EVERY_PAIR_EPF = {frozenset({"ESP", "PRT"}), frozenset({"ESP", "FRA"}), frozenset({"PRT", "FRA"})}
EVERY_PAIR_CPB = {frozenset({"CHL", "PER"}), frozenset({"CHL", "BOL"}), frozenset({"PER", "BOL"})}


def test_development_rows_of_a_trilateral_meeting_of_the_three_named():
    # held-out 154 TD002 "Saturday’s meeting set the stage for a trilateral leaders summit, signaling Japan’s diplomatic
    # strides despite historical disputes with its neighbors." (every pair of Japan, China and South Korea CONSULT)
    assert all_found("heldout154_prose.tsv", "TD002")
    # held-out 173 YU001 "The government is arranging with China and South Korea a trilateral meeting of foreign
    # ministers, which is planned to be held in Japan in late March, ..." (every pair AGREE/CONSULT)
    assert all_found("heldout173_prose.tsv", "YU001")
    # held-out 173 DZ001 "In a significant diplomatic maneuver, South Korea, Japan, and China are set to reignite
    # discussions in Tokyo this Saturday, marking the first trilateral talks since 2023." (every pair AGREE/CONSULT), and
    # DZ004 "These talks will focus on fostering regional cooperation ..." after it, carried as the article's group
    assert all_found("heldout173_prose.tsv", "DZ001")
    assert all_found("heldout173_prose.tsv", "DZ004")
    # held-out 178 RF001 "The meeting on Saturday will see Japan’s Foreign Minister Takeshi Iwaya and his Chinese
    # counterpart Wang Yi and South Korea’s Cho Tae-yul plan for their countries' trilateral summit ..." (every pair)
    assert all_found("heldout178_prose.tsv", "RF001")
    # held-out 262 SM002 "The meeting on Saturday (March 22, 2025) focuses on plans for a trilateral summit later this
    # year." (every pair CONSULT)
    assert all_found("heldout262_prose.tsv", "SM002")


def _sentence_pairs(records: list[dict], start: str) -> set[frozenset[str]]:
    return pairs([r for r in records if r["sentence"].startswith(start)], "CONSULT")


def test_general_trilateral_meetings_of_the_three_states_named():
    lisbon = article_records(
        "Foreign ministers from Spain and its two neighbours Portugal and France held a meeting in Lisbon on Monday. "
        "Monday's meeting set the stage for a trilateral leaders summit next year."
    )
    assert _sentence_pairs(lisbon, "Monday's meeting") == EVERY_PAIR_EPF
    lima = article_records(
        "Envoys of Chile and its neighbours Peru and Bolivia sat down in Lima on Tuesday to talk about water. "
        "The trilateral meeting also covered migration and trade, officials said."
    )
    assert _sentence_pairs(lima, "The trilateral meeting") == EVERY_PAIR_CPB


def test_guards_keep_no_meeting():
    # a fourth state named: which three met is not told
    observer = article_records(
        "Envoys of Chile and its neighbours Peru and Bolivia sat down in Lima on Tuesday to talk about water. "
        "Argentina sent an observer. The trilateral meeting also covered migration and trade, officials said."
    )
    assert _sentence_pairs(observer, "The trilateral meeting") == set()
    # the format's habit, not a meeting
    habit = article_records(
        "Spain and Portugal signed a water treaty on Monday with France. "
        "The trilateral summit was held each year from 2008 to 2012."
    )
    assert _sentence_pairs(habit, "The trilateral summit") == set()
