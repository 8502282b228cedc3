"""PLOVER round 101: a word of accusation inside a noun phrase beside a told attack ("targeting several alleged
hideouts of the Pakistani Taliban", "in an attack local officials blamed on Russia") does not type a sentence read
alone whose event is the attack told by its own verb: the word only qualifies a noun or tells, in a clause on the
attack's noun, who blames it; the record is the attack (ASSAULT), not the accusation."""

from prose_rows import lone_typed


def test_an_alleged_target_does_not_make_the_strike_an_accusation():
    # news set M (M037, ASSAULT PAK > AFG) and a general sentence
    assert lone_typed(
        "PESHAWAR, Pakistan — On Tuesday, Pakistan carried out unusual airstrikes targeting several alleged hideouts of"
        " the Pakistani Taliban situated in neighboring Afghanistan."
    ) == ("ASSAULT", "190", "PAK", "AFG")
    assert lone_typed(
        "Turkey carried out airstrikes targeting several alleged hideouts of Kurdish militants in northern Iraq."
    )[:2] == ("ASSAULT", "190")


def test_an_attack_blamed_in_a_clause_on_its_noun_is_the_attack():
    # news set CK (CK001, ASSAULT RUS > UKR; the type only: its parties are read the other way round, as at the base)
    assert lone_typed(
        "Missiles slammed into a car market in southern Ukraine on Friday, killing at least 23 people in a convoy of"
        " civilian vehicles in an attack local officials blamed on Russia."
    )[:2] == ("ASSAULT", "190")


def test_an_accusation_told_by_its_own_verb_stays_the_accusation():
    # guard: the main verb is the accusation ("Azerbaijan accused Armenia of ..."), not a word inside a noun phrase
    assert lone_typed("Azerbaijan accused Armenia of shelling its positions near the border.")[0] == "ACCUSE"
