"""Visits, meetings, launches and exercises (issue 13's examples, quoting a real opinion piece, and
sentences of the cited dev set). Codes from the CAMEO codebook 1.1b3: 042 make a visit, 040 consult,
062 cooperate militarily, 150 demonstrate military power; PLOVER 2021 via CAMEO2PLOVER."""

import datetime as dt

import pytest

from latitude.coding.coder import code_sentence

ARTICLE = dt.date(2026, 1, 14)


def _events(sentence, date=ARTICLE):
    return sorted((r["source"], r["target"], r["cameo"], r["plover"]) for r in code_sentence(sentence, date))


def test_a_visit_to_two_states_is_two_events():
    # issue 13: one SUPPORT event with China only before
    assert _events("The January visits of President Lee Jae-myung to China and Japan mark a shift.") == [
        ("KOR", "CHN", "042", "CONSULT"), ("KOR", "JPN", "042", "CONSULT")]
    # dev set, en.ckhq.net (August 2025): "first visited the U.S. and Japan"
    assert _events("Under such pressure, Lee first visited the U.S. and Japan, aiming to rely on the U.S.-South Korea alliance.",
                   dt.date(2025, 8, 25)) == [("KOR", "JPN", "042", "CONSULT"), ("KOR", "USA", "042", "CONSULT")]


@pytest.mark.parametrize("sentence", ["Lee met Xi in Beijing.", "Lee met China's leader in Beijing."])
def test_a_meeting_has_its_partner_as_target(sentence):
    assert _events(sentence) == [("KOR", "CHN", "040", "CONSULT")]


def test_joint_summit_of_two_leaders():
    # dev set, djournal.kr 2026-01-14
    sentence = ("President Lee Jae-Myung of the Republic of Korea and Prime Minister Sanae Takaichi of Japan held a "
                "Summit Meeting in Nara Prefecture, Japan, on January 13-14.")
    assert _events(sentence) == [("KOR", "JPN", "040", "CONSULT")]


def test_joint_exercises_are_cooperation_and_unilateral_drills_a_show_of_force():
    assert _events("The US and South Korea will hold joint military exercises.") == [("USA", "KOR", "062", "COOPERATE")]
    assert _events("Chinese warships conducted live-fire exercises near Taiwan last week.") == [("CHN", "TWN", "150", "MOBILIZE")]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("North Korea conducted ballistic missile launches.", None),  # issue 13: was REJECT
        ("North Korea fired two ballistic missiles over Japan on Tuesday.", "JPN"),
        ("A projectile was launched by North Korea on Sunday.", None),
        ("The JCS said that North Korea fired a ballistic missile into the East Sea.", None),  # not the JCS
    ],
)
def test_missile_launches_are_force_displays(sentence, target):
    assert _events(sentence) == [("PRK", target, "150", "MOBILIZE")]


def test_a_hypothetical_trip_is_no_event():
    assert _events("A trip by President Lee to Tokyo could ease the tension.") == []
    assert _events("A trip by President Lee to Tokyo eased the tension.") == [("KOR", "JPN", "042", "CONSULT")]


def test_condemning_an_exercise_is_an_accusation_not_an_exercise():
    # dev set, stripes.com 2024-08-19: one accusation per coordinated target, no exercise event
    sentence = "North Korea condemned the U.S. and South Korea\u2019s large-scale military exercise that kicked off Monday."
    assert _events(sentence, dt.date(2024, 8, 19)) == [("PRK", "KOR", "111", "ACCUSE"), ("PRK", "USA", "111", "ACCUSE")]
