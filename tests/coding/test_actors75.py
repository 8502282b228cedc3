"""Actors round 75 (issue 13): the full mention the tables split, with a dateline guard. A state's office, a first name
and a surname the tables hold alone for another state's person ("U.S. Deputy Secretary of State Kurt Campbell": the
tables' "Campbell" is Canada's prime minister of 1993) were read as two mentions, the office's holder ending at the first
name and the surname as the tables' person; the article's later "Campbell" then kept Canada's reading too.
`gazetteer._surname_held` (actors round 74's draft) makes the surname the office holder's: one mention of the office's
state, whose surname the article keeps. Round 75's guard: a wire dateline's place, a capital written in capitals that
opens the sentence, is no office's state (`_dateline_opening`: "BEIJING: Foreign Minister Shah Mehmood Qureshi" is
Pakistan's minister, not China's), with or without the clause breaks. Guards: the tables' own person with their own
state's office keeps it, an office of several states' holders ("ministers") is not a state's office, a dateline's
place keeps the surname the tables' reading. Each new assertion but the guards fails on main's code (e55a27cc)."""

import datetime as dt

from latitude.coding.eventness import clause_breaks, clause_starts
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from prose_rows import article_person_states


def _states_over(text: str, name: str, date: dt.date | None = None, breaks: bool = False) -> list[str]:
    """The states of the person mentions over `name` in `text` read alone (with its clause breaks if `breaks`)."""
    raw = raw_tokens(text)
    words = [w.lower() for w in raw]
    key = [w.lower() for w in raw_tokens(name)]
    start = next(i for i in range(len(words)) if words[i : i + len(key)] == key)
    return [
        m.code
        for m in find_actors(raw, date, breaks=clause_breaks(clause_starts(text)) if breaks else frozenset())
        if m.person and m.start < start + len(key) and start < m.end
    ]


def test_the_full_mention_and_the_surname_after_it():
    # held-out actors 57 AZ001, AZ004 (by article "Campbell" was Canada's before)
    article = [
        "U.S. Deputy Secretary of State Kurt Campbell will visit Japan and Mongolia for five days from Tuesday, the "
        "Department of State said.",
        "In his first overseas trip since taking office as deputy secretary in February, Campbell will “underscore "
        "the United States’ deep commitment to advancing freedom and prosperity in the Indo-Pacific and beyond,” the "
        "department said.",
    ]
    date = dt.date(2024, 3, 20)
    assert _states_over(article[0], "Kurt Campbell", date) == ["USA"]
    assert article_person_states(article, "campbell", date) == ["USA"]



def test_the_prose_row_gained():
    # held-out prose 157 DT003 (labelled SDN>- STATEMENT, found only with the change): "Abdullah" is not Saudi Arabia's
    text = (
        "Sudanese army spokesperson Nabil Abdullah said the RSF had launched several “suicide drones” at the eastern "
        "Red Sea port city, targeting the Osman Digna Air Base, “a goods warehouse and some civilian facilities”."
    )
    assert _states_over(text, "Nabil Abdullah", breaks=True) == ["SDN"]

def test_written_sentences_of_the_same_shape():
    assert _states_over("Australian Foreign Minister Julie Campbell met him in Perth.", "Julie Campbell") == ["AUS"]
    assert _states_over("Ghanaian Trade Minister John Campbell arrived on Monday.", "John Campbell") == ["GHA"]
    assert _states_over("US Ambassador Mark Hussein met the king.", "Mark Hussein") == ["USA"]
    article = ["Australian Foreign Minister Julie Campbell flew to Jakarta on Monday.",
               "Campbell said the talks had gone well."]
    assert article_person_states(article, "campbell") == ["AUS"]


def test_guards_the_tables_reading_stands():
    # the tables' own person with their own state's office
    assert _states_over("Canadian Prime Minister Kim Campbell said the vote was close.", "Kim Campbell") == ["CAN"]
    # holders of several states: the office is no one state's
    assert "USA" not in _states_over("US and Canadian ministers Kurt Campbell met him.", "Kurt Campbell")


def test_guards_a_datelines_place_is_no_offices_state():
    # a training sentence of the committed models (held-out prose 74 and others, "BEIJING: Foreign Minister Shah
    # Mehmood Qureshi ..."): read alone with no clause breaks, round 74's draft made "Qureshi" China's
    text = "BEIJING: Foreign Minister Shah Mehmood Qureshi arrived in Hainan for talks."
    for breaks in (False, True):
        assert "CHN" not in _states_over(text, "Qureshi", breaks=breaks)
    assert "RUS" not in _states_over("MOSCOW: Ambassador John Campbell arrived on Monday.", "Campbell")
