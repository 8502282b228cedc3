"""PLOVER round 131 (issue 13): an organisation named as where the act happens or where it is taken, not as the party
it is done to — an organisation (IGO) after a preposition with a noun of a mission, session, summit, meeting or
conference ("from the UN peacekeeping mission in Mali", "the release of an OSCE mission detained in Ukraine", "on the
sidelines of the UN General Assembly session"), or after "to" with a noun of complaint before it ("file a complaint to
the United Nations over Qatari fighter jets' ..."), gives the record whose target is that organisation the state named
after it as target (`coder._organisation_venue_target`). The development rows quoted are from the real-news sets DE,
AJ, G, AP and C; the general sentences and the guards are made up."""

import datetime as dt

from latitude.coding.coder import code_sentence


def _pairs(sentence: str, date: dt.date | None = None) -> list[tuple]:
    return [(r["plover"], r["source"], r["target"]) for r in code_sentence(sentence, date)]


def test_withdrawal_from_a_peacekeeping_mission_in_a_state():
    # DE015 (RETREAT/AGREE ZAF > COD; main's code: the target IGO)
    assert _pairs(
        "South Africa has announced its intention to withdraw troops from the United Nations peacekeeping mission in the "
        "Democratic Republic of Congo, as confirmed in a Saturday statement from President Cyril Ramaphosa's office."
    )[0][1:] == ("ZAF", "COD")


def test_withdrawal_from_a_mission_in_a_state_past_its_adjective():
    # DE016 (RETREAT/AGREE DEU > MLI; main's code: the target IGO)
    assert _pairs(
        "Germany will withdraw its armed forces, the Bundeswehr, from the UN peacekeeping mission in jihadist-hit Mali by "
        "the middle of 2024, German government spokesman Steffen Hebestreit has announced.",
        dt.date(2022, 11, 23),
    )[0][1:] == ("DEU", "MLI")


def test_release_of_a_mission_detained_in_a_state():
    # AJ028 (REQUEST RUS > UKR; main's code: REQUEST RUS > IGO)
    assert _pairs(
        "Russia today called for the release of an OSCE mission detained in Ukraine and vowed to do everything in its "
        "power to see them freed.",
        dt.date(2014, 4, 26),
    )[0] == ("REQUEST", "RUS", "UKR")


def test_meetings_on_the_sidelines_of_a_session_with_a_leader():
    # G058 (CONSULT IND > DEU, ITA, QAT; main's code: CONSULT IND > IGO)
    assert _pairs(
        "Prime Minister Narendra Modi held a series of bilateral meetings on the sidelines of the UN General Assembly "
        "(UNGA) session here on Monday, including with German Chancellor Angela Merkel, Italian Prime Minister Giuseppe "
        "Conte and Emir of Qatar Sheikh Tamim bin Hamad.",
        dt.date(2019, 9, 24),
    )[0] == ("CONSULT", "IND", "DEU")


def test_complaint_to_an_organisation_over_a_state():
    # AP006 (ACCUSE ARE > QAT; main's code: ACCUSE ARE > IGO)
    assert _pairs(
        "The United Arab Emirates announced on Tuesday that it will file a complaint to the United Nations over Qatari "
        "fighter jets’ interception of two civilian planes on Monday.",
        dt.date(2018, 1, 16),
    )[0] == ("ACCUSE", "ARE", "QAT")


def test_case_taken_to_a_court_to_denounce_a_state():
    # C015 (ACCUSE MEX > ECU; main's code: ACCUSE MEX > IGO)
    assert _pairs(
        "She announced Mexico's intention to take the case to the International Court of Justice \"to denounce Ecuador's "
        "responsibility for violations of international law\" and stated that Mexican diplomats were only waiting for "
        "the Ecuadorian government to offer the necessary guarantees for their return home.",
        dt.date(2024, 4, 6),
    )[0] == ("ACCUSE", "MEX", "ECU")


def test_peacekeepers_withdrawn_from_a_mission_named_as_one_mention():
    # a general sentence: "UN mission" is one mention, its last word the mission's noun (main's code: the target IGO)
    assert _pairs("Nepal withdrew its peacekeepers from the UN mission in South Sudan on Friday.")[0][1:] == ("NPL", "SSD")


def test_troops_withdrawn_from_a_peacekeeping_mission():
    # a general sentence (main's code: the target IGO)
    assert _pairs("India will withdraw its troops from the UN peacekeeping mission in Lebanon next month.")[0][1:] == (
        "IND", "LBN")


def test_complaint_to_the_security_council_over_a_state():
    # a general sentence (main's code: ACCUSE EGY > IGO)
    assert _pairs("Egypt filed a complaint to the Security Council over Ethiopia's filling of the dam.")[0] == (
        "ACCUSE", "EGY", "ETH")


def test_vetoed_resolution_keeps_the_organisation():
    # guard: a resolution is no venue; the organisation whose draft is vetoed stays the target (F058's reading)
    assert _pairs(
        "The United States has vetoed a draft UN Security Council resolution demanding a permanent ceasefire in Gaza and "
        "calling for the release of hostages."
    )[0] == ("REJECT", "USA", "IGO")


def test_organisation_urged_or_criticised_keeps_the_organisation():
    # guards: the organisation as the verb's own object (no preposition before it) stays the target
    assert _pairs(
        "Cambodia urged the United Nations to send peacekeepers to the border area one day after asking the Security "
        "Council to convene."
    )[0] == ("REQUEST", "KHM", "IGO")
    assert _pairs("Russia criticised the NATO summit in Vilnius for its decisions on Ukraine.")[0] == ("ACCUSE", "RUS", "IGO")
