"""Issue 13, claims round 37: UN voters told in lists. Sorted by shape on development data, the largest group of UN-voting
claims the readers missed in lists names the pole the voters stand with in words the pole reader did not hold: "As well as
Russia, four countries rejected the vote, namely Belarus, North Korea, Syria and Nicaragua" (held38-029), or after a
sentence on the vote, "Belarus, Syria, and Eritrea joined Russia and North Korea in opposing the measure" (held38-030).
"as well as", "along with" and "together with" now name the pole of a sentence about a vote as "joined" does, and a stand
on the measure ("in opposing the measure", "rejected the resolution", "backing it") after a sentence with a vote word makes
the sentence a vote as a UN word does; an opening "along with X," ends at its comma, so the list after it is the voters'; a
sentence with neither names no voters.

The texts are development sentences (tests/fixtures/claims, the ids named) or short variants of them written to check
that a form holds in other words; the expected states are read off the text by hand."""
from latitude.scenarios.claims import find_claims


def _voters(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.other, c.topic) for c in find_claims(text, "2022-10-13") if c.kind == "UN voting"}


def test_as_well_as_along_with_and_together_with_name_the_pole_of_a_vote() -> None:
    # held38-029 with its sentence before (before: none)
    assert _voters("The resolution was supported by 143 countries, while 35 states – including China and India – "
                   "abstained. As well as Russia, four countries rejected the vote, namely Belarus, North Korea, Syria "
                   "and Nicaragua.") == {(c, "RUS", "single vote") for c in ("BLR", "PRK", "SYR", "NIC")}
    # the same list in other words
    assert _voters("Along with Russia, four countries voted against the resolution: Belarus, North Korea, Syria and "
                   "Nicaragua.") == {(c, "RUS", "single vote") for c in ("BLR", "PRK", "SYR", "NIC")}
    assert _voters("Together with the United States, Israel and Palau voted against the resolution.") == {
        (c, "USA", "single vote") for c in ("ISR", "PLW")}
    # an opening "along with X," ends at its comma: the list after it is the voters', not the pole's
    assert _voters("Along with Russia, Belarus, Syria and Eritrea voted against the resolution.") == {
        (c, "RUS", "single vote") for c in ("BLR", "SYR", "ERI")}


def test_a_stand_on_the_measure_after_a_sentence_on_the_vote_is_a_vote() -> None:
    # held38-030 with its sentence before: the pole is the first state joined, not the one beside it (before: none)
    assert _voters("North Korea voted no. Belarus, Syria, and Eritrea joined Russia and North Korea in opposing the "
                   "measure.") == {(c, "RUS", "single vote") for c in ("BLR", "SYR", "ERI")}
    assert _voters("Only a few states voted no. Belarus and Syria joined Russia in rejecting the resolution.") == {
        (c, "RUS", "single vote") for c in ("BLR", "SYR")}
    # the guards: "along with" in a sentence about no vote, and a stand on something other than a measure put to a vote
    assert _voters("Along with Russia, China signed a gas deal with Mongolia.") == set()
    assert _voters("North Korea voted no. Belarus joined Russia in opposing sanctions relief.") == set()
    assert _voters("Belarus, Syria, and Eritrea joined Russia in opposing the measure.") == set()
