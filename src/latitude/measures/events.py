"""Dyad event series: how much a country cooperates and quarrels with each partner, by month or year.

Counts come from the `events` table (GDELT, ICEWS or latitude's coder), split by CAMEO quad class:
verbal cooperation (roots 01-05), material cooperation (06-09), verbal conflict (10-14) and
material conflict (15-20). Two summaries of tone per dyad and period:

- goldstein_mean / goldstein_sum: mean and sum of the Goldstein (1992) conflict-cooperation
  weights (-10 to +10) of the events;
- net_cooperation = (cooperative - conflictual events) / all events with a quad class, in [-1, 1]
  (the share-difference form of the "quad count" indices used with GDELT and ICEWS, e.g.
  Goldstein 1992; Schrodt 2012 CAMEO manual). 1 means only cooperation, -1 only conflict.

A period is covered when the events table holds any event in it (for the chosen origins); inside
coverage a dyad without events counts 0 and its mean-type measures are missing; periods outside
coverage are absent, never 0.
"""
from __future__ import annotations

from typing import Iterable

import duckdb
import pandas as pd

from latitude import countries
from latitude.errors import LatitudeError
from latitude.years import Years, year_range

QUAD_COLUMNS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
SERIES_COLUMNS = ("period", "year", "iso3", "partner", "events", *QUAD_COLUMNS, "goldstein_mean", "goldstein_sum",
                  "net_cooperation", "source")
FREQS = ("month", "year")
DIRECTIONS = ("both", "out", "in")


def require_events(con: duckdb.DuckDBPyConnection) -> None:
    """One-line error if the store holds no events."""
    rows = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'events' "
                       "AND table_schema = 'main'").fetchall()
    if not rows[0][0] or not con.execute("SELECT count(*) FROM events").fetchall()[0][0]:
        raise LatitudeError("no events in the store: load some with `latitude events load FILE...` "
                            "(or `latitude data build gdelt_sample icews_sample` for the bundled samples)")


def _origin_clause(origins: Iterable[str] | None) -> tuple[str, list[str]]:
    if not origins:
        return "", []
    values = list(origins)
    return f" AND origin IN ({', '.join('?' for _ in values)})", values


def _period_sql(freq: str) -> str:
    if freq not in FREQS:
        raise LatitudeError(f"unknown frequency '{freq}': use month or year")
    return "strftime(date, '%Y-%m')" if freq == "month" else "CAST(year(date) AS VARCHAR)"


