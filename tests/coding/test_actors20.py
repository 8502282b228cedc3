"""Actors round 20 (issue 13): towns of 15,000 people or more and the press's other spellings of GeoNames'
cities resolve to their states; a town named like a person, a short name and another language's name for
a city do not. Probes written from the development sets (PLOVER news sets A-T, held-out actors 18) and the
tables' sources, not from the round's held-out set."""

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _found(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.sector) for m in find_actors(raw_tokens(sentence))]


def test_towns_below_100000_people_and_other_spellings_resolve():
    # towns of 15,000-100,000 people (PLOVER T: Rameswaram; D: Mayiladuthurai)
    assert _found("The navy arrested 11 Rameswaram fishermen.") == [("Rameswaram", "IND", None)]
    assert _found("Fishermen from Mayiladuthurai were held.") == [("Mayiladuthurai", "IND", None)]
    # GeoNames' other spellings of its cities (held-out actors 18 M025: "Nagapattinam" for Nagappattinam;
    # "Arbil" for Erbil, "Hudaydah" for Al Hudaydah)
    assert _found("Fishermen of Nagapattinam were arrested.") == [("Nagapattinam", "IND", None)]
    assert _found("Drones struck a base near Arbil.") == [("Arbil", "IRQ", None)]
    assert _found("Strikes hit the port of Hudaydah.") == [("Hudaydah", "YEM", None)]


def test_towns_named_like_people_words_or_in_another_language_do_not():
    # a US Census given name or surname (Tyler, Texas; Logan, Utah), beside a town that resolves
    assert _found("Tyler said the talks in Rameswaram would resume.") == [("Rameswaram", "IND", None)]
    assert _found("Logan met the delegation in Mayiladuthurai.") == [("Mayiladuthurai", "IND", None)]
    # a one-word name of under six letters (PLOVER K: "Hirohisa Soma", Soma being a Turkish town)
    assert _found("Hirohisa Soma visited Nagapattinam.") == [("Nagapattinam", "IND", None)]
    # a word of NOT_PLACES_OR_SURNAMES in a town's name (PLOVER B: "Hot Springs" in Ladakh, not Arkansas)
    assert _found("Troops left Hot Springs and Arbil.") == [("Arbil", "IRQ", None)]
    # another language's name for a city (held-out actors 18 M031: "Erywan" is Yerevan in Kurdish and a
    # Bruneian minister's name; PLOVER I: "Exercise Malabar", Malabar being an old name of Kochi)
    assert _found("Erywan Yusof flew to Hudaydah.") == [("Hudaydah", "YEM", None)]
    assert _found("Exercise Malabar ended near Rameswaram.") == [("Rameswaram", "IND", None)]
