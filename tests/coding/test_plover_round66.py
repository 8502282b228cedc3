"""PLOVER round 66 (issue 13): rows of the news sets where the coder finds no actor. Of the rows of news sets A to BC
that `code_sentence` gives no record (377), 108 name no actor the gazetteer finds; most name no state at all (a party
noun, a pronoun or an organisation alone, the state told by an earlier sentence of the article). One general
construction names its state and was missed: a first-level division of a federation written with its type word, "Edo
State", "Oyo State", "Rivers State", "Abia State", whose bare name the place table leaves out (too short, a word or a
person's name). GeoNames names two or more divisions of Nigeria, Sudan and South Sudan with "State" ("Imo State",
"Khartoum State", "Jonglei State"); every division of those federations is now in `places_geonames.tsv` written with
it (`build._federal_divisions`), when no other state has a division or city of its bare name. Sentences quoted from
the real-news development sets (tests/fixtures/coding/plover_news_*.tsv) and actors set 18, expected states their hand
labels. Held-out news set BD's layout test is in test_plover_news.py with the other sets'."""

import pytest

from latitude.coding.coder import code_sentence
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # set AX, row AX013: labelled ASSAULT, NGA > NGA
        (
            "In a related development, suspected cultists have attacked a police station at Ibillo in the Akoko-Edo "
            "Local Government Area of Edo State and set free two of their colleagues who were held for alleged rape.",
            "NGA",
        ),
        # set AS, row AS027: labelled AID, NGA > NGA
        ("The Federal Government has on Friday distributed relief items to victims of the Abia State flood disaster.", "NGA"),
        # set AX, row AX052: labelled REJECT, NGA > NGA
        (
            "The Rivers State Police Command has said its operatives were not involved in any shooting as being widely "
            "reported.",
            "NGA",
        ),
        # actors set 18, row M013: labelled @Abia=NGA
        (
            "Additionally, he affirmed the government’s resolve to apprehend the perpetrators of the recent soldier "
            "killings in Abia State and prevent future occurrences.",
            "NGA",
        ),
    ],
)
def test_a_federal_division_written_with_its_type_word_names_its_state(text, state):
    assert [m.code for m in find_actors(raw_tokens(text))] == [state]


def test_a_state_police_command_is_the_source_of_its_denial():
    # set AX, row AX047: labelled REJECT, NGA > NGA
    records = code_sentence(
        "The Oyo State Police Command on Saturday dismissed reports that its personnel shot #ENDSARS protesters in "
        "Ogbomoso."
    )
    assert records and records[0]["plover"] == "REJECT" and records[0]["source"] == "NGA"
