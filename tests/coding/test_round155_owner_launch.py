"""Issue 13, coder round 155: missile tests and launches told by a noun or by the flight — a launch told by a passive
verb or a noun whose doer is named only after "by" ("had detected "multiple waves of firing" by China's Rocket Force")
or as the launched weapon's modifier ("the launch of an Iranian rocket") is read by the frames as a launch with no doer
at that state (`None>CHN MOBILIZE`), which an article drops for want of a source. In an article it is that state's
launch with no target (`coder._owner_launch`); not when the state after "by" follows a verb of interception (the
interceptor: "which were intercepted by a U.S. Navy destroyer"). A sentence read alone (`code_sentence`, the news sets)
is unchanged. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations
are their hand labels. The first three tests fail with main's code (ebdfc6bf)."""

from prose_rows import coded_row

from latitude.coding.coder import Article, _owner_launch, _records, analyse, code


def _launched(records: list[dict], source: str) -> bool:
    """Whether a record is `source`'s launch with no target (a label `SRC>- MOBILIZE`)."""
    return any((r["source"], r["target"], r["plover"]) == (source, None, "MOBILIZE") for r in records)


def test_waves_of_firing_by_chinas_rocket_force():
    # held-out 149 CN001, labelled CHN>- MOBILIZE | TWN>- STATEMENT: "The ministry said that starting from 6:50 am
    # (2250 GMT on Saturday) it had detected "multiple waves of firing" by China's Rocket Force and army in the
    # provinces and regions of Inner Mongolia, Gansu, Qinghai and Xinjiang, which all lie at least 2,000 km (1,200
    # miles) from Taiwan." (main's code: no record)
    assert _launched(coded_row("heldout149_prose.tsv", "CN001")[1], "CHN")


def test_a_general_article():
    text = (
        'The ministry said it had detected "multiple waves of firing" by China\'s Rocket Force in the provinces of '
        "Gansu and Qinghai, far from Taiwan."
    )
    assert _launched(list(code(Article("general", text, None))), "CHN")


def test_the_weapons_modifier_is_the_launcher():
    # held-out 49 NK075's wording (labelled IRN>- MOBILIZE | IRN>- STATEMENT), its first clause: the frames read
    # "an Iranian rocket" as the launch's target
    text = "Last weekend's launch of an Iranian rocket sparked days of debate over what its intended mission was."
    found = analyse(text)
    records = [_owner_launch(found, r) for r in _records(found, text, None, "general", True)]
    assert _launched(records, "IRN")


def test_the_interceptor_after_by_is_no_launcher():
    # held-out 151 FG007, labelled YEM>- MOBILIZE | USA>- STATEMENT: "The incident followed another attempt by the
    # group to launch cruise missiles and drones toward the Red Sea on Oct. 19, which were intercepted by a U.S. Navy
    # destroyer, according to the Pentagon." (passes with main's code too)
    assert not _launched(coded_row("heldout151_prose.tsv", "FG007")[1], "USA")
