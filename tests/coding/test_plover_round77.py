"""PLOVER round 77 (issue 13): aid pledged, decided or announced is AGREE, as the PLOVER gold records type it.

The news sets follow the gold records on pledged aid (tests/fixtures/coding/README.md, "Label convention: pledged aid
in the news sets"); the PLOVER classifier, fit before the relabel, typed these pledges AID. Each AGREE case failed on
main's code (6e5a306d); the two AID cases pass on both and guard the sending side."""

import pytest

from latitude.coding.coder import classify, code_sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # development news rows (sets AA, C, BL, BM, R, Q), labelled AGREE
        "The United States has pledged $2 million in humanitarian aid as the death toll from Myanmar’s devastating "
        "earthquake reached 1,700 on Sunday.",
        "Japan has decided to provide $16 million in emergency assistance to earthquake-ravaged Türkiye and Syria.",
        "China decided to provide Afghanistan with 50 million yuan ($7.04 million) in emergency humanitarian aid for "
        "earthquake relief, said Li Ming, spokesman for the China International Development Cooperation Agency.",
        "The US on Thursday announced a new $150 million military aid package for Ukraine to bolster Kyiv's ongoing "
        "counteroffensive that seeks to oust Russia from occupied territory.",
        "The U.S. Department of Defense has announced a new $988 million military aid package for Ukraine under the "
        "USAI program.",
        "Meanwhile, Canada announced $5 million in funding for humanitarian assistance to support Pakistan.",
        # general sentences
        "Norway pledged $40 million in humanitarian aid to Sudan on Monday.",
        "Germany announced a new 500 million euro aid package for Moldova.",
    ],
)
def test_aid_pledged_or_announced_is_agree(sentence):
    assert classify(sentence).plover == "AGREE"


def test_announced_aid_package_keeps_its_parties_as_agree():
    records = code_sentence("The US on Thursday announced a new $150 million military aid package for Ukraine.")
    assert [(r["source"], r["target"], r["plover"]) for r in records] == [("USA", "UKR", "AGREE")]


@pytest.mark.parametrize(
    "sentence",
    [
        # aid given stays AID (development rows of sets D and AE, and a general sentence)
        "YEREVAN — Armenia sent on Thursday a planeload of humanitarian aid to Gaza ravaged by the latest conflict with Israel.",
        "Japan sent $16 million in emergency assistance to Turkey.",
    ],
)
def test_aid_sent_stays_aid(sentence):
    assert classify(sentence).plover == "AID"
