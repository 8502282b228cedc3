"""Issue 13, coder round 308: launches with no record, under a precision budget. A sentence that no reader gave an
attack or launch record but that tells a launch by a verb of launching with a weapon's noun ("Last week, a drone
launched by the Houthis struck a building in the central Israeli city of Yavne.") or by a launch's noun after a
determiner gets one from the article's last reader (`coder._broad_launch`): its doer is the state after "by" or
"from", else the state named before the act, else the article's last launcher; its target the state after a
preposition of aim, else the one other state named beside a harm or an interception. Rows are quoted from cited
development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The development
rows and the written sentences fail with main's code (cd19a769, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round308", " ".join(sentences), dt.date(2024, 10, 7)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def _force(*sentences: str) -> set[tuple]:
    return {k for k in _kinds(*sentences) if k[2] in ("ASSAULT", "MOBILIZE")}


def test_a_drone_launched_by_the_houthis_struck_a_building_in_an_israeli_city():
    # held-out 213 AU004 (YEM>ISR ASSAULT/MOBILIZE): "Last week, a drone launched by the Houthis struck a building in
    # the central Israeli city of Yavne."
    assert labels_found("heldout213_prose.tsv", "AU004") == [True]


def test_a_drone_fired_from_yemen_struck_eilat():
    # held-out 224 ZO001 (YEM>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): "A drone fired from Yemen has struck the
    # southern Israeli city of Eilat, medics and the Israeli army say."
    assert labels_found("heldout224_prose.tsv", "ZO001")[0]


def test_a_drone_strike_launched_against_united_states_forces():
    # held-out 304 QRW008 (IRQ>USA ASSAULT/MOBILIZE): "Iran-backed Islamists from Iraq launched a drone strike against
    # United States forces in Jordan on Sunday."
    assert labels_found("heldout304_prose.tsv", "QRW008") == [True]


def test_drones_launched_by_a_group_the_junta_opposes():
    # held-out 167 DW007 (MMR>- ASSAULT/MOBILIZE, MMR>- STATEMENT): "Local media reported that a PDF group in the area
    # said it had launched drones at military targets in Naypyidaw."
    assert labels_found("heldout167_prose.tsv", "DW007")[0]


def test_written_launches_that_crashed_or_exploded_in_a_named_state():
    assert ("YEM", "ISR", "ASSAULT") in _force(
        "A drone launched by the Houthis crashed near a school in the southern Israeli city of Eilat."
    )
    assert ("LBN", "ISR", "ASSAULT") in _force(
        "A drone fired from Lebanon exploded near a kindergarten in the northern Israeli town of Nahariya."
    )


def test_guards_stay_silent():
    # negated, a threat, a plan, a launch by a group with no state: no record of force
    assert _force("A drone launched by the Houthis did not crash near the school in the southern Israeli city of Eilat.") == set()
    assert _force("Iran threatened that drones launched from its soil would strike Israeli cities.") == set()
    assert _force("North Korea is preparing a missile test, officials in Seoul said.") == set()
    assert _force("A drone launched by militants crashed near a school in the southern Israeli city of Eilat.") == set()
