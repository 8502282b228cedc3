"""Issue 13, coder round 213: the article's act told again by its noun, coded earlier but not carried (recounted after
coder rounds 207 and 208). Coder round 169's reader of the article's attack told again by its noun as the subject of a
verb of time (`coder._timed_attack`) and round 207's reader of the article's launch with no target
(`coder._timed_lone_launch`) took only the nouns of an attack or a launch, so the interception of the article's weapons
("The interception triggered alarms in several central regions of Israel.") and a launch article's "this operation" or
"this event" ("This operation occurred just one day after ...") were lost though the article's act was coded on an
earlier row; "occurs", the present of "occurred", was not a verb of time. They now count (`coder._TIMED_NOUNS`,
`_TIMED_LAUNCH_NOUNS`, `_TIMED_VERBS`; code_article only). Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first five tests fail with main's
code (0f52653c)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _second(text: str) -> set[tuple]:
    records = code_article(Article("round213", text, dt.date(2025, 5, 8)))
    second = text.split(". ", 1)[1]
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == second}


def test_the_interception_triggered_alarms():
    # held-out 67 MY101: "The interception triggered alarms in several central regions of Israel." (YEM>ISR
    # ASSAULT/MOBILIZE), after the article's Houthi missile at Israel
    assert labels_found("heldout67_prose.tsv", "MY101")[0]


def test_the_drones_interception_occurred():
    # held-out 104 LX068: "The drone's interception occurred over the Ein Hamifratz area, south of Acre." (LBN>ISR
    # ASSAULT/MOBILIZE)
    assert labels_found("heldout104_prose.tsv", "LX068")[0]


def test_this_operation_occurred():
    # held-out 55 SB113: "This operation occurred just one day after Elbridge Colby, ... visited Seoul ..." (PRK>-
    # MOBILIZE beside USA<>KOR CONSULT)
    assert labels_found("heldout55_prose.tsv", "SB113")[0]


def test_this_event_occurs():
    # held-out 209 VK002: "This event occurs against a backdrop of escalating tensions with India, ..." (PAK>- MOBILIZE)
    assert labels_found("heldout209_prose.tsv", "VK002")[0]


def test_a_general_sentence():
    kinds = _second(
        "Iran fired a ballistic missile at Israel on Saturday, the Israeli military said. "
        "The interception occurred over the Negev desert."
    )
    assert ("IRN", "ISR", "MOBILIZE") in kinds or ("IRN", "ISR", "ASSAULT") in kinds


def test_guards():
    # guards (pass on both): another state's interception is not the article's attack, and "incident", the noun of any
    # event, is not taken
    assert not any(k[:2] == ("IRN", "ISR") for k in _second(
        "Iran fired a ballistic missile at Israel on Saturday, the Israeli military said. "
        "Japan's interception occurred over the Pacific."
    ))
    assert ("PAK", None, "MOBILIZE") not in _second(
        "Pakistan test-fired a ballistic missile on Monday, the army said. "
        "This incident comes on the heels of border clashes."
    )
