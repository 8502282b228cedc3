"""PLOVER round 67 (issue 13): verbal acts the is-it-an-event gate holds back in news leads. Of the rows of news sets A
to BD that get no record, 123 have records when the gate is overruled whose first is a verbal or cooperative act, 39
of them with the labelled type, source and target; non-event prose rows read alone that the gate holds back are
mostly accusations and requests, so a rule for every verbal act would add false events. An accusation or a demand
told in the present progressive right after "is" or "are", in the sentence's first clause, with a party named before
the verb and another after it ("is demanding", "is blaming"), is the tense of a news lead for a verbal act under way,
as the present perfect is for an act done (`_perfect_lead`, PLOVER round 54), and no non-event prose row read alone
shares it: such a lead now needs only the dated threshold (2 development rows gain a record, each with the labelled
type, source and target). Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv), with their article dates; expected categories, sources and targets their
hand labels. Held-out news set BE's layout test is in test_plover_news.py with the other sets'."""

import datetime as dt

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "date", "label", "source", "target"),
    [
        # set U, row U034: labelled REQUEST, CHN > USA
        (
            "China's Ministry of National Defense is demanding the U.S. immediately cancel a potential "
            "2.2-billion-U.S.-dollar arms sale to Taiwan.",
            dt.date(2019, 7, 11),
            "REQUEST",
            "CHN",
            "USA",
        ),
        # set AH, row AH049: labelled ACCUSE, ETH > EGY
        (
            "Ethiopia's government is blaming Egypt for supporting outlawed rebels and forcing the declaration of a "
            "state of emergency.",
            None,
            "ACCUSE",
            "ETH",
            "EGY",
        ),
    ],
)
def test_an_accusation_or_a_demand_in_the_present_progressive_is_reported_below_the_lone_threshold(
    text, date, label, source, target
):
    records = code_sentence(text, date)
    assert records
    first = records[0]
    assert first["plover"] == label
    assert (first["source"], first["target"]) == (source, target)
