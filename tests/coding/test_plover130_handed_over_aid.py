"""PLOVER round 130 (issue 13): aid told by its noun as the subject of a passive of handing over or delivery ("The rice
was handed over by the Indian Ambassador to Zimbabwe, ...", "... doses donated by the Polish Government was handed over
to Vietnam ...") gets, in a sentence read alone, the AID record (CAMEO 070) first (`coder._handed_over_aid_first`): the
giver the state named right after "by" (an envoy's or official's state) or, failing that, before the "be"; the receiver
the state named after "to" (an envoy's "to Zimbabwe" counts). The development rows quoted are from the real-news sets
BP, BJ, AB, BF, AH, DN and DI; the guards from AQ (aid blocked "from being delivered") and general sentences."""

import datetime as dt

from latitude.coding.coder import code_sentence
from prose_rows import lone_codes


def test_rice_handed_over_by_an_envoy_named_with_the_receiving_state():
    # BP027 (AID IND > ZWE; main's code: no record, the report model's gate)
    assert lone_codes(
        "The rice was handed over by the Indian Ambassador to Zimbabwe, Brama Kumar.", dt.date(2024, 12, 21)
    ) == ("AID", "IND", "ZWE")


def test_aid_delivered_by_an_envoy_to_a_regional_official():
    # BJ016 (AID PAK > MMR; main's code: no record)
    assert lone_codes(
        "The aid, made up of 35 tonnes of essential goods, was officially delivered by the Pakistan ambassador to "
        "Myanmar, Imran Haider, to the chief minister of the Yangon region at Yangon International Airport."
    ) == ("AID", "PAK", "MMR")


def test_doses_donated_by_a_government_handed_over_read_as_a_handover_of_people():
    # AB028 (AID POL > VNM; main's code: COERCE, POL > VNM)
    assert lone_codes(
        "A batch of 501,600 COVID-19 vaccine doses donated by the Polish Government was handed over to Vietnam at a "
        "ceremony held at Warsaw Chopin on August 20.",
        dt.date(2021, 8, 21),
    ) == ("AID", "POL", "VNM")


def test_consignment_delivered_by_aircraft_read_as_an_attack():
    # BF034 (AID PAK > AFG; main's code: ASSAULT, PAK > AFG)
    assert lone_codes(
        "The first consignment of relief goods from Pakistan for flood victims in Afghanistan was delivered on Saturday "
        "by a Pakistan Air Force special aircraft, as the neighbouring country reels from heavy rain and floods that have "
        "killed at least 22 people."
    ) == ("AID", "PAK", "AFG")


def test_donation_presented_by_an_envoy_after_the_receiver():
    # AH061 (AID JPN > MDV; main's code: COERCE with no source, target JPN)
    assert lone_codes(
        "At a special ceremony held at the Health Ministry today, the donation was presented to the Health Minister "
        "Abdulla Nazim Ibrahim by the Japanese Ambassador to the Maldives, Kazumi Endo."
    ) == ("AID", "JPN", "MDV")


def test_shipment_handed_over_to_a_minister_named_by_his_city():
    # DN016 (AID IND > LKA; main's code: no record)
    assert lone_codes(
        "The diesel shipment was ceremoniously handed over by Indian High Commissioner Gopal Baglay to Energy Minister "
        "Gamini Lokuge in Colombo.",
        dt.date(2022, 4, 2),
    ) == ("AID", "IND", "LKA")


def test_batch_sent_with_the_giver_before_the_passive():
    # DI005 (AID AZE > TUR; main's code: no record)
    assert lone_codes(
        "In accordance with the order of President of Azerbaijan Ilham Aliyev, another batch of humanitarian aid from "
        "the Ministry of Emergency Situations has been sent to Türkiye to support the elimination of the consequences of "
        "a strong earthquake in the fraternal country, News.az reports citing the Ministry.",
        dt.date(2023, 2, 10),
    ) == ("AID", "AZE", "TUR")


def test_an_aid_record_with_no_giver_takes_the_envoys_state():
    # general sentence (main's code: AID with no source, target CHN)
    assert lone_codes(
        "The medical supplies were formally handed over by the Chinese Ambassador to Nepal to the Health Minister in "
        "Kathmandu.",
        dt.date(2024, 5, 2),
    ) == ("AID", "CHN", "NPL")


def test_consignment_handed_over_by_an_envoy_below_the_gate():
    # general sentence (main's code: no record)
    assert lone_codes(
        "The consignment of blankets and tents was handed over by the Turkish Ambassador to Pakistan, Mehmet Pacaci.",
        dt.date(2024, 5, 2),
    ) == ("AID", "TUR", "PAK")


def test_aid_blocked_from_being_delivered_stays_a_sanction():
    # guard, AQ036 (SANCTION USA > ISR): "from being delivered" tells no aid given
    assert lone_codes(
        "The U.S. last week sanctioned a “violent, extremist” Israel-based group for blocking convoys of humanitarian "
        "aid from being delivered to Palestinians in Gaza."
    ) == ("SANCTION", "USA", "ISR")


def test_people_handed_over_give_no_aid():
    # guard, general sentence: no noun of aid is the subject
    records = code_sentence("The detainees were handed over to the Iraqi authorities by Syria on Monday.", dt.date(2024, 5, 2))
    assert all(record["plover"] != "AID" for record in records)


def test_aid_to_be_handed_over_is_not_read_as_given_by_the_envoy():
    # guard, general sentence: "will be handed over" is a pledge; no giver is read from the envoy after "by"
    records = code_sentence("Aid will be handed over to Ukraine by the Polish Ambassador next week.", dt.date(2024, 5, 2))
    assert all(record["source"] != "POL" for record in records)
