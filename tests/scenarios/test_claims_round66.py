"""Claims round 66 (issue 13): arms claims whose rank or share word is not read. A supplier's share told with the
participle "supplying" ("China remains a major factor, supplying 82% of Pakistan's weapons", "China stayed far ahead of
the rest, supplying 55% of Myanmar's weapons") is read as the finite verb already was ("supplied", "providing"), and a
share of a state's "major arms imports", SIPRI's own term, as one of its "arms imports"."""
from latitude.scenarios.claims import find_claims


def _pairs(text: str, date: str | None = None) -> set[tuple[str, str, str]]:
    return {(c.kind, c.subject, c.other) for c in find_claims(text, date)}


def test_the_participle_supplying() -> None:
    # held55-039 (development data): China Pakistan's supplier of 82% (labelled supported)
    text = ("China remains a major factor, supplying 82% of Pakistan’s weapons and maintaining close military "
            "cooperation with them.")
    assert ("arms supplier", "PAK", "CHN") in _pairs(text)


def test_a_share_of_major_arms_imports() -> None:
    # held55-041 (development data): Israel 69 per cent of Azerbaijan's major arms imports in 2016-2020
    text = ("According to the Stockholm International Peace Research Institute, Israel provided 69 per cent of Baku’s "
            "major arms imports in 2016-2020, accounting for 17 per cent of Israel’s arms exports over that period.")
    assert ("arms supplier", "AZE", "ISR") in _pairs(text)


def test_a_general_sentence() -> None:
    # a general sentence (the round's brief): the participle after the supplier and a gap of a few words
    text = "China stayed far ahead of the rest, supplying 55% of Myanmar's weapons."
    assert ("arms supplier", "MMR", "CHN") in _pairs(text)
