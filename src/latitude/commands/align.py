"""`latitude align FOCAL --with A,B,C`: yearly UN General Assembly voting agreement.

Table output is wide (one row per year, one column per partner); csv and json are long, with
the columns of `latitude.measures.alignment.agreement`: year, iso3, other, measure, value,
n_votes, source.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer

from latitude import countries, store, validate
from latitude.commands._common import (FormatOption, OutputFormat, StoreOption, YearsOption, emit,
                                       note, plot_option)
from latitude.errors import LatitudeError, printable
from latitude.measures import alignment

LABELS = {"agree": "agreement (Voeten)", "coincidence": "voting coincidence (US State Dept.)",
          "s": "S score (Signorino & Ritter)", "kappa": "Cohen's kappa (Häge)",
          "kappa_w": "Cohen's kappa, quadratic weights (Häge)", "pi": "Scott's pi (Häge)",
          "pi_w": "Scott's pi, quadratic weights (Häge)",
          "idealdist": "distance between dynamic ideal points"}
MEASURE_CHOICES = (*alignment.MEASURES, "idealdist")


def _describe(frame: pd.DataFrame, focal: str, measure: str) -> str:
    parts = [f"UN General Assembly {LABELS[measure]} of {countries.resolve(focal).name} ({focal})"]
    issue = frame.attrs.get("issue")
    if issue:
        parts.append(f"{alignment.ISSUES[issue]} votes")
    if frame.attrs.get("important"):
        parts.append("important votes (US State Dept.)")
    if frame.attrs.get("period") == "year":
        parts.append("by calendar year")
    if frame.attrs.get("unanimous"):
        parts.append("unanimous votes kept")
    shown = frame.dropna(subset=["value"])["year"]
    first, last = (int(shown.min()), int(shown.max())) if len(shown) else (frame.attrs["year_from"],
                                                                             frame.attrs["year_to"])
    parts.append(f"{first}-{last}")
    return ", ".join(parts)


def _caption(con) -> str:
    prov = store.provenance(con)
    row = prov[prov["source"] == alignment.SOURCE]
    return f"Source: {row.iloc[0]['citation']}" if len(row) else "Source: UN General Assembly roll calls (unvotes)"


def plot(frame: pd.DataFrame, path: Path, title: str, caption: str) -> None:
    """Line chart of the yearly series, one line per partner, with the source as a caption."""
    from latitude.report.svg import TAB10, Chart, Panel, Style

    panel = Panel(title=title, xlabel="year", ylabel=LABELS[str(frame["measure"].iloc[0])], xinteger=True)
    for i, (other, series) in enumerate(frame.groupby("other", sort=False)):
        series = series.sort_values("year")
        years = range(int(series["year"].min()), int(series["year"].max()) + 1)   # a year without votes breaks the line
        values = series.drop_duplicates("year").set_index("year")["value"].reindex(years)
        panel.line(years, values, Style(colour=TAB10[i % len(TAB10)], width=1.5, marker="o", size=2.2), str(other))
    Chart([panel], panel_height=380, name="align", legend_title="with", caption=caption).write(path)


def register(app: typer.Typer) -> None:
    @app.command("align")
    def align(
        focal: Annotated[str, typer.Argument(help="Focal country, e.g. KOR or 'South Korea'.")],
        partners: Annotated[str, typer.Option("--with", help="Partners, comma-separated, e.g. USA,CHN,JPN.")],
        measure: Annotated[str, typer.Option(
            "--measure", "-m", help=f"One of {', '.join(MEASURE_CHOICES)}.")] = "agree",
        issue: Annotated[Optional[str], typer.Option(
            "--issue", help="Only roll calls on one issue: me, nu, di, hr, co, ec.", show_default=False)] = None,
        important: Annotated[bool, typer.Option(
            "--important", help="Only votes the US State Dept. marked important (from 1983).")] = False,
        period: Annotated[str, typer.Option(
            "--period", help="session (votes dated to the year their session opened, as Voeten) "
                             "or year (calendar year of each vote).")] = "session",
        unanimous: Annotated[bool, typer.Option(
            "--unanimous", help="Keep roll calls on which every state voted alike (left out by default).")] = False,
        years: YearsOption = None,
        format: FormatOption = OutputFormat.table,
        plot_path: Annotated[Optional[Path], typer.Option(
            "--plot", help="Also draw the series to this SVG file (FILE.svg).", show_default=False)] = None,
        store_path: StoreOption = None,
    ) -> None:
        """Yearly UN General Assembly voting agreement of FOCAL with each partner."""
        if measure not in MEASURE_CHOICES:
            raise LatitudeError(f"unknown measure '{printable(measure)[:40]}': choose from "
                                f"{', '.join(MEASURE_CHOICES)}")
        focal_iso3 = validate.country(focal, "FOCAL")
        partner_list = validate.country_list(partners, "--with", exclude={focal_iso3: "the focal country"})
        span = validate.parse_years(years)
        plot_path = plot_option(plot_path)
        con = store.connect(store_path, read_only=True)
        try:
            if measure == "idealdist":
                if issue is not None or important or unanimous:
                    raise LatitudeError("--measure idealdist uses all votes: drop --issue, --important and --unanimous")
                frame = alignment.idealpoint_distance(con, focal_iso3, partner_list, span,
                                                      progress=format is OutputFormat.table)
            else:
                frame = alignment.agreement(con, focal_iso3, partner_list, span, measure, issue, important,
                                            period, unanimous)
            title = _describe(frame, focal_iso3, measure)
            caption = _caption(con)
        finally:
            con.close()
        if format is OutputFormat.table:
            wide = frame.pivot(index="year", columns="other", values="value")
            wide = wide[list(dict.fromkeys(frame["other"]))].reset_index()
            wide.columns.name = None
            emit(wide, format, title=title, formats={c: "decimals:3" for c in wide.columns if c != "year"})
            note(caption)
        else:
            emit(frame, format)
        if plot_path is not None:
            plot(frame, plot_path, title, caption)
