"""The spine: every figure of a focal state's ties to each pole, per year, in one long table.

The figures come from the dimension registry (`measures.dimensions`): stored dimensions are read
from their tables (`measures.precompute.dimension_rows`, the same rows every front-end reads;
critical products are stored per importer and top supplier); events are computed per request.
Each row says which source answered and carries a flag where the value must be read with care:

- `small sample`: fewer observations than the dimension's minimum (a UN session with fewer than 20
  contested roll calls both voted on); left out of headlines and the composite by default;
- `sample source`: from the bundled GDELT/ICEWS samples (only with `include_samples`);
- `outside coverage`: the year is outside every source of the dimension (the value is missing).
"""
from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union

from latitude import countries
from latitude.catalogue import Catalogue, CatalogueLike, catalogue, frame_records
from latitude.errors import LatitudeError
from latitude.measures.dimensions import DIMENSIONS, Dimension
from latitude.measures.precompute import dimension_years
from latitude.profile.columns import NAN, number
from latitude.profile.coverage import available_dimensions, load_hint

if TYPE_CHECKING:   # the spine of stored dimensions is read and shaped without pandas (`spine_data`)
    import numpy as np
    import pandas as pd

SPINE_COLUMNS = ["year", "focal", "pole", "dimension", "measure", "value", "source", "flag"]
DEFAULT_YEARS = (1990, 2024)
Records = tuple[list[str], list[tuple]]   # (column names, rows)
Figures = Union[Records, Mapping[str, Sequence[Any]]]   # rows, or {column name: values}


@dataclass
class SpineData:
    """The spine as lists of Python values per column (`SPINE_COLUMNS`), and the dimensions left
    out with the reason (`failed`). `frame()` gives the same rows as a pandas frame."""

    columns: dict[str, list[Any]]
    failed: list[dict[str, str]] = field(default_factory=list)

    def __getitem__(self, column: str) -> list[Any]:
        return self.columns[column]

    def __len__(self) -> int:
        return len(self.columns["year"])

    def frame(self) -> pd.DataFrame:
        import pandas as pd

        out = pd.DataFrame(self.columns if len(self) else None, columns=SPINE_COLUMNS)
        out.attrs["failed"] = self.failed
        return out


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


