"""Issue 13, coder round 158: the topic of the article's own meeting — in an article, a sentence whose subject is the
meeting's noun ("the discussions", "talks", "the conversation", "the visit") before a verb of topic told as done
("covered", "addressed", "featured", "focused on", "touched on", "revolved around", "centred on"), with no record of
its own and no state named but the meeting's two parties, takes the article's visit or meeting (its last CONSULT
record with both parties), as labels round 6 labels the topic of the meeting ("The discussions also focused on
expanding frameworks of cooperation between Kuwait and Switzerland ...", `KWT<>CHE CONSULT`). A sentence read alone
(`code_sentence`) is unchanged, and a meeting that "will focus on" its topics is not told. Rows are quoted from cited
development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first five tests
fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code, code_sentence


def _met(records: list[dict], a: str, b: str) -> bool:
    return any({r["source"], r["target"]} == {a, b} and r["plover"] == "CONSULT" for r in records)


def test_the_discussions_also_focused_on_expanding_frameworks_of_cooperation():
    # held-out 50 w028, labelled KWT<>CHE CONSULT: "The discussions also focused on expanding frameworks of cooperation
    # between Kuwait and Switzerland to broader horizons ..."
    assert _met(coded_row("heldout50_prose.tsv", "w028")[1], "KWT", "CHE")


def test_the_discussions_were_focused_on_further_developing_the_friendship():
    # held-out 72 ND040, labelled LKA<>MDV CONSULT: "The discussions were focused on further developing the
    # long-standing friendship between the two countries ..."
    assert _met(coded_row("heldout72_prose.tsv", "ND040")[1], "LKA", "MDV")


def test_discussions_also_addressed_the_pursuit_of_more_partnerships():
    # held-out 121 HB066, labelled KWT<>BHR CONSULT: "Discussions also addressed the pursuit of more partnerships ..."
    assert _met(coded_row("heldout121_prose.tsv", "HB066")[1], "KWT", "BHR")


def test_the_visit_also_focused_on_trade_and_investment():
    # held-out 150 HQ038, labelled USA>JPN CONSULT: "The visit also focused on trade and investment."
    assert _met(coded_row("heldout150_prose.tsv", "HQ038")[1], "USA", "JPN")


GENERAL = (
    "German Chancellor Olaf Scholz held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia on Monday. "
    "The conversation covered trade, climate and the protection of the rainforest."
)


def test_a_general_article_carries_the_meeting_onto_its_topic():
    records = list(code(Article("general", GENERAL, None)))
    topic = [r for r in records if r["sentence"].startswith("The conversation covered")]
    assert _met(topic, "DEU", "BRA")


def test_no_carry_for_a_sentence_alone_nor_for_a_planned_meeting():
    alone = "The discussions also focused on trade, energy and regional security."
    assert not [r for r in code_sentence(alone) if r["plover"] == "CONSULT" and r["target"] is not None]
    planned = (
        "German Chancellor Olaf Scholz held talks with Brazilian President Luiz Inacio Lula da Silva in Brasilia on Monday. "
        "The next meeting will focus on trade and climate."
    )
    later = [r for r in code(Article("general", planned, None)) if r["sentence"].startswith("The next meeting")]
    assert not _met(later, "DEU", "BRA")
