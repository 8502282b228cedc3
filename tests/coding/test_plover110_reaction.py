"""A reaction to the act an earlier sentence told (issue 13, PLOVER round 110): in an article, a condemnation or a
denial whose object is a definite noun of the act or the claim ("condemned the launches", "refuted the accusations",
"condemned these actions") and that names no party but its source takes as target the doer of the article's last act
or accusation, or that act's target when the doer is the one who reacts (`coder._reaction_target`)."""

from latitude.coding.coder import code, code_sentence


def _pairs(text: str, date: str | None = None, last: str = "") -> list[tuple]:
    """The records of the article `text` (only those of sentences holding `last`, when given)."""
    return [(r["source"], r["target"], r["plover"]) for r in code({"text": text, "date": date, "id": "t"}) if last in r["sentence"]]


def test_prose_row_sb096_condemned_launches_take_the_launcher_as_target():
    # development prose set 55, SB095-SB096: the launch told first, then the US command's condemnation of "the launches"
    text = ("North Korea fired two hypersonic missiles for a test of their new ‘hypersonic missile system,’ into their "
            "mountains. Following the fires, the US Indo-Pacific Command immediately condemned the launches as "
            "‘unlawful and destabilizing.’")
    assert ("USA", "PRK", "ACCUSE") in _pairs(text, last="condemned the launches")


def test_news_row_bh004_a_denial_of_the_accusations_takes_the_accuser():
    # development news set BH, BH003-BH004: the accuser is the target of the reacting state's own protest before it
    text = ("MINSK (UrduPoint News / Sputnik - 04th November, 2021) The Belarusian Foreign Ministry summoned Polish charge "
            "d'affaires ad intetim Martin Wojciechowski on Thursday to express protest over Polish officials' recent "
            "claims about armed persons' illegal crossing into their country from Belarus, the diplomat was informed of "
            "the inadmissibility of escalating the situation at the border.\n\nMinsk refuted the accusations as groundless.")
    assert ("BLR", "POL", "REJECT") in _pairs(text, "2021-11-04", last="refuted")


def test_news_row_cn021_these_actions_after_a_summons():
    # development news set CN, CN020-CN021
    text = ("In protest, on 21 August, the Myanmar ambassador to Dhaka was summoned at the office of the foreign "
            "ministry’s Myanmar sub-division’s director general Md Mainul Kabir.\n\nBangladesh strongly condemned these "
            "actions, which go against international law.")
    assert ("BGD", "MMR", "ACCUSE") in _pairs(text, "2022-08-29", last="condemned these actions")


def test_a_general_condemnation_of_the_attack_takes_the_attacker():
    text = "Russian forces shelled the Ukrainian city of Kharkiv on Monday. Poland condemned the attack."
    assert ("POL", "RUS", "ACCUSE") in _pairs(text)


def test_guards_a_sentence_alone_and_a_reaction_naming_another_party_are_untouched():
    # read alone, the reaction has no earlier act: no target (code_sentence is not changed)
    assert all(r["target"] is None for r in code_sentence("Poland condemned the attack.") if r["plover"] == "ACCUSE")
    # a reaction that names a party of its own keeps the coder's reading
    text = "Russian forces shelled the Ukrainian city of Kharkiv on Monday. Poland condemned the attack on Ukraine."
    assert ("POL", "RUS", "ACCUSE") not in _pairs(text)
    # a reaction with no definite noun of the act is untouched
    text = "Russian forces shelled the Ukrainian city of Kharkiv on Monday. Poland condemned violence in general."
    assert ("POL", "RUS", "ACCUSE") not in _pairs(text)