def _clip(years: tuple[int, int], span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return years
    lo, hi = max(years[0], span[0]), min(years[1], span[1])
    return (lo, hi) if lo <= hi else None


# --------------------------------------------------------------------------- per-dimension figures

def _stored(cat: Catalogue, dim: Dimension, focal: str, poles: Sequence[str], years: tuple[int, int]) -> Figures:
    """The dimension's figures as one NumPy array per column (NULLs masked): the stored rows, read
    without pandas, when the table is current, else the computed frame's columns."""
    from latitude.measures.precompute import dimension_rows, is_current

    columns = ["year", "partner", *dim.measure_keys, "source"]
    if is_current(cat, dim):
        found = cat.arrays(dim.table, columns, year=range(years[0], years[1] + 1), partner=list(poles), iso3=focal)
    else:
        frame = dimension_rows(cat, dim.key, focal, poles, years)
        found = {c: frame[c].to_numpy() for c in columns}
    return {"pole" if c == "partner" else c: v for c, v in found.items()}


def _products(cat: Catalogue, dim: Dimension, focal: str, poles: Sequence[str], years: tuple[int, int]) -> Records:
    """Per year, how many of the focal's HS6 products meet the EU dependency test with each pole as
    top supplier, read from the table stored at build (`measures.products.dependency_counts`); a
    pole that is the top supplier of none has 0, years without product data are missing."""
    from latitude.measures.precompute import ALL_SUPPLIERS, dimension_records

    columns, rows = dimension_records(cat, dim.key, focal, [*poles, ALL_SUPPLIERS], years)
    if not rows and not (cat.exists("baci_flows", importer_iso3=focal)
                         or cat.exists("comtrade_flows", reporter_iso3=focal, aggr_level=6, flow="M")):
        raise LatitudeError(f"no HS6 imports of {focal} in the store: BACI is not loaded and the Comtrade extracts "
                            "have none")
    year_at, partner_at = columns.index("year"), columns.index("partner")
    count_at, source_at = columns.index("dependent_products"), columns.index("source")
    counts = {(int(r[year_at]), r[partner_at]): r[count_at] for r in rows}
    observed = sorted(y for y, p in counts if p == ALL_SUPPLIERS)
    source = ";".join(sorted({r[source_at] for r in rows if r[partner_at] == ALL_SUPPLIERS})) or "comtrade"
    return (["year", "pole", "dependent_products", "source"],
            [(year, pole, counts.get((year, pole), 0), source) for year in observed for pole in poles])


def sample_files(cat: Catalogue) -> set[str]:
    """Names of the files the bundled event samples were loaded from (GDELT and ICEWS samples)."""
    files: set[str] = set()
    for row in cat.provenance_rows():
        if str(row["source"]).endswith("_sample"):
            files.update(f.get("name", "") for f in json.loads(row["files"] or "[]"))
    return files


def only_samples(cat: Catalogue) -> bool:
    """True when every event in the store comes from the bundled samples (remembered per catalogue)."""
    if not cat.has("events"):
        return True
    if "only_samples" not in cat.memo:
        files = [f for f in cat.distinct("events", "file") if f is not None]
        samples = sample_files(cat)
        cat.memo["only_samples"] = all(any(str(f).endswith(s) for s in samples) for f in files) if samples \
            else len(files) == 0
    return cat.memo["only_samples"]


def _events(cat: Catalogue, dim: Dimension, focal: str, poles: Sequence[str], years: tuple[int, int],
            include_samples: bool = False) -> Records:
    """Yearly event counts between focal and each pole, both directions (`measures.events.dyad_series`)."""
    from latitude.measures.events import dyad_series

    frame = dyad_series(cat, focal, list(poles), freq="year", years=years, include_samples=include_samples)
    return frame_records(frame.rename(columns={"partner": "pole"}).assign(
        cooperative_events=frame["verbal_coop"] + frame["material_coop"],
        conflict_events=frame["verbal_conflict"] + frame["material_conflict"]))


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
    return spine_data(con, focal, poles, years, include_samples, dimensions).frame()


def spine_data(con: CatalogueLike, focal: str, poles: Sequence[str], years: tuple[int, int] = DEFAULT_YEARS,
               include_samples: bool = False, dimensions: Sequence[str] | None = None,
               detail: tuple[int, int] | None = None) -> SpineData:
    """`spine` as Python lists: the same rows, in the same order (dimensions in the registry's order,
    then measure, year and pole as given), read and shaped without pandas where the dimensions
    are stored (events are computed with pandas).

    With `detail`, years outside it keep only each dimension's headline measure: what a profile
    needs over the long span its composite is normalised over, at a fraction of the rows."""
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
    out: dict[str, list[Any]] = {c: [] for c in SPINE_COLUMNS}
    failed: list[dict[str, str]] = []
    for key in present:   # in the registry's order (`available_dimensions`)
        dim = DIMENSIONS[key]
        if key == "events" and not include_samples and only_samples(cat):
            failed.append({"dimension": key, "label": dim.label,
                           "reason": "the store holds only the bundled GDELT/ICEWS samples (a few days), not a series",
                           "fix": f"{load_hint(cat, dim)} (or pass --include-samples to show the samples)"})
            continue
        span = _clip(years, spans[key])
        if span is None:
            found: Figures = (["year", "pole", *dim.measure_keys, "source"], [])
        else:
            try:
                samples = {"include_samples": include_samples} if key == "events" else {}
                found = FIGURES.get(key, _stored)(cat, dim, focal, poles, span, **samples)
            except LatitudeError as exc:
                failed.append({"dimension": key, "label": dim.label, "reason": str(exc).splitlines()[0],
                               "fix": load_hint(cat, dim)})
                continue
        for column, values in _long(found, focal, dim, poles, years, spans[key],
                                    include_samples and key == "events", detail).items():
            out[column] += values
    return SpineData(out, failed)


def _floats(values: Sequence[Any]) -> np.ndarray:
    """A column of figures as floats (NULL, None and text as NaN, as `number` reads them)."""
    import numpy as np

    if isinstance(values, np.ma.MaskedArray) and values.dtype.kind in "biuf":
        return np.ma.filled(values.astype(float), np.nan)
    if isinstance(values, np.ma.MaskedArray):
        values = values.tolist()
    elif isinstance(values, np.ndarray) and values.dtype.kind in "biuf":
        return values.astype(float)
    try:
        return np.array(values, dtype=float)
    except (TypeError, ValueError):
        return np.array([number(v) for v in values], dtype=float)


def _long(found: Figures, focal: str, dim: Dimension, poles: Sequence[str], years: tuple[int, int],
          span: tuple[int, int] | None, samples: bool, detail: tuple[int, int] | None = None) -> dict[str, list[Any]]:
    """Wide figures (one row per year and pole) -> spine columns on the full (year, pole) grid,
    with flags: measures in name order, then the grid's years ascending and the poles in order
    (outside `detail`, if given, the headline measure only)."""
    import numpy as np

    if isinstance(found, tuple):   # rows -> columns
        names, rows = found
        found = dict(zip(names, zip(*rows))) if rows else {c: () for c in names}
    measures = sorted(m for m in dim.measure_keys if m in found)
    grid_years = np.repeat(np.arange(years[0], years[1] + 1), len(poles))
    grid_pole = list(poles) * (years[1] - years[0] + 1)
    n = len(grid_years)
    pole_at = {p: j for j, p in enumerate(poles)}
    year = np.asarray(found["year"], dtype=np.int64)
    pole = np.array([pole_at.get(p, -1) for p in list(found["pole"])], dtype=np.int64)
    placed = (pole >= 0) & (year >= years[0]) & (year <= years[1])
    cell = np.where(placed, (year - years[0]) * len(poles) + pole, -1)
    if placed.any() and np.bincount(cell[placed]).max() > 1:
        raise LatitudeError(f"the {dim.key} figures hold more than one row for a year and pole: rebuild the "
                            "store (`latitude data build`)")
    values = {}
    for m in measures:
        column = np.full(n, np.nan)
        column[cell[placed]] = _floats(found[m])[placed]
        values[m] = column
    source = np.full(n, ";".join(dim.sources), dtype=object)
    named = np.array([type(v) is str for v in list(found["source"])], dtype=bool) & placed
    source[cell[named]] = np.asarray(found["source"], dtype=object)[named]
    outside = np.ones(n, dtype=bool) if span is None else (grid_years < span[0]) | (grid_years > span[1])
    flag = np.where(outside, "outside coverage", "").astype(object)
    if dim.sample is not None and dim.sample in values:
        with np.errstate(invalid="ignore"):
            flag[~outside & (values[dim.sample] < dim.min_sample)] = "small sample"
    if samples:
        flag[~outside] = "sample source"
    if {"trade_share", "imports", "exports"} <= set(values):
        # flows known only from partners' reports, with no totals: the shares are missing, not 0
        partners_only = np.isnan(values["trade_share"]) & ~(np.isnan(values["imports"]) & np.isnan(values["exports"]))
        flag[~outside & partners_only] = "partners' reports only: no totals, shares missing"
    def labelled(cells: np.ndarray) -> tuple[np.ndarray, tuple[list[Any], ...]]:
        """The cells with their year, pole, source and flag (once per set of cells, not per measure)."""
        return cells, (grid_years[cells].tolist(), [grid_pole[i] for i in cells.tolist()], source[cells].tolist(),
                       flag[cells].tolist())

    every = labelled(np.arange(n))
    shown = every if detail is None else \
        labelled(np.flatnonzero((grid_years >= detail[0]) & (grid_years <= detail[1])))
    out: dict[str, list[Any]] = {c: [] for c in SPINE_COLUMNS}
    for m in measures:
        cells, (year_of, pole_of, source_of, flag_of) = every if m == dim.headline else shown
        if not len(cells):
            continue
        out["year"] += year_of
        out["pole"] += pole_of
        out["measure"] += [m] * len(cells)
        out["value"] += np.where(outside, np.nan, values[m])[cells].tolist()
        out["source"] += source_of
        out["flag"] += flag_of
    out["focal"] = [focal] * len(out["year"])
    out["dimension"] = [dim.key] * len(out["year"])
    return out


SPINE_WIDE = {"trade_share": "trade share", "export_share": "export share", "import_share": "import share",
              "defense_pact": "defence pact", "agreement": "UN agreement", "n_votes": "UN votes",
              "arms_import_share_5y": "arms import share (5 y)"}


def spine_wide_rows(spine: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """The long spine (a frame or `SpineData`) as one row per (year, pole), the foundation figures
    side by side (for people), starting at the first year with any of them and ending at the last."""
    cells: dict[tuple[int, str], dict[str, float]] = {}
    present: set[str] = set()
    for year, pole, measure, value in zip(spine["year"], spine["pole"], spine["measure"], spine["value"]):
        if measure in SPINE_WIDE:
            cells.setdefault((int(year), pole), {})[measure] = float(value)
            present.add(measure)
    measures = [m for m in SPINE_WIDE if m in present]
    filled = [year for (year, _), row in cells.items() if any(not math.isnan(row.get(m, NAN)) for m in measures)]
    lo, hi = (min(filled), max(filled)) if filled else (None, None)
    out = []
    for (year, pole), row in cells.items():
        if lo is not None and not lo <= year <= hi:
            continue
        record: dict[str, Any] = {"year": year, "pole": pole}
        for m in measures:
            value = row.get(m, NAN)
            if m == "defense_pact":
                value = {1.0: "yes", 0.0: "no"}.get(value)
            elif m == "n_votes":
                value = None if math.isnan(value) else int(value)
            record[SPINE_WIDE[m]] = value
        out.append(record)
    return out


def spine_wide(frame: pd.DataFrame | SpineData) -> pd.DataFrame:
    """`spine_wide_rows` as a frame (UN votes as nullable integers)."""
    import pandas as pd

    rows = spine_wide_rows(frame)
    if not rows:
        return pd.DataFrame(columns=["year", "pole"])
    wide = pd.DataFrame(rows)
    if "defence pact" in wide:
        wide["defence pact"] = wide["defence pact"].where(wide["defence pact"].notna(), NAN)
    if "UN votes" in wide:
        wide["UN votes"] = wide["UN votes"].astype("Int64")
    return wide
