"""Issue 13, PLOVER round 14: targets of events, from the development data.

Every sentence below is a row of `tests/fixtures/coding/plover_news_a.tsv`, `_b.tsv` or `_c.tsv`
(development data since this round; row id in the fixture) or a record of the mirror's PLOVER gold file
(`events_gold/PLOVER_GSR_CAMEO.dev.json`), quoted as published. The expected actors are the hand labels
of those rows and records (the gold records' SRC/TAR), not the coder's output.
"""

import pytest

from latitude.coding import FIELDS
from latitude.coding.coder import code_sentence
from latitude.coding.evaluate import news_scores
from prose_rows import lone_record

HEADER = "id\turl\tarticle_date\ttext\tplover\tsources\ttargets\n"


# ---- joint acts: a record says whether its pair is a joint act ("X and Y agreed"), a real output column


def test_a_joint_act_is_marked_and_a_directed_one_is_not():
    # A009 (SUPPORT, CHN;USA as sources, no target) and C065 (COOPERATE, IND;JPN, no target): joint acts,
    # one read from the clause's grammar, one from the exercise frame.
    signed = lone_record("During Trump's visit, China and the U.S. signed an agreement for a total of $253,4 billion.")
    assert {signed["source"], signed["target"]} == {"CHN", "USA"} and signed["joint"] is True
    drill = lone_record("Amid continuing threats from China over maritime issues, India and Japan conducted a major naval "
                   "exercise in the Bay of Bengal yesterday.")
    assert {drill["source"], drill["target"]} == {"IND", "JPN"} and drill["joint"] is True
    # C004 (SANCTION, IRQ > IRN): one state acts on another, no joint act.
    recall = lone_record("Baghdad recalled its ambassador from Tehran after Iran's state-backed media said it had hit an "
                    "Israeli espionage centre.")
    assert recall["joint"] is False
    assert "joint" in FIELDS


def test_news_scores_read_a_joint_record_as_the_sets_label_it(tmp_path):
    # A009 as labelled (both sources, no target) and C004 (IRQ > IRN). With the joint reading A009's
    # record has no target, so the one predicted target (C004's) is right: precision 1. Without it,
    # A009's coded pair adds a target where the label has none: precision 1/2. Recall is 1 either way.
    path = tmp_path / "news.tsv"
    path.write_text(
        HEADER
        + "T1\thttps://example.org/1\t\tDuring Trump's visit, China and the U.S. signed an agreement for a total "
        "of $253,4 billion.\tSUPPORT\tCHN;USA\t-\n"
        + "T2\thttps://example.org/2\t\tBaghdad recalled its ambassador from Tehran after Iran's state-backed media "
        "said it had hit an Israeli espionage centre.\tSANCTION\tIRQ\tIRN\n",
        encoding="utf-8",
    )
    joint = {row.task: row for row in news_scores(path).itertuples()}
    pair = {row.task: row for row in news_scores(path, joint_reading=False).itertuples()}
    assert joint["target"].precision == 1.0 and joint["target"].recall == 1.0
    assert pair["target"].precision == pytest.approx(0.5) and pair["target"].recall == 1.0
    assert joint["source"].precision == pair["source"].precision == 1.0


