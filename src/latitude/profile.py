"""The autonomy profile: how a focal state's ties are spread across great powers ("poles").

For a focal state, a set of poles and a year range, the profile gathers one long table of
figures per dimension (trade, alliances, arms, UN alignment, and critical products and events
when their measures and data are in the store) and derives from it:

- the distribution of each dimension's headline figure across the poles,
- a balance index between any two poles, 1 − |a − b| / (a + b),
- the normalised Shannon entropy across all poles (1 = evenly spread, 0 = one pole only),
- alliance discipline towards a patron (ideal-point distance to patron vs rival; the share of
  split votes on which the focal sides with the patron),
- trends with change points, and
- a weighted composite (Lowy Asia Power Index style, min–max normalised).

Every figure keeps its source and years; a dimension whose data is not in the store is listed
as missing with the command that would load it, never filled in. Formulas: docs/profile.md.
"""
from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Sequence

import duckdb
import numpy as np
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError

SPINE_COLUMNS = ["year", "focal", "pole", "dimension", "measure", "value", "source"]
DEFAULT_YEARS = (1990, 2023)


# --------------------------------------------------------------------------- dimensions

@dataclass(frozen=True)
class Dimension:
    """One profile dimension: the store tables and measure behind it and its headline figure."""

    key: str
    label: str
    headline: str           # the measure compared across poles
    headline_label: str
    source: str             # store source (provenance row) behind the figures
    tables: tuple[str, ...]
    module: str | None      # measure module the dimension needs beyond the store tables
    caveat: str
    any_table: bool = False  # True: one of `tables` suffices (e.g. BACI or Comtrade)


DIMENSIONS: dict[str, Dimension] = {d.key: d for d in (
    Dimension("trade", "Trade", "trade_share", "share of the focal's total trade",
              "cow_trade", ("cow_trade_dyadic", "cow_trade_national"), "latitude.measures.trade",
              "COW dyadic flows are mostly importer-reported; export shares use the partner's "
              "reported imports (the 'mirror' flow)."),
    Dimension("products", "Critical products", "dependent_products",
              "HS6 products meeting the EU dependency test whose top supplier is the pole",
              "comtrade", ("baci_flows", "comtrade_flows"), "latitude.measures.products",
              "EU strategic-dependency test (SWD(2021) 352) on the product flows in the store (CEPII BACI, "
              "else Comtrade extracts, which cover few reporters, so most suppliers are unobserved).",
              any_table=True),
    Dimension("alliance", "Alliances", "defense_pact", "ATOP defence pact (1 yes, 0 no)",
              "atop", ("atop_alliance", "cow_alliance"), "latitude.measures.security",
              "A dyad absent from ATOP in a covered year has no obligation (0)."),
    Dimension("arms", "Arms imports", "arms_import_share", "share of the focal's arms imports (SIPRI TIV)",
              "sipri", ("sipri_tiv",), "latitude.measures.security",
              "TIV measures the volume of deliveries, not their price; deliveries are lumpy. Years "
              "with no recorded imports have no share."),
    Dimension("un", "UN alignment", "agreement", "UNGA percent agreement (Voeten)",
              "unvotes", ("un_votes",), "latitude.measures.alignment",
              "Same vote 1, one abstains 0.5, opposite 0, over votes both cast in the calendar year."),
    Dimension("events", "Events and diplomacy", "cooperative_events",
              "cooperative events with the pole (CAMEO quad 1–2)",
              "gdelt_sample", ("events",), "latitude.measures.events",
              "Event counts follow news coverage; the mirror holds only samples of GDELT and ICEWS, so "
              "years without events are missing, not zero."),
)}


def load_hint(dimension: Dimension, tables: Sequence[str] = ()) -> str:
    """The command that would load a dimension's data (the sources of `tables`, else its own)."""
    from latitude.sources import source_of_table

    names = [source_of_table(t) or dimension.source for t in tables] or [dimension.source]
    return "latitude data build " + " ".join(dict.fromkeys(names))


