"""`latitude idealpoints --years 1946-2023`: UN General Assembly ideal points from roll-call votes.

Columns (csv, json, --out): iso3, cow, year, idealpoint, se; the table shows a summary of
the --countries (default USA, CHN, JPN, KOR). `--model dynamic` (default) gives one
row per country and year (ordinal yes/abstain/no EM, years bridged by a random walk and by
repeated resolutions); `--model static` one row per country for the whole window, with `year`
the window's last year. `--period session` groups votes by General Assembly session (`year` =
the year the session opened). Positive = closer to the United States. See docs/idealpoints.md.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer

from latitude import store, validate
from latitude.commands._common import FormatOption, OutputFormat, StoreOption, emit, plot_option
from latitude.errors import LatitudeError
from latitude.measures.idealpoints import idealpoints


def plot(frame: pd.DataFrame, countries: list[str], path: Path, title: str, caption: str) -> None:
    """Chosen countries' ideal points with +-2 se bands: lines over years (dynamic) or dots (static)."""
    missing = sorted(set(countries) - set(frame["iso3"]))
    if missing:
        raise LatitudeError(f"--plot: no ideal points for {', '.join(missing)} in this window; check the ISO3 codes")
    from latitude.report.svg import TAB10, Chart, Panel, Style

    if frame["year"].nunique() > 1:
        panel = Panel(title=title, xlabel="year", ylabel="ideal point (USA positive)", xinteger=True)
        for i, iso3 in enumerate(countries):
            rows = frame[frame["iso3"] == iso3].sort_values("year")
            colour = TAB10[i % len(TAB10)]
            panel.fill(rows["year"], rows["idealpoint"] - 2 * rows["se"], rows["idealpoint"] + 2 * rows["se"], colour)
            panel.line(rows["year"], rows["idealpoint"], Style(colour=colour, width=1.6), iso3)
        panel.hline(0, "#9ca3af", 0.6)
    else:
        rows = frame.set_index("iso3").loc[countries].sort_values("idealpoint")
        panel = Panel(title=title, xlabel="ideal point (USA positive)", yticks=list(enumerate(rows.index)),
                      ylim=(-0.6, len(rows) - 0.4))
        for i, (point, se) in enumerate(zip(rows["idealpoint"], rows["se"])):
            panel.xrange(i, point - 2 * se, point + 2 * se, TAB10[0])
        panel.points(rows["idealpoint"], range(len(rows)), Style(colour=TAB10[0], marker="o", size=3.5))
        panel.vline(0, "#9ca3af", 0.6)
    height = 380 if frame["year"].nunique() > 1 else 60 + 24 * len(countries)
    Chart([panel], panel_height=height, name="idealpoints", caption=caption).write(path)


class Model(str, Enum):
    dynamic = "dynamic"
    static = "static"


class Period(str, Enum):
    year = "year"
    session = "session"


DEFAULT_COUNTRIES = ["USA", "CHN", "JPN", "KOR"]
MAX_TABLE_YEARS = 30   # a longer dynamic series is shown every 5th year on the terminal


def _summary_table(frame: pd.DataFrame, chosen: list[str], model: "Model") -> tuple[pd.DataFrame, str]:
    """What the terminal shows: the chosen countries' positions (with their rank among all
    estimated countries), not every country-year row."""
    if model is Model.static:
        ranked = frame.assign(rank=frame["idealpoint"].rank(ascending=False, method="min").astype(int))
        rows = ranked.set_index("iso3").loc[[c for c in chosen if c in set(ranked["iso3"])]]
        table = rows.reset_index()[["iso3", "idealpoint", "se", "rank"]]
        return table, (f"rank: 1 = closest to the United States among the {len(frame)} countries estimated; "
                       "one pooled estimate for the whole window")
    wide = (frame[frame["iso3"].isin(chosen)].pivot(index="year", columns="iso3", values="idealpoint")
            .reindex(columns=[c for c in chosen if c in set(frame["iso3"])]))
    years = list(wide.index)
    note = f"{frame['iso3'].nunique()} countries estimated over {len(years)} years"
    if len(years) > MAX_TABLE_YEARS:
        keep = [y for y in years if y % 5 == 0 or y in (years[0], years[-1])]
        wide = wide.loc[keep]
        note += "; every 5th year shown"
    return wide.reset_index(), note


