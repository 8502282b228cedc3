"""Verb lexicon (derived from PETRARCH2's CAMEO verb dictionary) and our hand rules."""

from latitude.coding.text import tokens_with_names
from latitude.coding.verbs import main_verb, rule_match, verb_matches


def _main(sentence):
    return main_verb(verb_matches(*tokens_with_names(sentence)))


def test_codes_from_the_petrarch_dictionary(gold_folder):
    # CAMEO.verbpatterns.150430.txt: "--- EXPLAIN_VERBAL [010]" lists "SAY {SAYS SAID SAYING}";
    # "--- VISIT [042:043]" (visit : host) lists VISIT; regular forms are generated.
    raw = (gold_folder.parent / "petrarch2" / "CAMEO.verbpatterns.150430.txt").read_text(encoding="latin-1")
    assert "SAY  {SAYS SAID SAYING}" in raw and "--- VISIT [042:043]" in raw
    assert [m.code for m in verb_matches(["he", "said"])] == ["010"]
    assert [m.code for m in verb_matches(["she", "visited", "seoul"])] == ["042"]


def test_reporting_verbs_give_way_to_the_event_verb():
    match = _main("Japan said on Tuesday it had visited Seoul.")
    assert (match.form, match.code) == ("visited", "042")


def test_names_and_determiners_are_not_verbs():
    # "United States" and "the forces" hold lexicon verbs ("unite", "force") that are nouns here.
    words, names = tokens_with_names("The United States and the forces of Japan met.")
    assert [m.form for m in verb_matches(words, names)] == ["met"]


def test_hand_rules():
    match, gated = rule_match("seoul imposed new sanctions on pyongyang".split())
    assert (match.code, gated) == ("163", False)
    match, gated = rule_match("tokyo lodged a protest with beijing".split())
    assert (match.code, gated) == ("114", False)  # a stance told by a noun is decisive (PLOVER round 52)
    assert rule_match("the sanctions were discussed".split()) is None
