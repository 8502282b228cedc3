"""Score the coder on hand-labelled real prose: is each sentence an event, and which events.

A prose set is a tab-separated file (see `tests/fixtures/coding/README.md`) with one row per
sentence or headline of published articles: `id, url, article_date, kind, text, events`, where
`events` is `-` (no event) or ` | `-separated `SRC>TGT TYPE` items (`SRC<>TGT` for joint acts,
`TGT` `-` for none, `TYPE` a PLOVER category, `STATEMENT`, alternatives joined by `/`, or `*`).

The rows of one article (same `url`) are put back together (headlines as lines of their own) and
coded as one article, as a user's file would be; each coded event is attributed to the row its
sentence came from. Scores:
- sentence level: precision and recall of "reports an event", and false events per non-event
  sentence (events coded from sentences labelled `-`);
- event level: a labelled event is found when a coded event of its sentence has its source and
  target (either direction for `<>`; `-` accepts any target) and an accepted type; recall is given for
  all events and for visits and meetings (CONSULT) and missile launches (MOBILIZE) separately; dyad
  recall ignores the type.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from latitude.coding.coder import Article, code
from latitude.coding.text import clean
from latitude.errors import LatitudeError

COLUMNS = ["measure", "value", "n"]


@dataclass(frozen=True)
class LabelledEvent:
    """One labelled event: source and target codes (target None = not named), accepted types."""

    source: str
    target: str | None
    types: frozenset[str]
    joint: bool

    def matches(self, record: dict, check_type: bool = True) -> bool:
        """True when a coded record has this event's dyad (and, with `check_type`, an accepted type)."""
        pairs = {(self.source, self.target)} | ({(self.target, self.source)} if self.joint else set())
        if self.target is None:
            dyad = record["source"] == self.source
        else:
            dyad = (record["source"], record["target"]) in pairs
        if not dyad or not check_type or "*" in self.types:
            return dyad
        kind = record["plover"] if record["plover"] is not None else "STATEMENT"
        return kind in self.types


@dataclass(frozen=True)
class ProseRow:
    """One labelled sentence or headline."""

    id: str
    url: str
    article_date: str
    kind: str
    text: str
    events: tuple[LabelledEvent, ...]


def _event(item: str, where: str) -> LabelledEvent:
    try:
        dyad, types = item.strip().split(" ")
    except ValueError:
        raise LatitudeError(f"{where}: event {item!r} is not 'SRC>TGT TYPE'") from None
    joint = "<>" in dyad
    source, _, target = dyad.partition("<>" if joint else ">")
    if not source or not target:
        raise LatitudeError(f"{where}: event {item!r} needs SRC>TGT or SRC<>TGT")
    return LabelledEvent(source, None if target == "-" else target, frozenset(types.split("/")), joint)


def read_prose(path: Path) -> list[ProseRow]:
    """The rows of a prose set (see the module doc), checked."""
    path = Path(path)
    if not path.is_file():
        raise LatitudeError(f"no prose set at {path}")
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            where = f"{path.name}:{record.get('id')}"
            if record.get("kind") not in ("sentence", "headline") or not record.get("text"):
                raise LatitudeError(f"{where}: kind must be sentence or headline, with text")
            events = () if record["events"].strip() == "-" else tuple(
                _event(item, where) for item in record["events"].split("|")
            )
            rows.append(ProseRow(record["id"], record["url"], record["article_date"], record["kind"], record["text"], events))
    return rows


def _articles(rows: list[ProseRow]) -> list[tuple[Article, list[ProseRow]]]:
    """Rows grouped back into articles (in file order); headlines are lines of their own."""
    groups: dict[str, list[ProseRow]] = {}
    for row in rows:
        groups.setdefault(row.url, []).append(row)
    out = []
    for url, members in groups.items():
        lines: list[str] = []
        for row in members:
            if row.kind == "headline" or not lines or members[members.index(row) - 1].kind == "headline":
                lines.append(row.text)
            else:
                lines[-1] += " " + row.text
        date = dt.date.fromisoformat(members[0].article_date) if members[0].article_date else None
        out.append((Article(url, "\n".join(lines), date), members))
    return out


