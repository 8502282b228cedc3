"""Options and output helpers shared by every command.

Every command that prints analysis takes `--format table|csv|json`: `table` is a rich table
for people, `csv` and `json` are long ("tidy") tables for programs, with the same columns.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from latitude.years import year_range

console = Console()
err_console = Console(stderr=True)


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


StoreOption = Annotated[Optional[Path], typer.Option(
    "--store", help="Store file (default: LATITUDE_STORE or the user data directory).", show_default=False)]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="table, csv or json.")]
MirrorOption = Annotated[Optional[Path], typer.Option(
    "--mirror", help="Directory holding the source files (default: LATITUDE_MIRROR).", show_default=False)]
YearsOption = Annotated[Optional[str], typer.Option(
    "--years", help="Year or range, e.g. 1990-2023 or 2015.", show_default=False)]


def parse_years(text: str | None, default: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """'1990-2023' -> (1990, 2023); '2015' -> (2015, 2015); None or blank -> default."""
    if text is None or not text.strip():
        return default
    return year_range(text)


@contextmanager
def chart(path: Path, size: tuple[float, float], caption: str | None = None, rows: int = 1, dpi: int = 120,
          foot: float = 0.06) -> Iterator[list]:
    """A matplotlib (Agg) figure of `rows` stacked axes; on leaving the block the caption (usually
    the source) goes at its foot, in the bottom `foot` of the figure, and the PNG is written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(rows, 1, figsize=size, squeeze=False)
    try:
        yield list(axes[:, 0])
        if caption:
            fig.text(0.01, 0.01, caption, fontsize=7, wrap=True, va="bottom")
        fig.tight_layout(rect=(0, foot if caption else 0, 1, 1))
        fig.savefig(path, dpi=dpi)
    finally:
        plt.close(fig)


def _cell(value: object) -> str:
    if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)


def emit(df: pd.DataFrame, fmt: OutputFormat | str, title: str | None = None,
         caption: str | None = None) -> None:
    """Print a frame as a rich table, CSV or JSON records (missing values as empty / null)."""
    fmt = OutputFormat(fmt)
    if fmt is OutputFormat.csv:
        df.to_csv(sys.stdout, index=False)
    elif fmt is OutputFormat.json:
        records = json.loads(df.to_json(orient="records", date_format="iso", force_ascii=False))
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    else:
        table = Table(title=title, caption=caption, caption_justify="left")
        for column in df.columns:
            numeric = pd.api.types.is_numeric_dtype(df[column])
            table.add_column(str(column), justify="right" if numeric else "left")
        for row in df.itertuples(index=False):
            table.add_row(*[_cell(v) for v in row])
        console.print(table)


def default_command_group(default: str) -> type:
    """A Typer group class that runs `default` when the first word is not a subcommand (as
    click-default-group does): `latitude events KOR ...` means `latitude events series KOR ...`."""
    from typer.core import TyperGroup

    class DefaultCommandGroup(TyperGroup):
        def parse_args(self, ctx, args: list[str]) -> list[str]:
            if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
                args = [default, *args]
            return super().parse_args(ctx, args)

    return DefaultCommandGroup

