"""Readers for the event-coding gold data in the mirror (`events_gold/`) and the held-out split.

The split is fixed by a hash of the sentence text so it is the same on every machine: the shipped
classifiers are trained on the `train` part only and `latitude.coding.evaluate` scores the `test` part.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

from latitude.errors import LatitudeError

TEST_SHARE = 5  # one sentence in five is held out

# PLOVER gold of 2016 (version 0.5b1) uses event names that PLOVER 2021 merged; compare on the 2021 set.
OLD_PLOVER_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def mirror_dir() -> Path:
    """The data mirror: env LATITUDE_MIRROR, else `../shared/data` beside the repository."""
    env = os.environ.get("LATITUDE_MIRROR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def gold_dir(path: Path | None = None) -> Path:
    """The `events_gold` folder, checked to exist."""
    folder = Path(path) if path is not None else mirror_dir() / "events_gold"
    if not folder.is_dir():
        raise LatitudeError(f"no event gold data at {folder}: set LATITUDE_MIRROR or pass --gold-dir")
    return folder


def is_test(text: str) -> bool:
    """True for the held-out fifth of sentences (stable hash of the whitespace-normalised text)."""
    digest = hashlib.md5(" ".join(text.split()).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % TEST_SHARE == 0


@dataclass(frozen=True)
class GoldEvent:
    """A gold sentence with its event label and, where coded, source/target country codes."""

    text: str
    label: str
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()


def _read(path: Path) -> str:
    if not path.is_file():
        raise LatitudeError(f"missing gold file {path}: check the mirror's events_gold folder")
    return path.read_text(encoding="utf-8")


def conflibert_classes(folder: Path | None = None) -> list[GoldEvent]:
    """ConfliBERT CAMEO 5-class sentences (0 statement .. 4 material conflict), label as a digit string."""
    text = _read(gold_dir(folder) / "conflibert_cameo" / "cameo_class_train.tsv")
    events = []
    for line in text.splitlines():
        if not line.strip():
            continue
        sentence, _, label = line.rpartition("\t")
        if label.strip() not in {"0", "1", "2", "3", "4"}:
            raise LatitudeError(f"bad label {label!r} in cameo_class_train.tsv: expected 0-4")
        events.append(GoldEvent(sentence.strip(), label.strip()))
    return events


def conflibert_spans(folder: Path | None = None) -> list[tuple[str, str, str]]:
    """ConfliBERT BIO-tagged sentences as (sentence, source span text, target span text)."""
    text = _read(gold_dir(folder) / "conflibert_cameo" / "cameo_ner_train.txt")
    out = []
    for block in re.split(r"\n\s*\n", text):
        words, tags = [], []
        for line in block.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                words.append(parts[0])
                tags.append(parts[-1])
        if not words:
            continue
        source = " ".join(w for w, t in zip(words, tags) if t.endswith("-S"))
        target = " ".join(w for w, t in zip(words, tags) if t.endswith("-T"))
        out.append((" ".join(words), source, target))
    return out


# Two of the PLOVER gold file's state codes are not ISO 3166 (the file uses ISO everywhere else, and
# its actorText says which state is meant): "JAP" for Japan ("Tokyo", "Japanese Prime Minister Ryutaro
# Hashimoto") and "ITL" for Italy. Read as written, a coder's JPN or ITA would count as a miss.
_GOLD_CODE_TYPOS = {"JAP": "JPN", "ITL": "ITA"}


def _codes(actors) -> tuple[str, ...]:
    if not isinstance(actors, list):
        return ()
    codes = (a.get("code", "") for a in actors if isinstance(a, dict) and a.get("code"))
    return tuple(_GOLD_CODE_TYPOS.get(code, code) for code in codes)


def plover_records(folder: Path | None = None) -> list[GoldEvent]:
    """PLOVER gold records (CAMEO-manual sentences), event names mapped to the 2021 PLOVER set."""
    records = json.loads(_read(gold_dir(folder) / "PLOVER_GSR_CAMEO.dev.json"))
    events = []
    for record in records:
        if record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        label = OLD_PLOVER_NAMES.get(record["event"], record["event"])
        events.append(GoldEvent(record["text"].strip(), label, _codes(record.get("source")), _codes(record.get("target"))))
    return events


@dataclass(frozen=True)
class NewsEvent:
    """A real news sentence labelled with its PLOVER category (alternatives allowed), ISO3 source and
    target codes and, where the page gives it, the article date (`tests/fixtures/coding/plover_news_*.tsv`)."""

    text: str
    labels: tuple[str, ...]
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    date: str | None
    url: str


NEWS_COLUMNS = ("id", "url", "article_date", "text", "plover", "sources", "targets")


def _code_list(value: str) -> tuple[str, ...]:
    return () if value.strip() in ("", "-") else tuple(v.strip() for v in value.split(";") if v.strip())


def news_records(path: Path) -> list[NewsEvent]:
    """Labelled news sentences from a tab-separated file with columns `NEWS_COLUMNS` (see the fixture
    README): `plover` is one PLOVER 2021 category or several joined by '/', `sources` and `targets` are
    ISO3 codes joined by ';' ('-' for none)."""
    path = Path(path)
    if not path.is_file():
        raise LatitudeError(f"missing news set {path}: pass a tab-separated file with columns {', '.join(NEWS_COLUMNS)}")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or tuple(rows[0]) != NEWS_COLUMNS:
        raise LatitudeError(f"{path.name}: the header must be {chr(9).join(NEWS_COLUMNS)!r}")
    known = set(OLD_PLOVER_NAMES.values()) | _PLOVER_2021
    events = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(NEWS_COLUMNS):
            raise LatitudeError(f"{path.name} line {number}: expected {len(NEWS_COLUMNS)} tab-separated columns, found {len(row)}")
        record = dict(zip(NEWS_COLUMNS, row))
        labels = tuple(label.strip() for label in record["plover"].split("/"))
        unknown = [label for label in labels if label not in known]
        if unknown:
            raise LatitudeError(f"{path.name} line {number}: unknown PLOVER category {unknown[0]!r}")
        events.append(
            NewsEvent(record["text"].strip(), labels, _code_list(record["sources"]), _code_list(record["targets"]),
                      record["article_date"].strip() or None, record["url"].strip())
        )
    return events


_PLOVER_2021 = frozenset(
    "AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST MOBILIZE "
    "SANCTION COERCE ASSAULT".split()
)


def petrarch_records(folder: Path | None = None) -> list[GoldEvent]:
    """PETRARCH unit-test sentences with their first expected CAMEO event code (fictional actors)."""
    root = ET.fromstring(_read(gold_dir(folder) / "petrarch_tests" / "PETR.UnitTest.records.xml"))
    events = []
    for sentence in root.iter("Sentence"):
        text_node = sentence.find("Text")
        codings = [c.get("eventcode", "") for c in sentence.iter("EventCoding")]
        codings = [c for c in codings if c[:2].isdigit() and 1 <= int(c[:2]) <= 20]
        if text_node is None or not codings or not (text_node.text or "").strip():
            continue
        events.append(GoldEvent(" ".join(text_node.text.split()), codings[0]))
    return events


def synthetic_stories(folder: Path | None = None) -> list[GoldEvent]:
    """NGEC's LLM-written PLOVER-labelled stories (silver training data, never used for scoring)."""
    path = gold_dir(folder) / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
    if not path.is_file():
        raise LatitudeError(f"missing {path}: check the mirror's events_gold/ngec folder")
    with zipfile.ZipFile(path) as archive:
        name = archive.namelist()[0]
        reader = csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8"))
        return [GoldEvent(row["text"].strip(), row["label"].strip()) for row in reader if row.get("text")]
