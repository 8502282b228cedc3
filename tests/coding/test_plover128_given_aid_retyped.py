"""PLOVER round 128 (issue 13): aid told as given by a verb of giving ("was sending", "had dispatched", "has sent",
"sent") whose first record typed another word of the sentence — the saying verb's bare statement (CAMEO 010), an
intent (AGREE), a cooperation or a support — between the giver and the receiver is, in a sentence read alone, that
record retyped AID (CAMEO 070), its pair kept (`coder._given_aid_first`), when the giver is named before the verb and
the receiver after it. The development rows quoted are from the real-news sets BE, BP, BN, BO, AL and E; the guards
from AP (a diplomatic note sent), X and J (troops sent) and AA (fishermen handed over), and general sentences."""

import datetime as dt

from latitude.coding.coder import code_sentence


def _first(sentence: str, date: dt.date | None = None) -> tuple:
    records = code_sentence(sentence, date)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_team_sent_told_after_a_saying_verb():
    # BE046 (AID DEU > CHL; main's code: a statement with no type, DEU > CHL)
    assert _first(
        "German Foreign Minister Guido Westerwelle said on Saturday that Germany was sending an expert team to Chile to "
        "find out how it could offer technical assistance to the South American nation.",
        dt.date(2010, 2, 28),
    ) == ("AID", "DEU", "CHL")


def test_aircraft_and_ships_dispatched_told_after_a_saying_verb():
    # BP023 (AID TUR > LBY; main's code: a statement with no type, TUR > LBY)
    assert _first(
        "Highlighting the Turkish support, AFAD said it had dispatched four aircraft and five ships carrying search and "
        "rescue teams, as well as humanitarian aid to relieve the flood victims in Libya."
    ) == ("AID", "TUR", "LBY")


def test_response_teams_sent_told_after_a_saying_verb():
    # AL020 (AID USA > PAK; main's code: a statement with no type, USA > PAK)
    assert _first(
        "In Washington, the White House press secretary, Scott McClellan, said the United States was also sending two "
        "disaster response teams in response to a request from President Pervez Musharraf for emergency shelter, food, "
        "water, medical supplies, transportation assets, and emergency management personnel.",
        dt.date(2005, 10, 11),
    ) == ("AID", "USA", "PAK")


def test_humanitarian_aid_sent_read_as_an_intent():
    # BN004 (AID ARG > ARM; main's code: AGREE, CAMEO 0333)
    assert _first(
        "Argentina has sent humanitarian aid to Armenia to meet the needs of the forcibly displaced persons of "
        "Nagorno-Karabakh.",
        dt.date(2023, 10, 22),
    ) == ("AID", "ARG", "ARM")


def test_wheat_sent_read_as_cooperation():
    # BO019 (AID CHN > ETH; main's code: COOPERATE, CAMEO 060)
    assert _first(
        "China sent 1,440 tons of wheat from its Tianjin Port to Ethiopia on Friday, the first batch of aid goods the "
        "country has supplied to relieve the current drought in the Horn of Africa region.",
        dt.date(2011, 9, 5),
    ) == ("AID", "CHN", "ETH")


def test_promised_tanks_delivered_are_given():
    # E035 (AID DEU > UKR; main's code: AGREE, CAMEO 034): the pledge fulfilled is aid given
    assert _first(
        "Germany has delivered promised Leopard battle tanks to Ukraine, Chancellor Olaf Scholz said, providing Kyiv "
        "with much-needed heavy weaponry against Russia."
    ) == ("AID", "DEU", "UKR")


def test_a_general_sentence_of_a_team_sent():
    # main's code: AGREE (CAMEO 036) EGY > MAR
    assert _first("The spokesman said that Egypt was sending a rescue team to Morocco.") == ("AID", "EGY", "MAR")


def test_a_diplomatic_note_sent_is_no_aid():
    # AP011 (ACCUSE MEX > USA)
    first = _first(
        "Mexico has sent a diplomatic note to the United States objecting to an alleged incursion into Mexican "
        "territory by U.S. Border Patrol agents in Arizona trying to extinguish a fire, the country's Foreign Relations "
        "Department said Tuesday."
    )
    assert first[0] != "AID"


def test_troops_sent_are_no_aid():
    # X032 and J072 (MOBILIZE USA > MEX, THA > KHM)
    assert _first(
        "The Pentagon said Sunday it has sent 3,750 more active-duty troops to the border, moving to re-bolster forces "
        "as new caravans make their way north through Mexico.",
        dt.date(2019, 2, 4),
    )[0] != "AID"
    assert _first(
        "Thailand sent troop reinforcements to the area yesterday after the Cambodian prime minister, Hun Sen, issued an "
        "ultimatum demanding that opposing forces be withdrawn.",
        dt.date(2008, 10, 15),
    )[0] != "AID"


def test_fishermen_handed_over_are_no_aid():
    # AA054 (RETREAT IND > BGD)
    assert _first(
        "In a notable exchange amid tense bilateral relations, the Indian Coast Guard (ICG) handed over 90 Bangladeshi "
        "fishermen in return for 95 Indian fishermen at the International Maritime Boundary Line (IMBL), a Defense "
        "official confirmed.",
        dt.date(2025, 1, 7),
    )[0] != "AID"


def test_aid_to_be_sent_stays_unread_as_given():
    # a pledge (PLOVER round 119's convention: AGREE, not AID)
    assert code_sentence("Japan said it would send 20 tonnes of relief goods to Fiji.")[:1] == [] or _first(
        "Japan said it would send 20 tonnes of relief goods to Fiji."
    )[0] != "AID"
