"""PLOVER round 43 (issue 13): withdrawals and pull-backs of troops, fighters and peacekeepers.

Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv); expected categories
are those sets' hand labels.
"""

from latitude.coding.coder import classify
from latitude.coding.verbs import rule_match


def test_troops_that_pull_back_or_pull_out_retreat_but_not_from_talks_or_a_deal():
    # news sets AB, AD, S and W: "pull back" and "pull out" in every inflection, with "from", "of" or nothing after
    for sentence in (
        "Indian and Chinese troops have pulled back from a disputed border area in the Himalayas where soldiers from both "
        "sides had been facing off for over a year, according to the Indian army.",
        "Afghan police say U.S. troops have pulled out of a remote base where militants killed nine American soldiers "
        "earlier this week.",
        "French troops pulled out from their bases in Niger on Tuesday, with the initial convoy escorted by the post-coup "
        "government of the country traveling “toward Chad,” as reported by authorities in Niamey.",
        "British troops have pulled out of an Afghan town which has been a centre of Taleban insurgency in recent months.",
    ):
        assert classify(sentence).plover == "RETREAT", sentence
    # not a withdrawal from talks or a deal, nor a pull without "back" or "out"
    words = "the rebels withdrew from the peace talks on monday".split()
    assert rule_match(words) is None or rule_match(words)[0].code != "0874"
    words = "the rebels pulled out of the deal".split()
    assert rule_match(words) is None or rule_match(words)[0].code != "0874"
    words = "the troops pulled a truck across the road".split()
    assert rule_match(words) is None or rule_match(words)[0].code != "0874"


def test_fighters_and_peacekeepers_that_withdraw_or_pull_out_from_a_place_retreat():
    # news sets AC and V: armed groups and peacekeepers, not only troops and forces
    for sentence in (
        "BAMAKO, Mali — United Nations peacekeepers on Tuesday withdrew from a rebel stronghold in northern Mali weeks "
        "earlier than planned because of insecurity, leaving the town in the hands of ethnic Tuareg separatists, residents "
        "said.",
        "Syrian rebels withdrew overnight from the central Damascus district of Midan after coming under heavy bombardment, "
        "opposition activists and rebel sources said on Friday.",
        "Sudanese rebels have pulled out from Kuttum, the second largest town in North Darfur state which they captured on "
        "August 1, the Sudan Liberation Movement (SLM) said Tuesday.",
    ):
        assert classify(sentence).plover == "RETREAT", sentence
