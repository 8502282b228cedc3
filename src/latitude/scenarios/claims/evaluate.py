"""Score the claim checker on a labelled set of real sentences (tests/fixtures/claims/*.jsonl).

Each line: id, url (where the sentence was published), date (the article's, or null), sentence,
context (the sentence before it, when the claim needs it) and claims — the claims a careful reader
finds in the sentence, each with kind, subject, other (ISO3; '' for none), the verdict the store's
data give (derived by hand from the raw mirror files or a published figure, see `basis`) and basis.

A labelled claim is *found* when the checker reports a claim of the same kind about the same
subject and partner, and *judged correctly* when that claim's verdict is the label's. Claims the
checker reports that no label names are *extra* (false claims).
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pandas as pd

from latitude.errors import LatitudeError
from latitude.scenarios.claims import check_claims, find_claims

SYMMETRIC = ("alliance",)   # "X is Y's ally" and "Y is X's ally" are one claim


def load(path: str | Path) -> list[dict]:
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise LatitudeError(f"{path}:{number}: not valid JSON ({error.msg})") from None
    return rows


def run(con, rows: list[dict]) -> pd.DataFrame:
    """One row per labelled or reported claim: id, kind, subject, other, expected, got, found, correct."""
    out = []
    for row in rows:
        context = row.get("context") or ""
        before = {c.sentence for c in find_claims(context, row.get("date"))} if context else set()
        claims = [c for c in find_claims(f"{context} {row['sentence']}".strip(), row.get("date"))
                  if c.sentence not in before]
        verdicts = {(v.claim.kind, v.claim.subject, v.claim.other): v for v in check_claims(con, claims)}
        used = set()
        for label in row["claims"]:
            key = (label["kind"], label["subject"], label["other"])
            match = verdicts.get(key) or next((v for k, v in verdicts.items() if k[:2] == key[:2] and not key[2]), None)
            if match is None and key[0] in SYMMETRIC:
                match = verdicts.get((key[0], key[2], key[1]))
            got = match.verdict if match else None
            if match:
                used.add((match.claim.kind, match.claim.subject, match.claim.other))
            out.append({"id": row["id"], "kind": label["kind"], "subject": label["subject"], "other": label["other"],
                        "expected": label["verdict"], "got": got, "found": match is not None,
                        "correct": got == label["verdict"], "figures": match.figures if match else ""})
        for key, verdict in verdicts.items():
            if key not in used:
                out.append({"id": row["id"], "kind": key[0], "subject": key[1], "other": key[2], "expected": None,
                            "got": verdict.verdict, "found": False, "correct": False, "figures": verdict.figures})
    return pd.DataFrame(out, columns=["id", "kind", "subject", "other", "expected", "got", "found", "correct", "figures"])


def summary(results: pd.DataFrame) -> pd.DataFrame:
    """Per kind and overall: labelled claims, found, judged correctly, extra claims reported."""
    rows = defaultdict(lambda: {"claims": 0, "found": 0, "correct": 0, "extra": 0})
    for r in results.itertuples(index=False):
        for kind in (r.kind, "all"):
            if r.expected is None:
                rows[kind]["extra"] += 1
            else:
                rows[kind]["claims"] += 1
                rows[kind]["found"] += int(r.found)
                rows[kind]["correct"] += int(r.correct)
    frame = pd.DataFrame([{"kind": k, **v} for k, v in rows.items()])
    frame["share_correct"] = (frame["correct"] / frame["claims"].where(frame["claims"] > 0)).round(3)
    order = sorted(k for k in frame["kind"] if k != "all") + ["all"]
    return frame.set_index("kind").loc[order].reset_index()
