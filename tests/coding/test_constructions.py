"""Refusal, intent, threat and demand constructions, and the de-escalation and reduce-relations rules.

Each row of `construction_cases.tsv` is a sentence written for this test (not taken from any gold
file) with the CAMEO code and PLOVER category that the CAMEO 1.1b3 codebook and the CAMEO2PLOVER
2021 table give it; an empty code means no construction fires.
"""

import csv
from pathlib import Path

import pytest

from latitude.coding.coder import classify
from latitude.coding.constructions import construction_match
from latitude.coding.text import tokens_with_names
from latitude.coding.verbs import rule_match, verb_matches

CASES = list(csv.DictReader((Path(__file__).parent / "construction_cases.tsv").open(encoding="utf-8"), delimiter="\t"))


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:40] for c in CASES])
def test_construction_cases(case):
    words, names = tokens_with_names(case["sentence"])
    frame = construction_match(words, verb_matches(words, names))
    fired = rule_match(words)
    if not case["cameo"]:
        assert frame is None and fired is None
        return
    event = classify(case["sentence"])
    assert event.cameo == case["cameo"], case["why"]
    assert (event.plover or "") == case["plover"].strip(), case["why"]


def test_intended_action_decides_between_intent_and_threat():
    cooperative = classify("The rebels vowed to negotiate with the government.")
    hostile = classify("The rebels vowed to attack the government.")
    assert cooperative.plover == "AGREE" and hostile.plover == "THREATEN"


def test_negated_intent_is_a_refusal():
    for sentence in ("Seoul is not ready to sign the accord.", "Tokyo has not agreed to the proposal."):
        words, names = tokens_with_names(sentence)
        assert construction_match(words, verb_matches(words, names)).code == "120", sentence
