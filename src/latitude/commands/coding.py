"""CLI glue for latitude's text -> event coder: `latitude events code` and `latitude events evaluate`.

`register(events_app)` adds both commands to the `latitude events` group (called from
`commands/events.py`); the coder itself (`latitude.coding`) knows nothing of the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd
import typer
from rich.progress import Progress

from latitude.coding.coder import FIELDS, code, read_articles
from latitude.coding.embedding import check_mode
from latitude.coding.evaluate import evaluate
from latitude.coding.prose import prose_scores
from latitude.commands._common import emit
from latitude.errors import LatitudeError

FORMATS = ("table", "csv", "json")
MODEL_HELP = "fast (default, numpy only) or accurate (sentence embeddings; pip install 'latitude[accurate]')."
DATE_HELP = (
    "Article date YYYY-MM-DD for inputs without one. Relative dates ('on Thursday', 'last week') resolve "
    "against it; without it they stay unknown (null), while 'in January 2026' gives 2026-01 and 'early "
    "January' (no year) gives null."
)


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise LatitudeError(f"unknown format '{fmt}': use table, csv or json")
    return fmt


def code_command(
    files: list[Path] = typer.Argument(..., help="Plain-text articles or JSONL (text, optional date and id)."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    date: Optional[str] = typer.Option(None, "--date", help=DATE_HELP),
    model: str = typer.Option("fast", "--model", help=MODEL_HELP),
) -> None:
    """Code English news text into CAMEO/PLOVER events (one row per event; sentences that report no
    event, such as analysis, opinion, conditionals and headlines, give none)."""
    _check_format(format)
    check_mode(model)
    records = []
    with Progress(transient=True, disable=format != "table") as progress:
        task = progress.add_task("coding", total=len(files))
        for path in files:
            for article in read_articles(path, date):
                records.extend(code(article, model=model))
            progress.advance(task)
    frame = pd.DataFrame(records, columns=list(FIELDS))
    emit(frame, format, title=f"{len(frame)} coded events")


def evaluate_command(
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    gold_dir: Optional[Path] = typer.Option(None, "--gold-dir", help="events_gold folder (default: mirror)."),
    model: str = typer.Option("fast", "--model", help=MODEL_HELP),
    prose: Optional[Path] = typer.Option(
        None, "--prose", help="Score on a labelled prose set instead (TSV, see tests/fixtures/coding/README.md)."),
) -> None:
    """Score the coder on gold data it was not trained on: precision, recall and F1 for event type,
    source and target (see docs/coding.md for which figures are held out); with --prose, event and
    non-event sentences of labelled real prose."""
    _check_format(format)
    check_mode(model)
    if prose is not None:
        emit(prose_scores(prose, model).round(3), format, title=f"Coder on {prose.name} ({model} mode)")
        return
    emit(evaluate(gold_dir, model).round(3), format, title=f"Coder evaluation on gold data ({model} mode)")


def register(events_app: typer.Typer) -> None:
    """Add `code` and `evaluate` to the `latitude events` command group."""
    events_app.command("code")(code_command)
    events_app.command("evaluate")(evaluate_command)