@dataclass(frozen=True)
class Coverage:
    """A loaded source's citation, version and years covered (from the provenance table)."""

    source: str
    title: str
    version: str
    citation: str
    start: int | None
    end: int | None

    def covers(self, year: int) -> bool:
        return (self.start is None or year >= self.start) and (self.end is None or year <= self.end)


def coverages(con: duckdb.DuckDBPyConnection) -> dict[str, Coverage]:
    """Provenance rows of the loaded sources, keyed by source name."""
    rows = store.provenance(con)
    out = {}
    for r in rows.itertuples(index=False):
        start = None if pd.isna(r.coverage_start) else int(r.coverage_start)
        end = None if pd.isna(r.coverage_end) else int(r.coverage_end)
        out[r.source] = Coverage(r.source, str(r.title), str(r.version), str(r.citation), start, end)
    return out


def dimension_source(con: duckdb.DuckDBPyConnection, dimension: Dimension) -> tuple[str, Coverage | None]:
    """The loaded source(s) behind a dimension's tables ("a; b") and their joint coverage."""
    import json

    rows = store.provenance(con)
    names = [r.source for r in rows.itertuples(index=False)
             if set(json.loads(r.tables or "{}")) & set(dimension.tables)]
    if not names:
        return dimension.source, None
    cover = coverages(con)
    found = [cover[n] for n in names]
    starts = [c.start for c in found if c.start is not None]
    ends = [c.end for c in found if c.end is not None]
    joint = Coverage("; ".join(names), "; ".join(c.title for c in found), "; ".join(c.version for c in found),
                     " ".join(c.citation for c in found), min(starts) if starts else None, max(ends) if ends else None)
    return joint.source, joint


