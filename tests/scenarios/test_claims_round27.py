"""Issue 13, twenty-seventh round: the general reading of trading-partner claims that no phrasing reads. A rank or size
word before a trade-flow noun ("second biggest partner", "number one destination", "top trading partner position"),
with the owner as possessor or "for/to X" after it, else the one state the sentence has trading ("from where India
sourced its imports"), and the partner the other state of its clause; a share of an owner's flow with one other state in
its clause ("29.9% ... of Nigeria's total imports", "45% of all goods exported by Belarus ... went to Russia"). Only when
the sentence or the one before has a word of trade, and neither has a word of arms.

The texts are development sentences (tests/fixtures/claims, the id in each comment) or short variants of them written
to check that a rule holds for other word orders; the expected owners, partners, ranks, shares and flows are read off
the text by hand."""
from latitude.scenarios.claims import find_claims

TRADE = "trading partner"


def _trade(text: str, date: str | None = None) -> dict[tuple[str, str], tuple]:
    return {(c.subject, c.other): (c.rank, c.within, c.share, c.flow) for c in find_claims(text, date) if c.kind == TRADE}


def test_a_rank_word_before_a_bare_partner_noun() -> None:
    # held27-004: "partner" with no trade word beside it, in an article about trade (the sentence before)
    assert _trade("Russia's trade with Europe has shrunk. Germany is still Russia's second biggest partner but its gap "
                  "with first-placed China is widening.").get(("RUS", "DEU")) == (2, None, None, "total")
    # held29-008: a place held "for" the owner
    assert _trade("This marks a shift from the previous years, where the US held the top trading partner position for "
                  "India in 2021-22 and 2022-23.") == {("IND", "USA"): (1, None, None, "total")}
    # held24-022: the second exporter to the owner is its second source of imports
    assert _trade("In 2003, China surpassed Mexico to be the second exporter to the US.") == {
        ("USA", "CHN"): (2, None, None, "imports")}
    # variant: a partner that is not one of trade is no claim
    assert _trade("Japan is America's most important partner in Asia.") == {}


def test_the_owner_is_the_one_state_trading() -> None:
    # held27-020: the top five "countries ... from where India sourced its imports"
    assert _trade("In his written reply, the minister said China, USA, UAE, Saudi Arabia and Iraq were the top five "
                  "countries (in that order), from where India sourced its imports.") == {
        (owner, partner): (None, 5, None, "imports") for owner, partner in
        (("IND", "CHN"), ("IND", "USA"), ("IND", "ARE"), ("IND", "SAU"), ("IND", "IRQ"))}
    # held18-005: "Out of 123 countries Ethiopia exports to, Somalia was the number one destination"
    assert _trade("Out of 123 countries Ethiopia exports to, Somalia was the number one destination.") == {
        ("ETH", "SOM"): (1, None, None, "exports")}
    # held25-014: a state that sold to another is no owner of the ranking ("sold ... to the Nigerian market")
    assert ("CHN", "NGA") not in _trade("NBS in its report revealed that China sold N1.51 trillion of goods to the "
                                        "Nigerian market to lead the pack of the top 10 exporting countries in Nigeria.")


def test_a_share_of_an_owners_flow() -> None:
    # held29-001 and held28-025
    assert _trade("China recorded 29.9% or N2.08 trillion of Nigeria's total imports, which were valued at N6.95 "
                  "trillion during the same period.") == {("NGA", "CHN"): (None, None, 29.9, "imports")}
    assert _trade("Around 45% of all goods exported by Belarus in 2020 went to Russia.") == {
        ("BLR", "RUS"): (None, None, 45.0, "exports")}
    # held25-005: not after a sentence about arms
    assert _trade("India is the world's largest importer of major arms. Sixty-eight percent of India's imports were "
                  "from Russia.") == {}
