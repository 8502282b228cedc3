"""PLOVER round 141 (issue 13): attacks read as a statement — a reporting verb ("said", "reported") whose clause tells
an act the lexicon types ASSAULT keeps the act's type (PLOVER round 92's `_reported_attack`) also when the clause's
first finite verb is a participle before "by" that qualifies its subject ("Armenian forces backed by artillery fire
attacked ..."), a verb of carrying out before the act ("delivered a missile strike", "initiated firing") or a verb of
harm after it ("a Russian drone attack destroyed ..."), where main's code gave only the reporter's statement (010).
The development rows quoted are from the real-news sets C, DQ, DY and DV (`ASSAULT`); the general sentences and the
guards are made up."""

from latitude.coding.coder import code_sentence
from prose_rows import lone_codes


def test_participle_before_by_is_passed_over():
    # C043 (ASSAULT ARM > AZE; main's code: a statement AZE > ARM)
    assert lone_codes(
        "For its part, the Azerbaijani Defense Ministry said that Armenian forces backed by artillery fire attacked "
        "its border posts in Azerbaijan’s western Tovuz district bordering Tavush."
    ) == ("ASSAULT", "ARM", "AZE")


def test_delivered_a_missile_strike():
    # SQ018 (ASSAULT ISR > SYR; main's code: a statement SYR > ISR)
    assert lone_codes(
        "Earlier, the Defense Ministry of Syria said Israel delivered a missile strike from the occupied Golan "
        "Heights, targeting a residential and commercial building in the densely-populated Mezzeh neighborhood in "
        "Damascus."
    ) == ("ASSAULT", "ISR", "SYR")


def test_initiated_firing():
    # PYD014 (ASSAULT PAK > IND; main's code: a statement IND > PAK)
    assert lone_codes(
        "On Saturday, the Indian Army reported that Pakistani forces initiated firing from multiple positions across "
        "the Line of Control (LoC), which serves as the de facto boundary between the two nations."
    ) == ("ASSAULT", "PAK", "IND")


def test_attack_destroyed_is_the_attack():
    # LCP007 (ASSAULT RUS > UKR; main's code: a statement; the type is gained, the reporter Kyiv stays the source)
    records = code_sentence(
        "Meanwhile, Kyiv on Monday said a Russian drone attack destroyed Ukrainian grain warehouses on the Danube "
        "River and wounded seven people."
    )
    assert records[0]["plover"] == "ASSAULT"


def test_general_participle_before_by():
    # a general sentence
    assert lone_codes(
        "The Indian Defence Ministry said that Pakistani soldiers supported by mortar fire attacked its posts in the "
        "Uri sector."
    ) == ("ASSAULT", "PAK", "IND")


def test_general_mounted_an_attack():
    # a general sentence
    assert lone_codes("Pakistan's army said India mounted an artillery attack on its posts in Kashmir on Monday.")[0] == (
        "ASSAULT"
    )


def test_general_strike_damaged():
    # a general sentence
    assert lone_codes("The Lebanese army said an Israeli air strike damaged a bridge near Tyre on Friday.")[0] == "ASSAULT"


def test_guard_reported_judgement_is_not_an_attack():
    # a guard: a reported clause that judges the strikes (PLOVER round 96's blame) stays no attack
    assert lone_codes("Iraq's foreign ministry said the Turkish air strikes were a violation of Iraq's sovereignty.")[0] != (
        "ASSAULT"
    )


def test_guard_harm_verb_far_from_the_act_is_not_read():
    # a guard: a verb of harm whose subject is not the act (the act too far before it) keeps main's reading
    records = code_sentence(
        "The ministry said the rebels, who had earlier been blamed for attacks on the capital, damaged the road."
    )
    assert all(r["plover"] != "ASSAULT" for r in records)
