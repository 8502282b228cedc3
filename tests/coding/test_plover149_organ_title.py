"""PLOVER round 149 (issue 13): a ministry named bare by a title only one state's ministry bears — in a sentence read
alone, a record with no source whose doer is India's "Ministry of External Affairs" / "MEA" or Britain's "Foreign,
Commonwealth and Development Office" / "FCDO" (`coder._STATE_ORGAN_TITLES`), standing within the sentence's first
eight words, before its first mention and after no word of report, takes the title's state as its source, when that
state is not its target (`coder._organ_name_source`). Main's code gave these accusations and summonses no source. The
development rows quoted are from the real-news sets CL, CX, CW and CT (`ACCUSE`); the general sentences and the guards
are made up."""

from prose_rows import lone_codes


def test_the_ministry_of_external_affairs_slammed_pakistan():
    # CL016 (ACCUSE IND > PAK; main's code: ACCUSE none > PAK)
    sentence = (
        "The Ministry of External Affairs has slammed Pakistan, especially interior minister Mohsin Naqvi, for claiming "
        "India had something to do with the blast outside a court in Islamabad."
    )
    assert lone_codes(sentence) == ("ACCUSE", "IND", "PAK")


def test_the_mea_spokesperson_criticised_pakistan():
    # CX001 (ACCUSE IND > PAK; main's code: ACCUSE none > PAK)
    sentence = (
        "MEA spokesperson Randhir Jaiswal also criticised Pakistan for its long-standing practice of deflecting blame "
        "onto its neighbours for its internal failures."
    )
    assert lone_codes(sentence) == ("ACCUSE", "IND", "PAK")


def test_the_fcdo_summoned_the_iranian_ambassador():
    # CW006 (ACCUSE GBR > IRN; main's code: ACCUSE none > IRN)
    sentence = (
        "In a bold diplomatic move, the Foreign, Commonwealth and Development Office (FCDO) has today summoned the "
        "Ambassador of the Islamic Republic of Iran to the United Kingdom."
    )
    assert lone_codes(sentence) == ("ACCUSE", "GBR", "IRN")


def test_the_mea_summoned_the_high_commissioner_of_canada():
    # CT005 (ACCUSE IND > CAN; main's code: ACCUSE none > CAN)
    sentence = (
        "The Ministry of External Affairs (MEA) on Saturday, 25 March, summoned the High Commissioner of Canada after a "
        "security breach at the Indian embassy in Ottawa."
    )
    assert lone_codes(sentence) == ("ACCUSE", "IND", "CAN")


def test_the_ministry_of_external_affairs_criticised_nepal():
    # a general sentence (main's code: ACCUSE none > NPL)
    sentence = "The Ministry of External Affairs on Monday criticised Nepal for printing a new map that claims Indian land."
    assert lone_codes(sentence) == ("ACCUSE", "IND", "NPL")


def test_the_fcdo_summoned_the_russian_ambassador():
    # a general sentence (main's code: ACCUSE none > RUS)
    sentence = "The FCDO on Tuesday summoned the Russian ambassador over the cyber attacks."
    assert lone_codes(sentence) == ("ACCUSE", "GBR", "RUS")


def test_the_accused_ministry_is_not_the_accuser():
    # guard: the title's state is the record's target (an attack on India's consulate condemned), so no source is
    # given (unchanged from main)
    sentence = "The Ministry of External Affairs on Monday strongly condemned the attack on the Indian consulate in Jalalabad."
    assert lone_codes(sentence) == ("ACCUSE", None, "IND")


def test_another_states_ministry_keeps_its_state():
    # guard: a state named before the title is the doer (unchanged from main)
    sentence = "Pakistan rejected the remarks of the Ministry of External Affairs about Kashmir."
    assert lone_codes(sentence) == ("REJECT", "PAK", "IND")
