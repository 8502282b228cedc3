"""Issue 13, claims round 39: dependence claims as people write them. Sorted by cause on development data (dev and
held-out 1-41, 50 labelled dependence claims), the largest group the readers missed puts the good or the flow between "on"
and the partner of a dependence noun: "India's dependence on arms and equipments from Russia" (held38-006), "This
dependence of Armenia's economy on trade with russia" (held15-035), "For Mongolia, economic dependence on coal exports to
China" (held16-031). A dependence verb or noun now reads up to four words naming arms, trade or a good before "with",
"to" or "from" and the partner, and those words decide which figure judges it (arms: SIPRI; trade: trade shares; a good
the store lacks: not checkable); the owner may follow the noun ("the dependence of X on") or open the sentence ("For X,
... dependence on"); a gap naming nothing the dependence is for ("relies on help from X") makes no claim.

The texts are development sentences (tests/fixtures/claims, the ids named) or short variants of them written to check
that a form holds in other words; the expected owner, partner and topic are read off the text by hand."""
from latitude.scenarios.claims import find_claims


def _dependence(text: str, day: str = "2021-10-27") -> set[tuple[str, str, str]]:
    return {(c.subject, c.other, c.topic) for c in find_claims(text, day) if c.kind == "dependence"}


def test_the_good_between_the_noun_and_the_partner_decides_the_figure() -> None:
    # held38-006 (before: none)
    assert ("IND", "RUS", "arms") in _dependence(
        "There has been a considerable drop in India’s dependence on arms and equipments from Russia but the Indian "
        "military cannot operate effectively without Russian-supplied equipment.")
    assert _dependence("Pakistan's reliance on weapons from China is high.") == {("PAK", "CHN", "arms")}
    assert _dependence("Cambodia's heavy dependence on exports to China worries its planners.") == {
        ("KHM", "CHN", "trade")}
    # the good the store lacks: not checkable, naming it
    assert _dependence("Serbia's dependence on gas from Russia is near total.") == {("SRB", "RUS", "product:gas")}


def test_the_owner_after_the_noun_or_at_the_head_of_the_sentence() -> None:
    # held15-035 (before: none)
    assert _dependence("This dependence of Armenia's economy on trade with russia has made it virtually impossible for "
                       "the country to join sanctions against moscow.", "2023-03-01") == {("ARM", "RUS", "trade")}
    # held16-031 (before: none)
    assert _dependence("For Mongolia, economic dependence on coal exports to China presents a difficult challenge.") == {
        ("MNG", "CHN", "product:coal")}


def test_a_verb_reads_the_good_before_the_partner_too_and_a_gap_naming_nothing_or_a_cut_is_no_claim() -> None:
    assert _dependence("Armenia relies on arms from Russia.") == {("ARM", "RUS", "arms")}   # before: none
    assert _dependence("Bulgaria depends on oil from Russia.") == {("BGR", "RUS", "product:oil")}   # before: none
    # the guards: a gap that names nothing the dependence is for makes no claim
    assert _dependence("Ukraine relies on help from the United States.") == set()
    assert _dependence("Ukraine's reliance on goodwill from the United States is a risk.") == set()
    # a reduced reliance is a change in every form of the verb (held28-002, whose label holds no claim; before: none)
    assert _dependence("China has significantly reduced its reliance on trade with the United States since the "
                       "retaliatory tariffs of 2018 and 2019.", "2025-01-02") == set()
    assert _dependence("Japan reduces its dependence on oil from Russia.") == set()
    assert _dependence("Australia lessened its reliance on exports to China.") == set()
