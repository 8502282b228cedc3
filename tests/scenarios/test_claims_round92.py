"""Claims round 92 (issue 13): arms-exporter claims. Held-out 96, the round's fresh set, is committed before any code of
the round and kept out of `build.DEV_SETS` on the round's branch (test_claims_round19.py); this file checks its layout
and that its pages and sentences are cited by no other fixture (the protocol), as test_claims.py does for held-out 12 to
94 (kept apart here so that two rounds adding sets at once touch different lines)."""
from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).parents[1] / "fixtures" / "claims"
NAME = "heldout96.jsonl"


def test_held_out_96_layout_and_fresh_pages() -> None:
    rows = [json.loads(line) for line in (FIXTURES / NAME).read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6 and sum(len(row["claims"]) for row in rows) == 13
    assert not [row for row in rows if not row["claims"]]
    assert all(set(row) == {"id", "url", "date", "sentence", "context", "claims"} for row in rows)
    assert all(set(c) == {"kind", "subject", "other", "verdict", "basis"} for row in rows for c in row["claims"])
    assert {c["kind"] for row in rows for c in row["claims"]} == {"arms exports"}
    assert all(c["verdict"] in ("supported", "contradicted") and c["basis"] for row in rows for c in row["claims"])
    assert [c["verdict"] for row in rows for c in row["claims"]].count("supported") == 9
    assert len({row["url"] for row in rows}) == 4 and all(row["url"].startswith("http") for row in rows)
    # every other fixture file, claims and coding (the README's entry names the sites, not the URLs or sentences)
    others = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(FIXTURES.parent.rglob("*"))
              if path.is_file() and not path.name.startswith("heldout96")]
    assert not [row["url"] for row in rows if any(row["url"] in text for text in others)]
    assert not [row["sentence"] for row in rows if any(row["sentence"] in text for text in others)]
