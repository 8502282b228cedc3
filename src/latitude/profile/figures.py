"""The spine: every figure of a focal state's ties to each pole, per year, in one long table.

The figures come from the dimension registry (`measures.dimensions`): precomputed dimensions are
read from their stored tables (`measures.precompute.dimension_rows`, the same rows every
front-end reads); critical products and events are computed per request. Each row says which
source answered and carries a flag where the value must be read with care:

- `small sample`: fewer observations than the dimension's minimum (a UN session with fewer than 20
  contested roll calls both voted on); left out of headlines and the composite by default;
- `sample source`: from the bundled GDELT/ICEWS samples (only with `include_samples`);
- `outside coverage`: the year is outside every source of the dimension (the value is missing).
"""
from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
import pandas as pd

from latitude import countries
from latitude.catalogue import Catalogue, CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures.dimensions import DIMENSIONS, Dimension
from latitude.measures.precompute import dimension_years
from latitude.profile.coverage import available_dimensions, load_hint

SPINE_COLUMNS = ["year", "focal", "pole", "dimension", "measure", "value", "source", "flag"]
DEFAULT_YEARS = (1990, 2024)


def check_request(focal: str, poles: Sequence[str], years: tuple[int, int]) -> tuple[str, list[str]]:
    """The focal and poles as ISO3 codes, or a one-line error for an impossible request."""
    focal = countries.iso3(focal)
    poles = [countries.iso3(p) for p in poles]
    if not poles:
        raise LatitudeError("no poles given: pass at least one, e.g. --poles USA,CHN,JPN")
    if focal in poles:
        raise LatitudeError(f"the focal state {focal} is also a pole: drop it from --poles")
    if len(set(poles)) != len(poles):
        raise LatitudeError("a pole is listed twice: give each pole once")
    if years[0] > years[1]:
        raise LatitudeError(f"bad year range {years[0]}-{years[1]}: the first year must not exceed the last")
    if years[0] < 1816 or years[1] > 2100:
        raise LatitudeError(f"year range {years[0]}-{years[1]} is outside 1816-2100: pick years the sources cover")
    return focal, poles


def _grid(poles: Sequence[str], years: tuple[int, int]) -> pd.DataFrame:
    return pd.DataFrame([(y, p) for y in range(years[0], years[1] + 1) for p in poles], columns=["year", "pole"])


