"""Issue 13, coder round 253: an attack or launch told again by its weapons, its doer named only in an earlier sentence.
Coder round 236's reader of the article's act told again by a definite noun of attack as the subject of a verb of harm
(`coder._harm_told`) also takes a weapon's noun (missile, rocket, drone, projectile, UAV) as that subject, its verb of
harm also "triggered" or "caused" ("The rockets triggered sirens in multiple communities across the Upper Galilee
..."), the act being the article's last launch fired at a state, else its last attack of one state on another
(`coder._weapons_told`); and, for both nouns, only a negation up to the verb of harm undoes the act ("... the attacks
damaged houses in three districts, but did not hurt anyone."). Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first ten tests fail with main's
code (9122d6bb, on its archive); the guards pass on both."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round253", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_the_rockets_triggered_sirens_across_the_upper_galilee():
    # held-out 149 ZN003 (LBN>ISR ASSAULT/MOBILIZE): "The rockets triggered sirens in multiple communities across the
    # Upper Galilee in northern Israel, causing residents to seek shelter."
    assert labels_found("heldout149_prose.tsv", "ZN003") == [True]


def test_the_army_announced_that_the_missile_triggered_sirens_in_haifa():
    # held-out 129 LT050 (YEM>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): "Shortly after 4:00 am local time (0100 GMT), the
    # Israeli army announced that the missile triggered air raid sirens in Haifa and other communities in northern
    # Israel."
    assert labels_found("heldout129_prose.tsv", "LT050")[0]


def test_the_channel_said_the_missile_caused_no_damage():
    # held-out 45 LZ060 (SAU>- STATEMENT, YEM>SAU ASSAULT/MOBILIZE): "Saudi state news channel Al-Ekhbariya said the
    # missile caused no damage."
    assert labels_found("heldout45_prose.tsv", "LZ060")[1]


def test_the_strike_damaged_port_infrastructure_adding_no_casualties():
    # held-out 141 KP002 (RUS>UKR ASSAULT/MOBILIZE, UKR>- STATEMENT): "The strike damaged port infrastructure, regional
    # governor Oleg Kiper said, adding that there were no reports of casualties."
    assert labels_found("heldout141_prose.tsv", "KP002")[0]


def test_the_attacks_damaged_houses_but_did_not_hurt_anyone():
    # held-out 210 VZ005 (UKR>RUS ASSAULT/MOBILIZE, RUS>- STATEMENT): "Crasanodar Governor Veniumin Kondratyev said on
    # Telegram that the attacks damaged houses in three districts, but did not hurt anyone."
    assert labels_found("heldout210_prose.tsv", "VZ005")[0]


def test_general_article_the_rockets_triggered_sirens():
    kinds = _kinds(
        "Hezbollah fired a barrage of rockets at northern Israel on Tuesday evening.",
        "The rockets triggered sirens in several towns across the Galilee.",
    )
    assert ("LBN", "ISR", "ASSAULT") in kinds


def test_general_article_the_drones_triggered_sirens():
    kinds = _kinds(
        "Houthi rebels fired two drones at Israel on Friday.",
        "The drones triggered sirens in the southern city of Eilat, and residents ran to shelters.",
    )
    assert ("YEM", "ISR", "ASSAULT") in kinds


def test_general_article_the_missile_caused_damage():
    kinds = _kinds(
        "Houthi rebels fired a ballistic missile at Saudi Arabia on Monday.",
        "The missile caused minor damage to a warehouse near the border.",
    )
    assert ("YEM", "SAU", "ASSAULT") in kinds


def test_general_article_the_strikes_damaged_adding_no_casualties():
    kinds = _kinds(
        "Russia launched a wave of strikes on Ukraine's Odesa region overnight.",
        "The strikes damaged port infrastructure, officials said, adding that there were no casualties.",
    )
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_general_article_the_attacks_damaged_but_hurt_no_one():
    kinds = _kinds(
        "Ukraine attacked Russia's Krasnodar region overnight.",
        "The attacks damaged houses in three districts but did not hurt anyone.",
    )
    assert ("UKR", "RUS", "ASSAULT") in kinds


def test_an_interceptor_as_subject_keeps_none():
    # the defender's weapon is no told weapon of the act: no record of the article's strike
    kinds = _kinds(
        "Israel struck Hezbollah targets in southern Lebanon on Monday.",
        "The interceptor missiles hit two drones over the sea.",
    )
    assert ("ISR", "LBN", "ASSAULT") not in kinds


def test_a_negation_before_the_verb_of_harm_keeps_none():
    kinds = _kinds(
        "Russia launched a wave of strikes on Ukraine's Odesa region overnight.",
        "Officials did not confirm that the strikes damaged the port.",
    )
    assert ("RUS", "UKR", "ASSAULT") not in kinds


def test_a_modal_keeps_none():
    kinds = _kinds(
        "Hezbollah fired a barrage of rockets at northern Israel on Tuesday evening.",
        "The rockets could trigger sirens in several towns across the Galilee.",
    )
    assert ("LBN", "ISR", "ASSAULT") not in kinds
