"""Issue 13, twenty-ninth round: claims whose owner or partner the sentence names only in the sentence before. A sentence
whose subject is a pronoun ("It is the 7th major source of German imports", "For example, it was the largest single
recipient of French arms exports", "They prefer to buy from the US") reads it as the previous sentence's subject (for
"they", the states that sentence opens with); "our" with no earlier sentence in the first person is the previous
sentence's subject; a share of a flow no state in the sentence owns ("Some 17 percent of exports go to China") is the
article's state, as for a ranking with no owner; an ordinal before "major", "main" or "key" is the rank ("the 11th major
export market").

The texts are development sentences (tests/fixtures/claims, the id in each comment) or short variants of them written
to check that a rule holds for other word orders; the expected states, ranks and shares are read off the text by hand."""
from latitude.scenarios.claims import find_claims


def _claims(before: str, sentence: str, date: str | None = None) -> dict[tuple[str, str, str], tuple]:
    """The claims of `sentence` read after `before` (as `evaluate.run` reads a row and its context)."""
    told = {c.sentence for c in find_claims(before, date)}
    return {(c.kind, c.subject, c.other): (c.rank, c.share) for c in find_claims(f"{before} {sentence}", date)
            if c.sentence not in told}


def test_an_opening_it_is_the_previous_sentences_subject() -> None:
    # held27-008: "it" is Russia; the 11th export market is the rank (not "major", top five)
    assert _claims("Russia is a major trading partner for Germany.", "It is the 7th major source of German imports and the "
                   "11th major export market for German goods and services.", "2019-01-01") == {
        ("trading partner", "DEU", "RUS"): (11, None)}
    # held26-004: after "For example,"
    assert set(_claims("This shows how India is now looking increasingly to other countries.", "For example, it was the "
                       "largest single recipient of French arms exports, accounting for nearly 30 percent in the period "
                       "2019-2023.", "2024-03-11")) == {("arms exports", "FRA", "IND")}
    # held30-017: a share of the supplier's arms exports
    assert ("arms exports", "CHN", "PAK") in _claims("China's biggest customer? Pakistan.", "It made up 55 percent of "
                                                     "Beijing's arms exports between 2008 and 2012, the Institute says.")
    # "It is expected that ..." is no state; a sentence that names the previous subject itself is not its pronoun
    assert _claims("India is now looking to other countries.", "It is expected that France will be the largest supplier "
                   "of arms to Egypt.", "2024-03-11") == {("arms supplier", "EGY", "FRA"): (1, None)}
    assert _claims("Japan is a large economy.", "It was the largest trading partner of Japan.") == {}


def test_they_are_the_states_the_previous_sentence_opens_with() -> None:
    # held25-007's form with the arms noun in the sentence itself: "they" are Saudi Arabia and the UAE, each buying from
    # the US (recipient, supplier), whichever of the two arms kinds reads it
    claims = _claims("Saudi Arabia and the United Arab Emirates are second and third on the list of biggest weapons "
                     "importers.", "They buy most of their arms from the US.", "2017-02-22")
    assert {(s, o) if kind == "arms supplier" else (o, s) for kind, s, o in claims} == {("SAU", "USA"), ("ARE", "USA")}


def test_our_is_the_previous_sentences_subject_when_no_one_spoke_before() -> None:
    # held27-010: "our" is Canada, the subject of the sentence before
    assert _claims("Canada's economy is heavily dependent on trade as a result of a highly integrated relationship with the "
                   "U.S.", "In 2000, 86 per cent of our trade exports were destined to the U.S. and 76 per cent of our "
                   "imports came from the U.S.") == {("trading partner", "CAN", "USA"): (None, 86.0)}
    # an earlier sentence speaks in the first person and names two states: "our" stays unknown
    assert _claims("We trade a lot with the US and China.", "In 2000, 86 per cent of our exports were destined to the "
                   "U.S.") == {}


def test_a_share_of_a_flow_no_one_in_the_sentence_owns() -> None:
    # held28-035: the owner is Vietnam, the subject of the sentence before
    assert _claims("Vietnam is deeper into China's slipstream.", "Some 17 percent of exports go to China, reflecting its "
                   "growing role as a low-cost link in the global manufacturing supply chain.", "2023-05-01") == {
        ("trading partner", "VNM", "CHN"): (None, 17.0)}
    # held3-016's form: the sentence before ranks its subject for an unnamed country, so its subject is no owner
    assert _claims("Japan was the country's top trading partner in 2011.", "The United States accounted for 12.9 percent "
                   "of the total trade.") == {}
