"""PLOVER round 103: a claim of one's own act told by the verb of claiming ("claimed responsibility for the attack on
...", "claimed a missile attack", "claims it carried out an airstrike", "claimed it targeted ...") is the act, the
claimant its source, in a sentence read alone (news labels round 2's convention), not a claim of responsibility with no
PLOVER type (CAMEO 015) or an accusation (CAMEO 110); an allegation against another ("Pakistan has claimed that Indian
forces launched ...") is not read by it."""

from latitude.coding.coder import _claimed_own_act_read, analyse, code_sentence
from prose_rows import lone_typed


def test_a_claim_of_responsibility_for_an_attack_is_the_attack():
    # news set L (L001, L004: ASSAULT YEM > GBR, YEM > USA) and a general sentence
    assert lone_typed(
        "Yemen’s Houthi rebels claimed responsibility for the attack on a “British ship” off the coast of Yemen on"
        " Thursday after two shipping companies reported an explosion near the vessel in the area, AFP reported."
    ) == ("ASSAULT", "190", "YEM", "GBR")
    assert lone_typed(
        "Yemen's Houthi rebels claimed responsibility in the early hours of the morning for strikes on a US merchant ship"
        " moving in the Gulf of Aden, in a show of \"solidarity\" with the Palestinians in the Gaza Strip."
    )[0] == "ASSAULT"
    assert lone_typed(
        "Hezbollah claimed responsibility for a rocket attack on an Israeli army post near the border on Monday."
    ) == ("ASSAULT", "190", "LBN", "ISR")


def test_a_claimed_attack_as_the_object_is_the_attack():
    # news set L (L005, ASSAULT YEM) and a general sentence. L005 is read through the round's rule before the
    # is-it-an-event gate, and the stop-40 refit put its lone probability under the gate, so its reading is asserted on
    # the analysis (the trigger the rule types; main's code left it untyped, CAMEO 010); the general sentence is
    # asserted on its record
    l005 = analyse("Yemen's Houthi rebels have claimed an attack on a merchant ship in the Red Sea off the coast of Yemen.", None)
    assert (l005.trigger.plover, l005.trigger.cameo) == (None, "010")
    read = _claimed_own_act_read(l005)
    assert (read.trigger.plover, read.trigger.cameo) == ("ASSAULT", "190")
    assert lone_typed("Syrian rebels claimed an attack on a Russian air base in Latakia province.") == (
        "ASSAULT", "190", "SYR", "RUS"
    )


def test_a_claim_that_it_struck_is_its_own_strike():
    # news sets BF (BF012, ASSAULT ISR > LBN) and CD (CD008, ASSAULT AFG > PAK), and a general sentence
    bf012 = lone_typed(
        "The Israeli military claims it carried out an airstrike targeting suspected Hezbollah fighters who crossed into"
        " the so-called “security zone” it has created in southern Lebanon, the second such incident it reported within"
        " hours today, AFP reports."
    )
    assert (bf012[0], bf012[2], bf012[3]) == ("ASSAULT", "ISR", "LBN")
    assert lone_typed(
        "The Taliban’s Defense Ministry claimed it targeted Pakistani “military bases” with artillery shelling in response"
        " to Pakistan’s airstrikes in the Khost and Paktika provinces."
    )[0] == "ASSAULT"
    assert lone_typed("The Pakistani army claimed it struck militant hideouts in Afghanistan overnight.") == (
        "ASSAULT", "190", "PAK", "AFG"
    )


def test_an_allegation_against_another_or_a_denied_claim_is_not_read_as_ones_own_act():
    # guards: another's act after "claimed that" (news labels round 2: the allegation) keeps main's reading (news set
    # CF, CF010, is read as the act IND > PAK, as at the base); no claimant ("No group has claimed ...") gives nothing
    assert lone_typed(
        "Pakistan has claimed that Indian forces launched a wave of drone attacks overnight, targeting major Pakistani"
        " cities including Rawalpindi, the headquarters of its military."
    )[2:] == ("IND", "PAK")
    assert not code_sentence("India claimed that Pakistani troops attacked its posts along the Line of Control.")
    assert not code_sentence("No group has claimed responsibility for the attack on the Pakistani convoy.")
