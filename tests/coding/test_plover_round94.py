"""PLOVER round 94: a launch verb with its attacker as subject and a weapon aimed at another state, in a sentence
read alone, is the attack (CAMEO 190, ASSAULT), not the launch's show of force (150, MOBILIZE)."""

from prose_rows import lone_typed


def test_a_launch_aimed_at_a_state_is_the_attack():
    # news set M (ASSAULT IRN > PAK), news set Z (ASSAULT PAK > AFG), and a general sentence
    assert lone_typed(
        "Iran launched a series of attacks using missiles and drones in Pakistan’s Balochistan on Tuesday, potentially"
        " raising further tensions in the Middle East, which has already been roiled by Israel’s war on Gaza."
    ) == ("ASSAULT", "190", "IRN", "PAK")
    assert lone_typed(
        "Pakistani military have reportedly fired several rockets in eastern Paktika province killing at least three"
        " people and seven others wounded, the Ministry of Interior said."
    ) == ("ASSAULT", "190", "PAK", "AFG")
    assert lone_typed("Pakistani forces fired several rockets in Afghanistan's Kunar province on Sunday, killing two people.") == (
        "ASSAULT", "190", "PAK", "AFG"
    )


def test_a_launch_into_the_sea_or_with_no_weapon_aimed_stays_a_launch():
    assert lone_typed("North Korea fired two ballistic missiles into the sea off Japan on Thursday.")[:2] == ("MOBILIZE", "150")
    assert lone_typed("North Korea launched a satellite on Tuesday, which South Korea condemned.")[:2] == ("MOBILIZE", "150")
