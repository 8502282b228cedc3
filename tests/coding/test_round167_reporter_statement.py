"""Issue 13, coder round 167: the reporter's own report beside the act it reports. Labels round 8 settled that a
state's organ or official telling another party's act ("South Korea's Joint Chiefs of Staff said the North fired
...", "..., according to Ukraine's air force") is labelled `SRC>- STATEMENT` for the reporter beside the act's own
label; in an article the coder now keeps that report as a record of its own (CAMEO 010, no target) where the sentence's
records hold another party's act (`coder._reporter_statement`): the reporter is a state's mention with only the words
of an organ or office around it, before a reporting verb, after a reporting verb opening its clause, or after
"according to" or "citing". Media, a doer reporting its own act and a report already typed are left out, and a
sentence read alone (`code_sentence`, as the news sets and the gold records read it) keeps its one act.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first five tests fail with main's code."""

from prose_rows import all_found, coded_row

from latitude.coding.coder import code, code_sentence


def _kinds(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_the_joint_chiefs_report_before_the_launch():
    # dev D042: "The South Korean Joint Chiefs of Staff(JCS) said that North Korea fired at least one ballistic missile
    # toward the East Sea on Wednesday." (PRK>- MOBILIZE | KOR>- STATEMENT); main: PRK>- MOBILIZE only
    row, records = coded_row("dev_prose.tsv", "D042")
    assert ("KOR", None, None) in _kinds(records) and all_found("dev_prose.tsv", "D042")


def test_the_military_report_after_the_launch():
    # held-out 1 H016: "North Korea fired an unspecified ballistic missile toward the sea off its east coast on Sunday,
    # South Korea's Joint Chiefs of Staff said." and held-out 94 QN051: "Ukraine's air defenses shot down all 14 Russian
    # drones fired in an overnight attack, the Ukrainian air force said on Saturday."
    assert all_found("heldout_prose.tsv", "H016")
    assert all_found("heldout94_prose.tsv", "QN051")


def test_according_to_the_reporter():
    # held-out 8 V025: "North Korea fired multiple short-range ballistic missiles Thursday toward the East Sea, also known
    # as the Sea of Japan, according to South Korea's military." and held-out 157 SH004: "Indian strikes on Wednesday
    # killed 31 civilians, including women and children, according to Pakistani officials." (its strike is still read
    # IND>IND: only the report is asserted)
    assert all_found("heldout8_prose.tsv", "V025")
    assert ("PAK", None, None) in _kinds(coded_row("heldout157_prose.tsv", "SH004")[1])


def test_a_medium_citing_the_reporter():
    # held-out 58 MN025: "... Yonhap News Agency also reported that North Korea had fired a ballistic missile off its
    # east coast, citing South Korea's military." (KOR>- STATEMENT for the military the agency cites)
    row, records = coded_row("heldout58_prose.tsv", "MN025")
    assert ("KOR", None, None) in _kinds(records)


def test_a_ministry_reporting_another_state_s_strike_in_an_article():
    # a general sentence read as an article: the report beside the act
    records = _kinds(code("Russia launched 23 drones at Ukraine overnight, according to Ukraine's air force."))
    assert ("RUS", "UKR", "ASSAULT") in records and ("UKR", None, None) in records
    records = _kinds(code("Israeli jets struck a village near Tyre, killing two people, Lebanon's health ministry said."))
    assert ("ISR", "LBN", "ASSAULT") in records and ("LBN", None, None) in records


def test_media_and_a_doer_s_own_report_give_no_statement():
    # guards: private media is no state's report; a state reporting its own launch keeps its statement since coder
    # round 174 (labels round 10: the act and the doer's `SRC>- STATEMENT`)
    assert ("ISR", None, None) not in _kinds(code("Israeli media reported that Iran fired missiles at Israel on Sunday."))
    assert ("PRK", None, None) in _kinds(code("North Korea said it fired a new cruise missile toward the Yellow Sea."))


def test_a_sentence_read_alone_keeps_its_one_act():
    # guard: `code_sentence` (the news sets and the gold records) is not changed
    records = code_sentence("North Korea fired a ballistic missile toward the East Sea, South Korea's Joint Chiefs of Staff said.")
    assert _kinds(records) == {("PRK", None, "MOBILIZE")}
