"""PLOVER round 151 (issue 13): a state's blame told by "hold ... responsible" — a form of "hold" with a party named
right after it and "responsible", "accountable" or "culpable" within eight words, a party other than the one held
named before the verb, is an accusation (ACCUSE, CAMEO 112) whose record comes first when the sentence's first record
is the blamed act (`coder._held_or_made_accusation_first`), and the sentence's record when it has none
(`coder._held_or_made_accusation_read`). Main's code read the act of the "for" clause as the event, or nothing. The
development rows quoted are from the real-news sets EH and CL (`ACCUSE`); the general sentences and the guards are
made up."""

from prose_rows import first_codes


def test_iran_holds_the_united_states_and_israel_responsible():
    # PEH004 (ACCUSE IRN > USA, ISR; main's code: ASSAULT USA > ISR, the attacks of the "for" clause)
    sentence = (
        "Tehran: Iran holds the United States and Israel responsible for the illegal attacks on its peaceful nuclear "
        "facilities as well as its territorial integrity and national sovereignty, according to the Foreign Ministry\u2019s "
        "spokesperson."
    )
    assert first_codes(sentence) == ("ACCUSE", "IRN", "USA")


def test_herzog_holding_iran_responsible_after_attributing_the_attack():
    # CL028 (ACCUSE ISR > IRN; main's code: ASSAULT ISR > IRN, the Hamas attack)
    sentence = (
        "Late on Saturday, Israeli President Isaac Herzog attributed a surprise Hamas attack that resulted in the loss "
        "of numerous Israeli lives to Iran, holding Iran responsible for the incident."
    )
    assert first_codes(sentence) == ("ACCUSE", "ISR", "IRN")


def test_pakistan_holds_india_responsible_for_a_bombing():
    # a general sentence (main's code: no record)
    sentence = "Pakistan holds India responsible for the bombing of the train in Balochistan, the foreign office said."
    assert first_codes(sentence) == ("ACCUSE", "PAK", "IND")


def test_the_european_union_held_belarus_responsible_for_a_hijacking():
    # a general sentence (main's code: no record)
    sentence = "The European Union held Belarus responsible for the hijacking of the Ryanair flight."
    assert first_codes(sentence) == ("ACCUSE", "IGO", "BLR")


def test_a_standing_policy_for_a_whole_class_of_acts_is_no_blame():
    # guard, after held-out 71's NC018 (labelled no event): "for all rocket fire" is a policy, not a blame told
    assert first_codes("Israel holds Hamas responsible for all rocket fire from the coastal enclave.") == ()


def test_a_vow_to_hold_a_state_accountable_is_not_read():
    # guard, after news set Y's Y012 (COERCE/SANCTION USA > IRN): "vowing to hold the regime accountable" is a plan
    sentence = (
        "The Biden administration imposed sanctions on 14 Iranian officials after a violent crackdown on nationwide "
        "protests in Iran, vowing to hold the regime accountable."
    )
    assert first_codes(sentence) == ("SANCTION", "USA", "IRN")
