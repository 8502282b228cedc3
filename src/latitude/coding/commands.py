"""CLI functions for `latitude events code` and `latitude events evaluate` (registered in
`latitude/commands/events.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd
import typer
from rich.progress import Progress

from latitude.coding.coder import FIELDS, code, read_articles
from latitude.coding.embedding import check_mode
from latitude.coding.evaluate import evaluate
from latitude.errors import LatitudeError

FORMATS = ("table", "csv", "json")
MODEL_HELP = "fast (default, numpy only) or accurate (sentence embeddings; pip install 'latitude[accurate]')."


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise LatitudeError(f"unknown format '{fmt}': use table, csv or json")
    return fmt


def _emit(frame: pd.DataFrame, fmt: str, title: str) -> None:
    from latitude.commands._common import emit

    emit(frame, fmt, title=title)


def code_command(
    files: list[Path] = typer.Argument(..., help="Plain-text articles or JSONL (text, optional date and id)."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    date: Optional[str] = typer.Option(None, "--date", help="Article date YYYY-MM-DD for inputs without one."),
    model: str = typer.Option("fast", "--model", help=MODEL_HELP),
) -> None:
    """Code English news text into CAMEO/PLOVER events (one row per event)."""
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
    _emit(frame, format, f"{len(frame)} coded events")


def evaluate_command(
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    gold_dir: Optional[Path] = typer.Option(None, "--gold-dir", help="events_gold folder (default: mirror)."),
    model: str = typer.Option("fast", "--model", help=MODEL_HELP),
) -> None:
    """Score the coder on held-out gold data: precision, recall and F1 for event type, source, target."""
    _check_format(format)
    _emit(evaluate(gold_dir, model).round(3), format, f"Coder evaluation on gold data ({model} mode)")
