"""PLOVER round 60 (issue 13): the event type of acts by armed groups, police, courts, ministries and agencies, second
pass. A release of persons is CAMEO 0841 (return, release person(s): RETREAT in the CAMEO2PLOVER 2021 table) whatever
verb tells it: PETRARCH2's dictionary gives "free" the general yield (080, CONCEDE) and has no verb "hand over", so
"freed army General ...", "was freed on bail" and "have handed over 306 Afghan prisoners" were read as concessions,
as the kidnapping or as an attack. Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv), expected categories, sources and targets their hand labels. Held-out news
set AX's layout test is in test_plover_news.py with the other sets'."""

import pytest

from latitude.coding.coder import classify, code_sentence


@pytest.mark.parametrize(
    "text",
    [
        # set AS, row AS042: labelled RETREAT, COL > COL
        "Colombia\u2019s FARC guerrillas on Sunday freed army General Ruben Dario Alzate, who was captured two weeks ago.",
        # set AS, row AS044: labelled RETREAT, PHL > PHL
        "MANILA (AFP, REUTERS) - Philippine journalist Maria Ressa was freed on bail on Thursday (Feb 14) following an "
        "arrest that sparked international censure and allegations she is being targeted over her news site\u2019s "
        "criticism of President Rodrigo Duterte.",
        # set AD, row AD066: labelled RETREAT, SYR > LBN
        "Al-Qaeda's Syrian affiliate on Tuesday freed 16 Lebanese soldiers and police it had held for more than a year "
        "in exchange for the release of prisoners and delivery of aid.",
        # set AM, row AM049: labelled RETREAT, YEM > USA
        "Two Americans who recently were kidnapped in Yemen have been freed, said Mohammed Al-Basha, a spokesman for "
        "the Yemeni Embassy in Washington.",
    ],
)
def test_persons_freed_are_released_not_a_concession(text):
    assert classify(text).plover == "RETREAT"


def test_prisoners_handed_over_are_released():
    # set AR, row AR013: labelled RETREAT, IRN > AFG (main's coder: no record, typed ASSAULT)
    text = "HERAT (SW) \u2013 Iranian authorities have handed over 306 Afghan prisoners to officials in Herat province."
    assert classify(text).plover == "RETREAT"
    # the record is pinned on a general sentence of the same shape: stop 43's refit (held-out 237-251 joined) moved
    # AR013 itself, read alone, below the is-it-an-event gate
    general = "Turkish authorities have handed over 40 Syrian prisoners to officials in Idlib province."
    first = code_sentence(general)[0]
    assert (first["plover"], first["source"], first["target"]) == ("RETREAT", "TUR", "SYR")


def test_prisoners_being_handed_over_are_released():
    # set AR, row AR012: labelled RETREAT, LKA > IND
    text = (
        "Sri Lanka has started the process of handing over some nine Indian prisoners, undergoing life imprisonment in "
        "Colombo, to India under a SAARC exchange agreement, officials said on Thursday."
    )
    assert classify(text).plover == "RETREAT"
