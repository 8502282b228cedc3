"""Options and output helpers shared by every command.

Every command that prints analysis takes `--format table|csv|json`: `table` is for people,
`csv` and `json` are long ("tidy") tables for programs, with the same columns.

A table on a terminal is drawn with rich; piped or redirected, it is written as a Markdown
table sized to its content, so no header or cell is cut. Each column has one number format
(thousands separators, the same decimals on every row, percentages as percentages, never
scientific notation), and rows before the first and after the last year with data are left
out. This module imports no heavy library at start-up: pandas is imported when a frame is
printed.
"""
from __future__ import annotations

import csv
import json
import math
import numbers
import sys
from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

import typer
from rich.console import Console

from latitude import validate
from latitude.errors import LatitudeError

if TYPE_CHECKING:
    import pandas as pd

# On a pipe, long lines are written whole (soft wrap) rather than broken at 80 columns.
console = Console(highlight=False, soft_wrap=not sys.stdout.isatty())
err_console = Console(stderr=True, highlight=False)


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

Rows = Union["pd.DataFrame", Sequence[Mapping[str, Any]]]


def plot_option(path: Path | None, what: str = "--plot") -> Path | None:
    """Check a --plot SVG path before any work (None passes through). Charts are SVG (latitude's
    own writer, `latitude.report.svg`); a .png name gets a one-line hint rather than a wrong file."""
    if path is not None and Path(path).suffix.lower() == ".png":
        raise LatitudeError(f"{what} draws an SVG chart (it scales to any size; browsers, Inkscape and "
                            f"LibreOffice open it): name the file {Path(path).with_suffix('.svg').name}")
    return None if path is None else validate.output_file(path, what, (".svg",))


# ---------------------------------------------------------------- printing tables

YEARLIKE = ("year", "period", "session", "cow", "ccode", "gw", "isonum", "rcid")


def _is_yearlike(column: str) -> bool:
    name = column.lower()
    return name in YEARLIKE or name.endswith(("year", "_year", "ccode"))


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, and pandas NA raises: caught below
    except (TypeError, ValueError):
        return True


