"""PLOVER round 64 (issue 13): news leads held back by the is-it-an-event gate alone. Of the rows of news sets A to BA
that get no record (332), 203 have records when the gate is overruled, 62 of them with the labelled type, source and
target. Among those, an act of force, an arrest or a release told by a past verb right after its doer, a named party
or a state's body, with no other party named before it ("Houthi rebels struck", "Iran shot down", "Gunmen have
killed", "Rebels in Colombia have released", "Authorities banned"), is a construction that no prose row read alone
shares: such a lead now needs only the dated threshold (9 development rows gain a record). Sentences quoted from the real-news
development sets (tests/fixtures/coding/plover_news_*.tsv), expected categories, sources and targets their hand
labels. Held-out news set BB's layout test is in test_plover_news.py with the other sets'."""

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "label", "source", "target"),
    [
        # set K, row K001: labelled ASSAULT, YEM > USA
        (
            "Houthi rebels struck a US-owned ship with a missile in the Red Sea despite a warning from the Western "
            "coalition which has moved warships to the region.",
            "ASSAULT",
            "YEM",
            "USA",
        ),
        # set T, row T032: labelled ASSAULT, IRN > USA
        ("In June, Iran shot down a U.S. surveillance drone in the Strait of Hormuz.", "ASSAULT", "IRN", "USA"),
        # set L, row L035: labelled ASSAULT, ISR > PSE
        ("In response, Israel struck a Hamas military camp and a naval base.", "ASSAULT", "ISR", "PSE"),
        # set AX, row AX008: labelled ASSAULT, NGA > NGA
        (
            "Gunmen have killed four police officers, including a female officer, in an attack at the Atani Police "
            "Station in Ogbaru Local Government Area of Anambra State.",
            "ASSAULT",
            "NGA",
            "NGA",
        ),
        # set V, row V047: labelled RETREAT, COL > COL
        (
            "Rebels in Colombia have released two hostages, bringing the number released this week to three.",
            "RETREAT",
            "COL",
            "COL",
        ),
        # set BA, row BA033: labelled COERCE, BLR > BLR
        (
            "Authorities banned the demonstration planned for Saturday afternoon and dozens of police detention trucks "
            "were deployed in the centre of Minsk.",
            "COERCE",
            "BLR",
            "BLR",
        ),
    ],
)
def test_a_past_act_of_force_right_after_its_doer_is_reported_below_the_lone_threshold(text, label, source, target):
    records = code_sentence(text)
    assert records
    first = records[0]
    assert first["plover"] == label
    assert (first["source"], first["target"]) == (source, target)
