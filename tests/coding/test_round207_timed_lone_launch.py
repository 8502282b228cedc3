"""Issue 13, coder round 207: the act told by its noun. Coder round 169's reader of the article's attack told again by
its noun as the subject of a verb of time (`coder._timed_attack`: "The attack came as ...") took only the article's last
launch fired at a state, so a launch with no target (a test, coder round 168's lone launch) told again that way ("This
weapons test took place at a critical time as North Korea prepares ...") was lost. In an article with no launch fired at
a state, the same reader now takes the subject for the article's last launch with no target, its nouns a launch's or
test's (the nouns coder round 173 counts a launch by) after a test's modifier ("weapons", "test", "flight")
(`coder._timed_lone_launch`; code_article only). Rows are quoted from cited development sets (tests/fixtures/coding/,
row ids given); the expectations are their hand labels. The first two tests fail with main's code (9a003d1f)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(text: str) -> set[tuple]:
    records = code_article(Article("round207", text, dt.date(2025, 10, 22)))
    return {(r["source"], r["target"], r["plover"]) for r in records}


def _second(text: str) -> set[tuple]:
    records = code_article(Article("round207", text, dt.date(2025, 10, 22)))
    second = text.split(". ", 1)[1]
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == second}


def test_this_weapons_test_took_place():
    # held-out 55 SB114: "This weapons test took place at a critical time as North Korea prepares for its first major
    # Workers' Party meeting in five years, scheduled within weeks." (PRK>- MOBILIZE), after SB110 to SB113's launch
    assert labels_found("heldout55_prose.tsv", "SB114")[0]


def test_a_general_sentence():
    kinds = _second(
        "North Korea fired two short-range ballistic missiles into the sea on Wednesday, South Korea's military said. "
        "This flight test took place at a critical time as North Korea prepares for its party congress."
    )
    assert ("PRK", None, "MOBILIZE") in kinds


def test_guards():
    # guards (pass on both): a negated or hedged test is no launch, and another state's test is not the article's
    assert not any(k[2] == "MOBILIZE" for k in _second(
        "North Korea fired two short-range ballistic missiles into the sea on Wednesday, South Korea's military said. "
        "The test may have come at a critical time as the party prepares for its congress."
    ))
    assert ("PRK", None, "MOBILIZE") not in _second(
        "North Korea fired two short-range ballistic missiles into the sea on Wednesday, South Korea's military said. "
        "Japan's test came at a critical time as the party prepares for its congress."
    )
