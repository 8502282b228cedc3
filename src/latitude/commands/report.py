"""`latitude report FOCAL --poles A,B,C --out FILE.html`: the diplomatic-map report."""
from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from latitude import countries, store, validate
from latitude import profile as profiles
from latitude.commands._common import StoreOption, YearsOption, console
from latitude.validate import parse_years


class ReportFormat(str, Enum):
    html = "html"
    pdf = "pdf"
    png = "png"


def register(app: typer.Typer) -> None:
    @app.command("report")
    def report(
        focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR.")],
        poles: Annotated[str, typer.Option("--poles", help="Poles, comma-separated.")] = "USA,CHN,JPN",
        years: YearsOption = None,
        out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file (default: <focal>_report.html).")] = None,
        format: Annotated[ReportFormat, typer.Option("--format", "-f", help="html, pdf or png (charts).")] = ReportFormat.html,
        weights: Annotated[Optional[str], typer.Option(help="Composite weights, e.g. trade=0.3,un=0.2.")] = None,
        patron: Annotated[Optional[str], typer.Option(help="Patron for alliance discipline (default: first pole).")] = None,
        rival: Annotated[Optional[str], typer.Option(help="Rival (default: second pole).")] = None,
        idealpoints: Annotated[bool, typer.Option("--idealpoints/--no-idealpoints",
                                                  help="Fit UNGA ideal points for alliance discipline (~20 s).")] = True,
        store_path: StoreOption = None,
    ) -> None:
        """Write one self-contained HTML report (works offline): diplomatic map with a year slider,
        the profile over time, tables, citations and data versions."""
        from latitude.report import write_report

        span = parse_years(years, profiles.DEFAULT_YEARS)
        focal = validate.country(focal, "FOCAL")
        pole_list = validate.country_list(poles, "--poles", exclude={focal: "the focal country"})
        if out is not None and format is not ReportFormat.png:   # png writes one file per chart (see --help)
            out = validate.output_file(out, "--out", (f".{format.value}",))
        weight_map = profiles.parse_weights(weights)
        started = time.perf_counter()
        con = store.connect(store_path, read_only=True)
        try:
            with console.status("building the report…"):
                written = write_report(con, focal, pole_list, span, out, format.value, weight_map, patron, rival,
                                       idealpoints)
        finally:
            con.close()
        for path in written:
            console.print(f"[green]✓[/green] {path}")
        console.print(f"done in {time.perf_counter() - started:.1f} s", style="dim")
