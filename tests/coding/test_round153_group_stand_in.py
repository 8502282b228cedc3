"""Issue 13, coder round 153: launches and strikes whose doer is a stand-in — in an article, "the rebels", "the group",
"the militants", "the militia", "the organization", "the movement", "the insurgents" (with at most two modifiers: "the
rebel group", "the Iran-backed militant group"), and "they" or "it" as the subject of an active verb of launching or
attacking with no state named before it, stand in a sentence about a launch or an attack for the armed group (a
"rebels" mention: the Houthis, Hezbollah, Hamas) the article named last (`context._group_noun`, `_group_pronoun`).
Not before the group's own name ("the terrorist group Hamas") or "of". A sentence read alone (the news sets,
`code_sentence`) is unchanged. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the
expectations are their hand labels. The first three tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code, code_sentence


def _attacked(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s attack or launch at `target` (a label `SRC>TGT ASSAULT/MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_the_rebels_claimed_two_attacks_on_israel():
    # held-out 137 NH007, labelled YEM>ISR ASSAULT/MOBILIZE | YEM>- STATEMENT: "Later on Tuesday the rebels claimed to
    # have launched two attacks on Israel." (after "Yemen's Huthi rebels said they had launched a missile ...")
    assert _attacked(coded_row("heldout137_prose.tsv", "NH007")[1], "YEM", "ISR")


def test_members_of_the_organization_are_the_idfs_target():
    # held-out 94 QN065, labelled ISR>PSE ASSAULT | PSE>ISR ASSAULT/MOBILIZE: "On Monday, the IDF attacked PIJ targets
    # after members of the organization launched rockets toward Israel during the night." (after "Hamas targets in
    # Gaza"); main read ISR>ISR
    records = coded_row("heldout94_prose.tsv", "QN065")[1]
    assert _attacked(records, "ISR", "PSE") and not _attacked(records, "ISR", "ISR")


def test_a_general_article():
    text = (
        "Hezbollah fired dozens of rockets at northern Israel on Sunday. Later in the day the group launched a drone "
        "attack on an Israeli army base."
    )
    records = list(code(Article("general", text, None)))
    assert any(r["sentence"].startswith("Later") and (r["source"], r["target"]) == ("LBN", "ISR") for r in records)


def test_a_group_named_after_the_noun_is_no_stand_in():
    # "the terrorist group Hamas" names its group: not the Houthis the article named before (passes with both)
    text = "The Houthis fired a missile at Israel on Tuesday. Israeli jets struck targets of the terrorist group Hamas in Gaza."
    records = list(code(Article("general", text, None)))
    assert not any(r["sentence"].startswith("Israeli") and "YEM" in (r["source"], r["target"]) for r in records)


def test_a_sentence_read_alone_is_unchanged():
    # no article, no antecedent: "the group" names no one (passes with both)
    records = code_sentence("Later in the day the group launched a drone attack on an Israeli army base.") or []
    assert not any(r["source"] == "LBN" for r in records)