def sources_of(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> list[Coverage]:
    """Provenance of the sources named in a frame's `source` column."""
    cover = coverages(con)
    names = sorted({part.strip() for s in set(frame["source"]) for part in str(s).split(";")})
    return [cover[s] for s in names if s in cover]


def available_dimensions(con: duckdb.DuckDBPyConnection) -> tuple[list[str], list[dict[str, str]]]:
    """Which dimensions the store can answer, and why each other one is missing (with the fix)."""
    present, missing = [], []
    for dim in DIMENSIONS.values():
        absent = [t for t in dim.tables if not store.has_table(con, t)]
        if dim.any_table and len(absent) < len(dim.tables):
            absent = []
        if dim.module and importlib.util.find_spec(dim.module) is None:
            missing.append({"dimension": dim.key, "label": dim.label,
                            "reason": f"its measure ({dim.module}) is not in this installation",
                            "fix": load_hint(dim)})
        elif absent:
            missing.append({"dimension": dim.key, "label": dim.label,
                            "reason": f"table {', '.join(absent)} not in the store",
                            "fix": load_hint(dim, absent)})
        else:
            present.append(dim.key)
    return present, missing


# --------------------------------------------------------------------------- the spine

def _query(con: duckdb.DuckDBPyConnection, sql: str, frames: Mapping[str, pd.DataFrame],
           params: list | None = None) -> pd.DataFrame:
    cur = con.cursor()
    try:
        for name, frame in frames.items():
            cur.register(name, frame)
        return cur.execute(sql, params or []).df()
    finally:
        cur.close()


def _long(frame: pd.DataFrame, focal: str, dimension: str, measures: Iterable[str], source: str,
          coverage: Coverage | None) -> pd.DataFrame:
    """Wide (year, pole, measure columns) -> long spine rows; years outside coverage become NA."""
    out = frame.melt(id_vars=["year", "pole"], value_vars=list(measures), var_name="measure", value_name="value")
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype(float)
    if coverage is not None:
        out.loc[~out["year"].map(coverage.covers), "value"] = np.nan
    out["focal"], out["dimension"], out["source"] = focal, dimension, source
    return out[SPINE_COLUMNS]


def _clip(years: tuple[int, int], coverage: Coverage | None) -> tuple[int, int] | None:
    """The part of `years` a source covers (None if none of it); unknown coverage keeps all."""
    if coverage is None:
        return years
    lo = max(years[0], coverage.start if coverage.start is not None else years[0])
    hi = min(years[1], coverage.end if coverage.end is not None else years[1])
    return (lo, hi) if lo <= hi else None


def _grid(poles: Sequence[str], years: tuple[int, int]) -> pd.DataFrame:
    return pd.DataFrame([(y, p) for y in range(years[0], years[1] + 1) for p in poles], columns=["year", "pole"])


def trade_figures(con, focal: str, poles: Sequence[str], years: tuple[int, int] | None) -> pd.DataFrame:
    """Export, import and total-trade shares of the focal with each pole (`measures.trade`).

    Shares divide by the focal's national totals in COW's national trade table:
    export_share = exports to pole / total exports, import_share likewise, trade_share =
    (exports + imports with pole) / (total exports + total imports).
    """
    from latitude.measures.trade import trade_dependence

    if years is None:
        return pd.DataFrame(columns=["year", "pole"])
    frame = trade_dependence(con, focal, list(poles), years)
    return frame.rename(columns={"partner": "pole"}).assign(
        export_share=frame["export_share_national"], import_share=frame["import_share_national"],
        trade_share=frame["trade_share_national"])


def alliance_figures(con, focal: str, poles: Sequence[str], years: tuple[int, int] | None) -> pd.DataFrame:
    """ATOP defence pact (1/0) between focal and each pole (`measures.security.alliance_portfolio`)."""
    from latitude.measures.security import alliance_portfolio

    if years is None:
        return pd.DataFrame(columns=["year", "pole"])
    frame = alliance_portfolio(con, focal, list(poles), years)
    return frame.rename(columns={"partner": "pole"}).assign(defense_pact=frame["atop_defense"])


def un_figures(con, focal: str, poles: Sequence[str], years: tuple[int, int] | None) -> pd.DataFrame:
    """Voeten percent agreement with each pole per calendar year, and the jointly cast votes
    it rests on (`measures.alignment.agreement`)."""
    from latitude.measures.alignment import agreement

    if years is None:
        return pd.DataFrame(columns=["year", "pole"])
    # Calendar years, every roll call on which both voted (unanimous ones included, see
    # docs/profile.md); measures.alignment also offers Voeten's session-dated, non-unanimous variant.
    frame = agreement(con, focal, list(poles), years, measure="agree", period="year", unanimous=True)
    return frame.rename(columns={"other": "pole", "value": "agreement"})


def arms_figures(con, focal: str, poles: Sequence[str], years: tuple[int, int] | None) -> pd.DataFrame:
    """Share of the focal's arms imports (SIPRI TIV) from each pole per year (`measures.security`)."""
    from latitude.measures.security import arms_imports

    if years is None:
        return pd.DataFrame(columns=["year", "pole"])
    frame = arms_imports(con, focal, list(poles), years, window=1)
    return frame.rename(columns={"supplier": "pole", "share": "arms_import_share"})


def product_figures(con, focal: str, poles: Sequence[str], years: tuple[int, int] | None) -> pd.DataFrame:
    """Per year, how many of the focal's HS6 products meet the EU dependency test with each pole
    as top supplier (`measures.products.strategic_dependencies`); years without product data are NA."""
    from latitude.measures.products import strategic_dependencies

    if years is None:
        return pd.DataFrame(columns=["year", "pole"])
    deps = strategic_dependencies(con, focal)
    deps = deps[deps["year"].between(*years)]
    observed = sorted(set(deps["year"].astype(int)))
    flagged = deps[deps["eu_dependency"].fillna(False).astype(bool)]
    counts = flagged.groupby(["year", "top_supplier"]).size().rename("dependent_products").reset_index()
    grid = _grid(poles, (observed[0], observed[-1])) if observed else pd.DataFrame(columns=["year", "pole"])
    grid = grid[grid["year"].isin(observed)]
    out = grid.merge(counts.rename(columns={"top_supplier": "pole"}), on=["year", "pole"], how="left")
    out["dependent_products"] = out["dependent_products"].fillna(0)
    return out


def event_figures(con, focal: str, poles: Sequence[str], years: tuple[int, int] | None) -> pd.DataFrame:
    """Yearly event counts between focal and each pole, both directions (`measures.events.dyad_series`):
    all events, cooperative (verbal + material cooperation), conflictual, and mean Goldstein tone."""
    from latitude.measures.events import dyad_series

    if years is None:
        return pd.DataFrame(columns=["year", "pole"])
    # The mirror's events are the bundled samples: kept here, flagged by the `sample` column, until
    # the profile offers --include-samples (measures.events leaves them out by default).
    frame = dyad_series(con, focal, list(poles), freq="year", years=years, include_samples=True)
    return frame.rename(columns={"partner": "pole"}).assign(
        cooperative_events=frame["verbal_coop"] + frame["material_coop"],
        conflict_events=frame["verbal_conflict"] + frame["material_conflict"])


_FIGURES: dict[str, tuple[Callable, tuple[str, ...]]] = {
    "trade": (trade_figures, ("export_share", "import_share", "trade_share")),
    "products": (product_figures, ("dependent_products",)),
    "events": (event_figures, ("events", "cooperative_events", "conflict_events", "goldstein_mean")),
    "alliance": (alliance_figures, ("defense_pact",)),
    "un": (un_figures, ("agreement", "n_votes")),
    "arms": (arms_figures, ("arms_import_share", "tiv")),
}


def _check_request(con, focal: str, poles: Sequence[str], years: tuple[int, int]) -> tuple[str, list[str]]:
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


def spine(con: duckdb.DuckDBPyConnection, focal: str, poles: Sequence[str],
          years: tuple[int, int] = DEFAULT_YEARS) -> pd.DataFrame:
    """The foundation figures, long: year, focal, pole, dimension, measure, value, source.

    Trade (export, import and trade shares), ATOP defence pact, UN percent agreement (and the
    number of jointly cast votes), the share of arms imports, and, where their data are loaded,
    EU-test dependent products by top supplier and event counts, for every (year, pole) in the
    range. Dimensions whose tables are absent are left out (see `available_dimensions`), and so
    is a dimension whose measure fails, listed in `frame.attrs["failed"]` with the reason; values
    outside a source's coverage are NA.
    """
    focal, poles = _check_request(con, focal, poles, years)
    present, _ = available_dimensions(con)
    spans = [c for c in (dimension_source(con, DIMENSIONS[k])[1] for k in present) if c is not None]
    if spans and not any(_clip(years, c) for c in spans):
        first = min(c.start for c in spans if c.start is not None)
        last = max(c.end for c in spans if c.end is not None)
        raise LatitudeError(f"years {years[0]}-{years[1]} are outside every loaded source ({first}-{last}): "
                            "choose years within it")
    parts: list[pd.DataFrame] = []
    failed: list[dict[str, str]] = []
    for key, (func, measures) in _FIGURES.items():
        if key not in present:
            continue
        dim = DIMENSIONS[key]
        source, coverage = dimension_source(con, dim)
        try:
            found = func(con, focal, poles, _clip(years, coverage))
        except Exception as exc:  # one failing measure must not sink the other dimensions: report it
            first = (str(exc).splitlines() or [""])[0]
            failed.append({"dimension": key, "label": dim.label,
                           "reason": f"its measure failed ({type(exc).__name__}: {first})",
                           "fix": f"check the {source} data; then rerun"})
            continue
        found = found[["year", "pole", *measures]].astype({"year": "int64"}) if len(found) else \
            pd.DataFrame(columns=["year", "pole", *measures])
        frame = _grid(poles, years).merge(found, on=["year", "pole"], how="left")
        parts.append(_long(frame, focal, key, measures, source, coverage))
    if not parts:
        empty = pd.DataFrame(columns=SPINE_COLUMNS)
        empty.attrs["failed"] = failed
        return empty
    out = pd.concat(parts, ignore_index=True)
    order = {k: i for i, k in enumerate(DIMENSIONS)}
    out["_d"] = out["dimension"].map(order)
    out["_p"] = out["pole"].map({p: i for i, p in enumerate(poles)})
    out = out.sort_values(["_d", "measure", "year", "_p"]).drop(columns=["_d", "_p"]).reset_index(drop=True)
    out["year"] = out["year"].astype(int)
    out.attrs["failed"] = failed
    return out


SPINE_WIDE = {"export_share": "export share", "import_share": "import share", "defense_pact": "defence pact",
              "agreement": "UN agreement", "n_votes": "UN votes", "arms_import_share": "arms import share"}


def spine_wide(frame: pd.DataFrame) -> pd.DataFrame:
    """The long spine as one row per (year, pole), the foundation figures side by side (for people)."""
    keep = frame[frame["measure"].isin(SPINE_WIDE)]
    if keep.empty:
        return pd.DataFrame(columns=["year", "pole"])
    wide = keep.pivot_table(index=["year", "pole"], columns="measure", values="value", dropna=False,
                            sort=False).reset_index()
    wide.columns.name = None
    if "defense_pact" in wide:
        wide["defense_pact"] = wide["defense_pact"].map({1.0: "yes", 0.0: "no"})
    if "n_votes" in wide:
        wide["n_votes"] = wide["n_votes"].astype("Int64")
    order = ["year", "pole"] + [m for m in SPINE_WIDE if m in wide]
    return wide[order].rename(columns=SPINE_WIDE)


# --------------------------------------------------------------------------- indices

def balance_index(a: float, b: float) -> float:
    """1 − |a − b| / (a + b): 1 when two poles weigh the same, 0 when one has it all (NA if both 0)."""
    if a is None or b is None or pd.isna(a) or pd.isna(b) or a + b <= 0:
        return float("nan")
    return 1.0 - abs(a - b) / (a + b)


def normalised_entropy(values: Sequence[float]) -> float:
    """Shannon entropy of the shares v_i / Σv, divided by ln K (K poles); NA if any value is missing.

    1 means the weight is spread evenly over the K poles, 0 that it sits on one pole.
    """
    arr = np.asarray([np.nan if v is None else v for v in values], dtype=float)
    if len(arr) < 2 or np.isnan(arr).any() or arr.sum() <= 0 or (arr < 0).any():
        return float("nan")
    p = arr / arr.sum()
    nz = p[p > 0]
    return max(0.0, float(-(nz * np.log(nz)).sum() / math.log(len(arr))))


def headline(spine_frame: pd.DataFrame) -> pd.DataFrame:
    """Each dimension's headline figure per (year, pole) and its share of the poles' total that year."""
    heads = {d.key: d.headline for d in DIMENSIONS.values()}
    rows = spine_frame[spine_frame["measure"] == spine_frame["dimension"].map(heads)].copy()
    total = rows.groupby(["dimension", "year"])["value"].transform(lambda s: s.sum(min_count=len(s)))
    rows["share_of_poles"] = rows["value"] / total.where(total > 0)
    return rows.reset_index(drop=True)


def balances(head: pd.DataFrame, poles: Sequence[str]) -> pd.DataFrame:
    """Balance index for every pair of poles, per dimension and year."""
    out = []
    wide = head.pivot_table(index=["dimension", "year"], columns="pole", values="value", dropna=False)
    for i, a in enumerate(poles):
        for b in poles[i + 1:]:
            for (dim, year), row in wide.iterrows():
                out.append({"dimension": dim, "year": int(year), "pole_a": a, "pole_b": b,
                            "balance": balance_index(row.get(a, np.nan), row.get(b, np.nan))})
    return pd.DataFrame(out, columns=["dimension", "year", "pole_a", "pole_b", "balance"])


def entropies(head: pd.DataFrame, poles: Sequence[str]) -> pd.DataFrame:
    """Normalised entropy of each dimension's headline figure across all poles, per year."""
    out = []
    for (dim, year), group in head.groupby(["dimension", "year"], sort=False):
        values = group.set_index("pole")["value"].reindex(list(poles))
        out.append({"dimension": dim, "year": int(year), "entropy": normalised_entropy(values.tolist())})
    return pd.DataFrame(out, columns=["dimension", "year", "entropy"])


# --------------------------------------------------------------------------- alliance discipline

def split_vote_siding(con: duckdb.DuckDBPyConnection, focal: str, patron: str, rival: str,
                      years: tuple[int, int]) -> pd.DataFrame:
    """Per year: roll calls where patron and rival voted differently and the focal voted, and the
    share of them on which the focal cast the patron's vote (and the rival's)."""
    sql = """
        SELECT f.year, count(*) AS split_votes,
               avg(CASE WHEN f.vote = p.vote THEN 1.0 ELSE 0.0 END) AS sides_with_patron,
               avg(CASE WHEN f.vote = r.vote THEN 1.0 ELSE 0.0 END) AS sides_with_rival
        FROM un_votes f
        JOIN un_votes p ON p.rcid = f.rcid AND p.iso3 = ?
        JOIN un_votes r ON r.rcid = f.rcid AND r.iso3 = ?
        WHERE f.iso3 = ? AND f.year BETWEEN ? AND ? AND p.vote <> r.vote
          AND f.vote IN (1, 2, 3) AND p.vote IN (1, 2, 3) AND r.vote IN (1, 2, 3)
        GROUP BY f.year ORDER BY f.year
    """
    return _query(con, sql, {}, [patron, rival, focal, years[0], years[1]])


def idealpoint_distances(points: pd.DataFrame, focal: str, patron: str, rival: str) -> pd.DataFrame:
    """|x_focal − x_patron| and |x_focal − x_rival| per year, from an idealpoints frame
    (iso3, year, idealpoint); `closer_to_patron` = distance to rival − distance to patron."""
    wide = points.pivot_table(index="year", columns="iso3", values="idealpoint")
    out = pd.DataFrame(index=wide.index)
    get = lambda code: wide[code] if code in wide else pd.Series(np.nan, index=wide.index)  # noqa: E731
    out["distance_patron"] = (get(focal) - get(patron)).abs()
    out["distance_rival"] = (get(focal) - get(rival)).abs()
    out["closer_to_patron"] = out["distance_rival"] - out["distance_patron"]
    return out.reset_index()


_IDEALPOINT_CACHE: dict[tuple, pd.DataFrame] = {}


def _idealpoints(con, years: tuple[int, int]) -> pd.DataFrame | None:
    """Dynamic UNGA ideal points over `years` (measures.idealpoints), cached per store and years."""
    if importlib.util.find_spec("latitude.measures.idealpoints") is None:
        return None
    from latitude.measures.idealpoints import idealpoints

    stamp = store.provenance(con).query("source == 'unvotes'")["loaded_at"].astype(str).tolist()
    key = (tuple(stamp), years)
    if key not in _IDEALPOINT_CACHE:
        _IDEALPOINT_CACHE[key] = idealpoints(con, years=years, model="dynamic")
    return _IDEALPOINT_CACHE[key]


def discipline(con: duckdb.DuckDBPyConnection, focal: str, patron: str, rival: str,
               years: tuple[int, int], with_idealpoints: bool = True) -> pd.DataFrame:
    """Alliance discipline towards `patron` against `rival`, per year: split-vote siding shares and
    (if `with_idealpoints`) UNGA ideal-point distances to both."""
    store.require(con, "un_votes")
    out = split_vote_siding(con, focal, patron, rival, years)
    out = pd.DataFrame({"year": range(years[0], years[1] + 1)}).merge(out, on="year", how="left")
    if with_idealpoints:
        points = _idealpoints(con, years)
        if points is not None:
            out = out.merge(idealpoint_distances(points, focal, patron, rival), on="year", how="left")
    out.insert(1, "patron", patron)
    out.insert(2, "rival", rival)
    return out


# --------------------------------------------------------------------------- trends

def change_points(values: Sequence[float], min_size: int = 3, penalty: float | None = None) -> list[int]:
    """Indices where the mean of a series shifts (PELT, least squares, via `ruptures`).

    Missing values are skipped. The penalty defaults to 2·s²·ln n, s² the variance of the series
    (a BIC-style choice: a steady linear trend splits about once, pure noise rarely); a constant
    series has no change point.
    """
    import ruptures

    arr = np.asarray(values, dtype=float)
    idx = np.flatnonzero(~np.isnan(arr))
    signal = arr[idx]
    if len(signal) < 2 * min_size or np.ptp(signal) == 0:
        return []
    pen = penalty if penalty is not None else 2 * float(np.var(signal)) * math.log(len(signal))
    breaks = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal.reshape(-1, 1)).predict(pen=pen)
    return [int(idx[b]) for b in breaks[:-1]]


