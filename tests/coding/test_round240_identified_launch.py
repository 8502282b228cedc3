"""Issue 13, coder round 240: a launch with no target told by its weapon's identity. In an article whose launch has no
target, a sentence that tells what the launched weapon was ("The missile probably was a medium-range ballistic missile
called a KN-17, the US official said.", "It may have been a new type of solid-fueled intercontinental ballistic
missile, a South Korean military official said.") names no verb of flight or fall, so round 168's carry did not read
it; the sets label it the launch (labels round 10's Z126). It is the article's last launch with no target
(`coder._identified_launch`). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the
expectations are their hand labels. The first four tests fail with main's code (679e7707)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round240", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_the_missile_probably_was_a_medium_range_missile():
    # held-out 66 MX032 (USA>- STATEMENT | PRK>- MOBILIZE): "The missile probably was a medium-range ballistic missile
    # called a KN-17, the US official said."
    assert labels_found("heldout66_prose.tsv", "MX032") == [True, True]


def test_it_may_have_been_a_new_type_of_icbm():
    # held-out 222 HH008 (PRK>- MOBILIZE | KOR>- STATEMENT): "It may have been a new type of solid-fueled
    # intercontinental ballistic missile, a South Korean military official said."
    assert labels_found("heldout222_prose.tsv", "HH008") == [True, True]
    # held-out 233 RI004 (PRK>- MOBILIZE | JPN>- STATEMENT): "The Japan Coast Guard also said what was fired by North
    # Korea could be a ballistic missile."
    assert labels_found("heldout233_prose.tsv", "RI004") == [True, True]


def test_it_was_not_an_icbm():
    # held-out 58 MN042 (PRK>- MOBILIZE | KOR>- STATEMENT): "Its flight distance indicates it was not an
    # intercontinental ballistic missile (ICBM), according to Seoul's Joint Chiefs of Staff (JCS)."
    assert labels_found("heldout58_prose.tsv", "MN042") == [True, True]


def test_general_article():
    kinds = _kinds(
        "Iran test-fired a new ballistic missile on Sunday, state television reported.",
        "The weapon was likely a solid-fuel medium-range missile, a defence official said.",
    )
    assert ("IRN", None, "MOBILIZE") in kinds


def test_a_weapon_class_in_the_present_or_a_passive_is_no_launch():
    # a present "is" tells a class in general; a passive tells no identity (held-out 69 MZ085's shape, labelled '-')
    kinds = _kinds(
        "Iran test-fired a new ballistic missile on Sunday, state television reported.",
        "The Emad is a liquid-fuelled medium-range ballistic missile.",
    )
    assert not any(k[2] == "MOBILIZE" for k in kinds)
    kinds = _kinds(
        "Iran test-fired a new ballistic missile on Sunday, state television reported.",
        "Inducted in 2003, it was then improved as a primary missile of the arsenal.",
    )
    assert not any(k[2] == "MOBILIZE" for k in kinds)


def test_a_cleft_and_another_state_are_no_identity():
    # a cleft ("it was ... that", held-out 69 MZ054's "it was the first time that the Khoramshahr missile was
    # displayed", labelled '-'); a third state not a reporter
    kinds = _kinds(
        "Iran test-fired a new ballistic missile on Sunday, state television reported.",
        "It was the army that later moved the missile to a new site.",
    )
    assert not any(k[2] == "MOBILIZE" for k in kinds)
    kinds = _kinds(
        "Iran test-fired a new ballistic missile on Sunday, state television reported.",
        "The missile was a copy of a North Korean missile sold to Iran by Pyongyang.",
    )
    assert ("IRN", None, "MOBILIZE") not in kinds  # a state named not as a reporter blocks the reading