def _clip(years: tuple[int, int], span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return years
    lo, hi = max(years[0], span[0]), min(years[1], span[1])
    return (lo, hi) if lo <= hi else None


# --------------------------------------------------------------------------- per-dimension figures

def _stored(cat: Catalogue, dim: Dimension, focal: str, poles: Sequence[str], years: tuple[int, int]) -> pd.DataFrame:
    from latitude.measures.precompute import dimension_rows

    rows = dimension_rows(cat, dim.key, focal, list(poles), years)
    return rows.rename(columns={"partner": "pole"})


def _products(cat: Catalogue, dim: Dimension, focal: str, poles: Sequence[str], years: tuple[int, int]) -> pd.DataFrame:
    """Per year, how many of the focal's HS6 products meet the EU dependency test with each pole as
    top supplier; years without product data are missing."""
    if not (cat.exists("baci_flows", importer_iso3=focal)
            or cat.exists("comtrade_flows", reporter_iso3=focal, aggr_level=6, flow="M")):
        raise LatitudeError(f"no HS6 imports of {focal} in the store: BACI is not loaded and the Comtrade extracts "
                            "have none")
    from latitude.measures.products import strategic_dependencies

    deps = strategic_dependencies(cat, focal)
    deps = deps[deps["year"].between(*years)]
    observed = sorted(set(deps["year"].astype(int)))
    flagged = deps[deps["eu_dependency"].fillna(False).astype(bool)]
    counts = flagged.groupby(["year", "top_supplier"]).size().rename("dependent_products").reset_index()
    grid = _grid(poles, years)
    grid = grid[grid["year"].isin(observed)]
    out = grid.merge(counts.rename(columns={"top_supplier": "pole"}), on=["year", "pole"], how="left")
    out["dependent_products"] = out["dependent_products"].fillna(0)
    return out.assign(source=";".join(sorted(set(deps.get("source", pd.Series(dtype=str)).dropna()))) or "comtrade")


def sample_files(cat: Catalogue) -> set[str]:
    """Names of the files the bundled event samples were loaded from (GDELT and ICEWS samples)."""
    files: set[str] = set()
    for row in cat.provenance().itertuples(index=False):
        if str(row.source).endswith("_sample"):
            files.update(f.get("name", "") for f in json.loads(row.files or "[]"))
    return files


def only_samples(cat: Catalogue) -> bool:
    """True when every event in the store comes from the bundled samples."""
    if not cat.has("events"):
        return True
    files = [f for f in cat.distinct("events", "file") if f is not None]
    samples = sample_files(cat)
    return all(any(str(f).endswith(s) for s in samples) for f in files) if samples else len(files) == 0


def _events(cat: Catalogue, dim: Dimension, focal: str, poles: Sequence[str], years: tuple[int, int],
            include_samples: bool = False) -> pd.DataFrame:
    """Yearly event counts between focal and each pole, both directions (`measures.events.dyad_series`)."""
    from latitude.measures.events import dyad_series

    frame = dyad_series(cat, focal, list(poles), freq="year", years=years, include_samples=include_samples)
    return frame.rename(columns={"partner": "pole"}).assign(
        cooperative_events=frame["verbal_coop"] + frame["material_coop"],
        conflict_events=frame["verbal_conflict"] + frame["material_conflict"])


FIGURES = {"products": _products, "events": _events}


# --------------------------------------------------------------------------- the spine

def spine(con: CatalogueLike, focal: str, poles: Sequence[str], years: tuple[int, int] = DEFAULT_YEARS,
          include_samples: bool = False, dimensions: Sequence[str] | None = None) -> pd.DataFrame:
    """Every dimension's figures for the focal and each pole per year, long (see the module docstring).

    Columns: year, focal, pole, dimension, measure, value, source, flag. Dimensions whose tables
    are absent are left out (see `available_dimensions`), and so is a dimension whose figures fail,
    listed in `frame.attrs["failed"]`; event data that are only the bundled samples are left out
    unless `include_samples` (listed in `frame.attrs["failed"]` with the reason).
    """
    cat = catalogue(con)
    focal, poles = check_request(focal, poles, years)
    present, _ = available_dimensions(cat)
    if dimensions is not None:
        present = [d for d in present if d in dimensions]
    spans = {k: dimension_years(cat, DIMENSIONS[k]) for k in present}
    known = [s for s in spans.values() if s is not None]
    if known and not any(_clip(years, s) for s in known):
        first, last = min(s[0] for s in known), max(s[1] for s in known)
        raise LatitudeError(f"years {years[0]}-{years[1]} are outside every loaded source ({first}-{last}): "
                            "choose years within it")
    parts: list[pd.DataFrame] = []
    failed: list[dict[str, str]] = []
    for key in present:
        dim = DIMENSIONS[key]
        if key == "events" and not include_samples and only_samples(cat):
            failed.append({"dimension": key, "label": dim.label,
                           "reason": "the store holds only the bundled GDELT/ICEWS samples (a few days), not a series",
                           "fix": f"{load_hint(cat, dim)} (or pass --include-samples to show the samples)"})
            continue
        span = _clip(years, spans[key])
        if span is None:
            found = pd.DataFrame(columns=["year", "pole", *dim.measure_keys, "source"])
        else:
            try:
                samples = {"include_samples": include_samples} if key == "events" else {}
                found = FIGURES.get(key, _stored)(cat, dim, focal, poles, span, **samples)
            except LatitudeError as exc:
                failed.append({"dimension": key, "label": dim.label, "reason": str(exc).splitlines()[0],
                               "fix": load_hint(cat, dim)})
                continue
        parts.append(_long(found, focal, dim, poles, years, spans[key], include_samples and key == "events"))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=SPINE_COLUMNS)
    if len(out):
        order = {k: i for i, k in enumerate(DIMENSIONS)}
        pole_order = {p: i for i, p in enumerate(poles)}
        out = out.assign(_d=out["dimension"].map(order), _p=out["pole"].map(pole_order))
        out = out.sort_values(["_d", "measure", "year", "_p"]).drop(columns=["_d", "_p"]).reset_index(drop=True)
        out["year"] = out["year"].astype(int)
    out.attrs["failed"] = failed
    return out


