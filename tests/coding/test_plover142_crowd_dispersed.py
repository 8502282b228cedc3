"""PLOVER round 142 (issue 13): a crowd broken up or dispersed — a verb of dispersing ("dispersed", "break up", "broke
up") whose object is a crowd's noun (a rally, a protest, protesters, a procession), or told in the passive with a
crowd's noun before it, is crowd control, CAMEO 170 (COERCE), where main's code read "dispersed" as a statement (010)
and "broke up" as violent repression (175, ASSAULT) or the protest's words as PROTEST (`verbs._crowd_dispersed`). The
development rows quoted are from the real-news sets BB, CB and DZ (`COERCE`); the general sentences and the guards are
made up."""

from latitude.coding.evaluate import classify
from prose_rows import lone_codes


def test_riot_police_broke_up_an_opposition_rally():
    # BB001 (COERCE RUS > RUS; main's code: ASSAULT, CAMEO 175, the same pair, and the sentence typed ASSAULT)
    sentence = (
        "NIZHNY NOVGOROD, RUSSIA — Riot police wielding truncheons broke up an opposition rally in this central Russian "
        "city Saturday, detaining dozens of activists and beating some of them in the third major crackdown on a "
        "demonstration in recent months."
    )
    assert lone_codes(sentence) == ("COERCE", "RUS", "RUS")
    assert classify(sentence).plover == "COERCE"


def test_police_dispersed_protesters_in_abuja():
    # CB006 (COERCE NGA > NGA; main's code: a statement, CAMEO 010, "dispersed" read as "circulate")
    sentence = "Police officers stationed at Eagles Square in Abuja dispersed protesters using canisters and pepper spray."
    assert classify(sentence).plover == "COERCE"


def test_police_dispersed_opposition_rallies_in_madagascar():
    # PZD018 (COERCE MDG > MDG; main's code: MOBILIZE by the classifier, no record)
    sentence = "In Madagascar, late in the morning, the police dispersed opposition rallies with tear gas grenades."
    assert classify(sentence).plover == "COERCE"
    assert lone_codes(sentence) == ("COERCE", "MDG", "MDG")


def test_riot_police_broke_up_a_protest_in_minsk():
    # a general sentence (main's code: ASSAULT, CAMEO 175; the classifier PROTEST)
    sentence = "Belarusian riot police broke up a protest in Minsk on Sunday."
    assert classify(sentence).plover == "COERCE"
    assert lone_codes(sentence) == ("COERCE", "BLR", "BLR")


def test_security_forces_dispersed_a_demonstration():
    # a general sentence (main's code: MOBILIZE by the classifier)
    assert classify("Sudanese security forces dispersed a demonstration outside the army headquarters in Khartoum.").plover == "COERCE"


def test_a_rally_dispersed_in_the_passive():
    # a general sentence (main's code: PROTEST by the classifier)
    assert classify("The opposition rally in Tbilisi was quickly dispersed by riot police.").plover == "COERCE"


def test_a_crowd_that_disperses_of_itself_is_no_coercion():
    # guard: no object and no passive, the protesters' own act (main's code: a statement, CAMEO 010; unchanged)
    assert classify("The protesters dispersed peacefully after the speeches in the square.").plover != "COERCE"


def test_a_rally_broken_up_with_deaths_keeps_the_force_reading():
    # guard: a death in the sentence keeps force, as PLOVER round 140's reading (ASSAULT on main and branch)
    assert classify("Police broke up the protest in the capital, killing two people.").plover == "ASSAULT"