def trends(head: pd.DataFrame) -> pd.DataFrame:
    """Per dimension and pole: first and last value, OLS slope per decade, and change-point years."""
    out = []
    for (dim, pole), group in head.groupby(["dimension", "pole"], sort=False):
        g = group.sort_values("year")
        ok = g.dropna(subset=["value"])
        slope = float(np.polyfit(ok["year"], ok["value"], 1)[0] * 10) if len(ok) >= 3 and ok["value"].nunique() > 1 \
            else (0.0 if len(ok) >= 3 else float("nan"))
        years = g["year"].to_numpy()
        cps = [int(years[i]) for i in change_points(g["value"].to_numpy())]
        out.append({"dimension": dim, "pole": pole,
                    "first_year": int(ok["year"].iloc[0]) if len(ok) else None,
                    "first": float(ok["value"].iloc[0]) if len(ok) else float("nan"),
                    "last_year": int(ok["year"].iloc[-1]) if len(ok) else None,
                    "last": float(ok["value"].iloc[-1]) if len(ok) else float("nan"),
                    "slope_per_decade": slope,
                    "change_points": cps})
    frame = pd.DataFrame(out, columns=["dimension", "pole", "first_year", "first", "last_year", "last",
                                       "slope_per_decade", "change_points"])
    return frame.astype({"first_year": "Int64", "last_year": "Int64"})


