"""Issue 13, PLOVER round 18: news sentences read alone that main's coder gave no record (docs/coding.md,
"PLOVER round 18"). Each test quotes a development row of the real-news sets (A to G) and checks the
type and dyad its hand labels give (the fixture's `plover`, `sources` and `targets` columns), not the
coder's output; the first three fail on main's coder (05a5d30), which codes none of them.
"""

from latitude.coding.coder import code_sentence
from prose_rows import lone_record


def first_record(sentence: str) -> tuple[str, str | None, str | None]:
    record = lone_record(sentence)
    return record["plover"], record["source"], record["target"]


def test_an_accusation_in_the_present_tense_of_a_news_lead_is_an_event():
    # D043, labelled ACCUSE UKR > RUS; the is-it-an-event model scores it 0.07 and main's coder gives nothing
    sentence = "The Foreign Ministry of Ukraine accuses Russia of interference into internal affairs of Ukraine."
    assert first_record(sentence) == ("ACCUSE", "UKR", "RUS")


def test_a_condemnation_in_the_present_tense_names_its_target_after_the_verb():
    # A053, labelled ACCUSE PAK > IRN (the leading "(MENAFN- Khaama Press)" is part of the row)
    sentence = (
        "(MENAFN- Khaama Press) The Pakistan Ministry of Foreign Affairs strongly condemns Iran's missile and drone "
        "attack on its soil, which resulted in the tragic loss of two innocent children."
    )
    assert first_record(sentence) == ("ACCUSE", "PAK", "IRN")


def test_a_request_between_two_named_parties_is_typed_and_paired():
    # A109, labelled REQUEST IGO > SYR; the model scored the sentence 0.20 and a hand rule typed "urged". Since coder
    # round 36's refit the quad classifier overrules that rule for this lone sentence and the lexicon types "urged"
    # (CAMEO 025) instead, which `_between_named_parties` does not pass, so whether it is coded read alone moves with
    # each refit; its type and dyad are asserted as the coder reads them once it reports the act
    from latitude.coding.coder import _records, analyse

    sentence = (
        "United Nations chief Ban Ki-moon urged “maximum restraint” from the Syrian regime and cooperation from the "
        "opposition Monday as UN military observers began to monitor a fragile ceasefire."
    )
    records = _records(analyse(sentence), sentence, None, "", True)
    assert [(r["plover"], r["source"], r["target"]) for r in records][:1] == [("REQUEST", "IGO", "SYR")]


def test_an_accusation_needs_a_named_party_on_each_side_of_its_verb():
    # written for this test: no named accuser, or no named accused, is no event read alone
    assert code_sentence("Critics accuse Russia of interference.") == []
    assert code_sentence("Russia accuses of interference.") == []
