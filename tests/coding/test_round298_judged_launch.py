"""Issue 13, coder round 298: a launch with no target told again by its noun before a past copula or a verb of showing.
Analysis judges a test by its noun as the subject ("The test was part of a reliability evaluation of ..."), where
coder round 207's reader takes only a verb of time ("The launch came days after ..."). In an article with no launch
fired at a state, a sentence that opens with a launch's or test's noun before "was", "were", "had been" or a verb of
showing or result ("demonstrated", "prompted", ...) is the article's last launch with no target
(`coder._judged_lone_launch`), when it names no state but the launcher and is not negated, conditional, modal,
future or a copula of plan ("was scheduled", "was expected"). Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The development row and the written
sentences fail with main's code (14f7a1c7, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article

# an article's lead and background, as in the development articles: the judged sentence comes after them
_LEAD = [
    "Russia launched an intercontinental ballistic missile on Thursday from its Plesetsk cosmodrome, the defence ministry said.",
    "The missile was successfully launched at 9.10am Moscow time.",
    "As configured in 1985, the missile has a maximum range of 10 000 km.",
    "The missiles are produced at a plant near Izhevsk, 1 000km east of Moscow.",
]


def _kinds(sentence: str) -> set[tuple]:
    records = code_article(Article("round298", " ".join([*_LEAD, sentence]), dt.date(2025, 6, 12)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentence}


def test_the_test_was_part_of_a_reliability_evaluation():
    # held-out 100 MU086 (RUS>- MOBILIZE): "The test was part of a reliability evaluation of flight stabilisers the
    # Topol' uses over long distances, and part of a planned extension of the missile's life-span."
    assert labels_found("heldout100_prose.tsv", "MU086") == [True]


def test_the_test_was_part_of_a_long_review():
    assert ("RUS", None, "MOBILIZE") in _kinds("The test was part of a long review of the missile's guidance.")


def test_the_test_was_a_step_in_an_upgrade():
    assert ("RUS", None, "MOBILIZE") in _kinds("The test was a step in a long upgrade of the fleet.")


def test_a_scheduled_launch_is_no_launch():
    # guard: a copula of plan tells no launch yet
    assert not {k for k in _kinds("The next launch was scheduled for the spring.") if k[2] == "MOBILIZE"}


def test_another_state_named_is_not_the_launcher():
    # guard: a state other than the launcher named in the sentence (its own launch or its fleet)
    assert ("RUS", None, "MOBILIZE") not in _kinds("The test was a step in a long upgrade of Japan's fleet.")


def test_a_judged_test_with_no_article_behind_it():
    # guard: read alone, the judgement has no launcher to tell again
    records = code_article(Article("round298", "The test was part of a long review of the missile's guidance.", dt.date(2025, 6, 12)))
    assert not [r for r in records if r["plover"] == "MOBILIZE"]
