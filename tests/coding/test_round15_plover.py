"""Issue 13, PLOVER round 15: rules written from the development data (real-news sets A-D and the
mirror's PLOVER gold records), each quoting the development row it was written from. The expected
category, source and target are the row's hand labels (the fixture's columns, or the gold record's),
not the coder's output; every test fails on main's coder (819bbc1).
"""

import pytest

from latitude.coding.coder import _records, analyse, classify, code_sentence
from prose_rows import lone_record


# --- direction: passives, "receive from", goods "from" a state ---------------------------------------


def test_a_passive_verb_of_harm_takes_its_doer_from_a_later_with():
    # A007, labelled ASSAULT IND > PAK: the victims are the subject, the doer the clash's other side. The record is
    # read past the is-it-an-event gate (as the tests below do): the sentence sits at the lone threshold (0.56 to 0.498
    # as the model was refit on the prose sets of 2026-12-05), and the gate is not what this test is about
    sentence = "Two Pakistani troops were killed during an hours-long clash with Indian border guards, the Pakistani army said Thursday."
    record = _records(analyse(sentence), sentence, None, "", True)[0]
    assert (record["source"], record["target"]) == ("IND", "PAK")


def test_a_passive_with_a_named_doer_targets_its_subject():
    # PLOVER gold record, coded BDI > COD (not the UN agency that reports it)
    record = lone_record(
        "A temporary camp for Congolese refugees was attacked by Burundian militiamen armed with machetes, killing at "
        "least 156 people, the UN refugee agency reported."
    )
    assert (record["source"], record["target"]) == ("BDI", "COD")


def test_aid_received_from_a_state_is_given_by_it():
    # B069, labelled AID/SUPPORT JPN > BGD, relabelled AGREE/SUPPORT by the news sets' pledged-aid convention (aid still
    # to be received is a pledge, as the PLOVER gold records label it): the giver after "from" stays the source
    record = lone_record(
        "Bangladesh will receive approximately $330 million (35 billion Japanese yen) from Japan as the two countries on "
        "Wednesday signed Exchange of Notes for the COVID-19 Crisis Response Emergency Support Loan as an Official "
        "Development Assistance (ODA) from Japan to Bangladesh."
    )
    assert (record["source"], record["target"], record["plover"]) == ("JPN", "BGD", "AGREE")


def test_aid_craft_from_a_state_are_its_aid():
    # D014, labelled AID CHN > MMR (the gazetteer does not know Nay Pyi Taw: the source is what is gained)
    record = lone_record(
        "Four Y-20 aircraft from China arrived at the Tatmadaw Airport in Nay Pyi Taw yesterday morning, carrying a "
        "total of 104 tonnes of humanitarian aid supplies and medicines."
    )
    assert (record["source"], record["plover"]) == ("CHN", "AID")


# --- the act's verb behind a reporting verb, a gerund, an infinitive ----------------------------------


def test_a_reporting_verb_keeps_the_act_a_hand_rule_typed():
    # PLOVER gold record, coded REQUEST IGO > ISR: main's first record is a statement with no actor
    record = lone_record("The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions on the movement of Palestinian workers.")
    assert record["target"] == "ISR" and record["plover"] is not None


def test_a_trailing_reporter_does_not_take_the_act_of_a_progressive_verb():
    # A024, labelled AID USA > TUR (main: TUR, the embassy that reports it, as source). The actors of the act
    # the sentence reports, the is-it-an-event gate aside: since the gate was refit on all labelled prose
    # (issue 13, coder round 22) this sentence read alone scores 0.45 ("needs", "is" are cues of analysis)
    # and falls below the lone threshold 0.5
    sentence = ("The United States is sending an additional tranche of 60 tonnes of aid to Türkiye to help alleviate the "
                "needs of earthquake victims, the Turkish embassy in Washington DC has said.")
    record = _records(analyse(sentence), sentence, None, "", True)[0]
    assert (record["source"], record["target"], record["plover"]) == ("USA", "TUR", "AID")


def test_an_act_in_a_gerund_after_by_is_reported_by_its_finite_verb():
    # B058, labelled SANCTION THA > KHM (main: no record)
    record = lone_record("Thailand reacted swiftly by recalling its ambassador from Cambodia and expelling the Cambodian ambassador, effectively downgrading diplomatic ties.")
    assert (record["source"], record["target"], record["plover"]) == ("THA", "KHM", "SANCTION")


def test_an_act_asked_of_another_is_the_request():
    # C002, labelled REQUEST MDV > IND (main: RETREAT, India withdrawing)
    sentence = (
        "Maldives President Mohamed Muizzu on Saturday (Nov 18) formally requested India to withdraw troops from his "
        "country, fulfilling an election pledge on his first day in office."
    )
    assert classify(sentence).plover == "REQUEST"
    record = lone_record(sentence)
    assert (record["source"], record["target"]) == ("MDV", "IND")


