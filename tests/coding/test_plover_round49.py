"""PLOVER round 49 (issue 13): the event type of real news sentences. An accusation told in a clause that hangs on
another -- a relative clause or a clause of concession -- no longer decides the type over the main clause's act
("Gunmen abducted 40 boys ... in a raid that residents ... blamed on Boko Haram"); missiles fired "against" a state,
or that kill or wound, are an attack, not a launch; and a donation handed over is aid, not material cooperation.
Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), expected categories
their hand labels."""

from latitude.coding.coder import classify


def test_an_accusation_in_a_relative_clause_leaves_the_abduction_the_act():
    # set AC, row AC019: labelled ASSAULT
    text = (
        "MAIDUGURI (Reuters) - Gunmen abducted 40 boys and young men from a remote village in northeast Nigeria in a "
        "raid that residents and a security source blamed on Boko Haram, the Islamist group that has gained worldwide "
        "notoriety for mass kidnappings."
    )
    assert classify(text).plover == "ASSAULT"


def test_an_accusation_in_a_relative_clause_with_its_auxiliary_leaves_the_ambush_the_act():
    # set AD, row AD038: labelled ASSAULT
    text = (
        "Five Colombian soldiers have been killed and 10 wounded in an ambush which the army has blamed on National "
        "Liberation Army (ELN) rebels."
    )
    assert classify(text).plover == "ASSAULT"


def test_an_accusation_in_a_relative_clause_on_the_subject_leaves_the_killing_the_act():
    # set AL, row AL008: labelled ASSAULT
    text = (
        "MARKABA, Lebanon — Hezbollah guerrillas who blamed Israel for a commander’s slaying killed at least two "
        "Israeli soldiers and wounded six others in clashes that also claimed the life of a guerrilla Tuesday in "
        "southern Lebanon, Lebanese security officials said."
    )
    assert classify(text).plover == "ASSAULT"


def test_an_accusation_in_a_clause_of_concession_leaves_the_ramming_the_act():
    # set T, row T030: labelled ASSAULT/COERCE
    text = (
        "The Philippines said a Chinese ship deliberately rammed one of its government vessels in the disputed South "
        "China Sea on Sunday (Oct 12), although Beijing blamed Manila for the incident."
    )
    assert classify(text).plover in ("ASSAULT", "COERCE")


def test_missiles_launched_against_a_state_are_an_attack():
    # set R, row R018: labelled ASSAULT
    text = (
        "Russia launched a barrage of missiles against Ukraine overnight, in attacks that appeared to target the "
        "country’s energy infrastructure."
    )
    assert classify(text).plover == "ASSAULT"


def test_rockets_fired_killing_people_are_an_attack():
    # set Z, row Z017: labelled ASSAULT
    text = (
        "Pakistani military have reportedly fired several rockets in eastern Paktika province killing at least three "
        "people and seven others wounded, the Ministry of Interior said."
    )
    assert classify(text).plover == "ASSAULT"


def test_vaccine_doses_handed_over_are_aid():
    # set Z, row Z032: labelled AID
    text = "India began the new year by handing over half a million doses of COVID-19 vaccines to Afghanistan on Saturday."
    assert classify(text).plover == "AID"


def test_a_vaccine_donation_handed_over_is_aid():
    # set G, row G044: labelled AID
    text = (
        "Ambassador Miller and the US Agency for International Development (USAID) Mission director Kathryn Stevens "
        "handed over the vaccine donation to additional secretary of the Ministry of Health and Family Welfare, Syed "
        "Mojibul Huq and director general of the Directorate General of Health Services (DGHS), prof Abul Bashar "
        "Mohammad Khurshid Alam during a ceremonial handover event at the Expanded Programme on Immunisation (EPI) "
        "headquarters in the capital on Tuesday."
    )
    assert classify(text).plover == "AID"
