"""PLOVER round 147 (issue 13): "armed" before its noun is no verb — in a sentence whose act the classifier types at
the "armed" of "<state's> armed forces", the act's dyad is read at the clause's next finite verb
(`coder._armed_noun_verb`), whose subject is the forces, where main's code read the dyad at "armed" and lost the doer.
The development rows quoted are from the real-news sets EE and BH (`ASSAULT`); the general sentences and the guards are
made up."""

from prose_rows import first_codes, lone_codes


def test_the_indian_armed_forces_carried_out_strikes():
    # PEE017 (ASSAULT IND > PAK; main's code: ASSAULT none > PAK, the doer lost)
    sentence = (
        "The Indian armed forces carried out strikes on terrorist infrastructure in Pakistan and Pakistan-occupied Jammu "
        "and Kashmir (PoJK) in the early hours of Wednesday, May 7, in the wake of the Pahalgam terror attacks of April 22 "
        "that left 26 civilians dead."
    )
    assert lone_codes(sentence) == ("ASSAULT", "IND", "PAK")


def test_armenian_armed_forces_fired_at_azerbaijani_positions():
    # BH032 (ASSAULT ARM > AZE; main's code: ASSAULT none > AZE, the doer lost)
    sentence = (
        "The Defense Ministry earlier said that Armenian armed forces fired at Azerbaijani frontline positions and "
        "settlements in the direction of Azerbaijan’s Aghdam District on May 16 evening using mortars of various calibers."
    )
    assert lone_codes(sentence) == ("ASSAULT", "ARM", "AZE")


def test_the_russian_armed_forces_carried_out_strikes():
    # a general sentence (main's code: ASSAULT none > UKR)
    sentence = "The Russian armed forces carried out strikes on energy facilities in Ukraine overnight."
    assert lone_codes(sentence) == ("ASSAULT", "RUS", "UKR")


def test_israeli_armed_forces_struck_targets():
    # a general sentence (main's code: ASSAULT none > LBN)
    sentence = "Israeli armed forces struck targets in southern Lebanon on Sunday."
    assert lone_codes(sentence) == ("ASSAULT", "ISR", "LBN")


def test_armed_forces_whose_verb_the_lexicon_reads_are_unchanged():
    # guard: an act the lexicon or a rule types at its own verb keeps its reading (unchanged from main)
    assert lone_codes("Thai armed forces fired at Cambodian positions near the disputed temple.") == ("ASSAULT", "THA", "KHM")
    assert lone_codes("The Turkish armed forces shelled Kurdish positions in northern Syria on Tuesday.") == ("ASSAULT", "TUR", "SYR")


def test_armed_men_are_left_as_they_are_read():
    # guard: "armed men" are no state's organ; the sentence keeps no record (unchanged from main)
    assert first_codes("Armed men attacked a police post in northern Mali.") == ()
