"""Linear TF-IDF event classifiers shipped as small committed weight files (numpy only at run time).

Two models, trained by `latitude.coding.build` with scikit-learn's logistic regression:
- `quad`: the five ConfliBERT CAMEO classes (0 statement, 1 verbal cooperation, 2 material cooperation,
  3 verbal conflict, 4 material conflict), trained on the training part of ConfliBERT's sentences plus
  the training part of the PLOVER gold records, labelled with their category's class;
- `plover`: the 16 PLOVER 2021 event categories, trained on the first sentence of NGEC's synthetic
  stories (silver data) plus the training part of the PLOVER gold records (the held-out fifth unseen).
Features are word unigrams and bigrams, with gazetteer actors masked as `_actor`, plus the CAMEO roots
that the verb lexicon finds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from latitude import cameo
from latitude.coding.gazetteer import Mention, find_actors
from latitude.coding.text import raw_tokens, tokens_with_names
from latitude.coding.verbs import VerbMatch, main_verb, verb_matches

QUAD_LABELS = ("0", "1", "2", "3", "4")
QUAD_NAMES = ("statement", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
PLOVER_LABELS = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)  # fmt: skip
_PLOVER_QUAD = {
    "AGREE": "1", "CONSULT": "1", "SUPPORT": "1", "COOPERATE": "2", "AID": "2", "CONCEDE": "2",
    "RETREAT": "2", "REQUEST": "3", "ACCUSE": "3", "REJECT": "3", "THREATEN": "3", "PROTEST": "4",
    "MOBILIZE": "4", "SANCTION": "4", "COERCE": "4", "ASSAULT": "4",
}  # fmt: skip


def conflibert_of_root(root: str) -> str:
    """ConfliBERT's 5-class label of a CAMEO code, as text ('0'-'4'): see `latitude.cameo`."""
    return str(cameo.conflibert_class(root))


def conflibert_class(code: str) -> str:
    """ConfliBERT 5-class label of a CAMEO code: `quad_of_root`, except that CAMEO 16 (reduce
    relations: sanctions, embargoes, halted aid or talks, expulsions) is verbal conflict (3).

    ConfliBERT's annotators label these sentences 3 (54 of the 57 of its sentences that our CAMEO 16
    hand rules code; 2 are labelled 1, 1 is labelled 4); GDELT and PLOVER put them in material
    conflict, and the coder keeps that internally (classifier features, gates, PLOVER choice).
    """
    return "3" if code[:2] == "16" else conflibert_of_root(code)


def quad_of_plover(category: str) -> str:
    """ConfliBERT class of a PLOVER category (via the CAMEO roots it comes from)."""
    return _PLOVER_QUAD[category]


def mask_actors(words: list[str], mentions: list[Mention]) -> list[str]:
    """Words with every gazetteer actor replaced by `_actor`, so that names do not decide the type."""
    masked = list(words)
    for mention in mentions:
        masked[mention.start : mention.end] = ["_actor"] * (mention.end - mention.start)
    return masked


def features(sentence: str, parsed: tuple[list[str], list[VerbMatch]] | None = None) -> list[str]:
    """Unigrams, bigrams (actors masked) and verb-lexicon CAMEO roots of a sentence.

    `parsed`: the actor-masked words and the verb matches, when the caller has them already.
    """
    if parsed is None:
        raw = raw_tokens(sentence)
        words, names = tokens_with_names(sentence)
        matches = verb_matches(words, names)
        words = mask_actors(words, find_actors(raw))
    else:
        words, matches = parsed
    out = list(words)
    out.extend(f"{a} {b}" for a, b in zip(words, words[1:]))
    out.extend(f"_v{m.code[:2]}" for m in matches)
    main = main_verb(matches)
    if main is not None:
        out.append(f"_m{main.code[:2]}")
        out.append(f"_q{conflibert_of_root(main.code)}")
    return out


@dataclass(frozen=True)
class LinearModel:
    """Multinomial logistic regression over sublinear TF-IDF features."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray

    def vectorize(self, feats: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sparse L2-normalised sublinear TF-IDF vector of one sentence: (column indices, values)."""
        # counted in C; the columns keep their first feature's order, as the sums below are taken in it
        counts = Counter(map(self.vocabulary.get, feats))
        counts.pop(None, None)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))) * self.idf[idx]
        return idx, values / np.sqrt(values.dot(values))  # `np.linalg.norm`'s own sum for a vector, without its checks

    def predict_proba(self, feats: list[str]) -> np.ndarray:
        """Class probabilities of one sentence, in `classes` order."""
        idx, values = self.vectorize(feats)
        scores = self.coef[:, idx] @ values + self.intercept
        exp = np.exp(scores - np.maximum.reduce(scores))  # what `scores.max()` calls, without its Python wrapper
        return exp / exp.sum()


@lru_cache(maxsize=2)
def load_model(name: str) -> LinearModel:
    """Load `classifier_<name>.npz` from the package data."""
    with resources.as_file(resources.files("latitude.coding") / "data" / f"classifier_{name}.npz") as path:
        data = np.load(path, allow_pickle=False)
        terms = [str(t) for t in data["vocabulary"]]
        return LinearModel(
            classes=tuple(str(c) for c in data["classes"]),
            vocabulary={term: i for i, term in enumerate(terms)},
            idf=data["idf"].astype(np.float32),
            coef=data["coef"].astype(np.float32),
            intercept=data["intercept"].astype(np.float32),
        )
