"""PLOVER round 95: "came under fire" (or shelling, bombardment, attack) told of force is the attack (CAMEO 190,
ASSAULT), not the lexicon's idiom of criticism (110, ACCUSE); criticism stays criticism."""

from prose_rows import lone_typed


def test_coming_under_fire_told_of_force_is_the_attack():
    # news set AK (ASSAULT PAK > IND), news set CF (ASSAULT RUS > UKR), news set M (ASSAULT ARM > AZE), and a general
    # sentence
    assert lone_typed(
        "Indian villages and parts of Kargil town in Ladakh region came under heavy shelling from Pakistani troops on"
        " Wednesday, damaging some houses and forcing people to shift to safer areas, said Jammu and Kashmir Minister of"
        " State for Home Ali Mohammed Sagar."
    ) == ("ASSAULT", "190", "PAK", "IND")
    assert lone_typed("The Ukrainian capital Kiev came under heavy fire from Russian cruise missiles during the night.") == (
        "ASSAULT", "190", "RUS", "UKR"
    )
    assert lone_typed(
        "The Azerbaijani army positions have come under Armenian fire in a number of Azerbaijani settlements from 1615"
        " on November 15 to 0430 (local time) on November 16, the Defence Ministry reported on November 16."
    ) == ("ASSAULT", "190", "ARM", "AZE")
    assert lone_typed("Israeli towns came under attack from Hezbollah rockets overnight.") == ("ASSAULT", "190", "LBN", "ISR")


def test_coming_under_fire_from_critics_stays_criticism():
    assert lone_typed("Pakistan's foreign minister came under fire from India over his remarks on Kashmir.") == (
        "ACCUSE", "110", "IND", "PAK"
    )
