"""Actors round 78 (issue 13): a first name read as a place, with the claims path seeing punctuation. Round 77's reader
(`gazetteer._place_word_as_first_name`: a state's or a capital's one-word name right before a name-shaped surname is a
person's first name, "Jordan Bardella") reads a state's name and the capitalised word after a comma, a bracket or a
colon as such a pair when it is not told where the punctuation stood; the claim checker gave the gazetteer its words
alone. `resolve.gazetteer_tokens` now gives it the positions of the words that start a clause after punctuation
(`find_actors`' `breaks`, as the coder gives them), a sentence's end when a text of several is read at once included,
and the reader takes no name right after "of" ("a unit of Tokyo Electron"). Every assertion of the first two tests
fails on main's code (0a4b477a: no `gazetteer_tokens`, no first-name reader); the guards hold on both."""

from latitude.coding.eventness import clause_breaks, clause_starts
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from latitude.scenarios.claims._text import read
from latitude.scenarios.claims.resolve import states_in


def _codes(text: str) -> set[str]:
    """The states of every mention in `text` read alone with its clause breaks (the coder's way)."""
    return {m.code for m in find_actors(raw_tokens(text), None, breaks=clause_breaks(clause_starts(text)))}


def _claims_codes(text: str) -> set[str]:
    """The states the claim checker's two gazetteer readings find in `text`."""
    return {code for _, code in states_in(text)} | set(read(text).actors)


def test_the_claims_path_is_told_where_punctuation_stood():
    from latitude.scenarios.claims.resolve import gazetteer_tokens

    tokens, breaks = gazetteer_tokens("Georgia (Geostat) and Uruguay, Mercosur: Yearbook from China. Photo")
    assert [t.group() for t in tokens] == [
        "Georgia", "Geostat", "and", "Uruguay", "Mercosur", "Yearbook", "from", "China", "Photo"
    ]
    assert breaks == {1, 2, 4, 5, 8}
    # a hyphen splits words and starts no clause; an abbreviation's period ends no sentence
    assert gazetteer_tokens("India-China talks with Gen. Ahmed")[1] == frozenset()


def test_the_claims_path_reads_a_first_name():
    # held-out actors 55 AX023 and 77 QHV005 read through the claim checker's path (Jordan and Chad read before)
    assert "JOR" not in _claims_codes(
        "Jordan Bardella makes it clear that his objective will be to carry on the work that Marine Le Pen began."
    )
    assert "TCD" not in _claims_codes("Chad Bianco began his career in law enforcement in 1993.")
    assert "SYC" not in _claims_codes("Victoria Holmberg said exports to Norway rose by a fifth in 2023.")


def test_guards_keep_the_state():
    # claims fixtures held122-003, held125-006, held69-012 (context), held115-002 (context), held97-006 (context)
    assert "GEO" in _claims_codes("Based on data from the National Statistics Office of Georgia (Geostat), trade rose.")
    assert "URY" in _claims_codes("Brazil and Argentina, which added to Uruguay, Mercosur represents 63.1% of sales.")
    assert "CHN" in _claims_codes("FTA helps treble NZ exports to China: Yearbook")
    assert "CHN" in _claims_codes("Cao Bang Customs officers check imported automobiles from China. Photo: T.Binh")
    assert "JPN" in _claims_codes("A unit of Tokyo Electron looks to double production capacity.")
    assert "JPN" in _codes("A unit of Tokyo Electron looks to double production capacity.")
    assert "KEN" in _claims_codes("Uganda paid the highest amount to Kenya, Ksh126.3 billion, followed by Pakistan.")
