"""Issue 13, nineteenth round: the labelled claims the checker misses, sorted by cause (`evaluate.causes`).

The results frames are written by hand (what the checker reported for each sentence), so these tests need no store;
the sentences are development sentences, and each expected cause is read off the sentence and the frame by hand."""
import json
from pathlib import Path

import pandas as pd

from latitude.scenarios.claims.evaluate import CAUSES, causes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "claims"
TP, AS, AE, UV = "trading partner", "arms supplier", "arms exports", "UN voting"


def _rows(*ids: str) -> list[dict]:
    rows = [json.loads(line) for path in sorted(FIXTURES.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if row["id"] in ids]


def _result(id_, kind, subject, other, expected, got):
    return {"id": id_, "kind": kind, "subject": subject, "other": other, "expected": expected, "got": got,
            "found": expected is not None and got is not None, "correct": expected is not None and got == expected,
            "figures": ""}


def _causes(results: list[dict], *ids: str) -> dict[tuple[str, str, str], str]:
    frame = causes(pd.DataFrame(results), _rows(*ids))
    return {(r.kind, r.subject, r.other): r.cause for r in frame.itertuples(index=False)}


def test_rank_words_not_read_and_a_partner_missed() -> None:
    # held22-007: "China is by far New Zealand's largest trading partner, with Australia ranked second with 13% ..."
    missed = [_result("held22-007", TP, "NZL", "CHN", "supported", None),
              _result("held22-007", TP, "NZL", "AUS", "supported", None)]
    assert _causes(missed, "held22-007") == {(TP, "NZL", "CHN"): "rank or share word not read",
                                             (TP, "NZL", "AUS"): "rank or share word not read"}
    one_read = [_result("held22-007", TP, "NZL", "CHN", "supported", "supported"), missed[1]]
    # the owner was read with another partner; the judged-right claim has no cause
    assert _causes(one_read, "held22-007") == {(TP, "NZL", "AUS"): "partner read wrong or missing"}


def test_owner_read_wrong_and_owner_not_named() -> None:
    # held10-019: "The US, China, and Singapore are top trading partners." (Korea's; neither sentence names Korea)
    results = [_result("held10-019", TP, "KOR", "USA", "supported", None),
               _result("held10-019", TP, "KOR", "CHN", "supported", None),
               _result("held10-019", TP, "KOR", "SGP", "contradicted", None),
               _result("held10-019", TP, "USA", "CHN", None, "supported"),     # what the checker reported instead
               _result("held10-019", TP, "USA", "SGP", None, "contradicted")]
    assert _causes(results, "held10-019") == {(TP, "KOR", "USA"): "owner not named",
                                              (TP, "KOR", "CHN"): "owner read wrong",
                                              (TP, "KOR", "SGP"): "owner read wrong"}


def test_another_kind_a_verdict_and_a_claim_in_other_words() -> None:
    results = [_result("held20-004", TP, "TUR", "RUS", "contradicted", None),   # Russia's "largest share of Turkey's imports"
               _result("held20-004", AS, "TUR", "RUS", None, "supported"),     # ... read as arms
               _result("held2-022", AE, "KOR", "THA", "supported", None),      # "KAI clinched another deal ... Thailand"
               _result("held7-025", UV, "IND", "RUS", "not checkable", None),  # "India voted ... rejecting Russia's plan"
               _result("held22-001", TP, "THA", "JPN", "supported", "contradicted")]
    assert _causes(results, "held20-004", "held2-022", "held7-025", "held22-001") == {
        (TP, "TUR", "RUS"): "read as another kind", (AE, "KOR", "THA"): "owner not named",
        (UV, "IND", "RUS"): "no rank or share word", (TP, "THA", "JPN"): "verdict wrong"}
    assert set(_causes(results, "held20-004", "held2-022", "held7-025", "held22-001").values()) <= set(CAUSES)


def test_the_fit_reads_every_scored_set() -> None:
    """A fresh set is scored once on its round's branch before it reaches main, so every labelled set on main (dev,
    held-out 1 and held-out 2 to 145: 146 files) is development data the claim finder is fit on."""
    from latitude.scenarios.claims import build

    on_main = {p.name for p in build.FIXTURES.glob("*.jsonl")}
    on_main -= {"heldout146.jsonl"}  # claims round 142's fresh set, scored once on its branch
    on_main -= {"heldout147.jsonl"}  # claims round 143's fresh set, scored once on its branch
    on_main -= {"heldout148.jsonl"}  # claims round 144's fresh set, scored once on its branch
    on_main -= {"heldout149.jsonl"}  # claims round 145's fresh set, scored once on its branch
    assert len(build.DEV_SETS) == 146 and set(build.DEV_SETS) == on_main
