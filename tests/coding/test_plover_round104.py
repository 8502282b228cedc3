"""PLOVER round 104: a state joined by a hyphen to "made" or "manufactured" before the thing it made ("Iranian-made Shahed
drones", "French-made Caesar howitzer artillery systems") names the thing's maker, no party of the act, when the sentence
names two other states: the target is the state the act is aimed at, not the maker (coder._maker). Kept when the maker
is one of only two states named ("killed by a Russian-made missile", the only attacker named) and when "made" is a verb
("India made a formal protest")."""

from latitude.coding.coder import _maker
from latitude.coding.gazetteer import Mention
from prose_rows import first_codes


def test_a_weapon_makers_state_is_not_the_target_of_a_donation():
    # news set BO (BO036, AGREE DNK > UKR) and AR (AR041, labelled AID CAN > UKR) and a general sentence
    assert first_codes(
        "Hours after the meeting near the Estonian capital, the Danish government announced it would donate 19"
        " French-made Caesar howitzer artillery systems to Ukraine."
    ) == ("AGREE", "DNK", "UKR")
    assert first_codes(
        "The American-made anti-missile defense system NASAMS, which the Canadian government promised to purchase for"
        " the Armed Forces at the beginning of last year, was delivered to Ukraine."
    )[1:] == ("CAN", "UKR")
    assert first_codes("The Dutch government announced it would donate 20 German-made tanks to Poland.") == ("AGREE", "NLD", "POL")


def test_a_weapon_makers_state_is_not_the_target_of_an_attack():
    # news set CF (CF016, labelled ASSAULT RUS > UKR: the maker is no longer its target) and a general sentence
    assert first_codes(
        "Russia sent 17 Iranian-made Shahed drones to attack Ukraine overnight, Ukraine's Air Force command said early on"
        " Tuesday, with its air-defence systems destroying 14 of them."
    )[2] != "IRN"
    assert first_codes("Russia launched 40 Iranian-made drones at Ukraine overnight, the Ukrainian air force said.") == (
        "ASSAULT", "RUS", "UKR"
    )
    assert first_codes("Moscow fired Iranian-made drones at Ukraine on Tuesday, according to Kyiv.")[1:] == ("RUS", "UKR")


def test_a_maker_named_alone_or_made_as_a_verb_is_kept():
    # news set AT (AT043, ASSAULT RUS > POL: the maker is the only attacker named) and H (H033, already right)
    assert first_codes(
        "Two Polish citizens were killed by a Russian-made missile on Tuesday, raising fears that Russia’s war in Ukraine"
        " could spill over into NATO territory."
    ) == ("ASSAULT", "RUS", "POL")
    assert first_codes(
        "RUSSIA attacked Ukraine with 16 Iranian-made drones overnight – with seven of them targeted at the capital,"
        " Kyiv, Ukrainian officials have said."
    ) == ("ASSAULT", "RUS", "UKR")
    words = "Japan made a formal protest to China and South Korea .".split()
    japan = Mention(0, 1, "JPN", None, "Japan")
    others = [japan, Mention(5, 6, "CHN", None, "China"), Mention(7, 9, "KOR", None, "South Korea")]
    assert not _maker("Japan made a formal protest to China and South Korea.", words, japan, others)
