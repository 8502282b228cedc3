"""Issue 13, claims round 31: one lexicon of rank and share words, shared by every kind's reader. Ordinals in every form
("second", "12th", "eleventh", "No. 2", "number two", "runner-up"), places ("took the top spot", "in fourth position",
"the 12th slot"), fractions ("a fifth", "two-fifths", "a whopping third", "one in four", "two out of every five", "an
eighth") and quantities with no number ("the bulk of", "the lion's share of", "the vast majority of") are read the same
way by the trade, arms and role readers, and the misses' causes are counted with the same lexicon.

The texts are short variants of development phrasings (tests/fixtures/claims) written to check that a form holds in
other words; the expected states, ranks and shares are read off the text by hand."""
import re

import pandas as pd

from latitude.scenarios.claims import find_claims
from latitude.scenarios.claims._patterns import AMOUNT, amount, rank_of
from latitude.scenarios.claims.evaluate import causes


def _read(text: str) -> dict[tuple[str, str, str], tuple]:
    return {(c.kind, c.subject, c.other): (c.rank, c.share) for c in find_claims(text)}


def test_every_form_of_an_ordinal_is_a_rank() -> None:
    assert rank_of("no. 2", False) == (2, None, False)
    assert rank_of("number two", False) == (2, None, False)
    assert rank_of("runner up", False) == (2, None, False)
    assert rank_of("eleventh biggest", False) == (11, None, False)
    assert rank_of("top three", False) == (None, 3, False)   # a top K is not an ordinal
    assert _read("The United States was Thailand's No. 2 export market after China.") == {
        ("trading partner", "THA", "USA"): (2, None), ("trading partner", "THA", "CHN"): (1, None)}
    assert _read("Mexico was the runner-up export market for Japan.") == {("trading partner", "JPN", "MEX"): (2, None)}
    assert _read("Canada was Japan's fourteenth largest trading partner.") == {
        ("trading partner", "JPN", "CAN"): (14, None)}


def test_a_place_taken_or_held_is_a_rank() -> None:
    assert _read("China took the top spot among Japan's trading partners.") == {
        ("trading partner", "JPN", "CHN"): (1, None)}
    assert _read("Poland held the 12th position among Germany's trading partners.") == {
        ("trading partner", "DEU", "POL"): (12, None)}


def test_every_form_of_a_fraction_is_a_share() -> None:
    values = {"a quarter": 25.0, "one-fifth": 20.0, "two-fifths": 40.0, "a whopping third": 33.3, "three-quarters": 75.0,
              "one in four": 25.0, "two out of every five": 40.0, "an eighth": 12.5, "a half": 50.0, "1 in 10": 10.0}
    for text, value in values.items():
        assert amount(re.search(AMOUNT, text)) == (value, "about"), text
    assert re.search(AMOUNT, "a third country") is not None   # as before: "a third" is a third wherever AMOUNT is read
    assert _read("China buys one in four of Australia's exports.") == {("trading partner", "AUS", "CHN"): (None, 25.0)}


def test_quantities_with_no_number_are_shared_by_the_arms_readers() -> None:
    # "the lion's share", "the vast majority": at least half, as "most" and "the bulk" were
    assert _read("Russia supplied the lion's share of Vietnam's arms imports.") == {
        ("arms supplier", "VNM", "RUS"): (None, 50.0)}
    assert _read("The vast majority of Algeria's arms imports came from Russia.") == {
        ("arms supplier", "DZA", "RUS"): (None, 50.0)}


def test_misses_are_counted_with_the_shared_lexicon() -> None:
    # a miss whose sentence holds "the bulk of" has a rank or share word the checker did not read (no longer "no rank
    # or share word")
    rows = [{"id": "b", "sentence": "The US supplied the bulk of Saudi Arabia's arms.", "context": "", "date": None,
             "claims": []}]
    results = pd.DataFrame([{"id": "b", "kind": "arms supplier", "subject": "SAU", "other": "USA", "expected": "supported",
                             "found": False, "correct": False}])
    assert list(causes(results, rows)["cause"]) == ["rank or share word not read"]
