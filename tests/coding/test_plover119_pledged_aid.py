"""PLOVER round 119 (issue 13): aid pledged, decided or announced, not yet given ("The Government of Japan has decided
to extend grant assistance ...", "China said Friday it would send 1,000 tents ... to Pakistan ..."), is AGREE (CAMEO
033, intent to provide material aid) in a sentence read alone, when the coder's first record gave the aid as given
(AID) or read only the saying verb (a statement with no type) (`coder._pledged_aid_first`). The development rows quoted
are from the real-news sets I, N, E, AR, BM and AL."""

from latitude.coding.coder import code_sentence


def _first(sentence: str) -> tuple:
    records = code_sentence(sentence)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_a_government_decided_to_extend_grant_assistance():
    # I091 (AGREE JPN > NPL; main's code: AID JPN > NPL)
    assert _first(
        "The Government of Japan has decided to extend grant assistance of up to two billion, two hundred and "
        "fifty-six million Japanese Yen (¥2,256,000,000), approximately NRs.2.0 billion, for the implementation of the "
        "Project for the Improvement of the Rehabilitation of Irrigation System in Eastern Terai Area, and concessional "
        "loan assistance of up to the amount of fifteen billion, nine hundred and one million yen (¥15,901,000,000), "
        "approximately NRs.14.2 billion, for the Urban Transmission and Distribution System Improvement Project to the "
        "Government of Nepal."
    ) == ("AGREE", "JPN", "NPL")


def test_a_government_pledged_a_sum_for_relief():
    # N010 (AGREE USA > PAK; main's code: AID USA > PAK)
    assert _first(
        "The US government pledged US $50 million on Monday as an initial contribution for relief and reconstruction "
        "after the earthquake measuring 7.6 on the Richter scale struck northern Pakistan and Pakistani-administered "
        "Kashmir affected most by the disaster."
    ) == ("AGREE", "USA", "PAK")


def test_a_state_said_it_would_send_equipment():
    # E092 (AGREE CHN > PAK; main's code: a statement with no type, CHN > PAK)
    assert _first(
        "China said Friday it would send 1,000 tents and other emergency equipment to Pakistan to help with the "
        "nation's devastating floods."
    ) == ("AGREE", "CHN", "PAK")


def test_a_state_announced_a_support_package():
    # AR003 (AGREE USA > PAK; main's code: AID USA > PAK)
    assert _first(
        "The United States has announced a $ 100 million humanitarian support package for Pakistan in response to a "
        "request from the government of that country for help to provide relief to people affected by the ongoing "
        "military operations against the Taliban in the Swat Valley and elsewhere."
    ) == ("AGREE", "USA", "PAK")


def test_a_government_decided_to_donate_doses():
    # BM023 (AGREE LTU > UKR, GEO, MDA; main's code: AID LTU > UKR)
    assert _first(
        "The Lithuanian government decided to donate 126,000 doses of AstraZeneca Covid-19 vaccine to Ukraine, Georgia "
        "and Moldova."
    ) == ("AGREE", "LTU", "UKR")


def test_a_ministry_said_it_would_send_aid():
    # AL022 (AGREE IND > PAK; main's code: a statement with no type, IND > PAK)
    assert _first(
        "In a turnaround Monday, India's foreign ministry said it would send aid to Pakistan, and Pakistan said it "
        "would accept that aid."
    ) == ("AGREE", "IND", "PAK")


def test_a_general_sentence_decided_to_provide():
    # Main's code: AID KOR > MAR
    assert _first(
        "The Korean government has decided to provide $5 million in humanitarian assistance to Morocco."
    ) == ("AGREE", "KOR", "MAR")


def test_a_general_sentence_committed_aid():
    # Main's code: AID DEU > SOM
    assert _first(
        "The German government has committed 30 million euros in emergency aid to Somalia."
    ) == ("AGREE", "DEU", "SOM")


def test_a_general_sentence_said_it_would_send():
    # Main's code: a statement with no type, EGY > LBY
    assert _first("Egypt said on Monday it would send medical supplies to Libya.") == ("AGREE", "EGY", "LBY")


def test_aid_given_stays_aid():
    # guards, AID on main's code too: aid donated or sent is given, not pledged
    assert _first("Japan donated 100 tons of rice to Laos on Monday.") == ("AID", "JPN", "LAO")
    assert _first("India sent 30 tonnes of medicines to Sri Lanka on Friday.") == ("AID", "IND", "LKA")


def test_aid_announced_to_be_cut_is_no_pledge():
    # P067 (SANCTION USA > PAK): "announced ... it would freeze ... aid" is no pledge; a statement as on main's code
    records = code_sentence(
        "U.S. State Department spokesperson Heather Nauert announced Thursday it would freeze nearly all security aid "
        "to Pakistan until “the Pakistani government takes decisive action” against terrorist groups."
    )
    assert all(r["plover"] != "AGREE" for r in records)
    assert all(r["plover"] != "AGREE" for r in code_sentence("Sweden announced it would cut development aid to Uganda."))
