"""Claims round 142 (issue 13): defence pacts held "with" states. A list of states holding pacts with one state ("Japan,
South Korea and the Philippines all have separate security treaties with the U.S.") gives each state of the list an
alliance with that one; "security relationships with" a list is a pact noun; the holder of pacts "with" a list is never
one of the listed states. Expected values are by hand from the sentences."""
from latitude.scenarios.claims import find_claims

AL = "alliance"


def _keys(context: str, sentence: str, date: str | None = None) -> set[tuple[str, str, str]]:
    before = {c.sentence for c in find_claims(context, date)} if context else set()
    return {(c.kind, c.subject, c.other) for c in find_claims(f"{context} {sentence}".strip(), date)
            if c.sentence not in before}


def _pairs(keys: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset(k[1:]) for k in keys if k[0] == AL}


def test_a_list_holding_security_treaties_with_one_state() -> None:
    # held138-008 (development): each of the three with the US
    keys = _keys("For the four critical countries, no single, NATO-style U.S.-led defense network shields them.",
                 "Japan, South Korea and the Philippines all have separate security treaties with the U.S. but no "
                 "overarching security architecture.")
    assert {frozenset(("JPN", "USA")), frozenset(("KOR", "USA")), frozenset(("PHL", "USA"))} <= _pairs(keys)


def test_security_relationships_with_a_list() -> None:
    # held39-007 (development): the US's with Japan and the Republic of Korea
    keys = _keys("Extended Deterrence in the Indo-Pacific",
                 "Extended deterrence and the United States’ nuclear umbrella are foundational elements of the United "
                 "States’ security relationships with Japan and the ROK.")
    assert {frozenset(("USA", "JPN")), frozenset(("USA", "KOR"))} <= _pairs(keys)


def test_written_pacts_held_with_a_list() -> None:
    # written for this round: the holder is the subject, never a listed ally
    keys = _keys("", "The United States has security alliances with Japan and South Korea.")
    assert _pairs(keys) == {frozenset(("USA", "JPN")), frozenset(("USA", "KOR"))}
    keys = _keys("", "Japan and Australia have mutual defense treaties with the United States.")
    assert _pairs(keys) == {frozenset(("JPN", "USA")), frozenset(("AUS", "USA"))}


def test_guard_a_pact_of_one_holder_with_one_state_stays_one_claim() -> None:
    # guard: one state on each side is the pattern readers' pair, not a list
    keys = _keys("", "The US has a mutual defense treaty with the Philippines.")
    assert _pairs(keys) == {frozenset(("USA", "PHL"))}
