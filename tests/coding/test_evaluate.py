"""The evaluation runs on the mirror's gold data and meets its floors on held-out sentences only."""

import pytest

from latitude.coding import evaluate, gold


@pytest.fixture(scope="module")
def scores(gold_folder):
    frame = evaluate(gold_folder)
    return {(row.dataset, row.task): row for row in frame.itertuples()}


def test_five_class_macro_f1_on_held_out_sentences(scores):
    row = scores[("conflibert_cameo (held out)", "event type (macro)")]
    assert row.n == sum(gold.is_test(e.text) for e in gold.conflibert_classes())
    assert 200 < row.n < 350  # one fifth of 1,349 sentences
    assert row.f1 >= 0.70


def test_plover_event_type_floor(scores):
    row = scores[("plover_gold (held out)", "event type")]
    assert row.n >= 25
    assert row.recall >= 0.40  # below the 0.70 target; see docs/coding.md


def test_actor_scores(scores):
    assert scores[("plover_gold (all)", "source")].f1 >= 0.70
    assert scores[("plover_gold (all)", "target")].f1 >= 0.60
    assert scores[("conflibert_spans", "source (span overlap)")].f1 >= 0.65
    assert scores[("conflibert_spans", "target (span overlap)")].f1 >= 0.45


def test_held_out_split_is_stable_and_disjoint(gold_folder):
    events = gold.conflibert_classes(gold_folder)
    test = [e for e in events if gold.is_test(e.text)]
    assert 0.15 < len(test) / len(events) < 0.25
    assert gold.is_test(test[0].text) and gold.is_test("  " + test[0].text.replace(" ", "  "))


def test_gold_readers_match_raw_files(gold_folder):
    lines = (gold_folder / "conflibert_cameo" / "cameo_class_train.tsv").read_text(encoding="utf-8").splitlines()
    assert len(gold.conflibert_classes(gold_folder)) == sum(bool(line.strip()) for line in lines)
    records = gold.plover_records(gold_folder)
    assert len(records) == 164  # 165 records minus the DOCUMENT header record
    assert {r.label for r in records} <= {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    }  # fmt: skip


def test_missing_gold_dir_is_a_clear_error(tmp_path):
    from latitude.errors import LatitudeError

    with pytest.raises(LatitudeError, match="no event gold data"):
        evaluate(tmp_path / "nowhere")


def test_gold_codes_read_as_iso(gold_folder):
    # PLOVER_GSR_CAMEO.dev.json writes Japan as "JAP" three times (actorText "Tokyo", "Japanese Prime
    # Minister Ryutaro Hashimoto", "Japan") and Italy as "ITL" twice (actorText "Italy"); ISO 3166 is
    # JPN and ITA, as the file writes every other state.
    records = gold.plover_records(gold_folder)
    codes = [code for r in records for code in r.sources + r.targets]
    assert "JAP" not in codes and "ITL" not in codes
    assert codes.count("JPN") == 3 and codes.count("ITA") == 2
