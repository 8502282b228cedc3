"""PLOVER round 146 (issue 13): armed forces named as whom an accusation or condemnation is said of — in a sentence
read alone, a record of verbal conflict (CAMEO roots 10 to 13: demand, disapprove, reject, threaten) with no speaker
read and a state's troops, soldiers, army or forces as its only party keeps them as its target
(`coder.VERBAL_CONFLICT_ROOTS`), where main's code read them as the act's doer (PLOVER round 28's reading of armed
forces, right for acts of force: "... injured on Sunday in heavy shelling and firing by Pakistan Rangers") and so gave
the accused as the accuser. The development rows quoted are from the real-news sets AT, AV and AW (`ACCUSE`); the
general sentences and the guards are made up."""

from prose_rows import lone_codes


def test_border_residents_accused_pakistani_troops():
    # AT049 (ACCUSE IND > PAK; main's code: ACCUSE PAK > none, the accused as accuser)
    sentence = "Border residents in Poonch accused Pakistani troops of targeting civilian areas along the Line of Control (LoC)."
    assert lone_codes(sentence) == ("ACCUSE", None, "PAK")


def test_the_spokesman_condemned_the_firing_by_the_indian_troops():
    # AV025 (ACCUSE PAK > IND; main's code: ACCUSE IND > PAK, the pair reversed)
    sentence = (
        "The spokesman condemned the unprovoked firing by the Indian troops and strongly denied the report of any "
        "casualty on the Pakistani side."
    )
    assert lone_codes(sentence) == ("ACCUSE", None, "IND")


def test_an_allegation_that_cambodian_forces_planted_the_mine():
    # AW048 (ACCUSE THA > KHM; main's code: ACCUSE KHM > THA, the pair reversed)
    sentence = "Boonsin alleged that Cambodian forces planted the mine during their withdrawal from Thai territory."
    assert lone_codes(sentence) == ("ACCUSE", None, "KHM")


def test_farmers_accused_turkish_soldiers():
    # a general sentence (main's code: ACCUSE TUR > SYR)
    sentence = "Local farmers accused Turkish soldiers of firing on their fields near the Syrian border."
    assert lone_codes(sentence) == ("ACCUSE", None, "TUR")


def test_the_governor_condemned_the_shelling_by_russian_troops():
    # a general sentence (main's code: ACCUSE RUS > none)
    sentence = "The governor condemned the shelling by Russian troops and said two houses were damaged."
    assert lone_codes(sentence) == ("ACCUSE", None, "RUS")


def test_armed_forces_firing_are_still_its_doer():
    # guard: an act of force told by the forces' fire keeps them as its doer (unchanged from main)
    sentence = "Villagers said Indian troops opened fire across the border on Tuesday."
    assert lone_codes(sentence) == ("ASSAULT", "IND", None)


def test_an_army_that_warns_is_still_the_speaker():
    # guard: armed forces that are the subject of a verb of verbal conflict are its speaker (unchanged from main)
    sentence = "The Israeli army warned residents of southern Lebanon to evacuate their homes."
    assert lone_codes(sentence) == ("THREATEN", "ISR", "LBN")
