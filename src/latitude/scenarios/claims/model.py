"""A claim finder trained on the labelled claims (issue 13, eighteenth round; docs/claims.md).

A linear model reads a sentence's template (its states replaced by placeholders, `_text.read`) and says which
kinds of claim it makes. Where it says a kind is claimed but the patterns and the role reader found no claim of
that kind, a looser reader builds the claim from the sentence's states alone. Only the kinds whose claim is the
pair of states and the sentence's date are read this way (a visit, a missile test, sanctions, an alliance): a
ranking or a share needs the words that state it, and a claim built without them would be judged on something
the sentence did not say.

The weights (`data/claim_kinds.npz`) are fit by `build.build_model` on the development sets only, with each kind's
threshold chosen by cross-validation grouped by article; numpy alone reads them, so `check` needs no download.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import numpy as np

from latitude.coding import diplomacy
from latitude.scenarios.claims import alliance, events, money
from latitude.scenarios.claims._base import Claim
from latitude.scenarios.claims._text import Sentence

WEIGHTS = Path(__file__).with_name("data") / "claim_kinds.npz"
FEATURES = 1 << 12   # hashed word and word-pair features
KINDS = (events.VISIT, events.MISSILE, money.SANCTIONS, alliance.KIND)
_WORD = re.compile(r"@\d+|[a-z]+")
_HOST = re.compile(r"\b(?:in|to|at|from)\s+@(\d+)\b(?!'s)")   # "met Xi in @1", "arrived to @1": the host
_NEGATION = re.compile(r"\bnot\b|n't\b|\bno longer\b|\bnever\b")
# A visit the model reads needs a word of travel, meeting or hosting in the sentence (the event coder's lexicon):
# "Exports to Tokyo also took up a record-low portion in Seoul's outbound shipments" is no visit, however close
# its template comes to "arrived to @1".
_VISIT_WORDS = (frozenset(diplomacy.VISIT_VERBS) | diplomacy.VISIT_NOUNS | diplomacy.MEET_VERBS | diplomacy.MEET_NOUNS
                | diplomacy.HOST_VERBS | diplomacy.GREET_VERBS | diplomacy.PHONE_WORDS | diplomacy.ATTEND_VERBS
                | diplomacy.DISCUSS_VERBS | diplomacy.SPEAK_VERBS | diplomacy.INVITE_VERBS)

# An alliance the model reads needs a word of alliance or defence in the sentence: "Brazil, Argentina and Uruguay
# signed a trade treaty in 1991" is no alliance, however close its template comes to a defence treaty's.
_ALLIANCE_WORDS = re.compile(r"\b(?:all(?:y|ies|ied|iance|iances)|defen[cs]es?|military|militaries|security|mutual)\b")


def tokens(template: str) -> list[str]:
    """Words of a template (every state one token '@') and each pair of neighbouring words."""
    words = ["@" if word.startswith("@") else word for word in _WORD.findall(template.lower())]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def features(templates: list[str]) -> np.ndarray:
    """One row per template: which hashed features it holds (0 or 1), scaled to unit length."""
    x = np.zeros((len(templates), FEATURES), dtype=np.float64)
    for row, template in enumerate(templates):
        for token in tokens(template):
            x[row, zlib.crc32(token.encode("utf-8")) % FEATURES] = 1.0
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms > 0, norms, 1.0)


Weights = tuple[np.ndarray, np.ndarray, np.ndarray]  # coefficients, intercepts, thresholds (one row per kind)
_fitted: list[Weights] = []  # weights `fitted_on` puts in place of the committed ones


@cache
def _committed() -> Weights:
    data = np.load(WEIGHTS)
    return data["coef"], data["intercept"], data["threshold"]


def _weights() -> Weights:
    return _fitted[-1] if _fitted else _committed()


@contextmanager
def fitted_on(weights: Weights) -> Iterator[None]:
    """Read sentences with these weights instead of the committed ones while the block runs (the
    cross-validation of `build.cross_validate` reads each fold with a model fit without it)."""
    _fitted.append(weights)
    try:
        yield
    finally:
        _fitted.pop()


def probabilities(template: str) -> dict[str, float]:
    """The model's probability that the sentence makes a claim of each kind it reads."""
    coef, intercept, _ = _weights()
    scores = features([template]) @ coef.T + intercept
    return dict(zip(KINDS, (1.0 / (1.0 + np.exp(-scores[0]))).tolist()))


def claimed_kinds(template: str) -> list[str]:
    """The kinds whose probability reaches the kind's threshold."""
    threshold = _weights()[2]
    return [kind for kind, (p, t) in zip(KINDS, zip(probabilities(template).values(), threshold)) if p >= t]


def loose(s: Sentence, found: list[Claim]) -> list[Claim]:
    """Claims of the kinds the model says the sentence makes and the readers found none of, built from its states
    in order of appearance: a missile test of North Korea when it is named, else of the first state; a visit to the
    state after "in"/"to" by the first other state (else the first state visits the second); sanctions of the first
    state on the second; an alliance of the first two, negated when the sentence says "not"."""
    states = list(dict.fromkeys(a for a in s.actors if a))
    if not states:
        return []
    have = {claim.kind for claim in found}
    out = []
    for kind in claimed_kinds(s.template):
        if kind in have:
            continue
        if kind == events.MISSILE:
            subject = "PRK" if "PRK" in states else states[0]
            out.append(Claim(kind, s.text, subject, (), date=s.date, year=s.year))
        elif len(states) < 2:
            continue
        elif kind == events.VISIT:
            if _VISIT_WORDS.isdisjoint(_WORD.findall(s.text.lower())):
                continue
            host = next((s.actor("@" + m.group(1)) for m in _HOST.finditer(s.template)), None)
            visitor = next((a for a in states if a != host), None) if host else states[0]
            other = host or states[1]
            if visitor and other and visitor != other:
                out.append(Claim(kind, s.text, visitor, (other,), topic="visit", date=s.date, year=s.year))
        elif kind == alliance.KIND and not _ALLIANCE_WORDS.search(s.text.lower()):
            continue
        elif kind == money.SANCTIONS:
            out.append(Claim(kind, s.text, states[0], (states[1],), date=s.date, year=s.year))
        else:
            out.append(Claim(kind, s.text, states[0], (states[1],), negated=bool(_NEGATION.search(s.template)),
                             year=s.year))
    return out
