"""PLOVER round 65 (issue 13): news leads held back by the is-it-an-event gate alone, second pass. Of the rows of news
sets A to BB that get no record (347), 196 have records when the gate is overruled, 54 of them with the labelled type,
source and target. Among those, an act of force, an arrest, a release or a removal of people told in the passive with
its victims as subject ("were arrested", "were killed in airstrikes conducted by", "have been been deported"), with
no reporting verb or clause opener before it, is a construction that no non-event prose row read alone shares: such a
lead now needs only the dated threshold (5 development rows gain a record, each with the labelled type, source and
target). Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), with their
article dates; expected categories, sources and targets their hand labels. Held-out news set BC's layout test is in
test_plover_news.py with the other sets'."""

import datetime as dt

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "date", "label", "source", "target"),
    [
        # set V, row V077: labelled COERCE, USA > MEX
        (
            "More than a dozen Mexican border guards were arrested for several hours in El Paso, the US Customs and "
            "Border Protection (CBP) reported.",
            None,
            "COERCE",
            "USA",
            "MEX",
        ),
        # set W, row W004: labelled ASSAULT, USA > AFG
        (
            "At least twenty three militants were killed in airstrikes conducted by the US forces in southern Helmand "
            "province of Afghanistan.",
            dt.date(2017, 5, 18),
            "ASSAULT",
            "USA",
            "AFG",
        ),
        # set A, row A028: labelled ASSAULT, USA > SYR
        (
            "Nearly a dozen civilians have been killed in airstrikes carried out by the US military and its “partner "
            "nation forces” against targets inside the Syrian territory.",
            None,
            "ASSAULT",
            "USA",
            "SYR",
        ),
        # set AM, row AM030: labelled ASSAULT, PAK > PAK
        (
            "In the volatile Khyber Pakhtunkhwa (KP) province, at least seven Pakistani Army soldiers, including two "
            "officers, were killed during a terrorist assault on a security checkpoint.",
            dt.date(2024, 3, 16),
            "ASSAULT",
            "PAK",
            "PAK",
        ),
        # set AW, row AW035: labelled COERCE, GHA > NGA
        (
            "Forty-four Nigerians have been been deported for various offences including illegally staying in Ghana.",
            dt.date(2021, 6, 26),
            "COERCE",
            "GHA",
            "NGA",
        ),
    ],
)
def test_an_act_of_force_told_in_the_passive_is_reported_below_the_lone_threshold(text, date, label, source, target):
    records = code_sentence(text, date)
    assert records
    first = records[0]
    assert first["plover"] == label
    assert (first["source"], first["target"]) == (source, target)
