"""The opt-in accurate coder mode: mode checks, the shipped embedding model, the probability mix, and
(when `latitude[accurate]` is installed) a hand-coded sentence that only the accurate mode gets right."""

import math
import sys

import numpy as np
import pytest

from latitude.coding import code, embedding, evaluate
from latitude.coding.classifier import PLOVER_LABELS, QUAD_LABELS
from latitude.coding.embedding import check_mode, load_embedding_model, mix
from latitude.errors import LatitudeError


def test_unknown_mode_is_one_clear_error():
    with pytest.raises(LatitudeError, match="unknown coder model 'bert'"):
        list(code("Japan met China.", model="bert"))
    with pytest.raises(LatitudeError, match="use fast or accurate"):
        evaluate(model="slow")
    assert check_mode("accurate") == "accurate"


@pytest.mark.parametrize(("name", "labels"), [("plover", PLOVER_LABELS), ("quad", QUAD_LABELS)])
def test_shipped_embedding_models_cover_every_class(name, labels):
    model = load_embedding_model(name)
    assert model.classes == labels
    assert model.coef.shape == (len(labels), 384)  # all-MiniLM-L6-v2 embeddings have 384 dimensions
    assert np.isfinite(model.coef).all() and np.isfinite(model.intercept).all()


def test_mix_is_the_normalised_weighted_geometric_mean():
    tfidf = np.array([0.5, 0.3, 0.2])
    embedding = np.array([0.1, 0.6, 0.3])
    # by hand, weight 0.5: sqrt(0.05)=0.2236, sqrt(0.18)=0.4243, sqrt(0.06)=0.2449; sum 0.8928
    expected = np.array([math.sqrt(0.05), math.sqrt(0.18), math.sqrt(0.06)]) / 0.892824
    assert np.allclose(mix(tfidf, embedding, 0.5), expected, atol=1e-6)
    assert np.allclose(mix(tfidf, embedding, 0.0), tfidf, atol=1e-6)
    assert np.allclose(mix(tfidf, embedding, 1.0), embedding, atol=1e-6)


def test_accurate_mode_codes_aid_shipments():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("all_minilm_l6_v2")
    # CAMEO 07 'provide aid' (codebook 1.1b3) -> PLOVER AID; the fast mode calls it COOPERATE
    sentence = "Japan sent tons of rice and medicine to flood victims in the Philippines."
    (record,) = code(sentence, date="2025-11-03", model="accurate")
    assert (record["source"], record["target"], record["plover"]) == ("JPN", "PHL", "AID")


def test_accurate_mode_without_its_packages_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "all_minilm_l6_v2", None)  # makes `import all_minilm_l6_v2` fail
    embedding._encoder.cache_clear()
    try:
        with pytest.raises(LatitudeError, match=r"pip install 'latitude\[accurate\]'"):
            list(code("Japan sent rice to the Philippines.", model="accurate"))
    finally:
        embedding._encoder.cache_clear()
