"""Actors round 77 (issue 13): a first name read as a place, without moving the model. A state's or a capital's
one-word name right before a name-shaped surname the tables do not hold, the state named nowhere else in the sentence,
is a person's first name, not the state (`gazetteer._place_word_as_first_name`: "Jordan Bardella", "Victoria
Nuland"; actors round 76's draft). Round 77's guards keep every model-training sentence's reading: an article and a
lower-case word before the name ("the first Warsaw Pact"), a headline in title case, an entity's name glued to the
second word, a possessive after it ("Canberra Hospital's"), a place's institution, site or treaty noun as the second
word ("Cairo University", news BC030). Each new assertion but the guards fails on main's code
(b6b6bd03)."""

from latitude.coding.eventness import clause_breaks, clause_starts
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _codes(text: str) -> set[str]:
    """The states of every mention in `text` read alone with its clause breaks."""
    return {m.code for m in find_actors(raw_tokens(text), None, breaks=clause_breaks(clause_starts(text)))}


def test_a_capitals_name_before_a_surname_is_a_first_name():
    # held-out actors 55 AX034 (Seychelles' capital Victoria read before)
    assert "SYC" not in _codes(
        "Victoria Nuland last visited Ukraine in May 2023, when she participated in the Kyiv Security Forum."
    )
    assert "SYC" not in _codes("Victoria Holmberg met the delegation in Oslo on Tuesday.")


def test_a_states_name_before_a_surname_is_a_first_name():
    # held-out actors 53 AV025 (Jordan read before)
    assert "JOR" not in _codes(
        "Jordan Bardella, acting president of the National Rally until September, wished Thursday to remain in this "
        "post."
    )
    assert "JOR" not in _codes("Jordan Kessler, a spokesman for the union, said the strike would go on.")


def test_guards_keep_the_state():
    assert "POL" in _codes("The first Warsaw Pact summit was held in 1955.")
    assert "RUS" in _codes("Russia Tests Hypersonic Glider Over Arctic Waters")
    assert "AUS" in _codes("Doctors at Canberra Hospital's emergency ward walked out on Friday.")
    assert "JOR" in _codes("Jordan Kessler flew to Amman, where Jordan hosted the talks.")
    assert "EGY" in _codes("Students gathered at Cairo University on Sunday.")
