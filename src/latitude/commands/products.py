"""`latitude products`: HS6 critical-product dependence, and loading product-level trade files.

    latitude products KOR [--top 20] [--year Y] [--table baci_flows|comtrade_flows]
                          [--distance FILE.csv] [--plot FILE.svg] [--format table|csv|json]
    latitude products load-baci DIR_OR_FILES...      (a CEPII BACI release: year files + dictionaries)
    latitude products load-comtrade FILES...         (UN Comtrade API JSON or CSV downloads)

`latitude products KOR ...` is short for `latitude products show KOR ...`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import pandas as pd
import typer

from latitude import store, validate
from latitude.commands._common import (FormatOption, OutputFormat, StoreOption, console,
                                       default_command_group, emit, err_console, plot_option)
from latitude.errors import LatitudeError
from latitude.measures import products as measures


def _read_distance(path: Path) -> pd.DataFrame:
    """The --distance table: a UTF-8 CSV with columns iso3,distance[,year], distances in [0, 1]."""
    path = validate.input_file(path, "--distance", text=True, max_bytes=validate.MAX_FILE_BYTES)
    try:
        frame = pd.read_csv(path)
    except (OSError, ValueError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise LatitudeError(f"cannot read distance file {path}: not a CSV table ({exc.__class__.__name__})") from exc
    if not {"iso3", "distance"} <= set(frame.columns):
        raise LatitudeError(f"{path}: a distance file needs columns iso3,distance (optionally year)")
    distance = pd.to_numeric(frame["distance"], errors="coerce")
    bad = frame.index[distance.isna() | (distance < 0) | (distance > 1)]
    if len(bad):
        raise LatitudeError(f"{path}: distance on data row {bad[0] + 1} is not a number in [0, 1]: "
                            f"got {str(frame['distance'].iloc[bad[0]])[:20]!r}")
    return frame.assign(distance=distance)


def plot(frame: pd.DataFrame, path: Path) -> None:
    """Horizontal bars: import value of each listed product, coloured by the dependency test."""
    shown = frame.iloc[::-1]
    colours = ["#b2182b" if c is True else "#ef8a62" if e is True else "#999999"
               for c, e in zip(shown["cepii_dependency"], shown["eu_dependency"])]
    labels = [f"{h} {str(d)[:40] if isinstance(d, str) else ''}" for h, d in zip(shown["hs6"], shown["description"])]
    from latitude.report.svg import Chart, Panel

    first = frame.iloc[0]
    panel = Panel(title=f"{first['focal']} {first['year']}: most exposed HS6 products "
                        "(red: CEPII dependency, orange: EU test, grey: neither)",
                  xlabel="extra-bloc imports, million USD", yticks=list(enumerate(labels)),
                  ylim=(-0.6, len(labels) - 0.4), xlim=(0, None), grid="x")
    for i, (value, colour) in enumerate(zip(shown["imports_usd"] / 1e6, colours)):
        if not pd.isna(value):                    # a product without an import value draws no bar
            panel.hbar(i, 0, value, colour, 0.8)
    Chart([panel], width=900, panel_height=70 + 22 * len(labels), name="products").write(path)


def register(app: typer.Typer) -> None:
    products_app = typer.Typer(cls=default_command_group("show"), no_args_is_help=True,
                               help="HS6 critical-product dependence (`latitude products KOR --top 20`) and "
                                    "loading BACI / Comtrade files.")

    @products_app.command("show")
    def show(
        focal: Annotated[str, typer.Argument(help="Focal country or bloc: KOR, EU27, or KOR,JPN.")],
        top: Annotated[int, typer.Option("--top", help="How many products to list.")] = 20,
        year: Annotated[Optional[int], typer.Option("--year", help="Year (default: the last in the data).",
                                                    show_default=False)] = None,
        table: Annotated[Optional[str], typer.Option(
            "--table", help="baci_flows or comtrade_flows (default: BACI if loaded, else Comtrade).",
            show_default=False)] = None,
        distance: Annotated[Optional[Path], typer.Option(
            "--distance", help="CSV iso3,distance[,year] of political distances in [0,1] "
                               "(default: UN ideal-point distance).", show_default=False)] = None,
        plot_path: Annotated[Optional[Path], typer.Option("--plot", help="Also save a chart (SVG, FILE.svg).",
                                                          show_default=False)] = None,
        format: FormatOption = OutputFormat.table,
        store_path: StoreOption = None,
    ) -> None:
        """The focal's most exposed HS6 products: suppliers, concentration, EU/CEPII dependency test,
        GeoPolRisk-style supply risk."""
        top = validate.integer(top, "--top", 1, validate.MAX_TOP)
        year = None if year is None else validate.year(year, "--year")
        if len(focal) > validate.MAX_LIST_CHARS:
            raise LatitudeError(f"FOCAL has {len(focal):,} characters: give a country, a bloc or a short list")
        distances = _read_distance(distance) if distance else None
        plot_path = plot_option(plot_path)
        con = store.connect(store_path, read_only=True)
        try:
            frame = measures.exposed_products(con, focal, year=year, top=top, table=table, distance=distances)
        finally:
            con.close()
        source = frame.attrs.get("table")
        if format is OutputFormat.table:
            caption = (f"Source: {source} ({'CEPII BACI' if source == 'baci_flows' else 'UN Comtrade extracts'}). "
                       "EU test: supplier HHI > 0.4, extra-bloc share > 0.5, imports/exports > 1; CEPII: also "
                       "world HHI > 0.4, in 2 of 3 years.")
            if frame.attrs.get("risk_note"):
                caption += f" Supply risk not computed: {frame.attrs['risk_note']}"
            elif frame["world_hhi"].isna().any():
                caption += (" Risk and world HHI need world export shares: BACI, or the critical-mineral codes "
                            "for Comtrade data.")
            view = pd.DataFrame({
                "hs6": frame["hs6"], "product": frame["description"].str.slice(0, 38),
                "imports $m": frame["imports_usd"] / 1e6, "top suppliers": frame["suppliers"],
                "HHI": frame["supplier_hhi"], "world HHI": frame["world_hhi"],
                "imp/exp": frame["substitutability"], "EU": frame["eu_dependency"],
                "CEPII": frame["cepii_dependency"], "risk": frame["supply_risk"]})
            emit(view, format, title=f"{frame['focal'].iloc[0]} {frame['year'].iloc[0]}: most exposed products",
                 caption=caption)
        else:
            emit(frame, format)
        if plot_path is not None:
            plot(frame, plot_path)
            err_console.print(f"chart written to {plot_path}")

    @products_app.command("load-baci")
    def load_baci(
        paths: Annotated[list[Path], typer.Argument(help="A BACI release folder, or its year files and "
                                                         "country_codes / product_codes files.")],
        store_path: StoreOption = None,
    ) -> None:
        """Load a CEPII BACI release into the store (replaces any BACI loaded before, atomically), then
        recompute the stored dimensions that read it."""
        from latitude import build

        con = store.connect(store_path)
        try:
            counts = build.load_files(con, "baci", paths)
            build.refresh_dimensions(con)
        finally:
            con.close()
        console.print(f"loaded BACI: {counts['baci_flows']:,} flows, {counts['baci_products']:,} products, "
                      f"{counts['baci_countries']:,} countries")

    @products_app.command("load-comtrade")
    def load_comtrade(
        paths: Annotated[list[Path], typer.Argument(help="UN Comtrade API JSON or CSV downloads.")],
        store_path: StoreOption = None,
    ) -> None:
        """Add Comtrade downloads to `comtrade_flows` (a file loaded again replaces its earlier rows), then
        recompute the stored dimensions that read them."""
        from latitude import build

        paths = [validate.input_file(p, "Comtrade file", text=True) for p in paths]
        con = store.connect(store_path)
        try:
            counts = build.load_files(con, "comtrade", paths)
            build.refresh_dimensions(con)
        finally:
            con.close()
        console.print(f"comtrade_flows now holds {counts['comtrade_flows']:,} rows")

    app.add_typer(products_app, name="products")
