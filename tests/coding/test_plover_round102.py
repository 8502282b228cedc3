"""PLOVER round 102: a state's judgement told by a verb of naming whose object is another party's act and whose
complement is quoted ("UK Foreign Secretary Jeremy Hunt called Iran's action "a dangerous path" ...") is the
accusation, ACCUSE (CAMEO 111), when a sentence read alone gets no other record and names the judge before the verb:
the PLOVER codebook's ACCUSE covers "criticize, denounce". Not when the thing judged is the other party's own
allegation (a rejection), nor after "what" or a relative pronoun."""

from prose_rows import lone_typed

from latitude.coding.coder import code_sentence


def test_a_quoted_judgement_of_another_partys_act_is_the_accusation():
    # news sets AK (ACCUSE GBR > IRN, JPN > PRK) and BJ (ACCUSE BLR > UKR), each with no record before this round
    assert lone_typed(
        "UK Foreign Secretary Jeremy Hunt called Iran’s action “a dangerous path” that is “illegal and destabilizing.”"
    ) == ("ACCUSE", "111", "GBR", "IRN")
    assert lone_typed('Makei called Ukraine\'s joining the EU sanctions against Belarus an "unfriendly step."') == (
        "ACCUSE", "111", "BLR", "UKR"
    )
    assert lone_typed(
        "The Japanese Defense Minister confirmed the firing, saying the projectiles did not reach Japanese waters, "
        'calling Pyongyang\'s move "extremely regrettable".'
    ) == ("ACCUSE", "111", "JPN", "PRK")


def test_a_general_sentence_describing_another_states_decision():
    assert lone_typed('Kenya\'s foreign minister described Uganda\'s decision as "deeply regrettable".') == (
        "ACCUSE", "111", "KEN", "UGA"
    )


def test_a_judged_allegation_or_a_relative_gets_no_accusation():
    # news set AO (REJECT PAK > IND): the thing judged is the other party's allegation, a rejection
    assert code_sentence(
        "New Delhi: Pakistan on Monday said India should “stop dragging” Islamabad into its electoral debates and "
        "termed PM Narendra Modi’s allegations of interference as “utterly baseless”."
    ) == []
    # a guard: "what" before the verb of naming (a judgement quoted from the other side)
    assert all(r["cameo"] != "111" for r in code_sentence('Kenya rejected what it called Uganda\'s "hostile propaganda".'))
