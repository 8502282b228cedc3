"""PLOVER round 62 (issue 13): news leads that get no record. Of the 294 labelled rows of news sets A to AY that
`code_sentence` gives no record, 190 are held back by the is-it-an-event gate alone; among them, news leads dated
like a lead ("on Wednesday", "Saturday") that tell an act of force inside one state: below the lone threshold a dated
lead was read only as an act between two named states, and an act inside one state names one. A dated lead whose
act of force the coder places inside its source's state (its opposition, rebels or the people it harms named, no
other state) now keeps its record, the state > the state. Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv), expected categories, sources and targets their hand labels. Held-out news
set AZ's layout test is in test_plover_news.py with the other sets'."""

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "labels", "state"),
    [
        # set AX, row AX004: labelled COERCE, PAK > PAK
        (
            "Police in the eastern city of Lahore rounded up dozens of leaders of the country’s main opposition party "
            "to block a rally Saturday demanding the ouster of Pakistan’s military ruler.",
            {"COERCE"},
            "PAK",
        ),
        # set W, row W019: labelled COERCE, RUS > RUS
        (
            "Two of Russia's most prominent opposition leaders were sentenced Wednesday to 15 days in jail, while "
            "several dozen opposition activists who tried to stage a \"people's stroll\" through the city reportedly "
            "were detained.",
            {"COERCE"},
            "RUS",
        ),
        # set X, row X068: labelled ASSAULT/COERCE, SYR > SYR
        (
            "After eight days of bombardment, Syrian government forces reclaimed the northwestern town of al Haffa "
            "on Wednesday, forcing rebels to stage a dawn retreat.",
            {"ASSAULT", "COERCE"},
            "SYR",
        ),
    ],
)
def test_a_dated_lead_of_force_inside_one_state_keeps_its_record(text, labels, state):
    records = code_sentence(text)
    assert records
    first = records[0]
    assert first["plover"] in labels
    assert (first["source"], first["target"]) == (state, state)

