"""Score the coder on the gold data in the mirror's `events_gold/` folder.

Event type is scored only where no classifier saw the sentence: the held-out fifth of the ConfliBERT
5-class sentences and of the PLOVER gold records (see `gold.is_test`), and the PETRARCH unit tests
(never trained on). Actors come from the gazetteer, which was not fitted to any gold file, so source and
target are scored on all PLOVER records (country codes) and all ConfliBERT span sentences (span overlap).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from latitude.coding import gold
from latitude.coding.classifier import QUAD_LABELS, QUAD_NAMES
from latitude.coding.coder import analyse, classify, code_sentence
from latitude.coding.context import ArticleContext
from latitude.coding.embedding import check_mode
from latitude.coding.eventness import clause_breaks, clause_starts
from latitude.coding.gazetteer import Mention, find_actors
from latitude.coding.text import raw_tokens

COLUMNS = ["dataset", "task", "precision", "recall", "f1", "n"]


def _prf(true_positive: int, predicted: int, relevant: int) -> tuple[float, float, float]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / relevant if relevant else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _row(dataset: str, task: str, tp: int, predicted: int, relevant: int, n: int) -> dict:
    precision, recall, f1 = _prf(tp, predicted, relevant)
    return {"dataset": dataset, "task": task, "precision": precision, "recall": recall, "f1": f1, "n": n}


def _quad_rows(events: list[gold.GoldEvent], model: str) -> list[dict]:
    predictions = [classify(e.text, model=model).quad for e in events]
    truth = [e.label for e in events]
    rows = []
    for label, name in zip(QUAD_LABELS, QUAD_NAMES):
        tp = sum(p == t == label for p, t in zip(predictions, truth))
        rows.append(_row("conflibert_cameo (held out)", f"class {label} {name}", tp, predictions.count(label), truth.count(label), truth.count(label)))
    macro = {key: sum(r[key] for r in rows) / len(rows) for key in ("precision", "recall", "f1")}
    rows.append({"dataset": "conflibert_cameo (held out)", "task": "event type (macro)", **macro, "n": len(events)})
    correct = sum(p == t for p, t in zip(predictions, truth))
    rows.append(_row("conflibert_cameo (held out)", "event type (accuracy)", correct, len(events), len(events), len(events)))
    return rows


def _dyad(text: str, model: str, joint_reading: bool = False) -> tuple[Mention | None, Mention | None]:
    """Source and target of the first event the coder finds in a sentence (as `code` gives it); with
    `joint_reading`, a joint act ('X and Y agreed', `joint` True) has no target, as the PLOVER gold
    records code CAMEO's reciprocal acts (both parties sources)."""
    raw = raw_tokens(text)
    records = code_sentence(text, model=model)
    if not records:
        return None, None
    mentions = find_actors(raw)

    def mention(code: str | None, sector: str | None) -> Mention | None:
        return next((m for m in mentions if m.code == code and m.sector == sector), None) or next(
            (m for m in mentions if m.code == code), None
        )

    target = None if joint_reading and records[0]["joint"] else mention(records[0]["target"], records[0]["target_sector"])
    return mention(records[0]["source"], records[0]["source_sector"]), target


def _actor_rows(dataset: str, records: Iterable[gold.GoldEvent], model: str, joint_reading: bool = True) -> list[dict]:
    counts = {"source": [0, 0, 0], "target": [0, 0, 0]}
    records = list(records)
    for record in records:
        source, target = _dyad(record.text, model, joint_reading)
        for role, mention, expected in (("source", source, record.sources), ("target", target, record.targets)):
            tally = counts[role]
            tally[0] += bool(mention and mention.code in expected)
            tally[1] += mention is not None
            tally[2] += bool(expected)
    return [_row(dataset, role, tp, pred, rel, len(records)) for role, (tp, pred, rel) in counts.items()]


def _plover_type_row(records: list[gold.GoldEvent], model: str) -> dict:
    predictions = [classify(r.text, model=model).plover for r in records]
    tp = sum(p == r.label for p, r in zip(predictions, records))
    return _row("plover_gold (held out)", "event type", tp, sum(p is not None for p in predictions), len(records), len(records))


def _content(text: str) -> set[str]:
    return {w.lower() for w in raw_tokens(text) if len(w) > 2 and w.lower() not in {"the", "and", "its"}}


