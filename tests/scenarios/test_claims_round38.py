"""Issue 13, claims round 38: a bloc or treaty named with its members. Sorted by shape on development data, the largest
group of alliance claims the readers missed lists a bloc's or treaty's members after the bloc or treaty word: "ANZUS
formed a military alliance between the United States, Australia and New Zealand" (held32-031), "ANZUS is a trilateral
security treaty that originally involved Australia, New Zealand and the United States" (held41-005), and after a sentence
on the organisation, "Along with Russia, its remaining members are Armenia, Belarus, ..." (held14-028). Each listed member
is now allied with each other member, or with the leader the sentence opens with; a sentence on the bloc's founding with no
year of its own is judged in the treaty's signing year (ANZUS 1951); a trade or arms-control treaty binds no allies.

The texts are development sentences (tests/fixtures/claims, the ids named) or short variants of them written to check
that a form holds in other words; the expected states and years are read off the text and the treaties' dates by hand."""
from latitude.scenarios.claims import find_claims


def _allies(text: str) -> set[tuple[str, str, int | None]]:
    return {(*sorted((c.subject, c.other)), c.year) for c in find_claims(text, None) if c.kind == "alliance"}


def test_every_pair_of_a_treaty_listed_with_its_parties_in_its_signing_year() -> None:
    # held32-031 and held41-005
    three = {("AUS", "USA", 1951), ("NZL", "USA", 1951), ("AUS", "NZL", 1951)}
    assert _allies("ANZUS formed a military alliance between the United States, Australia and New Zealand, declaring "
                   "that an attack on one would be considered an attack on all three:") == three
    assert _allies("ANZUS is a trilateral security treaty that originally involved Australia, New Zealand and the "
                   "United States.") == three
    # variants: a bloc name before its members, a year the sentence names
    assert _allies("NATO members Estonia, Latvia and Lithuania met in Riga in 2015.") == {
        ("EST", "LVA", 2015), ("EST", "LTU", 2015), ("LTU", "LVA", 2015)}
    # guards: a trade or arms-control treaty binds no allies
    assert _allies("A free trade pact between Japan, Vietnam and Mexico took effect.") == set()
    assert _allies("The nuclear treaty between the United States, Britain and the Soviet Union banned tests.") == set()


def test_the_leader_a_sentence_opens_with_is_allied_with_each_member() -> None:
    # held14-028 with its sentence before
    assert _allies("Since its founding, Azerbaijan, Georgia, and Uzbekistan have left the organization. Along with "
                   "Russia, its remaining members are Armenia, Belarus, Kazakhstan, Kyrgyzstan, and Tajikistan.") == {
        ("ARM", "RUS", None), ("BLR", "RUS", None), ("KAZ", "RUS", None), ("KGZ", "RUS", None), ("RUS", "TJK", None)}
