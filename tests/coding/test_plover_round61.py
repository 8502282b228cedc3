"""PLOVER round 61 (issue 13): RETREAT and its confusions. Withdrawals of troops were read as another type when the
troops are the verb's object ("has begun withdrawing U.S. forces", "Russia pulled troops out", "pulling most of its
roughly 40,000 troops away"), where only troops named before the verb were read and the gated pattern of
"withdraw ... troops" was overruled by the quad classifier, and when a withdrawal noun is commenced or ordered or is a
pullback or a disengagement ("commenced the withdrawal", "ordered a partial pullback", "completed the first phase of
disengagement"); a ban on imports or exports lifted was read as easing administrative
sanctions (081, CONCEDE), not an embargo eased (085, RETREAT). Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv), expected categories, sources and targets their hand labels. Held-out news
set AY's layout test is in test_plover_news.py with the other sets'."""

import pytest

from latitude.coding.coder import classify, code_sentence


@pytest.mark.parametrize(
    "text",
    [
        # set F, row F054: labelled RETREAT, RUS > UKR
        "After being encircled by Ukrainian forces, Russia pulled troops out Saturday from an eastern "
        "Ukrainian city that it had been using as a front-line hub.",
        # set X, row X061: labelled RETREAT, USA > SYR
        "The United States said on Wednesday it has begun withdrawing U.S. forces from Syria as U.S. "
        "officials said the United States was considering pulling out all its troops as it winds up its "
        "campaign to retake territory once held by Islamic State.",
        # set AG, row AG001: labelled RETREAT, RUS > UKR
        "Russia has begun pulling most of its roughly 40,000 troops away from its border with Ukraine, a move "
        "that U.S. and NATO officials called encouraging.",
        # set AE, row AE035: labelled RETREAT, KGZ, TJK > -
        "Kyrgyzstan and Tajikistan have reportedly completed the process of withdrawing their military units "
        "from their shared border after agreeing on a ceasefire.",
        # set H, row H081: labelled RETREAT, CHN > IND
        "China, on Monday, started a limited pull-back of its troops from friction points in eastern Ladakh "
        "as India and China agreed to disengage troops along the Line of Actual Control (LAC) on Sunday.",
        # set N, row N063: labelled AGREE/RETREAT, IND, CHN > -
        "India said Monday it reached an agreement with China to pull back troops from a disputed border area "
        "that has been the subject of a standoff dating back to June.",
    ],
)
def test_troops_withdrawn_as_the_object_are_a_retreat(text):
    assert classify(text).plover == "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        # set Y, row Y076: labelled RETREAT, IND, CHN > -
        "India and China have commenced the withdrawal of troops from the last face-to-face positions on "
        "their disputed Himalayan frontier, signaling the end of a prolonged military stand-off.",
        # set O, row O035: labelled RETREAT, RUS > UKR
        "Russia\u2019s Defense Ministry ordered a partial pullback of troops from the border with Ukraine on "
        "Thursday, signaling a possible de-escalation in a military standoff that had raised alarm that a new "
        "war in Europe could be looming.",
        # set J, row J052: labelled RETREAT, IND, CHN > -
        "Last week, Indian and Chinese troops completed the first phase of disengagement from the stand-off "
        "areas in Galwan Valley, Hot Springs and Gogra and a partial disengagement from Pangong Tso, where "
        "Chinese troops moved back from the base of Finger 4 to Finger 5.",
    ],
)
def test_a_withdrawal_commenced_or_ordered_or_a_disengagement_completed_is_a_retreat(text):
    assert classify(text).plover == "RETREAT"


@pytest.mark.parametrize(
    "text",
    [
        # set I, row I097: labelled RETREAT, PAK > IND
        "What can be seen as the latest indication in the improving relations between the two South Asian "
        "rivals, the Pakistan government has lifted a nearly two-year ban on the import of sugar and raw "
        "cotton from India.",
        # set AI, row AI076: labelled RETREAT, IGO > LKA
        "The European Union (EU) has lifted its 15-month-long ban on Sri Lanka\u2019s fisheries exports.",
    ],
)
def test_a_ban_on_trade_lifted_is_an_embargo_eased(text):
    assert classify(text).plover == "RETREAT"


def test_a_withdrawal_gains_its_record():
    # set X, row X061: labelled RETREAT, USA > SYR (main's coder: a first record with no type, typed SANCTION)
    text = (
        "The United States said on Wednesday it has begun withdrawing U.S. forces from Syria as U.S. "
        "officials said the United States was considering pulling out all its troops as it winds up its "
        "campaign to retake territory once held by Islamic State."
    )
    first = code_sentence(text)[0]
    assert (first["plover"], first["source"], first["target"]) == ("RETREAT", "USA", "SYR")