# --------------------------------------------------------------------------- composite

DEFAULT_WEIGHTS = {"trade": 0.30, "products": 0.10, "alliance": 0.20, "arms": 0.15, "un": 0.15, "events": 0.10}


def parse_weights(text: str | None) -> dict[str, float]:
    """'trade=2,un=1' -> {'trade': 2.0, 'un': 1.0}; unnamed dimensions keep the default weights."""
    weights = dict(DEFAULT_WEIGHTS)
    if not text:
        return weights
    for part in text.split(","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        key = key.strip()
        if not sep or key not in DIMENSIONS:
            raise LatitudeError(f"bad weight '{part.strip()}': write dimension=number with a dimension "
                                f"from {', '.join(DIMENSIONS)}")
        try:
            weights[key] = float(value)
        except ValueError as exc:
            raise LatitudeError(f"bad weight '{part.strip()}': '{value}' is not a number") from exc
        if weights[key] < 0 or not math.isfinite(weights[key]):
            raise LatitudeError(f"bad weight '{part.strip()}': weights must be finite and not negative")
    if sum(weights.values()) <= 0:
        raise LatitudeError("all weights are 0: give at least one dimension a positive weight")
    return weights


def min_max(series: pd.Series) -> pd.Series:
    """(x − min) / (max − min) over the series; a constant series has no spread to rank and
    gives NA, so its dimension drops out of the composite."""
    lo, hi = series.min(), series.max()
    if pd.isna(lo) or hi == lo:
        return pd.Series(np.nan, index=series.index)
    return (series - lo) / (hi - lo)


def composite(head: pd.DataFrame, ents: pd.DataFrame, weights: Mapping[str, float]) -> pd.DataFrame:
    """Two weighted composites on a 0–100 scale, per year.

    - `closeness` (one per pole): Σ_d w_d · mm_d(x_pdy) / Σ_d w_d over the dimensions with a
      value, where mm_d is min–max over all pole-years of dimension d in the profile.
    - `autonomy` (pole "ALL"): Σ_d w_d · H_dy / Σ_d w_d, H the normalised entropy across poles
      (already on 0–1, so not re-normalised).
    """
    rows = []
    norm = head.copy()
    norm["norm"] = norm.groupby("dimension")["value"].transform(min_max)
    norm["w"] = norm["dimension"].map(weights).fillna(0.0)
    for (year, pole), g in norm.groupby(["year", "pole"], sort=False):
        g = g.dropna(subset=["norm"])
        g = g[g["w"] > 0]
        value = 100 * (g["norm"] * g["w"]).sum() / g["w"].sum() if len(g) else float("nan")
        rows.append({"year": int(year), "pole": pole, "index": "closeness", "value": value,
                     "dimensions": ",".join(g["dimension"])})
    e = ents.assign(w=ents["dimension"].map(weights).fillna(0.0)).dropna(subset=["entropy"])
    e = e[e["w"] > 0]
    for year, g in e.groupby("year"):
        rows.append({"year": int(year), "pole": "ALL", "index": "autonomy",
                     "value": 100 * (g["entropy"] * g["w"]).sum() / g["w"].sum(),
                     "dimensions": ",".join(g["dimension"])})
    return pd.DataFrame(rows, columns=["year", "pole", "index", "value", "dimensions"]).sort_values(
        ["index", "pole", "year"]).reset_index(drop=True)


# --------------------------------------------------------------------------- the profile

@dataclass
class Profile:
    """Everything the report and dashboard show for one focal, set of poles and years."""

    focal: str
    poles: list[str]
    years: tuple[int, int]
    patron: str | None
    rival: str | None
    weights: dict[str, float]
    spine: pd.DataFrame
    headline: pd.DataFrame
    balance: pd.DataFrame
    entropy: pd.DataFrame
    discipline: pd.DataFrame
    trends: pd.DataFrame
    composite: pd.DataFrame
    missing: list[dict[str, str]]
    sources: list[Coverage] = field(default_factory=list)

    def views(self) -> dict[str, pd.DataFrame]:
        """The profile's tables by name (for CSV/JSON output and the API)."""
        return {"spine": self.spine, "headline": self.headline, "balance": self.balance,
                "entropy": self.entropy, "discipline": self.discipline, "trends": self.trends,
                "composite": self.composite}


def build_profile(con: duckdb.DuckDBPyConnection, focal: str, poles: Sequence[str],
                  years: tuple[int, int] = DEFAULT_YEARS, weights: Mapping[str, float] | None = None,
                  patron: str | None = None, rival: str | None = None,
                  with_idealpoints: bool = True) -> Profile:
    """Compute the full autonomy profile (see the module docstring)."""
    focal, poles = _check_request(con, focal, poles, years)
    patron = countries.iso3(patron) if patron else poles[0]
    rival = countries.iso3(rival) if rival else (poles[1] if len(poles) > 1 else None)
    if patron == rival:
        raise LatitudeError("patron and rival are the same country: pick two different poles")
    weights = dict(weights or DEFAULT_WEIGHTS)
    frame = spine(con, focal, poles, years)
    head = headline(frame)
    ents = entropies(head, poles)
    present, missing = available_dimensions(con)
    missing = missing + frame.attrs.get("failed", [])
    disc = discipline(con, focal, patron, rival, years, with_idealpoints) \
        if rival and "un" in present else pd.DataFrame()
    return Profile(
        focal=focal, poles=poles, years=years, patron=patron, rival=rival, weights=weights,
        spine=frame, headline=head, balance=balances(head, poles), entropy=ents, discipline=disc,
        trends=trends(head), composite=composite(head, ents, weights), missing=missing,
        sources=sources_of(con, frame))
