"""Issue 13, coder round 177: a launch's fall at a state told by the defender. One article reading
(`coder.code_article`, `_intercepted_owner`; a sentence read alone, `code_sentence`, is unchanged): a sentence with no
launch or attack record of its own that tells weapons intercepted ("shot down", "intercepted", "downed", "destroyed")
and names their owner after the verb by a state word right before the weapon's noun ("a Ukrainian drone", "57
Ukrainian drones") or after "from" ("a missile from Yemen"), and exactly one other state (the defender: the reporter,
the interceptor or the place), is the owner's attack on the defender (`ASSAULT`), unless negated, hedged, modal,
future or a test, the other party is an armed group, or the other state is named only before "border".
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first five tests fail with main's code (b36d90e3, from `git archive`)."""

from prose_rows import all_found, coded_row

from latitude.coding.coder import Article, code


def _attacks(records: list[dict]) -> set[tuple[str, str | None]]:
    return {(r["source"], r["target"]) for r in records if r["plover"] in ("ASSAULT", "MOBILIZE")}


def _article(text: str) -> list[dict]:
    return list(code(Article("general", text, None)))


def test_air_defences_shot_down_a_ukrainian_drone_russia_said():
    # held-out 122 DX002, labelled UKR>RUS ASSAULT/MOBILIZE | RUS>- STATEMENT: "Air defences shot down a Ukrainian
    # drone in the Krasnodar region around 0500 GMT, Russia's defence ministry said."; main: no record
    assert all_found("heldout122_prose.tsv", "DX002")


def test_russian_air_defenses_shot_down_57_ukrainian_drones():
    # held-out 156 KT002, labelled UKR>RUS ASSAULT/MOBILIZE | RUS>- STATEMENT; main: no record
    assert all_found("heldout156_prose.tsv", "KT002")


def test_israels_military_intercepted_a_missile_from_yemen():
    # held-out 170 TJ001, labelled YEM>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT: "ISRAEL'S MILITARY HAS said it
    # intercepted a missile from Yemen this evening."; main: no record
    assert all_found("heldout170_prose.tsv", "TJ001")


def test_the_ministry_said_it_had_downed_251_ukrainian_drones():
    # held-out 175 LB001, labelled UKR>RUS ASSAULT/MOBILIZE | RUS>- STATEMENT; main: no record
    assert all_found("heldout175_prose.tsv", "LB001")


def test_a_general_interception_told_by_the_defender():
    records = _article(
        "Air defences destroyed three Belarusian drones over the Vilnius region overnight, Lithuania's defence ministry said."
    )
    assert ("BLR", "LTU") in _attacks(records)


def test_an_armed_group_shooting_down_a_states_drone_is_not_the_states_attack():
    # held-out 71 NC046, labelled YEM>USA ASSAULT: "... after Houthis shot down a U.S. drone over the Red Sea."
    _, records = coded_row("heldout71_prose.tsv", "NC046")
    assert ("USA", "YEM") not in _attacks(records)


def test_a_state_named_before_border_is_no_defender():
    # held-out 136 YA010, labelled YEM>ISR ASSAULT/MOBILIZE: "... the Air Force intercepted three drones from Yemen after
    # sirens sounded in communities near the Egyptian border."
    _, records = coded_row("heldout136_prose.tsv", "YA010")
    assert ("YEM", "EGY") not in _attacks(records)


def test_a_negated_interception_keeps_no_attack():
    records = _article("Lithuania's army said its air defences did not shoot down any Belarusian drones on Tuesday.")
    assert ("BLR", "LTU") not in _attacks(records)