def _span_rows(spans: list[tuple[str, str, str]], model: str) -> list[dict]:
    counts = {"source": [0, 0, 0], "target": [0, 0, 0]}
    for sentence, source_span, target_span in spans:
        raw = raw_tokens(sentence)
        source, target = _dyad(sentence, model)
        for role, mention, span in (("source", source, source_span), ("target", target, target_span)):
            tally = counts[role]
            if mention is not None:
                tally[1] += 1
                tally[0] += bool(span and _content(" ".join(raw[mention.start : mention.end])) & _content(span))
            tally[2] += bool(span)
    return [_row("conflibert_spans", f"{role} (span overlap)", tp, pred, rel, len(spans)) for role, (tp, pred, rel) in counts.items()]


def _petrarch_row(records: list[gold.GoldEvent], model: str) -> dict:
    predictions = [classify(r.text, model=model).cameo[:2] for r in records]
    tp = sum(p == r.label[:2] for p, r in zip(predictions, records))
    return _row("petrarch_unit_tests", "root vs validation-dictionary codes", tp, len(records), len(records), len(records))


def _news_date(value: str | None) -> dt.date | None:
    """An article date for the coder: a full date, or the middle of a month; a bare year gives none."""
    if value and len(value) == 10:
        return dt.date.fromisoformat(value)
    if value and len(value) == 7:
        return dt.date.fromisoformat(value + "-15")
    return None


def news_scores(path: Path, model: str = "fast", joint_reading: bool = True) -> pd.DataFrame:
    """PLOVER event type, source and target on labelled real news sentences (`gold.news_records`).

    Every sentence reports an event. Event type (accuracy): `classify`'s PLOVER category, as for the
    gold records, right when it is one of the labelled categories; "first coded record": the category
    of the first record `code_sentence` gives (none when the coder finds no event). Source and target:
    precision and recall of the first record's actors, as `evaluate` scores the gold records. With
    `joint_reading` (default), a joint record (`joint` True: "X and Y signed an agreement") is read as
    the sets label it, both parties sources and no target: its source is scored, its target is none;
    `joint_reading=False` scores the record's pair as it is (the reading before PLOVER round 14).
    """
    check_mode(model)
    records = gold.news_records(path)
    name = Path(path).stem
    n = len(records)
    typed = sum(classify(r.text, model=model).plover in r.labels for r in records)
    rows = [_row(name, "event type (accuracy)", typed, n, n, n)]
    counts = {"source": [0, 0, 0], "target": [0, 0, 0]}
    coded = first_right = 0
    for record in records:
        coded_records = code_sentence(record.text, _news_date(record.date), model=model)
        coded += bool(coded_records)
        first_right += bool(coded_records) and coded_records[0]["plover"] in record.labels
        first = coded_records[0] if coded_records else {}
        for role, expected in (("source", record.sources), ("target", record.targets)):
            found = None if role == "target" and joint_reading and first.get("joint") else first.get(role)
            tally = counts[role]
            tally[0] += bool(found and found in expected)
            tally[1] += found is not None
            tally[2] += bool(expected)
    rows.append(_row(name, "event type (first coded record)", first_right, coded, n, n))
    rows.extend(_row(name, role, tp, pred, rel, n) for role, (tp, pred, rel) in counts.items())
    return pd.DataFrame(rows, columns=COLUMNS)


def evaluate(gold_dir: Path | None = None, model: str = "fast", joint_reading: bool = True) -> pd.DataFrame:
    """Precision, recall and F1 per dataset and task (event type, source, target); see module doc.

    `model`: the coder mode scored, "fast" (default) or "accurate" (see `latitude.coding.embedding`).
    `joint_reading`: a joint record's target is read as none on the PLOVER gold records (see `news_scores`).
    """
    check_mode(model)
    quad = [e for e in gold.conflibert_classes(gold_dir) if gold.is_test(e.text)]
    plover = gold.plover_records(gold_dir)
    rows = _quad_rows(quad, model)
    rows.append(_plover_type_row([r for r in plover if gold.is_test(r.text)], model))
    rows.extend(_actor_rows("plover_gold (all)", plover, model, joint_reading))
    rows.extend(_span_rows(gold.conflibert_spans(gold_dir), model))
    rows.append(_petrarch_row(gold.petrarch_records(gold_dir), model))
    return pd.DataFrame(rows, columns=COLUMNS)


