"""PLOVER round 123 (issue 13): aid told as given by a verb of giving ("has donated", "has handed over", "has provided",
"has delivered") whose sentence the report model scores under the lone threshold keeps, in a sentence read alone, the
AID record the coder reads when the model is overruled, when that record's giver is named before the verb and its
receiver after it (`coder._given_aid_read`); round 36's bypass reached only the sentences naming aid by one of its
nouns, not the goods given. The development rows quoted are from the real-news sets H, X, A, BO and BN; the guards
from BQ (a passive hand-over whose forced record reads the pair reversed) and general sentences (a pledge, a passive)."""

import datetime as dt

from latitude.coding.coder import code_sentence


def _first(sentence: str, date: dt.date | None = None) -> tuple:
    records = code_sentence(sentence, date)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_military_equipment_donated_to_another_state_s_army():
    # H050 (AID CHN > SRB; main's code: no record, gated out)
    assert _first(
        "China has donated 900,000 euros (1 million U.S. dollars) worth military equipment to Serbian Army that includes "
        "16 rubber boats with outboard engines, five snowmobiles and 10 portable devices for detecting explosives and "
        "narcotics.",
        dt.date(2017, 6, 21),
    ) == ("AID", "CHN", "SRB")


def test_rice_handed_over_for_the_people_of_another_state():
    # X039 (AID CHN > SSD; main's code: no record, gated out)
    assert _first(
        "China has handed over 2,048 tonnes of rice to the United Nations World Food Programme (WFP) to assist millions "
        "of people affected by the conflict in war-torn South Sudan.",
        dt.date(2018, 5, 26),
    ) == ("AID", "CHN", "SSD")


def test_tanks_provided_to_another_state():
    # A097 (AID DEU > UKR; main's code: no record, gated out)
    assert _first(
        "In collaboration with Denmark, Germany has provided Ukraine with eight Leopard 1A5 tanks, increasing Ukraine's "
        "total number to 58."
    ) == ("AID", "DEU", "UKR")


def test_wheat_donated_to_a_province_of_another_state_after_a_dateline():
    # BO020 (AID RUS > IDN; main's code: no record, gated out)
    assert _first(
        "JAKARTA: Russia has donated 20,000 tons of wheat to the tsunami- hit province of Nanggroe Aceh Darussalam.",
        dt.date(2005, 8, 12),
    ) == ("AID", "RUS", "IDN")


def test_vaccine_doses_delivered_to_another_state():
    # BN036 (AID AUS > VNM; main's code: no record, gated out)
    assert _first(
        "With the latest donation, Australia has so far delivered more than 700,000 doses of the AstraZeneca COVID-19 "
        "vaccine to Việt Nam as part of its commitment to share 1.5 million doses to support Việt Nam's pandemic fight."
    ) == ("AID", "AUS", "VNM")


def test_a_general_sentence_of_vehicles_delivered():
    # written for this test (main's code: no record)
    assert _first("Canada has delivered 40 armoured vehicles to Ukraine.") == ("AID", "CAN", "UKR")


def test_a_passive_hand_over_with_the_giver_after_by_keeps_no_record():
    # BQ004 (AID MMR > LKA; the forced record reads LKA > MMR, its giver named after the verb): none, as on main
    assert code_sentence(
        "The consignment was officially handed over to the Ambassador of Sri Lanka to Myanmar Janaka Bandara, by the "
        "Union Health Minister of Myanmar Dr. Thet Khaing Win, in a handing over ceremony held at the Department of "
        "Medical Research in Yangon."
    ) == []


def test_a_pledge_is_no_aid_given_and_a_passive_is_not_read_by_the_verb_of_giving():
    assert code_sentence("Japan will donate ten ambulances to Ghana.") == []
    # a passive is not this round's reading (its forced record's pair is not trusted there); since PLOVER round 130 the
    # passive hand-over of a noun of aid has its own reader (`coder._handed_over_aid_first`), which takes the giver after
    # "by" and the receiver after "to": Japan gives, Ghana receives
    records = code_sentence("Ten ambulances were donated to Ghana by Japan.")
    assert [(r["plover"], r["source"], r["target"]) for r in records[:1]] == [("AID", "JPN", "GHA")]
