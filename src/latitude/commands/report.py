"""`latitude report FOCAL --poles A,B,C --out FILE`: the diplomatic-map report (HTML, PDF, PNG)."""
from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from latitude import store, validate
from latitude import profile as profiles
from latitude.commands._common import StoreOption, YearsOption, console
from latitude.validate import parse_years


class ReportFormat(str, Enum):
    html = "html"
    pdf = "pdf"
    png = "png"
    charts = "charts"


def report_format(out: Path | None, given: ReportFormat | None) -> str:
    """The format asked for, else the one --out's suffix names (.pdf, .png), else html."""
    if given is not None:
        return given.value
    suffix = out.suffix.lower() if out is not None else ""
    return {".pdf": "pdf", ".png": "png"}.get(suffix, "html")


def register(app: typer.Typer) -> None:
    @app.command("report")
    def report(
        focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR.")],
        poles: Annotated[str, typer.Option("--poles", help="Poles, comma-separated.")] = "USA,CHN,JPN",
        years: YearsOption = None,
        out: Annotated[Optional[Path], typer.Option(
            "--out", "-o", help="Output file (default: <focal>_report.html); a .pdf or .png name sets the format.",
            show_default=False)] = None,
        format: Annotated[Optional[ReportFormat], typer.Option(
            "--format", "-f", help="html (one offline file), pdf or png (that page printed or captured whole by "
                                   "headless Chromium), charts (one SVG file per chart into the folder --out).",
            show_default=False)] = None,
        weights: Annotated[Optional[str], typer.Option(help="Composite weights, e.g. trade=0.3,un=0.2.")] = None,
        patron: Annotated[Optional[str], typer.Option(help="Patron for alliance discipline (default: first pole).")] = None,
        rival: Annotated[Optional[str], typer.Option(help="Rival (default: second pole).")] = None,
        idealpoints: Annotated[bool, typer.Option("--idealpoints/--no-idealpoints",
                                                  help="UNGA ideal-point distances in alliance discipline.")] = True,
        include_samples: Annotated[bool, typer.Option("--include-samples",
                                                      help="Show the bundled GDELT/ICEWS samples (a few days) as events.")]
            = False,
        store_path: StoreOption = None,
    ) -> None:
        """Write the report: one self-contained HTML page that works offline, on a phone and in print
        (diplomatic map with a year slider, the profile over time, tables, citations, data versions),
        or that page as a PDF or one PNG."""
        from latitude.report import write_report

        span = parse_years(years, profiles.DEFAULT_YEARS)
        focal = validate.country(focal, "FOCAL")
        pole_list = validate.country_list(poles, "--poles", exclude={focal: "the focal country"})
        fmt = report_format(out, format)
        if out is not None:   # checked before the work; a missing directory is never created
            out = (validate.output_folder(out, "--out") if fmt == "charts"
                   else validate.output_file(out, "--out", (f".{fmt}",)))
        weight_map = profiles.parse_weights(weights)
        started = time.perf_counter()
        con = store.connect(store_path, read_only=True)
        try:
            with console.status("building the report…"):
                written = write_report(con, focal, pole_list, span, out, fmt, weight_map,
                                       patron, rival, idealpoints, include_samples)
        finally:
            con.close()
        for path in written:
            console.print(f"[green]✓[/green] {path}")
        console.print(f"done in {time.perf_counter() - started:.1f} s", style="dim")
