"""`latitude events`: load event files, code text into events, and show dyad event series.

    latitude events load FILE... [--format auto|gdelt1|gdelt2|icews] [--replace]
    latitude events KOR --with CHN,JPN,USA [--freq month|year] [--years ...] [--plot FILE.svg]
    latitude events code FILE... / latitude events evaluate   (latitude's text -> events coder)

`latitude events KOR ...` is short for `latitude events series KOR ...`: the group sends a first
word that is not one of its subcommands to `series`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import duckdb
import pandas as pd
import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from latitude import countries, events_ingest, store, validate
from latitude.commands._common import (FormatOption, OutputFormat, StoreOption, YearsOption, console,
                                       default_command_group, emit, err_console)
from latitude.validate import parse_years
from latitude.errors import LatitudeError
from latitude.measures import events as event_measures


def _partners(text: str | None, focal: str) -> list[str]:
    if not text:
        raise LatitudeError("name the partners: add --with CHN,JPN,USA")
    return validate.country_list(text, "--with", exclude={validate.country(focal, "FOCAL"): "the focal country"})


def _wide(frame: pd.DataFrame) -> pd.DataFrame:
    """Table view: one row per period and partner with the main figures."""
    columns = ["period", "partner", "events", "verbal_coop", "material_coop", "verbal_conflict",
               "material_conflict", "goldstein_mean", "net_cooperation", "source_days", "source"]
    return frame[columns]


def register(app: typer.Typer) -> None:
    events_app = typer.Typer(cls=default_command_group("series"), no_args_is_help=True,
                             help="Event data: load GDELT/ICEWS files, code texts, dyad event series "
                                  "(`latitude events KOR --with CHN,JPN,USA`).")

    @events_app.command("series")
    def series(
        focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR.")],
        partners: Annotated[str | None, typer.Option(
            "--with", help="Partners, comma-separated, e.g. CHN,JPN,USA.", show_default=False)] = None,
        freq: Annotated[str, typer.Option("--freq", help="month or year.")] = "month",
        direction: Annotated[str, typer.Option(
            "--direction", help="both (either way), out (focal -> partner) or in (partner -> focal).")] = "both",
        origin: Annotated[str | None, typer.Option(
            "--origin", help="Only these origins, comma-separated: gdelt1, gdelt2, icews, latitude-coder.",
            show_default=False)] = None,
        years: YearsOption = None,
        include_samples: Annotated[bool, typer.Option(
            "--include-samples", help="Count the bundled GDELT/ICEWS samples too (a few days: not a series).")] = False,
        format: FormatOption = OutputFormat.table,
        plot: Annotated[Path | None, typer.Option("--plot", help="Also save a chart (SVG, FILE.svg).",
                                                     show_default=False)] = None,
        store_path: StoreOption = None,
    ) -> None:
        """Events between a country and its partners by month or year: quad-class counts, Goldstein
        mean and sum, net cooperation = (cooperation - conflict) / events, and the days with any
        event in each period (a thin period is a small sample)."""
        con = store.connect(store_path, read_only=True)
        try:
            frame = event_measures.dyad_series(
                con, focal, _partners(partners, focal), freq=freq, years=parse_years(years), directed=direction,
                origins=[o.strip() for o in origin.split(",")] if origin else None,
                include_samples=include_samples)
        finally:
            con.close()
        if frame.empty:
            raise LatitudeError("no events in the chosen years: check --years against `latitude events status`")
        if plot is not None:
            from latitude.report.charts import event_chart

            event_chart(frame).write(plot)
        if format is OutputFormat.table:
            caption = "net cooperation = (verbal+material cooperation - verbal+material conflict) / events"
            if frame["sample"].any():
                caption += (f"; includes bundled sample events (at most {frame['source_days'].max()} days with "
                            "events in a period): not a series")
            emit(_wide(frame), format, title=f"Events of {countries.iso3(focal)} with {partners} ({direction})",
                 caption=caption)
            if plot is not None:
                console.print(f"chart saved to {plot}")
        else:
            emit(frame, format)

    @events_app.command("load")
    def load(
        files: Annotated[list[Path], typer.Argument(
            help="GDELT 1.0/2.0 exports, ICEWS event files, or news texts (.txt, .jsonl) to code.")],
        format: Annotated[str, typer.Option(
            "--format", help="auto, gdelt1, gdelt2, icews or text (news text coded by latitude's coder).")] = "auto",
        date: Annotated[str | None, typer.Option(
            "--date", help="Article date YYYY-MM-DD for texts without one.", show_default=False)] = None,
        replace: Annotated[bool, typer.Option(
            "--replace", help="Drop every file loaded with `events load` before (sources' rows stay).")] = False,
        memory_limit: Annotated[str | None, typer.Option(
            "--memory-limit", help="Cap DuckDB's memory for the load, e.g. 2GB (default: 80% of RAM).",
            show_default=False)] = None,
        store_path: StoreOption = None,
    ) -> None:
        """Load event files into the store in one transaction. A file is keyed by its path and content:
        loading it again replaces its earlier rows, never a source's. Malformed rows are skipped and
        reported with their line numbers; a truncated file, or one whose every row is rejected, is an
        error and nothing changes."""
        con = store.connect(store_path)
        try:
            if memory_limit:
                try:
                    con.execute(f"SET memory_limit = '{memory_limit.replace(chr(39), '')}'")
                except duckdb.Error as exc:
                    raise LatitudeError(f"bad --memory-limit '{memory_limit}': write it like 2GB or 512MB") from exc
            with Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total} files"),
                          TimeElapsedColumn(), console=err_console, transient=True) as progress:
                task = progress.add_task("loading events", total=len(files))
                reports = events_ingest.load_events(
                    con, files, format=format, replace=replace, date=date,
                    on_file=lambda report: progress.advance(task))
            for report in reports:
                mark = "[yellow]![/yellow]" if report.malformed else "[green]✓[/green]"
                console.print(f"{mark} {report.summary()}", highlight=False, soft_wrap=True)
            total = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        finally:
            con.close()
        console.print(f"events table now holds {total:,} events")

    @events_app.command("status")
    def status(store_path: StoreOption = None, format: FormatOption = OutputFormat.table) -> None:
        """Every load in the events table: dataset (a source, or 'user'), file, rows, first and last
        dates, whether it is a sample, path and SHA-256."""
        con = store.connect(store_path, read_only=True)
        try:
            frame = events_ingest.loaded_events(con)
            for column in ("first_date", "last_date"):
                frame[column] = pd.to_datetime(frame[column]).dt.strftime("%Y-%m-%d")
            if format is OutputFormat.table:
                frame["sha256"] = frame["sha256"].str[:12]
            emit(frame, format, title="Events in the store",
                 caption="sample: a bundled sample (never a series); path and SHA-256 key user files")
        finally:
            con.close()

    from latitude.commands import coding

    coding.register(events_app)

    app.add_typer(events_app, name="events")
