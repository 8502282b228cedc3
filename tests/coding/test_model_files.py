"""The committed model files are what the build code makes: `python -m latitude.coding.build models`
refits `classifier_quad.npz`, `classifier_plover.npz` and `eventness.npz` from the repository's code and
labelled sets and the mirror's gold data, and the fit gives the same arrays whatever order the rows come in.

When the first test fails, the coder's code or training data changed after the files were fit (the
is-it-an-event model reads every sentence through the whole coder, so any change to the rules, the
gazetteer or the classifiers can move it): run the command, commit the files and rerun the figures
that depend on them (docs/coding.md, "Rebuild the derived tables and classifiers").
"""

import pytest

from latitude.coding import build, gold
from latitude.coding.classifier import QUAD_LABELS

pytestmark = pytest.mark.mirror


def test_committed_model_files_are_what_the_build_makes(gold_folder, tmp_path):
    build.build_models(tmp_path, gold_folder)
    assert build.model_differences(tmp_path) == []


def test_a_classifier_fit_does_not_depend_on_the_order_of_its_rows(gold_folder):
    # 400 ConfliBERT training sentences: the solver stops at its tolerance, where unsorted rows read in
    # the opposite order gave other coefficients
    rows = [e for e in gold.conflibert_classes(gold_folder) if not gold.is_test(e.text)][:400]
    texts, labels = [e.text for e in rows], [e.label for e in rows]
    forward = build._train(texts, labels, QUAD_LABELS, build.QUAD_C)
    backward = build._train(texts[::-1], labels[::-1], QUAD_LABELS, build.QUAD_C)
    assert sorted(forward) == sorted(backward)
    for key, array in forward.items():
        assert array.tobytes() == backward[key].tobytes(), key
