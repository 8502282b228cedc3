"""Score the claim checker on a labelled set of real sentences (tests/fixtures/claims/*.jsonl).

Each line: id, url (where the sentence was published), date (the article's, or null), sentence,
context (the sentence before it, when the claim needs it) and claims — the claims a careful reader
finds in the sentence, each with kind, subject, other (ISO3; '' for none), the verdict the store's
data give (derived by hand from the raw mirror files or a published figure, see `basis`) and basis.

A labelled claim is *found* when the checker reports a claim of the same kind about the same
subject and partner, and *judged correctly* when that claim's verdict is the label's. Claims the
checker reports that no label names are *extra* (false claims). `causes` sorts the labelled claims not
judged correctly by why (issue 13, nineteenth round; docs/claims.md).
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pandas as pd

from latitude.errors import LatitudeError
from latitude.scenarios.claims import _date, check_claims, find_claims
from latitude.scenarios.claims._patterns import (FRACTION, KEYWORDS, MINORWORDS, MOST_WORDS, ORDINAL, PLACE_NOUN,
                                                 TOP)
from latitude.scenarios.claims._text import read, sentences
from latitude.scenarios.claims.resolve import Article

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


# words that state a rank or a share; a sentence with none of them makes its claim in other words
# a rank or share word of the shared lexicon (`_patterns`): "largest", "No. 2", "runner-up", "in fourth place", "top of the
# list", "a fifth", "one in four", "the bulk of", "12%", "share"
_RANK_OR_SHARE = re.compile(rf"\b(?:{TOP}|{KEYWORDS}|{MINORWORDS}|first|{ORDINAL}|{FRACTION}|(?:{MOST_WORDS})\s+of|"
                            rf"{PLACE_NOUN}|highest|tops?|topped|on top of|lead(?:s|ing)? the|took the lead)\b|%|"
                            r"\bper ?cent\b|\bpercent\b|\bshare\b", re.I)
CAUSES = ("verdict wrong", "owner read wrong", "partner read wrong or missing", "read as another kind",
          "owner not named", "owner only in the sentence before", "partner not named",
          "partner only in the sentence before", "no rank or share word", "rank or share word not read")


def _states(row: dict) -> tuple[set[str], set[str]]:
    """The states the sentence names and those only its `context` names (as `run` reads them). A context the splitter
    joins to the sentence (a heading or label with no stop: "9. Italy", "Source: SIPRI") is part of the sentence `run`
    reads, so its states are the sentence's own, not the sentence before's."""
    context, day = row.get("context") or "", _date(row.get("date"))
    joined = sentences(f"{context} {row['sentence']}".strip())[0]
    before = max(len(joined) - len(sentences(row["sentence"])[0]), 0) if context else 0
    previous, article, own, earlier = None, Article(), set(), set()
    for number, raw in enumerate(joined):
        previous = read(raw, day, previous, article)
        (own if number >= before else earlier).update(a for a in previous.actors if a)
    return own, earlier - own


def causes(results: pd.DataFrame, rows: list[dict]) -> pd.DataFrame:
    """Each labelled claim `run` did not judge correctly with its cause (one of `CAUSES`): found with another verdict;
    the same kind reported with the right partner for another owner, or for the right owner with another partner;
    the pair reported as another kind; else what the sentence lacks (the owner or partner it never names or names
    only in the sentence before, a rank or share word) or, when it has all, that the rank or share word was not read."""
    by_id = {row["id"]: row for row in rows}
    reported = results[results["found"] | results["expected"].isna()]
    out = []
    for r in results[results["expected"].notna() & ~results["correct"]].itertuples(index=False):
        got = reported[reported["id"] == r.id]
        same = got[got["kind"] == r.kind]
        if r.found:
            cause = "verdict wrong"
        elif ((same["other"] == r.other) & (same["subject"] != r.subject)).any():
            cause = "owner read wrong"
        elif ((same["subject"] == r.subject) & (same["other"] != r.other)).any():
            cause = "partner read wrong or missing"
        elif any({s, o} == {r.subject, r.other} for s, o in zip(got["subject"], got["other"])):
            cause = "read as another kind"
        else:
            own, earlier = _states(by_id[r.id])
            if r.subject not in own:
                cause = "owner only in the sentence before" if r.subject in earlier else "owner not named"
            elif r.other and r.other not in own:
                cause = "partner only in the sentence before" if r.other in earlier else "partner not named"
            elif not _RANK_OR_SHARE.search(by_id[r.id]["sentence"]):
                cause = "no rank or share word"
            else:
                cause = "rank or share word not read"
        out.append({"id": r.id, "kind": r.kind, "subject": r.subject, "other": r.other, "cause": cause})
    return pd.DataFrame(out, columns=["id", "kind", "subject", "other", "cause"])
