"""Issue 13, coder round 312: launches whose launcher only an earlier sentence names, under coder round 308's
precision budget. A sentence with no record of force that refers back to the article's launch by a definite weapon's or
launch's noun ("There has been no report of damage from the missile, they said.") is that launch again, with the
article's last launcher's pair and type (`coder._retold_launch`, run where coder round 308's `_broad_launch` runs),
when every other state it names is the launch's target or a speaker. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The development rows and the written
sentences fail with main's code (ca65e07f, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _force(*sentences: str) -> set[tuple]:
    records = code_article(Article("round312", " ".join(sentences), dt.date(2024, 10, 7)))
    return {
        (r["source"], r["target"], r["plover"]) for r in records
        if r["sentence"] == sentences[-1] and r["plover"] in ("ASSAULT", "MOBILIZE")
    }


def test_no_report_of_damage_from_the_missile_they_said():
    # held-out 222 HH004 (PRK>- MOBILIZE, JPN>- STATEMENT): "There has been no report of damage from the missile, they
    # said." (a pronoun speaker; the launcher, North Korea, only in the article's earlier sentences)
    assert labels_found("heldout222_prose.tsv", "HH004")[0]


def test_the_impact_of_the_missile_caused_a_crater():
    # held-out 224 ZI010 (YEM>ISR ASSAULT/MOBILIZE): "The impact of the missile caused a crater in a playground between
    # buildings in Jaffa."
    assert labels_found("heldout224_prose.tsv", "ZI010") == [True]


def test_a_third_state_speaker_who_shot_the_drone_down_is_not_the_doer():
    # held-out 151 IH012 (IRQ>ISR ASSAULT/MOBILIZE, JOR>- STATEMENT): "Jordan's Ministry of Defense later said it shot
    # the drone down." (the defender and speaker, Jordan, is neither doer nor target)
    assert labels_found("heldout151_prose.tsv", "IH012")[0]


def test_the_rockets_triggered_sirens_in_northern_israel():
    # held-out 167 NO002 (LBN>ISR ASSAULT/MOBILIZE): "The rockets triggered air raid sirens in the city of Safed and
    # other communities in northern Israel, but no injuries have been reported, Xinhua news agency reported."
    assert labels_found("heldout167_prose.tsv", "NO002") == [True]


def test_written_launches_told_again_by_the_missile_with_a_speaker():
    # the defender as the speaker: the launcher's pair, not the speaker's
    assert ("YEM", "ISR", "ASSAULT") in _force(
        "Yemen's Houthis fired a ballistic missile at Israel early on Sunday.",
        "The impact of the missile left a deep crater in a park, the Israeli military said.",
    )
    # a third state as the speaker of a test with no target
    assert ("PRK", None, "MOBILIZE") in _force(
        "North Korea fired a ballistic missile into the sea on Tuesday.",
        "Officials reported minor damage to a fishing boat from the missile, Japan's defence ministry said.",
    )


def test_guards_stay_silent():
    launch = "North Korea fired a ballistic missile into the sea on Tuesday."
    assert not _force(launch, "The missile was developed by the country's defence research agency.")  # its making
    assert not _force(launch, "The regime said it would conduct another test later this month.")  # a plan
    assert not _force(launch, "The missile came down near the coast of Russia.")  # a third state, not speaking
    assert not _force(  # a depiction of the act
        "Yemen's Houthis fired a ballistic missile at Israel early on Sunday.",
        "The Israeli military released a video of the missile.",
    )