def _number(value: object) -> float | None:
    """A plain float for numeric cells (not booleans), None otherwise."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or _missing(value):
        return None
    return float(value)


def _is_numeric(values: Sequence[object]) -> bool:
    present = [v for v in values if not _missing(v)]
    return bool(present) and all(_number(v) is not None for v in present)


def column_formatter(values: Sequence[object], column: str, kind: str | None = None):
    """One formatting function for a whole column.

    `kind`: "percent" (fractions shown as 12.3%), "percent100" (values already in percent),
    "int", "text", "decimals:N", or None to infer: year-like and code columns as plain
    integers, columns named "...share..." holding fractions as percentages, whole numbers with
    thousands separators, other numbers with the same decimals on every row (three significant
    digits for the column's median size, none at 1,000 and above).
    """
    numbers_ = [n for n in (_number(v) for v in values) if n is not None and math.isfinite(n)]
    if kind is None:
        if not numbers_ or any(isinstance(v, bool) for v in values if not _missing(v)):
            kind = "text"
        elif _is_yearlike(column) and all(n.is_integer() for n in numbers_):
            kind = "code"
        elif "share" in column.lower() and all(0.0 <= n <= 1.0 for n in numbers_):
            kind = "percent"
        elif all(n.is_integer() for n in numbers_):
            kind = "int"
        else:
            magnitudes = sorted(abs(n) for n in numbers_ if n != 0) or [1.0]
            typical = magnitudes[len(magnitudes) // 2]
            if max(abs(n) for n in numbers_) >= 1000:
                kind = "decimals:0"
            else:
                kind = f"decimals:{min(6, max(0, 2 - math.floor(math.log10(typical))))}"

    def fmt(value: object) -> str:
        if _missing(value):
            return "–"
        number = _number(value)
        if number is None or kind == "text":
            if isinstance(value, bool):
                return "yes" if value else "no"
            return str(value)
        if not math.isfinite(number):
            return str(number)
        if kind == "code":
            return str(int(number))
        if kind == "int":
            return f"{number:,.0f}"
        if kind == "percent":
            return f"{100 * number:.1f}%"
        if kind == "percent100":
            return f"{number:.1f}%"
        digits = int(kind.split(":")[1]) if kind.startswith("decimals:") else 3
        return f"{number:,.{digits}f}"

    return fmt


def _records(data: Rows) -> tuple[list[str], list[list[object]]]:
    """(columns, rows) of a frame or a list of dicts."""
    if hasattr(data, "columns") and hasattr(data, "itertuples"):
        columns = [str(c) for c in data.columns]
        return columns, [list(row) for row in data.itertuples(index=False)]
    records = list(data)
    columns: list[str] = []
    for record in records:
        columns += [str(k) for k in record if str(k) not in columns]
    return columns, [[record.get(c) for c in columns] for record in records]


def _trim_years(columns: list[str], rows: list[list[object]]) -> tuple[list[list[object]], str]:
    """Leave out leading and trailing rows of a yearly table in which every value is missing,
    and say which years that left out."""
    if len(columns) < 2 or not _is_yearlike(columns[0]) or not rows:
        return rows, ""
    has_data = [any(not _missing(v) for v in row[1:]) for row in rows]
    if not any(has_data):
        return rows, ""
    first = has_data.index(True)
    last = len(has_data) - 1 - has_data[::-1].index(True)
    if first == 0 and last == len(rows) - 1:
        return rows, ""
    kept = rows[first:last + 1]
    note = f"{columns[0]}s without data left out: shown {kept[0][0]}–{kept[-1][0]}"
    return kept, note


def emit(data: Rows, fmt: OutputFormat | str, title: str | None = None, caption: str | None = None,
         formats: Mapping[str, str] | None = None) -> None:
    """Print a frame (or a list of dicts) as a table, CSV or JSON records (missing values as
    empty / null). `formats` sets a column's number format for the table (see
    `column_formatter`); csv and json always carry the values as they are."""
    fmt = OutputFormat(fmt)
    if fmt is not OutputFormat.table:
        _emit_machine(data, fmt)
        return
    columns, rows = _records(data)
    rows, trimmed = _trim_years(columns, rows)
    formatters = [column_formatter([row[i] for row in rows], c, (formats or {}).get(c)) for i, c in enumerate(columns)]
    numeric = [_is_numeric([row[i] for row in rows]) for i in range(len(columns))]
    cells = [[f(v) for f, v in zip(formatters, row)] for row in rows]
    caption = "\n".join(p for p in (caption, trimmed) if p) or None
    if console.is_terminal:
        _rich_table(columns, cells, numeric, title, caption)
    else:
        _markdown_table(columns, cells, numeric, title, caption)


def _emit_machine(data: Rows, fmt: OutputFormat) -> None:
    if hasattr(data, "to_csv"):
        if fmt is OutputFormat.csv:
            data.to_csv(sys.stdout, index=False)
        else:
            records = json.loads(data.to_json(orient="records", date_format="iso", force_ascii=False))
            sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return
    columns, rows = _records(data)
    if fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if _missing(v) else v for v in row] for row in rows])
    else:
        records = [{c: (None if _missing(v) else v) for c, v in zip(columns, row)} for row in rows]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n")


def _rich_table(columns: list[str], cells: list[list[str]], numeric: list[bool], title: str | None,
                caption: str | None) -> None:
    """A rich table on the terminal: title and caption as full-width lines around it, headers
    wrapped only between words, cells folded rather than cut."""
    from rich import box
    from rich.table import Table

    if title:
        console.print(title, style="bold", markup=False)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, header_style="bold", padding=(0, 1), collapse_padding=True)
    for column, is_number in zip(columns, numeric):
        longest_word = max((len(word) for word in column.split()), default=1)
        table.add_column(column, justify="right" if is_number else "left", overflow="fold",
                         min_width=min(longest_word, 24))
    for row in cells:
        table.add_row(*row)
    # wider than the terminal even with headers wrapped: print it whole (the terminal wraps the
    # lines) rather than let rich cut columns
    needed = console.measure(table).minimum
    console.print(table, width=max(needed, console.width))
    if caption:
        console.print(caption, style="dim", markup=False)
    console.print()


def _markdown_table(columns: list[str], cells: list[list[str]], numeric: list[bool], title: str | None,
                    caption: str | None) -> None:
    """A Markdown table sized to its content (for pipes and files)."""
    def clean(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    header = [clean(c) for c in columns]
    body = [[clean(c) for c in row] for row in cells]
    widths = [max([len(h), 3, *(len(r[i]) for r in body)]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric)) + " |"

    out = sys.stdout
    if title:
        out.write(f"{title}\n\n")
    out.write(line(header) + "\n")
    out.write("| " + " | ".join(("-" * (w - 1) + ":") if n else "-" * w for w, n in zip(widths, numeric)) + " |\n")
    for row in body:
        out.write(line(row) + "\n")
    if caption:
        out.write("\n" + caption + "\n")
    out.write("\n")


def note(text: str) -> None:
    """A note under a table (units, terms, caveats), plain on a pipe."""
    console.print(text, soft_wrap=not console.is_terminal, highlight=False, markup=False)


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
