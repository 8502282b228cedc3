"""Claims round 134 (issue 13): a list of allies is read whole. When an alliance claim is read of a state that opens a
list joined by "and" ("key allies, mainly Japan and the Republic of Korea (ROK)", "security relationships with Japan and
the ROK"), each further state of the list gets the same claim with the other party. On main only the list's first state
was read (through the trained finder's looser reader, which pairs the first two states). A list that holds the other
party (a bloc: "an agreement between Australia, New Zealand and the U.S.") and a sentence pairing allies with rivals
are left as they were."""
from contextlib import contextmanager
from typing import Iterator

from latitude.scenarios.claims import find_claims, model


@contextmanager
def _alliance_fires_at(threshold: float) -> Iterator[None]:
    """The committed weights with the alliance threshold the looser reader had at this round (0.85). The refit at
    the start of stop 51 (held-out 138-141 joined the fit) raised it to 0.9 by its cross-validated precision rule, and
    the two development rows below (alliance probability 0.86-0.87) are no longer read at all; the list rule they
    test still reads the whole list whenever the first pair is read."""
    coef, intercept, thresholds = model._weights()
    lowered = thresholds.copy()
    lowered[model.KINDS.index("alliance")] = threshold
    with model.fitted_on((coef, intercept, lowered)):
        yield


def _allies(text: str, date: str | None = "2024-03-01") -> set[frozenset[str]]:
    return {frozenset((c.subject, c.others[0])) for c in find_claims(text, date) if c.kind == "alliance"}


def test_key_allies_mainly_a_pair() -> None:
    # held39-006 (development): only Japan was read on main
    with _alliance_fires_at(0.85):
        got = _allies("Trump’s transactional approach to alliances and engagement with adversaries could negatively "
                      "impact extended deterrence in the Indo-Pacific region, with key allies, mainly Japan and the "
                      "Republic of Korea (ROK).", None)
    assert {frozenset(("USA", "JPN")), frozenset(("USA", "KOR"))} <= got


def test_security_relationships_with_a_pair() -> None:
    # held39-007 (development): only Japan was read on main
    with _alliance_fires_at(0.85):
        got = _allies("Extended deterrence and the United States’ nuclear umbrella are foundational elements of the "
                      "United States’ security relationships with Japan and the ROK.", None)
    assert frozenset(("USA", "KOR")) in got


def test_the_defence_of_key_allies_mainly_a_pair() -> None:
    got = _allies("The alliance leaves the United States responsible for the defence of its key allies, mainly Australia "
                  "and New Zealand.")
    assert {frozenset(("USA", "AUS")), frozenset(("USA", "NZL"))} <= got


def test_us_allies_named_as_a_pair() -> None:
    got = _allies("US allies Japan and South Korea will hold talks with China.")
    assert {frozenset(("USA", "JPN")), frozenset(("USA", "KOR"))} <= got
    assert frozenset(("USA", "CHN")) not in got


def test_a_bloc_list_holding_the_other_party_is_left_to_the_bloc_reader() -> None:
    # guard (the same on main): the list holds the claim's other party, so its states get no claim from it
    got = _allies("It's an agreement between Australia, New Zealand and the U.S., signed in 1951.")
    assert frozenset(("AUS", "USA")) not in got and frozenset(("NZL", "USA")) not in got


def test_allies_and_rivals_are_no_list_of_allies() -> None:
    # guard: a list of allies and rivals gives the rival no alliance
    got = _allies("Washington's allies and rivals, Japan and China, watched the vote closely.")
    assert frozenset(("USA", "CHN")) not in got
