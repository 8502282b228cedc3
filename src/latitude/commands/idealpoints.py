"""`latitude idealpoints --years 1946-2023`: UN General Assembly ideal points from roll-call votes.

Columns (all formats): iso3, cow, year, idealpoint, se. `--model dynamic` (default) gives one
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

from latitude import store
from latitude.commands._common import FormatOption, OutputFormat, StoreOption, chart, emit
from latitude.errors import LatitudeError
from latitude.measures.idealpoints import idealpoints


def plot(frame: pd.DataFrame, countries: list[str], path: Path, title: str, caption: str) -> None:
    """Chosen countries' ideal points with +-2 se bands: lines over years (dynamic) or dots (static)."""
    missing = sorted(set(countries) - set(frame["iso3"]))
    if missing:
        raise LatitudeError(f"--plot: no ideal points for {', '.join(missing)} in this window; check the ISO3 codes")
    with chart(path, (9, 5), caption) as [ax]:
        if frame["year"].nunique() > 1:
            for iso3 in countries:
                rows = frame[frame["iso3"] == iso3]
                ax.plot(rows["year"], rows["idealpoint"], label=iso3)
                ax.fill_between(rows["year"], rows["idealpoint"] - 2 * rows["se"],
                                rows["idealpoint"] + 2 * rows["se"], alpha=0.2)
            ax.axhline(0, color="grey", lw=0.5)
            ax.set_xlabel("year")
            ax.set_ylabel("ideal point (USA positive)")
            ax.legend()
        else:
            rows = frame.set_index("iso3").loc[countries].sort_values("idealpoint")
            ax.errorbar(rows["idealpoint"], range(len(rows)), xerr=2 * rows["se"], fmt="o")
            ax.set_yticks(range(len(rows)), rows.index)
            ax.axvline(0, color="grey", lw=0.5)
            ax.set_xlabel("ideal point (USA positive)")
        ax.set_title(title, fontsize=10)
        ax.grid(alpha=0.3)


class Model(str, Enum):
    dynamic = "dynamic"
    static = "static"


class Period(str, Enum):
    year = "year"
    session = "session"


def register(app: typer.Typer) -> None:
    @app.command("idealpoints")
    def idealpoints_command(
        years: Annotated[str, typer.Option("--years", help="Year range, e.g. 1946-2023 or 2000-2019.")] = "1946-2023",
        model: Annotated[Model, typer.Option("--model", help="dynamic (country-year, ordinal) or static "
                                                             "(one position per country, yes/no).")] = Model.dynamic,
        period: Annotated[Period, typer.Option(
            "--period", help="year (calendar year of each vote) or session (year the session opened).")] = Period.year,
        bootstrap: Annotated[int, typer.Option(
            "--bootstrap", min=0,
            help="Standard errors from this many parametric bootstrap replicates (0: posterior sd).")] = 0,
        fmt: FormatOption = OutputFormat.table,
        out: Annotated[Path | None, typer.Option(
            "--out", help="Also write the table to this .parquet file.", show_default=False)] = None,
        plot_path: Annotated[Path | None, typer.Option(
            "--plot", help="Also draw a chart (PNG) of the --countries.", show_default=False)] = None,
        countries: Annotated[str, typer.Option(
            "--countries", help="Countries for --plot, comma-separated ISO3.")] = "USA,CHN,JPN,KOR",
        store_path: StoreOption = None,
    ) -> None:
        """Ideal points of UN member states from General Assembly votes (USA positive)."""
        if out is not None and out.suffix.lower() != ".parquet":
            raise LatitudeError(f"--out {out}: only .parquet files are written; give a name ending in .parquet")
        con = store.connect(store_path, read_only=True)
        try:
            frame = idealpoints(con, years=years, model=model.value, period=period.value,
                                se="bootstrap" if bootstrap else "posterior",
                                n_boot=bootstrap or None, progress=True)
        finally:
            con.close()
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            frame.to_parquet(out, index=False)
        se_note = (f"se: sd over {bootstrap} parametric bootstrap replicates" if bootstrap
                   else "se: posterior sd given item parameters (understates uncertainty; use --bootstrap B)")
        span = f"{frame.attrs['year_from']}-{frame.attrs['year_to']}" + (" by session" if period is Period.session else "")
        title = (f"UNGA {model.value} ideal points {span} "
                 + ("(ordinal, one per country-year)" if model is Model.dynamic else "(yes/no, one per country)"))
        caption = (f"Positive = closer to the United States. {se_note}. Source: Voeten, Strezhnev & Bailey, "
                   "UN General Assembly Voting Data.")
        if plot_path is not None:
            picked = [c.strip().upper() for c in countries.split(",") if c.strip()]
            plot_path.parent.mkdir(parents=True, exist_ok=True)
            plot(frame, picked, plot_path, title, caption)
        emit(frame, fmt, title=title, caption=caption + (f" Written to {out}." if out else "")
             + (f" Chart: {plot_path}." if plot_path else ""))