def test_an_unknown_name_before_a_finite_verb_gives_no_source_from_the_object():
    # B007, labelled ACCUSE DZA > ISR: main took ISR > MAR. Since the actors round (issue 13) the gazetteer
    # knows Lamamra (Algeria's foreign minister) and Lapid, so the criticism is DZA > ISR; the relative clause's
    # visit (ISR > MAR) is now a record of its own, before it.
    records = code_sentence("Lamamra criticized Israeli Foreign Minister Yair Lapid, who during his visit to Morocco earlier this month made statements against Algeria.")
    accusations = [(r["source"], r["target"]) for r in records if r["plover"] == "ACCUSE"]
    assert accusations == [("DZA", "ISR")]


def test_a_protest_at_an_embassy_is_aimed_at_its_state():
    # A034, labelled PROTEST GBR > USA (main: no record). The gate aside, as above: with the is-it-an-event model
    # refit on held-out 31 too (coder round 28's merge) this sentence read alone falls below the lone threshold
    sentence = ("A few hundred very vocal protestors last night marched through the centre of London to demonstrate "
                "outside the US Embassy in Grosvenor Square.")
    record = _records(analyse(sentence), sentence, None, "", True)[0]
    assert (record["target"], record["plover"]) == ("USA", "PROTEST")


# --- hand rules (event type) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # A045: troops that withdraw "from" a place (main: COERCE)
        (
            "Russian forces withdrew from a strategic Black Sea island Thursday, potentially easing the threat to the "
            "vital Ukrainian port city of Odesa, but kept up their push to encircle the last stronghold of resistance "
            "in the eastern province of Luhansk.",
            "RETREAT",
        ),
        # D039: fire exchanged (main: MOBILIZE)
        (
            "BISHKEK (Reuters) – Kyrgyz and Tajik border guards exchanged fire on Thursday amid a standoff over a blocked "
            "road, a fresh outbreak of violence between the ex-Soviet neighbours after a similar frontier clash killed "
            "dozens last year.",
            "ASSAULT",
        ),
        # A111: an act called by an evaluative word (main: CONSULT, a phone call)
        ('U.S. Secretary of State Condoleezza Rice called Russia\'s move "regrettable."', "ACCUSE"),
        # D051: an envoy declared persona non grata (main: ACCUSE)
        (
            'US Secretary of State Marco Rubio declared Rasool "persona non grata" on the social media platform X on '
            "Friday, following an earlier address by the South African ambassador in which he criticized US President "
            "Donald Trump.",
            "SANCTION",
        ),
        # D002: a summoned ambassador, ungated (main: CONSULT)
        (
            "Beijing summoned Hideo Tarumi, Japan’s ambassador to China, on Sunday to lodge a “solemn” protest over "
            "references to Taiwan and other issues related to the nation in Group of Seven statements made at a summit "
            "in Hiroshima, while the envoy offered a counterargument, the two countries said.",
            "ACCUSE",
        ),
        # C031: embassies stormed (main: ASSAULT)
        (
            "Thousands of protesters stormed the British and German embassies in Sudan in anger against the film, "
            "reportedly made by a Coptic Christian living in California.",
            "PROTEST",
        ),
        # C012: water cannon fired, labelled ASSAULT/COERCE (main: AID, from "delivering food supplies")
        (
            "Chinese government ships fired water cannons at boats delivering food supplies to a Philippine-controlled "
            'island in the South China Sea, Manila said in a statement on Thursday, describing the move as illegal and '
            'telling Beijing to "back off."',
            "ASSAULT",
        ),
        # C076: a charge of violated sovereignty (main: a statement)
        ("Iraq's foreign ministry called the Turkish air raids a violation of national sovereignty.", "ACCUSE"),
    ],
)
def test_hand_rules_from_the_dev_sets(sentence, category):
    assert classify(sentence).plover == category


def test_an_evaluative_call_has_the_dyad_of_its_object():
    # A111, labelled ACCUSE USA > RUS (main: no record)
    record = lone_record('U.S. Secretary of State Condoleezza Rice called Russia\'s move "regrettable."')
    assert (record["source"], record["target"], record["plover"]) == ("USA", "RUS", "ACCUSE")


def test_joint_exercises_are_cooperation():
    # ConfliBERT training split, class 2 (material cooperation); main: 4 (material conflict, a show of force)
    event = classify(
        "The Russian and US navies today began a joint military exercise in the sea of japan to test their capability "
        "of joint salvage operations at sea."
    )
    assert (event.plover, event.quad) == ("COOPERATE", "2")


def test_a_completed_withdrawal_is_a_retreat_a_complete_one_is_not():
    # C026, labelled RETREAT (main: AGREE)
    completed = classify(
        "Russia's defense ministry said on Friday it completed the withdrawal of troops from the western bank of the "
        "Dnipro river in Ukraine's southern Kherson region."
    )
    assert completed.plover == "RETREAT"
    # ConfliBERT training split, class 0 (a statement): the adjective "complete" is no completed act
    option = classify("The White House has asked the Pentagon to look into multiple options, including a complete withdrawal, the officials said.")
    assert option.plover != "RETREAT"