def actor_scores(path: Path) -> pd.DataFrame:
    """Recall and precision of the states of the people the gazetteer finds in labelled sentences.

    `path`: a tab-separated file with columns `id`, `url`, `article_date` (ISO date or empty), `text`
    and `states` (space-separated ISO3 codes of the states the sentence's named office holders stand
    for), such as tests/fixtures/coding/heldout_leaders.tsv. Each sentence is read alone with its
    article date (`find_actors`); the states of its person mentions (`Mention.person`) are compared with
    the labelled ones: recall = labelled states found / labelled states, precision = states found that
    are labelled / states found; "sentences with every state found" counts sentences whose labelled
    states were all found.
    """
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    found_right = found = labelled = whole = 0
    for row in frame.itertuples():
        expected = set(row.states.split())
        date = dt.date.fromisoformat(row.article_date) if row.article_date else None
        breaks = clause_breaks(clause_starts(row.text))
        states = {m.code for m in find_actors(raw_tokens(row.text), date, breaks=breaks) if m.person}
        found_right += len(states & expected)
        found += len(states)
        labelled += len(expected)
        whole += expected <= states
    name = Path(path).stem
    rows = [_row(name, "states of named people", found_right, found, labelled, len(frame))]
    rows.append(_row(name, "sentences with every state found", whole, len(frame), len(frame), len(frame)))
    return pd.DataFrame(rows, columns=COLUMNS)


def named_actor_scores(path: Path, articles: bool = False) -> pd.DataFrame:
    """Recall of the states of labelled names (people and places) and the states found that the sentence
    does not name.

    `path`: a tab-separated file with columns `id`, `url`, `article_date`, `text`, `names` and `states`,
    such as tests/fixtures/coding/heldout_actors18.tsv. `names` lists `name=ISO3` items separated by ";"
    (a place's name starts with "@": "@Tamil Nadu=IND"), `states` every state (and `IGO`) the sentence
    names in any way. Each sentence is read alone with its article date and clause breaks (`find_actors`,
    `eventness.clause_breaks`: the commas of a list of holders). A name is found
    when a mention that overlaps its tokens has its state, wrong when mentions overlap it and none has
    its state; "states found" is precision = states of all mentions that `states` lists / states of all
    mentions, recall = labelled states found / labelled states.

    `articles`: read the rows of one page (consecutive rows citing one `url`) in order as the coder reads an
    article's sentences (`coder.analyse` with one `context.ArticleContext`, so that a surname or a title alone after
    the page named the person in full resolves, and the coder's stand-ins count as mentions; actors round 35); the
    default reads each sentence alone as above.
    """
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    counts = {kind: [0, 0, 0] for kind in ("people", "places")}  # right, wrong, labelled
    right_states = found_states = labelled_states = 0
    context, page = ArticleContext(), None
    for row in frame.itertuples():
        date = dt.date.fromisoformat(row.article_date) if row.article_date else None
        raw = raw_tokens(row.text)
        words = [w.lower() for w in raw]
        if articles:
            if row.url != page:
                context, page = ArticleContext(), row.url
            found = analyse(row.text, date, context=context)
            mentions = found.mentions if found is not None else []
            if found is not None:
                context.remember(found.words, found.mentions, found.ties)
                context.remember_frames(found.words, found.frames)
        else:
            mentions = find_actors(raw, date, breaks=clause_breaks(clause_starts(row.text)))
        for item in row.names.split(";"):
            name, code = item.rsplit("=", 1)
            kind = "places" if name.startswith("@") else "people"
            key = [w.lower() for w in raw_tokens(name.lstrip("@"))]
            start = next(i for i in range(len(words)) if words[i : i + len(key)] == key)
            over = [m.code for m in mentions if m.start < start + len(key) and start < m.end]
            counts[kind][0] += code in over
            counts[kind][1] += bool(over) and code not in over
            counts[kind][2] += 1
        expected, states = set(row.states.split()), {m.code for m in mentions}
        right_states += len(states & expected)
        found_states += len(states)
        labelled_states += len(expected)
    name = Path(path).stem
    rows = [
        _row(name, f"{kind}: state of the name", right, right + wrong, labelled, len(frame))
        for kind, (right, wrong, labelled) in counts.items()
    ]
    rows.append(_row(name, "states found", right_states, found_states, labelled_states, len(frame)))
    return pd.DataFrame(rows, columns=COLUMNS)
