"""Issue 13, coder round 133: launches fired at a state, twenty-third pass — in an article, a launch with no target
whose weapon was sent "toward(s)" a state or one of its cities, or "targeting" or "targeted" one, is fired at that
state, as the prose sets label it ("Houthis claimed they had fired a 'Burkan 2 ballistic missile' toward Riyadh":
Yemen's launch at Saudi Arabia). Read alone, `_frame_target` already gave these targets; in an article only the state
right after "over" (coder round 130) was taken, since a launch's later states are mostly its critics. A weapons test's
direction ("an unarmed ... intercontinental ballistic missile ... launched toward the Kwajalein Atoll") and "at" (also
the launch site: "... Facility at Barking Sands") give no target. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first three tests fail with main's
code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code


def _launched_at(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s launch or attack fired at `target` (a label `SRC>TGT (ASSAULT/)MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_a_missile_fired_toward_a_capital():
    # held-out 66 MX099, labelled YEM>SAU ASSAULT/MOBILIZE | YEM>- STATEMENT: "In a report by the rebel-controlled Saba
    # news agency, Houthis claimed they had fired a "Burkan 2 ballistic missile" toward Riyadh Friday night."
    assert _launched_at(coded_row("heldout66_prose.tsv", "MX099")[1], "YEM", "SAU")


def test_a_missile_launched_toward_a_states_city():
    # held-out 52 ML072, labelled YEM>ISR ASSAULT/MOBILIZE: "A surface-to-surface missile, believed to have been launched
    # from Yemen by Iran-backed Houthi rebels toward Israel's southernmost city of Eilat, was intercepted over the Red
    # Sea Tuesday, ..."
    assert _launched_at(coded_row("heldout52_prose.tsv", "ML072")[1], "YEM", "ISR")


def test_a_general_sentence():
    text = 'Hezbollah said it had fired a "Burkan" rocket toward Haifa on Sunday night.'
    assert _launched_at(list(code(Article("general", text, None))), "LBN", "ISR")


def test_a_test_launched_toward_an_atoll_gives_no_target():
    # held-out 108 ZT037, labelled USA>- MOBILIZE: "The rumble of an unarmed Minuteman III intercontinental ballistic
    # missile could be heard ... as it was launched toward the Kwajalein Atoll in the Marshall Islands." (passes with
    # main's code too)
    records = coded_row("heldout108_prose.tsv", "ZT037")[1]
    assert not any(r["source"] == "USA" and r["target"] == "MHL" for r in records)


def test_at_a_launch_site_gives_no_target():
    # held-out 66 MX013, labelled USA>- MOBILIZE: "The missile was launched at 2:30 p.m. from the Navy's Pacific Missile
    # Range Facility at Barking Sands toward the Pacific Ocean ..." (passes with main's code too)
    records = coded_row("heldout66_prose.tsv", "MX013")[1]
    assert not any(r["source"] == "USA" and r["target"] is not None and r["plover"] == "MOBILIZE" for r in records)