# ---- targets of attacks, deployments and recalls


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        # B010: the attack noun is the subject, its attacker before it and the attacked place after it.
        ("Later Monday an Israeli strike on a car in southern Lebanon killed at least one person, local rescuers told "
         "AFP, without providing further details.", "ISR", "LBN"),
        # C008: the same, and the source is the attacker, not the country struck.
        ("ISLAMABAD -- Pakistani airstrikes on Iran this morning killed four children and three women, a local official "
         "told Iranian state television.", "PAK", "IRN"),
        # C092: missiles fired at targets outside a capital: an attack on the state named there.
        ("Israel launched missiles at several military targets outside the Syrian capital Damascus on Tuesday, Syria’s "
         "defence ministry said.", "ISR", "SYR"),
        # C091: the act is the object noun of a light verb ("carried out air strikes"), reported by the state hit.
        ("Syrian state media said late Thursday that Israeli warplanes carried out air strikes targeting the capital "
         "Damascus.", "ISR", "SYR"),
        # gold record (MOBILIZE, ISR > LBN): a deployment's target is where the forces are.
        ("Israel has strengthened its forces in Lebanon following the discovery of Russian-made Katyusha rockets in the "
         "area last week, military sources said today.", "ISR", "LBN"),
        # C004, A055: a recalled ambassador's post is the target, not a state a later phrase names.
        ("Baghdad recalled its ambassador from Tehran after Iran's state-backed media said it had hit an Israeli "
         "espionage centre.", "IRQ", "IRN"),
        ("KUWAIT CITY, January 5. /TASS/. The Foreign Ministry of Kuwait has decided to recall its ambassador in Tehran "
         "following the attacks on Saudi Arabia’s missions in Iran, Kuwait News Agency (KUNA) said on Tuesday.", "KWT", "IRN"),
    ],
)
def test_targets_of_attacks_deployments_and_recalls(sentence, source, target):
    first = lone_record(sentence)
    assert (first["source"], first["target"]) == (source, target)


# ---- a hostile act reported by the state it is aimed at


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        # A094 (ASSAULT, AZE > ARM) and B063 (REJECT, ETH > EGY;SDN).
        ("Armenia’s defense ministry said Azerbaijani artillery had fired on military positions in various parts of the "
         "front line after the ceasefire agreement had begun.", "AZE", "ARM"),
        ("Egypt said Ethiopia rejected the proposal during the meeting, as well as other suggestions to restart "
         "negotiations.", "ETH", "EGY"),
    ],
)
def test_a_hostile_act_without_a_target_is_aimed_at_the_state_reporting_it(sentence, source, target):
    first = lone_record(sentence)
    assert (first["source"], first["target"]) == (source, target)


def test_a_launch_reported_by_another_state_keeps_no_target():
    # A058 (MOBILIZE, PRK, no target): a show of force is no act on the state that reports it.
    records = code_sentence("The Japanese defense ministry announced that North Korea fired a ballistic missile at "
                            "around 6:52 a.m. on Tuesday.")
    assert records and records[0]["source"] == "PRK" and records[0]["target"] is None


# ---- domestic acts (the gold records' convention) and acts typed at a trailing reporting verb


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        # gold records (PROTEST, DZA > DZA and IRQ > IRQ): only the source's own country is named.
        ("Salaheddine Sidhoum, Algeria's leading human rights activist, staged a 24-hour hunger strike in prison on "
         "Sunday in protest against the widespread human rights violations by Algerian security forces, his lawyer said "
         "on Tuesday.", "DZA", "DZA"),
        ("Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling for independence from "
         "Iraq, witnesses said.", "IRQ", "IRQ"),
        # gold records (SUPPORT, PSE > IRQ;LBY and COERCE, PRK > KOR): the act's own verb, not "said", gives the dyad.
        ("Palestinian leader Yasser Arafat defended Iraq and Libya on Friday against Western criticism of their arms "
         "industries and said the West was applying double standards on human rights.", "PSE", "IRQ"),
        ("North Korea has tried to hack into the computers of South Korean army officers, officials said Tuesday.", "PRK", "KOR"),
    ],
)
def test_domestic_acts_and_acts_typed_at_a_reporting_verb(sentence, source, target):
    first = lone_record(sentence)
    assert (first["source"], first["target"]) == (source, target)


def test_the_reporting_media_of_the_same_country_make_no_domestic_target():
    # B039 (COERCE, IRN, no target): "Iran's state media reported" is the reporter, not a second mention.
    first = lone_record("Iranian Revolutionary Guards seized a foreign oil tanker in the Gulf that was smuggling fuel and "
                   "detained seven crewmen, Iran’s state media reported on Sunday, in a show of power amid heightened "
                   "tension with the West.")
    assert first["source"] == "IRN" and first["target"] is None
