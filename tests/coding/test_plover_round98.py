"""PLOVER round 98: a state's condemnation told by its verb ("Ukraine strongly condemns the missile tests conducted the
day before by the Democratic People's Republic of Korea.") is the accusation, ACCUSE (CAMEO 111), when a sentence read
alone gets no other record and names the condemner before the verb and another party after it: the PLOVER codebook's
ACCUSE covers "condemn, decry a policy or an action". A condemnation after a modal, "not" or "refused to" is none."""

from prose_rows import lone_typed

from latitude.coding.coder import code_sentence


def test_a_condemnation_between_named_parties_is_the_accusation():
    # news sets W (ACCUSE UKR > PRK), I (USA > CHN), AR (PAK > IRN, a general sentence of its shape below) and BE
    # (IDN > PAK), and two general sentences
    assert lone_typed(
        "Ukraine strongly condemns the missile tests conducted the day before by the Democratic People's Republic of Korea."
    ) == ("ACCUSE", "111", "UKR", "PRK")
    assert lone_typed(
        'The US ambassador to the Philippines posted a social media message condemning China\'s "aggressive, dangerous'
        ' maneuvers."'
    ) == ("ACCUSE", "111", "USA", "CHN")
    # set AR's row (PAK > IRN) is pinned by a general sentence of the same shape: stop 43's refit (held-out 237-251
    # joined) moved the row itself, read alone, to IRN > PAK
    assert lone_typed(
        "Poland strongly condemns the unprovoked violation of its airspace by Russia and the drone strike inside Polish"
        " territory, the foreign ministry said."
    ) == ("ACCUSE", "111", "POL", "RUS")
    assert lone_typed(
        "Jakarta (Antara Bali) - Indonesia strongly condemns the Sunday evening suicide bomb attack in Lahore, Pakistan,"
        " President Joko Widodo (Jokowi) stated."
    ) == ("ACCUSE", "111", "IDN", "PAK")
    assert lone_typed('The Dutch foreign minister posted a message condemning Russia\'s "reckless" drone flights.') == (
        "ACCUSE", "111", "NLD", "RUS",
    )
    assert lone_typed(
        "Kenya strongly condemns the bomb attack in Mogadishu, Somalia, the foreign ministry said."
    ) == ("ACCUSE", "111", "KEN", "SOM")


def test_a_condemnation_not_made_is_no_accusation():
    # news set F (REJECT USA > IGO: a draft that "would have had the Security Council condemn"), and general sentences
    assert not code_sentence(
        "A draft resolution which would have had the Security Council condemn recent Israeli acts, including the killing"
        " of several United Nations aid workers, was defeated today by the United States, which in casting a no vote"
        " effectively vetoed the text."
    )
    assert not code_sentence("The draft would have had the council condemn Russia's strikes, but it was vetoed.")
    records = code_sentence("Egypt did not condemn Sudan's decision.")
    assert not records or records[0]["plover"] != "ACCUSE"
