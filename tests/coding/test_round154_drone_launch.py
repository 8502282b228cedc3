"""Issue 13, coder round 154: drones launched or fired. The hand rule of launches (`data/event_rules.tsv`: "fire ...
launch ... test ..." with missiles, rockets, ICBMs and projectiles) listed no drone, so "Russia launched drones at
Ukraine." and "Hamas launched a drone at Israel." were left to the is-it-an-event model alone and got no record read
alone, while "Russia launched a missile at Ukraine." was an attack. A rule of its own, after the rules of strikes and
attacks launched, reads drones, UAVs, Shaheds, Gerans and kamikaze drones launched or fired as an attack (CAMEO 190,
PLOVER ASSAULT, as the news sets label drone launches), not a drone that heads a thing made ("a drone programme", "a
drone factory"), a "new" drone, a drone told beside a verb of interception (left to the interception readings of
coder rounds 119, 143 and 146), a drone after a finite verb that ends the launch verb's object, nor a launch after
"while" (`verbs._made_drone`). Sentences quoted from the real-news development sets (tests/fixtures/coding/
plover_news_*.tsv); expected categories, sources and targets their hand labels. The first five tests fail with main's
code."""

from latitude.coding.coder import code_sentence
from latitude.coding.verbs import rule_match


def _words(sentence: str) -> list[str]:
    return sentence.lower().replace(".", " ").replace(",", " ").split()


def _first(sentence: str) -> tuple:
    records = code_sentence(sentence)
    return (records[0]["source"], records[0]["target"], records[0]["plover"]) if records else None


def test_a_general_drone_launch_at_a_state_is_an_attack():
    assert _first("Russia launched drones at Ukraine.") == ("RUS", "UKR", "ASSAULT")
    assert _first("Hamas launched a drone at Israel.") == ("PSE", "ISR", "ASSAULT")
    assert _first("Russia launched a missile at Ukraine.") == ("RUS", "UKR", "ASSAULT")  # as before


def test_drones_fired_or_launched_are_the_rule_of_drones():
    match, gated = rule_match(_words("The rebels fired two kamikaze drones toward the port on Sunday."))
    assert match.code == "190" and not gated
    match, _ = rule_match(_words("The drones were launched from the capital, it added."))
    assert match.code == "190"


def test_russia_launched_17_drones_overnight():
    # plover_news_av row 0, labelled RUS>UKR ASSAULT: "Aug 19 (Reuters) - Russia launched 17 drones overnight
    # attempting to strike Ukraine's northern, central and western regions, Ukraine's Air Force said on Saturday."
    sentence = (
        "Aug 19 (Reuters) - Russia launched 17 drones overnight attempting to strike Ukraine's northern, central and "
        "western regions, Ukraine's Air Force said on Saturday."
    )
    assert _first(sentence) == ("RUS", "UKR", "ASSAULT")


def test_russia_launched_shahed_drones_in_several_waves():
    # plover_news_av row 5, labelled RUS>UKR ASSAULT (the type is read; the target, Iran for "Iranian-made", is not)
    sentence = (
        "Russia launched Iranian-made Shahed drones in several waves from about 8:00 p.m. (1800 GMT) to 3:30 a.m., the "
        "air force said in a statement."
    )
    assert _first(sentence)[0::2] == ("RUS", "ASSAULT")


def test_turkey_launched_a_drone_strike_in_iraq():
    # plover_news_g row 51, labelled TUR>IRQ ASSAULT ("a drone strike": "strike" is no object of the rule of strikes
    # launched, which lists "strikes" only)
    sentence = (
        "Turkey launched a drone strike in Iraq’s northern province of Nineveh Sunday, killing five Kurdistan Workers’ "
        "Party (PKK) fighters, including a woman, the Iraqi Counter-Terrorism Service said."
    )
    assert _first(sentence) == ("TUR", "IRQ", "ASSAULT")


def test_a_drone_programme_or_a_new_drone_is_no_launch():
    for sentence in (
        "The ministry launched a drone programme for the border police.",
        "The company launched a drone factory near the capital.",
        "The firm launched a new drone at the air show.",
        "The navy launched its latest drone carrier.",
        "A drone programme was launched by the ministry last year.",
    ):
        match = rule_match(_words(sentence))
        assert match is None or match[0].code not in ("150", "190"), sentence


def test_drones_told_beside_an_interception_are_left_to_the_interception_readings():
    # plover_news_av row 1, labelled UKR>RUS ASSAULT: "The Air Force said that 15 of the Russia-launched Iranian-made
    # Shahed drones were shot down." (main's code reads its target, RUS; the rule of drones would have read Iran's)
    match = rule_match(_words("The Air Force said that 15 of the Russia-launched Iranian-made Shahed drones were shot down."))
    assert match is None or match[0].code not in ("150", "190")
    # held-out 118 IX024 (development prose): "... it intercepted and shot down a Houthi drone that was launched from
    # Sanaa province towards Saudi Arabia."
    match = rule_match(_words("it intercepted and shot down a Houthi drone that was launched from Sanaa province towards Saudi Arabia"))
    assert match is None or match[0].code not in ("150", "190")


def test_a_launch_after_while_leaves_the_main_clause_first():
    # plover_news_g row 68, labelled RUS>USA ACCUSE: the drones fired "while" ... are a second act
    sentence = (
        "Russia said on Thursday that the United States was behind what it says was a drone attack on the Kremlin that "
        "aimed to kill President Vladimir Putin, while Moscow’s forces fired more combat drones at Ukrainian cities "
        "including the capital Kyiv."
    )
    assert not any(r["plover"] == "ASSAULT" and r["target"] == "UKR" for r in code_sentence(sentence)[:1])


def test_a_finite_verb_ends_the_launch_verbs_object():
    # held-out 146 RP004 (development prose): "... the attack the Houthis launched included drones that were carrying
    # bombs as well as an anti-ship ballistic missile."
    match = rule_match(_words("the attack the Houthis launched included drones that were carrying bombs"))
    assert match is None or match[0].code not in ("150", "190")
