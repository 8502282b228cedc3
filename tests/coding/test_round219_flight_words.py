"""Issue 13, coder round 219: the weapon's flight or fall that coder round 168's carry of the article's launch with no
target (`coder._carried_lone_launch`) did not read. That carry took a later sentence telling the weapon's flight or
fall by "flew", "fell", "landed" and the like, and only when it named no state but the launcher, a state after
"outside" or a reporter. A weapon's reach, loss or drop told by its own verb ("It reached a maximum altitude ...", "...
the suspected ballistic missile has disappeared over the Yellow Sea, ...", "They say it seems to have dropped into the
Sea of Japan.") now counts as its flight's course or end (`coder._FLOWN`), and a state's name inside the name of a sea or
a peninsula ("the Sea of Japan", "the Korean Peninsula") is a place, not another party that stops the carry. Rows are
quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The
first five tests fail with main's code (98dc4802)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round219", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_it_reached_a_maximum_altitude_off_the_korean_peninsula():
    # held-out 104 LX027: "It reached a maximum altitude of about 100 kilometers, and landed in the sea off the east
    # coast of the Korean Peninsula." (PRK>- MOBILIZE)
    assert labels_found("heldout104_prose.tsv", "LX027") == [True]


def test_it_seems_to_have_dropped_into_the_sea_of_japan():
    # held-out 171 NH002: "They say it seems to have dropped into the Sea of Japan." (PRK>- MOBILIZE | JPN>- STATEMENT)
    assert labels_found("heldout171_prose.tsv", "NH002")[0]


def test_the_missile_has_disappeared_over_the_yellow_sea():
    # held-out 211 WM005: "Multiple government officials say the suspected ballistic missile has disappeared over the
    # Yellow Sea, west of the Korean Peninsula." (PRK>- MOBILIZE | JPN>- STATEMENT) and WM002: "The Korean Central News
    # Agency says the rocket's propulsion system failed due to an abnormality and it crashed into the Yellow Sea on the
    # western side of the Korean Peninsula." (PRK>- MOBILIZE | PRK>- STATEMENT)
    assert labels_found("heldout211_prose.tsv", "WM005")[0]
    assert labels_found("heldout211_prose.tsv", "WM002") == [True, True]


def test_the_re_entry_vehicle_reached_its_target():
    # held-out 61 HS028: "About 30 minutes later the re-entry vehicle that carries the missile's payload reached its
    # target, Colonel Craig Ramsey, ... told an assembled group of observers, ..." (USA>- MOBILIZE | USA>- STATEMENT)
    assert labels_found("heldout61_prose.tsv", "HS028")[0]


def test_general_sentences():
    kinds = _kinds(
        "Pakistan test-fired a cruise missile on Monday, the army said.",
        "The missile reached its designated target after a flight of several minutes.",
    )
    assert ("PAK", None, "MOBILIZE") in kinds
    kinds = _kinds(
        "North Korea launched a ballistic missile early on Friday.",
        "It disappeared from radar shortly afterwards over the Sea of Japan.",
    )
    assert ("PRK", None, "MOBILIZE") in kinds


def test_guards():
    # guards (pass on both): a state the weapon reached still stops the carry, and a hedge of capability still does
    # (coder round 263: "may have" on the weapon's past course no longer untells the launch, as the sets label it,
    # held-out 94 QN025, 8 V077; this guard read "It may have dropped into the Sea of Japan." until then)
    kinds = _kinds(
        "North Korea launched a ballistic missile early on Friday.",
        "It dropped into waters inside Japan's exclusive economic zone.",
    )
    assert ("PRK", None, "MOBILIZE") not in kinds
    kinds = _kinds(
        "North Korea launched a ballistic missile early on Friday.",
        "It could have dropped into the Sea of Japan.",
    )
    assert ("PRK", None, "MOBILIZE") not in kinds