def _long(found: pd.DataFrame, focal: str, dim: Dimension, poles: Sequence[str], years: tuple[int, int],
          span: tuple[int, int] | None, samples: bool) -> pd.DataFrame:
    """Wide figures (one row per year and pole) -> spine rows on the full (year, pole) grid, with
    flags: per measure, the grid years ascending and the poles in order within a year."""
    measures = [m for m in dim.measure_keys if m in found.columns]
    grid_years = np.repeat(np.arange(years[0], years[1] + 1, dtype=np.int64), len(poles))
    grid_poles = np.tile(np.asarray(list(poles), dtype=object), years[1] - years[0] + 1)
    n = len(grid_years)
    at = {key: i for i, key in enumerate(zip(grid_years.tolist(), grid_poles.tolist()))}
    rows = np.fromiter((at.get(key, -1) for key in zip(found["year"].astype("int64").tolist(), found["pole"].tolist())),
                       dtype=np.int64, count=len(found))
    hit = rows >= 0
    if len(np.unique(rows[hit])) < hit.sum():
        raise LatitudeError(f"the {dim.key} figures hold more than one row for a year and pole: rebuild the store "
                            "(`latitude data build`)")
    target = rows[hit]

    def on_grid(column: str) -> np.ndarray:
        out = np.full(n, np.nan)
        out[target] = pd.to_numeric(found[column], errors="coerce").astype(float).to_numpy()[hit]
        return out

    values = {m: on_grid(m) for m in measures}
    source = np.full(n, ";".join(dim.sources), dtype=object)
    given = found["source"].notna().to_numpy()
    source[rows[hit & given]] = found["source"].to_numpy()[hit & given]
    outside = ~((grid_years >= span[0]) & (grid_years <= span[1])) if span is not None else np.ones(n, dtype=bool)
    flag = np.full(n, "", dtype=object)
    flag[outside] = "outside coverage"
    if dim.sample is not None and dim.sample in values:
        flag[(values[dim.sample] < dim.min_sample) & ~outside] = "small sample"
    if samples:
        flag[~outside] = "sample source"
    if {"trade_share", "imports", "exports"} <= set(values):
        # flows known only from partners' reports, with no totals: the shares are missing, not 0
        partial = np.isnan(values["trade_share"]) & ~(np.isnan(values["imports"]) & np.isnan(values["exports"]))
        flag[partial & ~outside] = "partners' reports only: no totals, shares missing"
    k = len(measures)
    value = np.concatenate([values[m] for m in measures]) if k else np.empty(0)
    long_flag = np.tile(flag, k)
    value[long_flag == "outside coverage"] = np.nan
    return pd.DataFrame({"year": np.tile(grid_years, k), "focal": focal, "pole": np.tile(grid_poles, k),
                         "dimension": dim.key, "measure": np.repeat(np.asarray(measures, dtype=object), n),
                         "value": value, "source": np.tile(source, k), "flag": long_flag}, columns=SPINE_COLUMNS)


SPINE_WIDE = {"trade_share": "trade share", "export_share": "export share", "import_share": "import share",
              "defense_pact": "defence pact", "agreement": "UN agreement", "n_votes": "UN votes",
              "arms_import_share_5y": "arms import share (5 y)"}


def spine_wide(frame: pd.DataFrame) -> pd.DataFrame:
    """The long spine as one row per (year, pole), the foundation figures side by side (for people),
    starting at the first year with any of them."""
    keep = frame[frame["measure"].isin(SPINE_WIDE)]
    if keep.empty:
        return pd.DataFrame(columns=["year", "pole"])
    wide = keep.pivot_table(index=["year", "pole"], columns="measure", values="value", dropna=False,
                            sort=False).reset_index()
    wide.columns.name = None
    measures = [m for m in SPINE_WIDE if m in wide]
    has_any = wide[measures].notna().any(axis=1)
    if has_any.any():
        first, last = wide.loc[has_any, "year"].min(), wide.loc[has_any, "year"].max()
        wide = wide[wide["year"].between(first, last)]
    if "defense_pact" in wide:
        wide["defense_pact"] = wide["defense_pact"].map({1.0: "yes", 0.0: "no"})
    if "n_votes" in wide:
        wide["n_votes"] = wide["n_votes"].astype("Int64")
    return wide[["year", "pole", *measures]].rename(columns=SPINE_WIDE).reset_index(drop=True)
