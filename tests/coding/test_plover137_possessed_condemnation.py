"""PLOVER round 137 (issue 13): a condemnation or protest told by its noun right after its condemner's possessive,
after a light verb ("expressed the Kingdom of Saudi Arabia's condemnation of ...", "expressed in the strongest terms
Kuwait's condemnation of ..."), is the possessive's state's ACCUSE of the party named after the noun, read first."""
from latitude.coding import coder


def _first(sentence: str) -> tuple | None:
    records = coder.code_sentence(sentence)
    return (records[0]["source"], records[0]["target"], records[0]["plover"]) if records else None


def test_development_rows_told_by_the_condemners_possessive_get_the_condemnation_first():
    # Real-news dev set DC, DC003 (no record on main's code: gated out by the report model).
    assert _first(
        "KUWAIT, Nov 15 (KUNA) -- The Ministry of Foreign Affairs Wednesday expressed in the strongest terms Kuwait's "
        "condemnation of the Israeli occupation forces' storming of Al-Shifa Hospital in the besieged Gaza Strip that "
        "threatened the lives of patients and medical teams."
    ) == ("KWT", "ISR", "ACCUSE")
    # Real-news dev set DC, DC006 (a statement with no type first on main's code).
    assert _first(
        "KUWAIT, June 27 (KUNA) -- The Ministry of Foreign Affairs on Friday expressed the State of Kuwait's strong "
        "condemnation and denunciation of the Israeli settlers attacks on a number of villages and cities in the occupied "
        "West Bank."
    ) == ("KWT", "ISR", "ACCUSE")
    # Real-news dev set CY, CY019 (COOPERATE ISR > SAU first on main's code).
    assert _first(
        "\"The Ministry of Foreign Affairs expresses the Kingdom of Saudi Arabia's condemnation in the strongest terms "
        "possible of the storming of Al-Aqsa Mosque courtyards by Israeli settlers, under the protection of the police and "
        "occupation forces,\" read the statement issued by the Ministry of Foreign Affairs of Saudi Arabia on Sunday."
    ) == ("SAU", "ISR", "ACCUSE")
    # Real-news dev set DA, DA017 (no record on main's code).
    assert _first(
        "In a statement, the ministry “expressed the Kingdom of Saudi Arabia’s condemnation and rejection of the blatant "
        "storming of al-Aqsa Mosque’s compound, which was carried out by Israeli settlers amid the protection of the "
        "Israeli occupation forces.”"
    ) == ("SAU", "ISR", "ACCUSE")


def test_general_sentences_of_the_shape_get_the_condemnation_first():
    assert _first(
        "The foreign ministry on Tuesday expressed the State of Qatar's strong condemnation of the Israeli air strikes on "
        "southern Syria."
    ) == ("QAT", "ISR", "ACCUSE")
    assert _first(
        "The ministry conveyed in the clearest possible terms Jordan's condemnation of the Israeli army's raid on the "
        "town of Jenin."
    ) == ("JOR", "ISR", "ACCUSE")


def test_a_blocked_light_verb_or_a_noun_out_of_reach_is_not_read_and_round_115s_reading_stays():
    # "refused to" before the light verb: no condemnation is told.
    assert _first(
        "The ministry refused to express the State of Qatar's condemnation of the Israeli air strikes on southern Syria."
    ) != ("QAT", "ISR", "ACCUSE")
    # The noun twelve words past "expressed": out of reach.
    assert _first(
        "The ministry expressed in a long statement issued late on Monday night Qatar's condemnation of the Israeli air "
        "strikes on southern Syria."
    ) != ("QAT", "ISR", "ACCUSE")
    # Round 115's reading, the condemner named before the light verb and the noun within five words, as before.
    assert _first(
        "Kuwait's Ministry of Foreign Affairs expressed on Monday its strong condemnation of the Israeli air strikes on "
        "southern Syria."
    ) == ("KWT", "ISR", "ACCUSE")
