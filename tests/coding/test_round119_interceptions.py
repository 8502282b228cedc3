"""Issue 13, coder round 119: launches and interceptions, twentieth pass — a drone shot down or intercepted is a launch
fired at the interceptor, as a missile is, when its sentence tells it launched or its article told a launch before
("Ukraine's air defenses shot down all 14 Russian drones fired in an overnight attack": Russia's launch at Ukraine, not
Ukraine's assault on Russia), and a launch's "by" agent may have an article before its sponsor ("launched by the
Iranian-backed Houthi militia"). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given);
the expectations are their hand labels. Each test fails with main's code."""

from prose_rows import coded_row


def _launched_at(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s launch or attack fired at `target` (a label `SRC>TGT ASSAULT/MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_drones_shot_down_that_the_sentence_tells_fired():
    # held-out 94 QN051, labelled RUS>UKR ASSAULT/MOBILIZE | UKR>- STATEMENT: "Ukraine's air defenses shot down all 14
    # Russian drones fired in an overnight attack, the Ukrainian air force said on Saturday."
    records = coded_row("heldout94_prose.tsv", "QN051")[1]
    assert _launched_at(records, "RUS", "UKR")
    assert not any((r["source"], r["target"]) == ("UKR", "RUS") for r in records)


def test_a_drone_intercepted_that_a_relative_clause_tells_launched():
    # held-out 118 IX024, labelled YEM>SAU ASSAULT/MOBILIZE | SAU>- STATEMENT: "The Arab Coalition supporting the
    # legitimate government in Yemen said late Sunday that it intercepted and shot down a Houthi drone that was launched
    # from Sanaa province towards Saudi Arabia."
    assert _launched_at(coded_row("heldout118_prose.tsv", "IX024")[1], "YEM", "SAU")


def test_drones_intercepted_after_the_articles_launch():
    # held-out 67 MY097, after MY096 ("The Israeli military said it intercepted three drones ... including two believed
    # to have been launched from Yemen"), labelled YEM>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT: "Two of the drones were
    # intercepted over the Mediterranean, the military said, without providing further details."
    assert _launched_at(coded_row("heldout67_prose.tsv", "MY097")[1], "YEM", "ISR")


def test_drones_downed_after_the_articles_launch():
    # held-out 94 QN052, after QN051, labelled RUS>UKR ASSAULT/MOBILIZE | UKR>- STATEMENT: "The air force said in a
    # statement on the Telegram messaging app that the Shahed drones were downed over six Ukrainian regions in the south
    # and center of the country."
    assert _launched_at(coded_row("heldout94_prose.tsv", "QN052")[1], "RUS", "UKR")


def test_a_launch_by_an_agent_with_an_article_before_its_sponsor():
    # held-out 104 LX048, labelled YEM>SAU ASSAULT/MOBILIZE | SAU>- STATEMENT: "JEDDAH: Saudi Arabia's air defense forces
    # intercepted a ballistic missile launched by the Iranian-backed Houthi militia from within Yemen territory toward
    # Najran, Arab Coalition Spokesperson Col. Turki Al-Maliki said."
    assert _launched_at(coded_row("heldout104_prose.tsv", "LX048")[1], "YEM", "SAU")
