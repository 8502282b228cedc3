"""Issue 13, coder round 143: launches coded with the wrong launcher or target — in an article, a launch coded with no
target (`SRC>- MOBILIZE`) in a sentence that tells its weapons' interception ("intercepted", "downed", "destroyed",
"shot down") and names one state besides the launcher takes that state, the defender that intercepted them or whose
forces or places are named, as its target, as the prose sets label it ("The Israel Defense Forces (IDF) said in a
statement that it intercepted a missile fired from Yemen", `YEM>ISR ASSAULT/MOBILIZE`). Not with two or more other
states (a state flown over and the state aimed at), nor a state named after "at" (a launch site) or only as the
reporter after the weapons' fate, nor when negated, conditional, hedged, modal or a test. A sentence read alone (the
news sets, `code_sentence`) is unchanged. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids
given); the expectations are their hand labels. The first five tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code, code_sentence


def _launched_at(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s launch or attack fired at `target` (a label `SRC>TGT (ASSAULT/)MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_the_idf_intercepted_a_missile_fired_from_yemen():
    # held-out 129 LT039, labelled YEM>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT: "JERUSALEM/SANAA -- The Israel Defense
    # Forces (IDF) said in a statement that it intercepted a missile fired from Yemen on Tuesday evening."
    assert _launched_at(coded_row("heldout129_prose.tsv", "LT039")[1], "YEM", "ISR")


def test_kuwait_intercepted_drones_and_missiles_fired_from_iran():
    # held-out 136 WK001, labelled IRN>KWT ASSAULT/MOBILIZE | KWT>- STATEMENT: "The State of Kuwait announced that the
    # Kuwait Armed Forces intercepted and destroyed on Friday 12 drones and 14 missiles fired from Iran."
    assert _launched_at(coded_row("heldout136_prose.tsv", "WK001")[1], "IRN", "KWT")


def test_most_missiles_were_intercepted_said_the_idf():
    # held-out 141 CN005, labelled IRN>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT: "Israel's air defences were activated and
    # most missiles were intercepted, said Israeli Defense Forces spokesperson Daniel Hagari."
    assert _launched_at(coded_row("heldout141_prose.tsv", "CN005")[1], "IRN", "ISR")


def test_a_general_article():
    text = (
        "Sirens sounded in the south. The Israel Defense Forces said in a statement that it intercepted a missile fired "
        "from Yemen on Friday night."
    )
    records = list(code(Article("general", text, None)))
    assert any(r["sentence"].startswith("The Israel") and (r["source"], r["target"]) == ("YEM", "ISR") for r in records)
    assert not any(r["sentence"].startswith("Sirens") for r in records)


def test_a_general_article_with_the_launch_before():
    text = (
        "Iran launched about 200 ballistic missiles on Tuesday night, the Pentagon said. Israel's air defences were "
        "activated and most missiles were intercepted, said army spokesperson Avi Cohen."
    )
    records = list(code(Article("general", text, None)))
    assert any(r["sentence"].startswith("Israel's") and (r["source"], r["target"]) == ("IRN", "ISR") for r in records)


def test_a_sentence_read_alone_is_unchanged():
    # the news sets read sentences alone: their records are not touched
    records = code_sentence("Israel's air defences were activated and most missiles were intercepted, said army spokesperson Avi Cohen.")
    assert not any((r["source"], r["target"]) == ("IRN", "ISR") for r in records)


def test_only_the_reporter_after_the_fate_is_no_target():
    # held-out 94 QN010, labelled YEM>- ASSAULT/MOBILIZE | USA>- STATEMENT: "The drone was shot down during the day, the
    # CENTCOM post said, adding that two other drones had crashed into the water."
    assert not any(r["target"] == "USA" and r["plover"] == "MOBILIZE" for r in coded_row("heldout94_prose.tsv", "QN010")[1])


def test_a_launch_site_is_no_target():
    # held-out 66 MX013, labelled USA>- MOBILIZE | USA>- STATEMENT: a US intercept test "launched ... from the Navy's
    # Pacific Missile Range Facility at Barking Sands ... intercepted ... by another missile launched from the cruiser"
    assert not any(r["target"] not in (None, "USA") and r["plover"] == "MOBILIZE" for r in coded_row("heldout66_prose.tsv", "MX013")[1])
