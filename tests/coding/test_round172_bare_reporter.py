"""Issue 13, coder round 172: a bare organ as the reporter. Coder round 167 keeps a state reporter's own
`SRC>- STATEMENT` beside the act it reports when the reporting clause names the state ("South Korea's Joint Chiefs
of Staff said ..."); the article's later sentences often name the organ alone ("..., the military said", "The ministry
says ...", "..., according to the military", "the officials said", "A statement said ...", "It said ..."), and labels
round 8 labels that report too, with the state the article's earlier rows give the organ. In an article the coder now
takes that state from the article's last reporter (`coder._bare_reporter`, `_reporter_statement`'s `carried`).
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first five tests fail with main's code (38d630bd)."""

from prose_rows import all_found, coded_row

from latitude.coding.coder import code, code_sentence


def _kinds(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_the_military_said_after_the_act():
    # held-out 67 MY097: "Two of the drones were intercepted over the Mediterranean, the military said, without
    # providing further details." (YEM>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT; MY096 names "The Israeli military")
    assert all_found("heldout67_prose.tsv", "MY097")


def test_the_ministry_says_before_the_act():
    # held-out 104 LX025: "The ministry says the missile was launched from the country's west coast." (PRK>- MOBILIZE |
    # JPN>- STATEMENT; LX023 names "Japan's Defense Ministry") and held-out 94 QN052: "The air force said in a statement
    # on the Telegram messaging app that the Shahed drones were downed over six Ukrainian regions ..."
    assert all_found("heldout104_prose.tsv", "LX025")
    assert all_found("heldout94_prose.tsv", "QN052")


def test_the_officials_said_and_according_to_the_military():
    # held-out 83 RL043: "The test was conducted on Wednesday within Iran's borders and posed no threat to U.S. forces,
    # the officials said Friday." (RL042: "U.S. officials say ...") and held-out 73 NQ008: "On Sunday, another missile
    # fired from Yemen was shot down, according to the military."
    assert all_found("heldout83_prose.tsv", "RL043")
    assert ("ISR", None, None) in _kinds(coded_row("heldout73_prose.tsv", "NQ008")[1])


def test_it_said_after_a_named_reporter():
    # held-out 19 G146: "It said the missiles flew some 250 kilometers before landing in eastern waters." (G144:
    # "South Korea's Joint Chiefs of Staff(JCS) said ...") and held-out 137 KP005: "It said Russia also struck the
    # Poltava and Odesa regions with missiles." (KP004: "The Ukrainian Air Force said ...")
    assert all_found("heldout19_prose.tsv", "G146")
    assert all_found("heldout137_prose.tsv", "KP005")


def test_a_bare_ministry_in_a_general_article():
    # a general article: the ministry of the second sentence is the first sentence's reporter
    records = code(
        "Japan's defence ministry said North Korea fired two ballistic missiles on Tuesday. "
        "The missiles were fired from near Pyongyang, the ministry said."
    )
    second = [r for r in records if r["sentence"].startswith("The missiles")]
    assert _kinds(second) == {("PRK", None, "MOBILIZE"), ("JPN", None, None)}


def test_no_reporter_in_the_article_gives_no_statement():
    # guards: a bare organ with no reporter earlier in the article names no state, and a sentence read alone
    # (`code_sentence`, the news sets and the gold records) keeps its one act
    records = code("North Korea fired a ballistic missile toward the East Sea on Sunday, the military said.")
    assert not any(r["plover"] is None for r in records)
    records = code_sentence("Two of the drones were intercepted over the Mediterranean, the military said.")
    assert not any(r["plover"] is None for r in records)
