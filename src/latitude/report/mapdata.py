"""Data behind the diplomatic map: every country's ties with each pole per year (UN agreement,
trade share, arms-import share, defence pact), plus the focal's ties to each pole.

Every layer reads the same stored dimension tables as the profile (`measures.precompute`), so a
country's figure on the map is the number `latitude profile` prints for it. A layer whose
dimension is not in the store is left out.
"""
from __future__ import annotations

import math
from typing import Sequence

import pandas as pd

from latitude.catalogue import CatalogueLike, catalogue
from latitude.measures.dimensions import DIMENSIONS
from latitude.measures.precompute import available, dimension_rows, dimension_years
from latitude.profile import Profile

Layer = dict[str, dict[str, list[float | None]]]   # year -> iso3 -> one value per pole

# map layer -> (label, dimension, measure)
LAYERS = {
    "un": ("UN voting agreement with the pole", "un", "agreement"),
    "trade": ("Trade with the pole, share of the country's trade", "trade", "trade_share"),
    "arms": ("Arms imports from the pole, share over five years", "arms", "arms_import_share_5y"),
    "pact": ("Defence pact with the pole (ATOP)", "alliance", "defense_pact"),
}
# the focal's ties drawn as lines: spine measure -> key in the payload
TIES = {"trade_share": "trade", "agreement": "un", "arms_import_share_5y": "arms", "defense_pact": "pact"}


def _clean(value: float) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(float(value), 4)


def _to_layer(frame: pd.DataFrame, poles: Sequence[str], value: str) -> Layer:
    wide = frame.pivot_table(index=["year", "iso3"], columns="partner", values=value, dropna=False)
    wide = wide.reindex(columns=list(poles))
    layer: Layer = {}
    for (year, iso3), row in wide.iterrows():
        values = [_clean(v) for v in row.tolist()]
        if any(v is not None for v in values):
            layer.setdefault(str(int(year)), {})[str(iso3)] = values
    return layer


def layer(con: CatalogueLike, key: str, poles: Sequence[str], years: tuple[int, int]) -> Layer:
    """Every country's figure with each pole per year, for one map layer (empty outside coverage)."""
    cat = catalogue(con)
    _, dim_key, measure = LAYERS[key]
    span = dimension_years(cat, dim_key)
    if span is None:
        return {}
    lo, hi = max(years[0], span[0]), min(years[1], span[1])
    if lo > hi:
        return {}
    frame = dimension_rows(cat, dim_key, None, list(poles), (lo, hi))
    if DIMENSIONS[dim_key].sample is not None:   # small samples are not shown as figures
        dim = DIMENSIONS[dim_key]
        frame = frame[pd.to_numeric(frame[dim.sample], errors="coerce") >= dim.min_sample]
    return _to_layer(frame.dropna(subset=["iso3"]), poles, measure)


def ties(prof: Profile) -> dict[str, dict[str, dict[str, float | None]]]:
    """year -> pole -> the focal's spine figures with that pole (trade, UN, arms shares, pact)."""
    rows = prof.spine[prof.spine["measure"].isin(TIES)]
    rows = rows[rows["flag"] != "small sample"]
    out: dict[str, dict[str, dict[str, float | None]]] = {}
    for r in rows.itertuples(index=False):
        out.setdefault(str(r.year), {}).setdefault(r.pole, {})[TIES[r.measure]] = _clean(r.value)
    return out


def map_payload(con: CatalogueLike, prof: Profile) -> dict:
    """Everything the map script needs, JSON-ready."""
    cat = catalogue(con)
    layers = {}
    for key, (label, dim_key, _) in LAYERS.items():
        if available(cat, DIMENSIONS[dim_key]):
            data = layer(cat, key, prof.poles, prof.years)
            if data:
                layers[key] = {"label": label, "byYear": data}
    return {"focal": prof.focal, "poles": prof.poles, "years": list(range(prof.years[0], prof.years[1] + 1)),
            "layers": layers, "ties": ties(prof)}