def register(app: typer.Typer) -> None:
    @app.command("idealpoints")
    def idealpoints_command(
        years: Annotated[str, typer.Option("--years", help="Year range, e.g. 1946-2023 or 2000-2019.")] = "1946-2023",
        model: Annotated[Model, typer.Option("--model", help="dynamic (country-year, ordinal) or static "
                                                             "(one pooled position per country, yes/no).")] = Model.dynamic,
        period: Annotated[Period, typer.Option(
            "--period", help="year (calendar year of each vote) or session (year the session opened).")] = Period.year,
        bootstrap: Annotated[int, typer.Option(
            "--bootstrap",
            help=f"Standard errors from this many parametric bootstrap replicates, at most {validate.MAX_BOOTSTRAP} "
                 "(0: posterior sd; each replicate refits the model).")] = 0,
        fmt: FormatOption = OutputFormat.table,
        out: Annotated[Path | None, typer.Option(
            "--out", help="Also write every row to this .parquet file.", show_default=False)] = None,
        plot_path: Annotated[Path | None, typer.Option(
            "--plot", help="Also draw a chart (SVG, FILE.svg) of the --countries.", show_default=False)] = None,
        countries: Annotated[str | None, typer.Option(
            "--countries", help="Countries to show, comma-separated (table and chart default: USA,CHN,JPN,KOR; "
                                "csv/json default: all).", show_default=False)] = None,
        store_path: StoreOption = None,
    ) -> None:
        """Ideal points of UN member states from General Assembly votes (USA positive).

        The table shows the chosen countries (a summary); csv, json and --out carry every country.
        """
        span = validate.parse_years(years)
        bootstrap = validate.integer(bootstrap, "--bootstrap", 0, validate.MAX_BOOTSTRAP,
                                     hint="each replicate refits the model")
        if out is not None:
            out = validate.output_file(out, "--out", (".parquet",))
        plot_path = plot_option(plot_path)
        chosen = validate.country_list(countries, "--countries") if countries is not None else None
        con = store.connect(store_path, read_only=True)
        try:
            frame = idealpoints(con, years=span, model=model.value, period=period.value,
                                se="bootstrap" if bootstrap else "posterior",
                                n_boot=bootstrap or None, progress=True)
        finally:
            con.close()
        if out is not None:
            try:
                frame.to_parquet(out, index=False)
            except OSError as exc:
                raise LatitudeError(f"cannot write {out}: {exc.strerror or exc}") from exc
        se_note = (f"se: sd over {bootstrap} parametric bootstrap replicates" if bootstrap
                   else "se: posterior sd given item parameters (understates uncertainty; use --bootstrap B)")
        span_text = f"{frame.attrs['year_from']}-{frame.attrs['year_to']}" + (
            " by session" if period is Period.session else "")
        title = (f"UNGA dynamic ideal points {span_text} (ordinal, one per country-year)" if model is Model.dynamic
                 else f"UNGA static ideal points, one pooled estimate for {span_text} (yes/no)")
        caption = (f"Positive = closer to the United States. {se_note}. Source: Voeten, Strezhnev & Bailey, "
                   "UN General Assembly Voting Data.")
        if plot_path is not None:
            plot(frame, chosen or DEFAULT_COUNTRIES, plot_path, title, caption)
        written = (f" Written to {out}." if out else "") + (f" Chart: {plot_path}." if plot_path else "")
        if fmt is OutputFormat.table:
            shown, summary = _summary_table(frame, chosen or DEFAULT_COUNTRIES, model)
            emit(shown, fmt, title=title, caption=f"{summary}. {caption}{written} --format csv gives every row.",
                 formats={c: "decimals:2" for c in shown.columns if c not in ("year", "iso3", "rank", "se")})
        else:
            emit(frame[frame["iso3"].isin(chosen)] if chosen else frame, fmt)
