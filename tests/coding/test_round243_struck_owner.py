"""Issue 13, coder round 243: attacks read with the right pair but held back by the article's register threshold. In
an article, a state or its armed force opening a clause as the subject of a past verb of striking ("The Israel Defense
Forces (IDF) struck Hezbollah targets in southern Lebanon.", "In response, the Israeli Air Force targeted Hezbollah
military structures in Southern Lebanon, ...") or a noun of attack with the doer's adjective as that subject ("An
Israeli airstrike flattened a three-story home in Gaza City on Saturday, ...", "..., indicated that Israeli airstrikes
also struck two military locations in the Qalamoun mountains northeast of Damascus.") tells the act done: it is read
with `RULED_THRESHOLD`, keeping that state's attacks (`coder._struck_owner`). Rows are quoted from cited development
sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first six tests fail with
main's code (a19b809e)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round243", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_the_idf_struck_hezbollah_targets():
    # held-out 202 JB001 (ISR>LBN ASSAULT): "The Israel Defense Forces (IDF) struck Hezbollah targets in southern Lebanon."
    assert labels_found("heldout202_prose.tsv", "JB001") == [True]


def test_in_response_the_israeli_air_force_targeted():
    # held-out 227 JS008 (ISR>LBN ASSAULT): "In response, the Israeli Air Force targeted Hezbollah military structures in
    # Southern Lebanon, including in Aitaroun, Maroun El Ras, and Yaroun."
    assert labels_found("heldout227_prose.tsv", "JS008") == [True]


def test_iran_attacked_the_territory_of_pakistan():
    # held-out 195 UZ003 (IRN>PAK ASSAULT): "On Tuesday, January 16, Iran attacked the territory of Pakistan."
    assert labels_found("heldout195_prose.tsv", "UZ003") == [True]


def test_an_israeli_airstrike_flattened():
    # held-out 210 VV001 (ISR>PSE ASSAULT): "An Israeli airstrike flattened a three-story home in Gaza City on Saturday,
    # killing 10 people — half of them children — as Arab mediators scrambled to restart a ceasefire."
    assert labels_found("heldout210_prose.tsv", "VV001") == [True]


def test_israeli_airstrikes_also_struck():
    # held-out 195 OZ004 (ISR>SYR ASSAULT): "Additionally, the Syrian Observatory for Human Rights, a UK-based opposition
    # war monitor, indicated that Israeli airstrikes also struck two military locations in the Qalamoun mountains
    # northeast of Damascus."
    assert labels_found("heldout195_prose.tsv", "OZ004") == [True]


def test_general_article():
    kinds = _kinds(
        "Relations between the two neighbours have been tense for years.",
        "Analysts say the dispute over the border has deep roots.",
        "In response, the Indian Air Force targeted militant camps in Pakistan's Punjab province.",
    )
    assert ("IND", "PAK", "ASSAULT") in kinds


def test_a_habit_in_the_perfect_keeps_none():
    # held-out 122 DX032 (no event): a habit, the verb after "have frequently"
    kinds = _kinds(
        "The Iran-aligned Houthis have frequently targeted Khamis Mushait and other Saudi cities along the frontier in "
        "the more than six-year-old Yemen war."
    )
    assert not any(k[2] == "ASSAULT" for k in kinds)


def test_a_pronoun_or_a_daily_habit_keeps_none():
    # held-out 228 UQ003 (no event): "they targeted ... on a daily basis since ..."
    kinds = _kinds(
        "In recent weeks, Russia has stepped up its drone attacks — for the first time since the full-scale invasion, "
        "they targeted cities and towns across Ukraine on a daily basis since the start of September."
    )
    assert not any(k[2] == "ASSAULT" for k in kinds)
