"""Issue 13, coder round 313: false events on non-event sentences (a precision round). A launch verb in the perfect
that sums up a habit of launches or attacks tells none of them: its object a campaign right after the verb ("have
launched repeated attacks", "has launched various attacks") or its clause a span of occasions or years ("on numerous
occasions", "over the past few years"): `coder._launches_habit`, one more case of `_summed_launches`, which the frames
and the sentence's act both answer. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids
given), labelled `-` by the label convention (a habit over years is no launch); the development rows and the written
sentences fail with main's code (113ecc1e, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import all_found, quiet

from latitude.coding.coder import Article, code_article


def _codes(sentence: str) -> set[tuple]:
    records = code_article(Article("round313", sentence, dt.date(2024, 10, 7)))
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_repeated_attacks_since_a_war_began_are_a_habit():
    # held-out 170 TJ004 (labelled -): "Yemen’s Houthi rebels have launched repeated attacks on Israel and commercial
    # ships in the Red Sea region, which began shortly after the start of the war between Israel and Hamas in Gaza."
    assert quiet("heldout170_prose.tsv", "TJ004")


def test_various_attacks_on_ships_are_a_habit():
    # held-out 146 RP003 (labelled -): "The rebel group, backed by Iran, has launched various attacks on ships in the
    # Red Sea as a protest to Israel’s ongoing war in the Gaza Strip against the terrorist group Hamas."
    assert quiet("heldout146_prose.tsv", "RP003")


def test_launches_on_numerous_occasions_are_a_habit():
    # held-out 295 QMF020 (labelled -): "The Yemen-based Houthi rebels have launched drones and missiles toward Israel
    # on numerous occasions."
    assert quiet("heldout295_prose.tsv", "QMF020")


def test_missiles_test_launched_over_the_past_few_years_are_a_habit():
    # held-out 314 QZJ012 (labelled -): "North Korea has allegedly increased the number of missiles it has
    # test-launched over the past few years."
    assert quiet("heldout314_prose.tsv", "QZJ012")


def test_written_habits_of_launches_and_attacks():
    assert _codes("Pakistan has tested its Ghauri missile on several occasions.") == set()
    assert _codes("Israel has launched repeated airstrikes on Hezbollah positions in southern Lebanon.") == set()
    assert _codes("Iran has launched various attacks on shipping in the Strait of Hormuz.") == set()


def test_guard_one_launch_a_count_or_a_recent_span_keeps_its_record():
    # a launch with a day, one weapon, a count or a recent span is told ("the sets label a counted series an event")
    assert ("LBN", "ISR", "ASSAULT") in _codes("Hezbollah has fired rockets at Israel on Monday, the Israeli military said.")
    assert ("PRK", "JPN", "MOBILIZE") in _codes("North Korea has launched a ballistic missile over Japan, Tokyo said.")
    assert ("RUS", "UKR", "ASSAULT") in _codes("Russia has fired multiple ballistic missiles at Kyiv, Ukraine's air force said.")
    assert ("PRK", None, "MOBILIZE") in _codes("North Korea has launched two ballistic missiles over the past week, Seoul said.")
    # held-out 207 OV003 (IRQ>ISR ASSAULT/MOBILIZE): "... has launched drones in recent months from this direction in
    # attacks targeting several sites in Israel, ..." (a recent span keeps the launch)
    assert all_found("heldout207_prose.tsv", "OV003")
