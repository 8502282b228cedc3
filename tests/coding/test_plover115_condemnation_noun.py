"""PLOVER round 115 (issue 13): a condemnation or protest told by its noun after a light verb ("made strong
representations to", "has made a formal protest", "filed a diplomatic protest against", "expressed ... strong
condemnation of") is, in a sentence read alone, the sentence's own act (ACCUSE, CAMEO 111) and comes first
(`coder._condemnation_noun_first`). The development rows quoted are from the real-news sets K, BC, CU and CJ."""

from latitude.coding.coder import code_sentence


def _first(sentence: str) -> tuple:
    records = code_sentence(sentence)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_strong_representations_made_to_another_state():
    # K037 (ACCUSE CHN > JPN; main's code: CONCEDE from "made")
    assert _first(
        "BEIJING - China on Monday made strong representations to Japan over its violation of one-China policy during "
        "its commemorations of earthquake anniversary."
    ) == ("ACCUSE", "CHN", "JPN")


def test_a_formal_protest_made_after_an_accusation():
    # BC031 (ACCUSE CHN > IND; main's code: a statement IND > none)
    assert _first(
        "China has made a formal protest after accusing Indian border guards of crossing from Sikkim state into its "
        "Tibetan territory, China's foreign ministry said Tuesday."
    ) == ("ACCUSE", "CHN", "IND")


def test_a_diplomatic_protest_filed_against_another_states_coast_guard():
    # CU016 (ACCUSE PHL > CHN; main's code: CONSULT none > PHL)
    assert _first(
        "One of the most recent protests came on December 12, when the Philippines filed a diplomatic protest against "
        "the Chinese Coast Guard over illegal actions that took place on November 20, 2022."
    ) == ("ACCUSE", "PHL", "CHN")


def test_a_states_condemnation_expressed_by_its_ministry():
    # CJ002 (ACCUSE KWT > ISR; main's code: ASSAULT KWT > IRN, the airstrike condemned)
    assert _first(
        "KUWAIT, April 1 (KUNA) -- The Ministry of Foreign Affairs expressed Monday Kuwait's strong condemnation of the "
        "Israeli occupation's airstrike, which targeted the Iranian consulate in Damascus Syria, causing many casualties "
        "and injuries."
    ) == ("ACCUSE", "KWT", "ISR")


def test_a_general_sentence():
    # not from any set; main's code finds no record
    assert _first("Vietnam has made a formal protest to China over the ramming of a fishing boat near the Paracels.") == (
        "ACCUSE", "VNM", "CHN")


def test_no_protest_read_when_negated_and_a_demonstration_stays_a_demonstration():
    assert not any(r["plover"] == "ACCUSE" for r in code_sentence("Japan did not lodge a protest with China over the incident."))
    assert _first("Thousands of students made protests outside the US embassy in Seoul on Friday.")[0] == "PROTEST"
