"""Issue 13, claims round 34: the kinds found least often. Sorted by cause on development data, the alliance and UN-voting
misses that are not list shapes of the trade and arms readers are mostly states written as one coordinated group in a
role the readers filled with one state ("Russia is about defense with Armenia, Belarus, ...", "Japan and South Korea are
formal treaty allies of the USA", "Only four countries voted with Russia; Syria, Nicaragua, North Korea and Belarus"), a state voted to condemn, "both" for the two
states the sentence before named, and "allied to/with" (the alliance lexicon in every form: ally, allies, allied,
alliance).

The texts are development sentences (tests/fixtures/claims, the ids named) or short variants of them written to check
that a form holds in other words; the expected states are read off the text by hand."""
from latitude.scenarios.claims import find_claims


def _pairs(text: str, date: str | None = None, kind: str | None = None) -> set[tuple[str, str]]:
    return {frozenset((c.subject, c.other)) for c in find_claims(text, date) if kind is None or c.kind == kind}


def _voting(text: str, date: str | None = None) -> dict[tuple[str, str], str]:
    return {(c.subject, c.other): c.topic for c in find_claims(text, date) if c.kind == "UN voting"}


def test_one_state_allied_with_each_state_of_a_list() -> None:
    # held30-004: each of the five with Russia (before: Armenia only)
    assert _pairs("In the first alliance, Russia is about defense with Armenia, Belarus, Kazakhstan, Kyrgyzstan and "
                  "Tajikistan.", "2022-01-01", "alliance") == {frozenset(("RUS", c)) for c in ("ARM", "BLR", "KAZ", "KGZ", "TJK")}
    # held30-009: Japan and South Korea each with the US (before: South Korea only)
    assert _pairs("While Japan and South Korea are formal treaty allies of the USA, the summit marked a significant "
                  "milestone in reconfiguring their mutual relations into a trilateral setup.", "2023-08-20", "alliance") == {
        frozenset(("USA", "JPN")), frozenset(("USA", "KOR"))}
    # held12-041: "the US, Australia's economic reliance on China" is no coordinated list (a possessor follows the comma):
    # no alliance of China with the US or Australia
    found = _pairs("Australia: Despite its historical ties to the US, Australia's economic reliance on China makes it a "
                   "highly unreliable ally in any potential conflict.", None, "alliance")
    assert frozenset(("CHN", "USA")) not in found and frozenset(("CHN", "AUS")) not in found
    # a list joined by commas alone is not a group of allies: the list reader gives its last state no ally. (Since the
    # claim finder was refit with held-out 38 on merge it takes this sentence for an alliance claim, and the older
    # pair reader then pairs its first two states, JPN and KOR; that reading is not this round's.)
    found = _pairs("Japan, South Korea, Australia are important partners, an ally said.", None, "alliance")
    assert not any("AUS" in pair for pair in found)


def test_voters_listed_after_a_semicolon() -> None:
    # held30-012: the four voters after the semicolon; one vote, so not checkable (before: none read)
    assert _voting("Only four countries voted with Russia; Syria, Nicaragua, North Korea and Belarus.", "2022-10-13") == {
        (c, "RUS"): "single vote" for c in ("SYR", "NIC", "PRK", "BLR")}
    # a clause after the semicolon is still another clause: its states are no voters
    assert _voting("Only four countries voted with Russia at the UN; Syria later hosted Belarus.", "2022-10-13") == {}


def test_a_vote_to_condemn_a_state_is_a_vote_against_it() -> None:
    # held30-013: Turkey's vote on the resolution condemning Russia (one vote: not checkable); "a friend of Russia and also
    # of Ukraine" names no voter
    assert _voting("Turkey, a friend of Russia and also of Ukraine, voted to condemn Moscow.", "2022-10-13") == {
        ("TUR", "RUS"): "single vote"}
    # a habit of voting for resolutions condemning a state is voting against it
    assert _voting("At the UN, Cuba regularly votes to condemn Israel.") == {("CUB", "ISR"): "against"}


def test_both_is_the_two_states_named_before() -> None:
    # held20-025: "both" = the US and Thailand of the sentence before (before: no claim)
    text = ("The diplomatic relationship between the US and Thailand was initially cemented around the mid-19th century. "
            "In 1954, both reaffirmed their alliance with the Manila Pact of the Southeast Asia Treaty Organization (SEATO).")
    assert [(c.subject, c.other) for c in find_claims(text) if c.kind == "alliance"] == [("USA", "THA")]
    # "both of them" or "both in Asia" is no such subject
    assert _pairs("The US and Thailand trade. In 1954, both of their leaders met at an alliance summit.", None,
                  "alliance") == set()


def test_allied_to_or_with_is_an_alliance() -> None:
    # held30-003's phrasing with the state named (the sentence itself names Armenia only as "his country")
    assert _pairs("Pashinian has repeatedly pledged to keep Armenia allied to Russia.", "2018-06-01", "alliance") == {
        frozenset(("ARM", "RUS"))}
    assert _pairs("Japan remains closely allied with the United States.", None, "alliance") == {frozenset(("JPN", "USA"))}
    # "Allied forces" (the Second World War's) is no alliance claim between the states the sentence names
    assert _pairs("Allied forces landed in Normandy while France and Britain watched.", None, "alliance") == set()
