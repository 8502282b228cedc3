"""Data behind the diplomatic map: every country's UN agreement with, and trade dependence on,
each pole per year, plus the focal's ties to each pole.

The figures come from the same measure functions as the profile (`measures.alignment.agreement`
per pole against every voting country; `measures.trade.add_trade_dependence` on COW dyad-years,
Barbieri's trade share of the country's total trade). A layer whose tables are absent is left out.
"""
from __future__ import annotations

import math
from typing import Sequence

import duckdb
import pandas as pd

from latitude import store
from latitude.profile import Profile, coverages

Layer = dict[str, dict[str, list[float | None]]]   # year -> iso3 -> one value per pole


def _clean(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(float(value), 4)


def _to_layer(frame: pd.DataFrame, poles: Sequence[str], key: str, pole_col: str, value: str) -> Layer:
    wide = frame.pivot_table(index=["year", key], columns=pole_col, values=value, dropna=False)
    wide = wide.reindex(columns=list(poles))
    layer: Layer = {}
    for (year, iso3), row in wide.iterrows():
        values = [_clean(v) for v in row.tolist()]
        if any(v is not None for v in values):
            layer.setdefault(str(int(year)), {})[str(iso3)] = values
    return layer


def un_layer(con: duckdb.DuckDBPyConnection, poles: Sequence[str], years: tuple[int, int]) -> Layer:
    """Voeten percent agreement of every voting country with each pole, per year."""
    from latitude.measures.alignment import agreement

    cover = coverages(con).get("unvotes")
    lo = max(years[0], cover.start) if cover and cover.start else years[0]
    hi = min(years[1], cover.end) if cover and cover.end else years[1]
    if lo > hi:
        return {}
    voters = [r[0] for r in con.execute(
        "SELECT DISTINCT iso3 FROM un_votes WHERE iso3 IS NOT NULL AND year BETWEEN ? AND ?", [lo, hi]).fetchall()]
    parts = []
    for pole in poles:
        others = [v for v in voters if v != pole]
        frame = agreement(con, pole, others, (lo, hi), measure="agree", period="year", unanimous=True)
        # agreement is symmetric: the pole's agreement with a country is the country's with the pole.
        parts.append(frame.rename(columns={"other": "country"}).assign(pole=pole)[["year", "country", "pole", "value"]])
    return _to_layer(pd.concat(parts), poles, "country", "pole", "value")


def trade_layer(con: duckdb.DuckDBPyConnection, poles: Sequence[str], years: tuple[int, int]) -> Layer:
    """Each country's trade with each pole as a share of its total trade (COW, Barbieri 1996)."""
    from latitude import countries
    from latitude.dyads import create_dyadyears
    from latitude.measures.trade import add_trade_dependence

    cover = coverages(con).get("cow_trade")
    lo = max(years[0], cover.start) if cover and cover.start else years[0]
    hi = min(years[1], cover.end) if cover and cover.end else years[1]
    if lo > hi:
        return {}
    codes = sorted({int(c) for c in countries.iso3_to_cow(pd.Series(list(poles) * (hi - lo + 1)),
                                                            pd.Series([y for y in range(lo, hi + 1)
                                                                       for _ in poles])).dropna()})
    dyads = create_dyadyears(con, years=(lo, hi))
    dyads = dyads.filter(dyads.ccode2.isin(codes))
    frame = add_trade_dependence(dyads).select("year", "iso3_1", "iso3_2", "trade_share1").to_pandas()
    return _to_layer(frame.dropna(subset=["iso3_1", "iso3_2"]), poles, "iso3_1", "iso3_2", "trade_share1")


LAYERS = {
    "un": ("UN voting agreement with the pole", ("un_votes", "un_roll_calls"), un_layer),
    "trade": ("Trade with the pole, share of the country's trade", ("cow_trade_dyadic", "cow_trade_national",
                                                                     "sdp_gdp"), trade_layer),
}


def ties(prof: Profile) -> dict[str, dict[str, dict[str, float | None]]]:
    """year -> pole -> the focal's spine figures with that pole (trade, UN, arms shares, pact)."""
    wanted = {"trade_share": "trade", "agreement": "un", "arms_import_share": "arms", "defense_pact": "pact"}
    rows = prof.spine[prof.spine["measure"].isin(wanted)]
    out: dict[str, dict[str, dict[str, float | None]]] = {}
    for r in rows.itertuples(index=False):
        out.setdefault(str(r.year), {}).setdefault(r.pole, {})[wanted[r.measure]] = _clean(r.value)
    return out


def map_payload(con: duckdb.DuckDBPyConnection, prof: Profile) -> dict:
    """Everything the map script needs, JSON-ready."""
    layers = {}
    for key, (label, tables, func) in LAYERS.items():
        if all(store.has_table(con, t) for t in tables):
            data = func(con, prof.poles, prof.years)
            if data:
                layers[key] = {"label": label, "byYear": data}
    return {"focal": prof.focal, "poles": prof.poles, "years": list(range(prof.years[0], prof.years[1] + 1)),
            "layers": layers, "ties": ties(prof)}
