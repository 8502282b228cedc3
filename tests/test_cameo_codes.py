"""latitude.cameo: the GDELT QuadClass and ConfliBERT groupings, checked against published data."""
import csv

import pytest

from latitude import cameo


@pytest.mark.parametrize(("code", "quad"), [
    # GDELT Event Codebook 2.0, QuadClass: 01-05 verbal coop, 06-09 material coop,
    # 10-14 verbal conflict, 15-20 material conflict
    ("010", 1), ("0231", 1), ("057", 1), ("06", 2), ("0874", 2), ("09", 2), ("090", 2),
    ("10", 3), ("138", 3), ("14", 3), ("15", 4), ("190", 4), ("20", 4), ("204", 4),
])
def test_gdelt_quad_class_by_hand(code, quad):
    assert cameo.quad_class(code) == quad


@pytest.mark.parametrize(("code", "label"), [
    # ConfliBERT (Hu et al. 2022) five classes: 01-02, 03-05, 06-08, 09-13, 14-20
    ("010", 0), ("02", 0), ("03", 1), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("16", 4),
])
def test_conflibert_class_by_hand(code, label):
    assert cameo.conflibert_class(code) == label


@pytest.mark.parametrize("bad", [None, "", "X1", "00", "21", "7"])
def test_not_a_cameo_code(bad):
    assert cameo.quad_class(bad) is None and cameo.conflibert_class(bad) is None


def test_goldstein_and_names_from_the_codebook():
    # GDELT CAMEO.goldsteinscale.txt: 042 (make a visit) 1.9, 190 (use conventional force) -10
    assert cameo.goldstein("042") == 1.9 and cameo.goldstein("190") == -10.0
    assert cameo.name("042") == "Make a visit" and cameo.goldstein("999") is None


def test_quad_class_agrees_with_every_gdelt_sample_row(mirror):
    """The real GDELT export publishes EventRootCode (column 29) and QuadClass (column 30)."""
    path = mirror / "gdelt_samples" / "gdelt1_export_20160728_sample710.tsv"
    with open(path, encoding="utf-8") as fh:
        rows = [(r[28], int(r[29])) for r in csv.reader(fh, delimiter="\t")]
    assert len(rows) == 710
    assert all(cameo.quad_class(root) == quad for root, quad in rows)
    assert cameo.quad_class_sql("r").count("WHEN") == 4
