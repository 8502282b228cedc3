"""PLOVER round 97: a protest told with no crowd before it ("Japan firmly protested against North Korea") is a
government's objection, ACCUSE (CAMEO 111), not a demonstration (PROTEST, CAMEO 14x), when the sentence is read alone:
the PLOVER codebook's PROTEST is "civilian demonstrations and other collective actions", its ACCUSE "express
disapprovals, objections, and complaints"; a crowd's protest stays PROTEST."""

from prose_rows import lone_typed

from latitude.coding.coder import code_sentence


def test_a_state_protest_is_the_objection():
    # news sets AM (ACCUSE JPN;USA;GBR > PRK) and BH (ACCUSE JPN > PRK), and a general sentence
    assert lone_typed(
        "Japan, the United States and the United Kingdom have strongly protested against the nuclear test by North Korea"
        " Wednesday morning."
    ) == ("ACCUSE", "111", "JPN", "PRK")
    assert lone_typed(
        "As a ballistic missile launch like this one violates relevant UN Security Council resolutions, Japan firmly"
        " protested against North Korea and strongly condemned the launch, Japanese government spokesman Hirokazu"
        " Matsuno said."
    ) == ("ACCUSE", "111", "JPN", "PRK")
    assert lone_typed("Poland formally protested against the Russian drone incursion on Tuesday.")[:2] == ("ACCUSE", "111")


def test_a_crowd_protest_stays_a_demonstration():
    # news set E (PROTEST VNM > CHN), and a general sentence
    assert lone_typed(
        "HANOI - Hundreds of Vietnamese on Sunday protested outside the Chinese Embassy in Hanoi China's deployment of an"
        " oil rig that has triggered a tense naval standoff and raised fears of confrontation in contested South China Sea"
        " waters."
    )[0] == "PROTEST"
    records = code_sentence("Thousands of students protested against the French government in Dakar on Friday.")
    assert not records or records[0]["plover"] != "ACCUSE"
