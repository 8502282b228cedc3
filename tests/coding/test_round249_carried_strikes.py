"""Issue 13, coder round 249: strikes told as "carried out", "conducted", "launched" or "staged". Coder round 243's
reader of a state or its armed force opening a clause as the subject of a past verb of striking (`coder._struck_owner`)
also takes a past verb of doing whose object is a noun of attack ("Pakistan carried out drone and missile strikes inside
Iran ...", "... the IDF carried out a strike in Hermel ..."), read with `RULED_THRESHOLD` and keeping that state's
attacks (`coder._carried_strike`). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given);
the expectations are their hand labels. The first six tests fail with main's code (1dba2cd1, on its archive); the
guard passes on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round249", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_pakistan_carried_out_drone_and_missile_strikes_inside_iran():
    # held-out 230 WV001 (PAK>IRN ASSAULT/MOBILIZE, IRN>PAK ASSAULT/MOBILIZE): "Pakistan carried out drone and missile
    # strikes inside Iran early on Thursday, January 18, in what is seen as retaliation for Iranian strikes on its
    # territory on Tuesday."
    assert labels_found("heldout230_prose.tsv", "WV001")[0]


def test_the_idf_carried_out_a_strike_in_hermel():
    # held-out 206 OH006 (ISR>LBN ASSAULT): "Media outlets in Lebanon had reported that the IDF carried out a strike in
    # Hermel in the Baalbek region, deep in Lebanese territory."
    assert labels_found("heldout206_prose.tsv", "OH006") == [True]


def test_pakistan_carried_out_airstrikes_in_eastern_afghanistan():
    # held-out 210 VU001 (PAK>AFG ASSAULT, AFG>- STATEMENT): "Pakistan carried out airstrikes in eastern Afghanistan that
    # killed at least 10 civilians, including nine children, the Taliban said on Tuesday."
    assert labels_found("heldout210_prose.tsv", "VU001") == [True, True]


def test_pakistani_forces_carried_out_strikes():
    # held-out 238 IQ005 (PAK>AFG ASSAULT): "In addition to the attack on Khost, Mujahid reported that Pakistani forces
    # carried out strikes in the border provinces of Kunar and Paktika."
    assert labels_found("heldout238_prose.tsv", "IQ005")[0]


def test_general_article():
    kinds = _kinds(
        "Relations between the two neighbours have been tense for years.",
        "Analysts say the dispute over the border has deep roots.",
        "In response, India carried out strikes on militant camps in Pakistan's Punjab province.",
    )
    assert ("IND", "PAK", "ASSAULT") in kinds


def test_general_article_staged_raids():
    kinds = _kinds(
        "Relations between the two neighbours have been tense for years.",
        "Analysts say the dispute over the border has deep roots.",
        "In response, the Indian army staged raids on militant camps in Pakistan's Punjab province.",
    )
    assert ("IND", "PAK", "ASSAULT") in kinds


def test_a_campaign_since_keeps_none():
    # a campaign "since" a date, as coder round 243's habits, is not read past the threshold
    kinds = _kinds(
        "Relations between the two neighbours have been tense for years.",
        "Analysts say the dispute over the border has deep roots.",
        "India carried out strikes in Pakistan regularly since the war began.",
    )
    assert ("IND", "PAK", "ASSAULT") not in kinds