def dyad_series(con: duckdb.DuckDBPyConnection, focal: str, partners: Iterable[str], freq: str = "month",
                years: Years = None, directed: str = "both",
                origins: Iterable[str] | None = None) -> pd.DataFrame:
    """Event counts by quad class and tone between `focal` and each partner, per month or year.

    `directed`: 'out' counts focal -> partner events, 'in' partner -> focal, 'both' either way.
    `origins` restricts to some of 'gdelt1', 'gdelt2', 'icews', 'latitude-coder' (default all;
    mixing GDELT and ICEWS counts the same happening twice). Columns: period ('2018-06' or
    '2018'), year, iso3, partner, events, verbal_coop, material_coop, verbal_conflict,
    material_conflict, goldstein_mean, goldstein_sum, net_cooperation, source (origins behind
    the row).
    """
    require_events(con)
    if directed not in DIRECTIONS:
        raise LatitudeError(f"unknown direction '{directed}': use both, out or in")
    focal_iso = countries.iso3(focal)
    partner_isos = [countries.iso3(p) for p in partners]
    if not partner_isos:
        raise LatitudeError("no partners given: pass --with CHN,JPN,USA")
    if focal_iso in partner_isos:
        raise LatitudeError(f"{focal_iso} is both the focal country and a partner: drop it from --with")
    period = _period_sql(freq)
    origin_sql, origin_args = _origin_clause(origins)
    years = year_range(years)
    year_sql, year_args = "", []
    if years is not None:
        year_sql, year_args = " AND year(date) BETWEEN ? AND ?", [int(years[0]), int(years[1])]
    marks = ", ".join("?" for _ in partner_isos)
    direction = {
        "out": f"source_iso3 = ? AND target_iso3 IN ({marks})",
        "in": f"target_iso3 = ? AND source_iso3 IN ({marks})",
        "both": f"(source_iso3 = ? AND target_iso3 IN ({marks})) OR (target_iso3 = ? AND source_iso3 IN ({marks}))",
    }[directed]
    dir_args = [focal_iso, *partner_isos] * (2 if directed == "both" else 1)
    partner_expr = {"out": "target_iso3", "in": "source_iso3",
                    "both": "CASE WHEN source_iso3 = ? THEN target_iso3 ELSE source_iso3 END"}[directed]
    partner_args = [focal_iso] if directed == "both" else []
    counts = con.execute(f"""
        SELECT {period} AS period, {partner_expr} AS partner, count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               count(*) FILTER (WHERE quad_class IS NOT NULL) AS classified,
               avg(goldstein) AS goldstein_mean, sum(goldstein) AS goldstein_sum,
               string_agg(DISTINCT origin, '+' ORDER BY origin) AS source
        FROM events
        WHERE date IS NOT NULL AND ({direction}){origin_sql}{year_sql}
        GROUP BY ALL""", [*partner_args, *dir_args, *origin_args, *year_args]).df()
    covered = con.execute(f"""
        SELECT {period} AS period, string_agg(DISTINCT origin, '+' ORDER BY origin) AS covering
        FROM events WHERE date IS NOT NULL{origin_sql}{year_sql} GROUP BY 1""", [*origin_args, *year_args]).df()
    grid = covered.merge(pd.DataFrame({"partner": partner_isos}), how="cross")
    out = grid.merge(counts, on=["period", "partner"], how="left")
    for column in ("events", *QUAD_COLUMNS, "classified"):
        out[column] = out[column].fillna(0).astype("int64")
    out["goldstein_sum"] = out["goldstein_sum"].where(out["events"] > 0, 0.0)
    coop = out["verbal_coop"] + out["material_coop"]
    conflict = out["verbal_conflict"] + out["material_conflict"]
    out["net_cooperation"] = ((coop - conflict) / out["classified"].where(out["classified"] > 0)).astype("Float64")
    out["source"] = out["source"].fillna(out["covering"])
    out["iso3"] = focal_iso
    out["year"] = out["period"].str[:4].astype("int64")
    out = out.sort_values(["partner", "period"]).reset_index(drop=True)
    return out[list(SERIES_COLUMNS)]


def plot_series(frame: pd.DataFrame, path: str) -> None:
    """Net cooperation and event counts per partner over time, saved as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6), sharex=True)
    monthly = frame["period"].str.len().eq(7).any()
    # Every period between the first and last, so that lines break over periods without coverage.
    span = pd.period_range(frame["period"].min(), frame["period"].max(), freq="M" if monthly else "Y").to_timestamp()
    for partner, rows in frame.groupby("partner"):
        series = rows.set_index(pd.to_datetime(rows["period"]))[["net_cooperation", "events"]].astype(float)
        series = series.reindex(span)
        top.plot(series.index, series["net_cooperation"], marker="o", label=partner)
        bottom.plot(series.index, series["events"], marker=".", label=partner)
    focal = frame["iso3"].iloc[0] if len(frame) else ""
    origins = sorted({o for text in frame["source"].dropna() for o in str(text).split("+")})
    top.axhline(0, color="grey", linewidth=0.8)
    top.set_ylabel("net cooperation")
    top.set_ylim(-1.05, 1.05)
    top.set_title(f"{focal}: events with each partner ({'+'.join(origins)})")
    top.legend(loc="best", fontsize=8)
    bottom.set_ylabel("events")
    fig.text(0.01, 0.01, "net cooperation = (cooperation - conflict) / events (CAMEO quad classes)", fontsize=7)
    fig.autofmt_xdate()
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path, dpi=120)
    plt.close(fig)
