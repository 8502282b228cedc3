"""Data behind the diplomatic map: every country's ties with each pole per year (UN agreement,
trade share, arms-import share, defence pact), plus the focal's ties to each pole.

Every layer reads the same stored dimension tables as the profile (`measures.precompute`), so a
country's figure on the map is the number `latitude profile` prints for it. A layer whose
dimension is not in the store is left out.
"""
from __future__ import annotations

import math
from typing import Sequence

from latitude.catalogue import CatalogueLike, catalogue
from latitude.measures.dimensions import DIMENSIONS
from latitude.measures.precompute import available, dimension_records, dimension_years
from latitude.profile import Profile
from latitude.profile.columns import number

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


def _to_layer(columns: list[str], rows: list[tuple], poles: Sequence[str], value: str,
              sample: str | None = None, min_sample: float = 0) -> Layer:
    """{year: {iso3: one value per pole}} from dimension rows, years and countries ascending; a row
    whose sample is below `min_sample` is not shown, and a country with no value that year is left out."""
    at = {c: i for i, c in enumerate(columns)}
    pole_at = {p: j for j, p in enumerate(poles)}
    cells: dict[tuple[int, str], list[float | None]] = {}
    for row in rows:
        j = pole_at.get(row[at["partner"]])
        if j is None or row[at["iso3"]] is None:
            continue
        if sample is not None and not number(row[at[sample]]) >= min_sample:
            continue
        cells.setdefault((int(row[at["year"]]), str(row[at["iso3"]])), [None] * len(poles))[j] = _clean(row[at[value]])
    layer: Layer = {}
    for (year, iso3), values in sorted(cells.items()):
        if any(v is not None for v in values):
            layer.setdefault(str(year), {})[iso3] = values
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
    dim = DIMENSIONS[dim_key]   # small samples are not shown as figures
    wanted = ["year", "iso3", "partner", measure] + ([dim.sample] if dim.sample else [])
    columns, rows = dimension_records(cat, dim_key, None, list(poles), (lo, hi), wanted)
    return _to_layer(columns, rows, poles, measure, dim.sample, dim.min_sample)


def ties(prof: Profile) -> dict[str, dict[str, dict[str, float | None]]]:
    """year -> pole -> the focal's spine figures with that pole (trade, UN, arms shares, pact)."""
    spine = prof.tables["spine"]
    out: dict[str, dict[str, dict[str, float | None]]] = {}
    for year, pole, measure, value, flag in zip(spine["year"], spine["pole"], spine["measure"], spine["value"],
                                                spine["flag"]):
        if measure in TIES and flag != "small sample":
            out.setdefault(str(year), {}).setdefault(pole, {})[TIES[measure]] = _clean(value)
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
