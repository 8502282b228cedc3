"""PLOVER round 63 (issue 13): the source of an act of force inside one state, done by a party the sentence names by
a noun alone. Of the rows of news sets A to AZ whose first record has no source (224), the largest general cause is a
subject that names a state's own body or armed party with no state before it ("Police have arrested", "Militants
attacked", "Security forces conducted") while the only state the sentence names is the act's target: the act is done
inside that state, which the news sets label the source (the state > the state). Sentences quoted from the real-news
development sets (tests/fixtures/coding/plover_news_*.tsv), expected categories, sources and targets their hand
labels. Held-out news set BA's layout test is in test_plover_news.py with the other sets'."""

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "label", "state"),
    [
        # set AC, row AC010: labelled COERCE, USA > USA
        (
            "Police have arrested more than 400 protesters who were demonstrating by the U.S. Capitol in Washington "
            "against the role of money in politics, saying the protesters engaged in \"unlawful demonstration activity.\"",
            "COERCE",
            "USA",
        ),
        # set AC, row AC003: labelled ASSAULT, AFG > AFG
        (
            "Militants attacked a police checkpoint in northern Afghanistan on Monday, killing five policemen and two "
            "civilians during a two-hour-long shootout with security forces, officials said.",
            "ASSAULT",
            "AFG",
        ),
        # set AX, row AX001: labelled COERCE, BGD > BGD
        (
            "The police on Friday arrested two main opposition leaders of Bangladesh, a day before the Bangladesh "
            "Nationalist Party (BNP) had planned a rally to demand the resignation of Prime Minister Sheikh Hasina.",
            "COERCE",
            "BGD",
        ),
        # set X, row X008: labelled ASSAULT, PAK > PAK
        (
            "Security forces conducted an intelligence-based operation in southwestern Pakistan where five militants "
            "were killed, the army’s media wing said on Sunday, vowing to ensure peace, stability, and progress in the "
            "province.",
            "ASSAULT",
            "PAK",
        ),
        # set AX, row AX015: labelled ASSAULT, NGA > NGA
        (
            "Four police officers were, on Friday night, killed by heavily armed gunmen who invaded the Agwa Divisional "
            "Police headquarters in Oguta local government area of Imo State.",
            "ASSAULT",
            "NGA",
        ),
    ],
)
def test_an_act_of_force_by_a_party_named_by_a_noun_alone_is_done_by_the_one_state_named(text, label, state):
    records = code_sentence(text)
    assert records
    first = records[0]
    assert first["plover"] == label
    assert (first["source"], first["target"]) == (state, state)
