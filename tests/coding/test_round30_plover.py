"""PLOVER round 30 (issue 13): source and target reversed. Sentences from the development news sets (A to
S); expected codes read by hand from each sentence, by the PLOVER gold records' convention (the doer of a
passive or of an attack noun is the source; the reporter of an act is not)."""

import datetime as dt

from prose_rows import lone_codes


def test_the_doer_named_after_by_following_a_noun_of_force_is_the_source():
    # set N: "shelling and firing by Pakistan Rangers" on India's side
    assert lone_codes(
        "Two BSF troopers were killed and 11 others, including 10 civilians, injured on Sunday in heavy shelling "
        "and firing by Pakistan Rangers in Jammu and Kashmir's Akhnoor sector, triggering retaliation from the "
        "Indian side.",
        dt.date(2018, 6, 3),
    ) == ("ASSAULT", "PAK", "IND")


def test_the_demonym_of_an_attack_in_a_phrase_of_circumstance_is_the_source_not_the_victims_state():
    # set O: the Syrian army reports Israeli air strikes on its soldiers
    assert lone_codes(
        "Elsewhere, one Syrian soldier was killed and three others were injured in Israeli air strikes against "
        "military sites and a residential building in Damascus early on Sunday, the Syrian army said.",
        dt.date(2024, 7, 14),
    ) == ("ASSAULT", "ISR", "SYR")
    # set P: "in an alleged U.S. drone strike in Pakistan's northwest"
    assert lone_codes(
        "A militant commander was reportedly killed and his guard injured in an alleged U.S. drone strike in "
        "Pakistan's northwest tribal district North Waziristan, local media reported Wednesday.",
        dt.date(2018, 7, 5),
    ) == ("ASSAULT", "USA", "PAK")
    # set R: Lebanese sources report an Israeli airstrike in southern Lebanon
    assert lone_codes(
        "A Hezbollah member was killed and three civilians were injured in an Israeli airstrike on the village of "
        "Aita al-Shaab in southern Lebanon, according to Lebanese military sources."
    ) == ("ASSAULT", "ISR", "LBN")


def test_the_doer_of_a_clauses_own_passive_is_the_source_a_participle_qualifying_a_noun_is_not():
    # set I: "the shelling was started by the Taliban forces", reported by Pakistani officials
    assert lone_codes(
        "Pakistani officials said that the shelling was started by the Taliban forces, and as a result, an Afghan "
        "citizen had been killed and a Pakistani officer had been wounded.",
        dt.date(2023, 1, 5),
    )[1:] == ("AFG", "PAK")
    # set P: "an airstrike allegedly carried out by a US drone"
    assert lone_codes(
        "Pakistani officials have announced the death of a key militant commander in an airstrike allegedly "
        "carried out by a US drone.",
        dt.date(2017, 6, 13),
    ) == ("ASSAULT", "USA", "PAK")
    # set B: "by force from Vietnam" names the loser, not a doer
    assert lone_codes(
        "China seized de facto control of the Paracels by force from Vietnam in a violent battle in 1974.",
        dt.date(2020, 8, 27),
    )[1:] == ("CHN", "VNM")


def test_a_state_a_comma_parts_from_the_reporting_clause_after_it_is_no_reporter():
    # set R: "inside Cambodia, reported Reuters": Cambodia is where the target was, Reuters reports it
    assert lone_codes(
        "Thailand used an F-16 aircraft to destroy a military target inside Cambodia, reported Reuters.",
        dt.date(2025, 7, 24),
    ) == ("ASSAULT", "THA", "KHM")


def test_the_subject_of_a_verb_of_force_in_a_later_clause_is_the_source_of_an_act_with_none():
    # set S: "when Israel launched a surprise wave of air strikes on Iran"
    assert lone_codes(
        "The hostilities began in the early hours of Friday, June 13, when Israel launched a surprise wave of air "
        "strikes on Iran.",
        dt.date(2025, 6, 20),
    ) == ("ASSAULT", "ISR", "IRN")
    # set N: "as Pakistan troopers bombarded several areas of Jammu and Kashmir"
    assert lone_codes(
        "Seven civilians, among them five women, were killed and 15 others were injured on Tuesday as Pakistan "
        "troopers bombarded several areas of Jammu and Kashmir with heavy mortar shells, triggering mass migration "
        "from dozens of frontier villages near here, officials said.",
        dt.date(2016, 11, 1),
    ) == ("ASSAULT", "PAK", "IND")