def _attribute(record: dict, members: list[ProseRow]) -> ProseRow | None:
    """The row a coded record's sentence comes from (the row whose text holds it, or that it holds)."""
    sentence = clean(record["sentence"])
    texts = [(row, clean(row.text)) for row in members]
    # a row that holds the sentence first: a headline repeated as the start of the lead it sits above
    # ("North Korea fired a ballistic missile into the Sea of Japan" over "North Korea fired ... , Yonhap
    # news agency reported.") is held by the lead's sentence, whose record is the lead's (coder round 32)
    return next((row for row, text in texts if sentence in text), None) or next(
        (row for row, text in texts if text in sentence), None
    )


def _coded(rows: list[ProseRow], model: str) -> dict[str, list[dict]]:
    """Coded events per row id."""
    coded: dict[str, list[dict]] = {row.id: [] for row in rows}
    for article, members in _articles(rows):
        for record in code(article, model=model):
            row = _attribute(record, members)
            if row is not None:
                coded[row.id].append(record)
    return coded


def prose_scores(path: Path, model: str = "fast") -> pd.DataFrame:
    """Sentence- and event-level scores of the coder on a prose set (see the module doc)."""
    rows = read_prose(path)
    coded = _coded(rows, model)
    eventful = [r for r in rows if r.events]
    quiet = [r for r in rows if not r.events]
    predicted = [r for r in rows if coded[r.id]]
    true_positive = sum(bool(r.events) for r in predicted)
    events = [(r, e) for r in eventful for e in r.events]

    def recall(selected: list[tuple[ProseRow, LabelledEvent]], check_type: bool = True) -> tuple[float, int]:
        found = sum(any(e.matches(rec, check_type) for rec in coded[r.id]) for r, e in selected)
        return (found / len(selected) if selected else float("nan")), len(selected)

    visits = [(r, e) for r, e in events if "CONSULT" in e.types]
    launches = [(r, e) for r, e in events if "MOBILIZE" in e.types]
    matched_records = sum(any(e.matches(rec) for e in r.events) for r in eventful for rec in coded[r.id])
    records_on_events = sum(len(coded[r.id]) for r in eventful)
    measures = [
        ("sentences reporting an event: precision", true_positive / len(predicted) if predicted else float("nan"), len(predicted)),
        ("sentences reporting an event: recall", true_positive / len(eventful) if eventful else float("nan"), len(eventful)),
        ("false events per non-event sentence", sum(len(coded[r.id]) for r in quiet) / len(quiet) if quiet else float("nan"), len(quiet)),
        ("non-event sentences with any event", sum(bool(coded[r.id]) for r in quiet) / len(quiet) if quiet else float("nan"), len(quiet)),
        ("labelled events found (dyad and type)", *recall(events)),
        ("labelled events found (dyad only)", *recall(events, check_type=False)),
        ("visits and meetings found (dyad and type)", *recall(visits)),
        ("missile launches found (dyad and type)", *recall(launches)),
        ("coded events on event sentences that match a label", matched_records / records_on_events if records_on_events else float("nan"), records_on_events),
    ]
    return pd.DataFrame(measures, columns=COLUMNS)


def prose_errors(path: Path, model: str = "fast") -> list[tuple[ProseRow, list[dict]]]:
    """Rows whose coded events differ from the labels, with what was coded (for a dev set only)."""
    rows = read_prose(path)
    coded = _coded(rows, model)
    wrong = []
    for row in rows:
        records = coded[row.id]
        labelled_found = all(any(e.matches(rec) for rec in records) for e in row.events)
        extra = [rec for rec in records if not any(e.matches(rec) for e in row.events)]
        if not labelled_found or extra:
            wrong.append((row, records))
    return wrong
