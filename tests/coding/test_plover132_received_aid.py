"""PLOVER round 132 (issue 13): aid told by its receiver ("Sri Lanka on Monday has received the second consignment of
1,000 tons of rice from China, ...", "Lebanon's Health Ministry on Tuesday received 90 tonnes of medical equipment and
medicines donated by Turkey, ...") gets the AID record (CAMEO 070) first (`coder._received_aid_first`): the giver the
state named in the four words after "from" or "by" after the verb of receipt, the receiver the state named before it
(the subject). The development rows quoted are from the real-news sets BP, BO, DM and DP; the guards are general
sentences of aid to come or not received."""

import datetime as dt

from latitude.coding.coder import code_sentence
from prose_rows import lone_codes


def test_rice_received_from_a_state_named_after_from():
    # BP029 (AID CHN > LKA; main's code: AID LKA with no target, the receiver read as the giver)
    assert lone_codes(
        "Sri Lanka on Monday has received the second consignment of 1,000 tons of rice from China, to be distributed to "
        "the drought struck victims in the island country, Xinhua reported."
    ) == ("AID", "CHN", "LKA")


def test_medicines_received_by_a_ministry_donated_by_a_state():
    # RX015 (AID TUR > LBN; main's code: AID LBN > TUR, the pair reversed)
    assert lone_codes(
        "Lebanon’s Health Ministry on Tuesday received 90 tonnes of medical equipment and medicines donated by Turkey, "
        "the Lebanese National News Agency reported.",
        dt.date(2022, 8, 3),
    ) == ("AID", "TUR", "LBN")


def test_aid_being_received_below_the_gate():
    # RX020 (AID MEX > CUB; main's code: no record, the report model's gate)
    assert lone_codes(
        "Cuba is receiving much-needed humanitarian aid from Mexico as the island nation grapples with a severe economic "
        "crisis, compounded by U.S. Pressure."
    ) == ("AID", "MEX", "CUB")


def test_equipment_provided_by_a_state_received_by_its_navy():
    # DM012 (AID USA > LKA; main's code: AID LKA > USA)
    assert lone_codes(
        "The Sri Lanka Navy received a stock of maritime interdiction and protective equipment provided by the United "
        "States, at the Air Force base Katunayake (27th March 2023).",
        dt.date(2023, 3, 31),
    ) == ("AID", "USA", "LKA")


def test_grant_accepted_by_a_minister_from_a_government():
    # BO027 (AID JPN > LKA; main's code: AID LKA > JPN): "from the Government of Japan" puts the state four words on
    assert lone_codes(
        "Minister of Foreign Affairs Vijitha Herath today accepted US$ 2.5 million grant assistance from the Government "
        "of Japan."
    ) == ("AID", "JPN", "LKA")


def test_tents_received_from_a_state_general():
    # main's code: no record
    assert lone_codes("Nepal has received 5,000 tents from China for the flood victims.") == ("AID", "CHN", "NPL")


def test_doses_donated_by_a_state_received_by_a_ministry_general():
    # main's code: AID KEN > JPN
    assert lone_codes(
        "The Kenyan Health Ministry received 200,000 vaccine doses donated by Japan on Friday."
    ) == ("AID", "JPN", "KEN")


def test_aid_to_come_or_not_received_is_not_read_as_given():
    for sentence in (
        "Ukraine would receive more weapons from Germany.",
        "Ukraine is set to receive another batch of air defence equipment from Germany.",
        "Kenya has not received the promised aid from Britain.",
    ):
        records = code_sentence(sentence, None)
        assert all(record["plover"] != "AID" for record in records), sentence
