"""States side by side, and every state ranked, from the stored dimension tables.

`compare(con, focals, poles, years)` puts a few states side by side (middle powers between the
USA and China, say); `rank(con, poles, year)` ranks every state of the system in one year. Both
come from one computation over every state at once:

1. each stored dimension's headline figure for every state and each pole, read in one query
   per dimension (`measures.precompute.dimension_rows`, the rows `latitude profile` reads);
   small samples left out, and a year that is not observed takes the last observed value at most
   the dimension's `max_age` years old, with its age (`profile.indices.carry_forward`, as in the
   profile's headline and composite);
2. per state, dimension and year: the **spread** across the poles, normalised entropy
   (`indices.entropies`) and, for each pair of poles, the balance index (`indices.balance_index`);
3. the **composite** per state and year, as `profile.composite` but normalised across states:
   closeness to pole p = 100 · Σ_d w_d · m_d(x_spd) / Σ_d w_d, with m_d the min–max normalisation
   (`composite.min_max`) over every state of the system that year other than the poles, and
   every pole; autonomy = 100 · Σ_d w_d · H_sd / Σ_d w_d. The dimensions in the index are fixed
   over the states and years asked for (`composite.used_dimensions` on the carried values): a
   state lacking one of them is "not comparable" in that year, never scored without it.

States are the members of the Correlates of War state system in the year (the spells of
`countries.state_table`, as in `dyads.cow_state_years`), the poles left out; a territory that
reports trade (Hong Kong, Macao) can be compared on trade but is neither normalised over nor ranked. Critical products and events are not stored per state: they
are computed per focal for `compare` (as the profile does) and stay out of the composite and the
ranking.

The result is long and tidy, one row per year, state, dimension, measure and pole (`COLUMNS`):

- `year`, `iso3`, `state` (short name);
- `dimension`: a registry key (`measures.dimensions`) or `composite`;
- `measure`: the dimension's headline measure (`trade_share`, `defense_pact`, ...), `entropy`,
  `balance`, or for the composite `closeness` and `autonomy`;
- `pole`: a pole's ISO3, `ALL` (entropy, autonomy) or `USA-CHN` (balance between two poles);
- `value`: the figure (headline units: shares 0–1; entropy and balance 0–1; composite 0–100),
  missing (NA) when there is none, never 0;
- `age`: years the value (or the oldest value behind it) was carried forward, 0 when observed;
- `score`: the headline value min–max normalised to 0–100 across states and poles that year
  (what enters closeness);
- `rank`: 1 for the highest value among the states ranked on that row (ties share the better
  rank); `ranked`: how many states were ranked on it;
- `observed`: the dimensions observed (not carried) for that state in that year;
- `ages`: the values behind the row that are carried forward, as `dimension:years`;
- `source`: the store sources behind the value; `flag`: why a value is missing or not ranked.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

from latitude import countries
from latitude.catalogue import Catalogue, CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures.dimensions import DEFAULT_WEIGHTS, DIMENSIONS, Dimension, dimension
from latitude.measures.precompute import dimension_rows, dimension_years, is_current, precomputed
from latitude.profile.composite_index import min_max, untied_note, used_dimensions
from latitude.profile.coverage import available_dimensions
from latitude.profile.indices import balance_index, carry_forward, entropies

COLUMNS = ["year", "iso3", "state", "dimension", "measure", "pole", "value", "age", "score", "rank", "ranked",
           "observed", "ages", "source", "flag"]
COMPOSITE = "composite"
ALL = "ALL"
NO_TIES = "no ties with any of these poles (spread undefined)"

# Why an observed headline value is missing, in order of precedence (the first that applies).
_OUTSIDE = "outside the coverage of its sources"
_NOT_MEMBER = "not a member of the state system that year"
_NO_ROW = {"trade": "no trade with the pole reported by either side",
           "un": "not a member of the General Assembly that session"}
_SMALL = "small sample"
_EMPTY = {"trade": "flows without the state's total trade with the world (no share)",
          "arms": "received no major arms in the five years (no share)",
          "un": "no contested roll call on which both voted",
          "capabilities": "no CINC score"}


# --------------------------------------------------------------------------- public API

def compare(con: CatalogueLike, focals: Sequence[str] | str, poles: Sequence[str] | str,
            years: tuple[int, int] | int | str, weights: Mapping[str, float] | None = None) -> pd.DataFrame:
    """Each of `focals` on every dimension and the composite, for each pole and year (`COLUMNS`).

    Headline values are the profile's (`latitude profile` prints the same number for the same
    focal, dimension, pole and year); closeness and autonomy are normalised across every state
    of the system, so they compare across states (see the module docstring). A state that is
    also a pole is refused; a dimension without data for a state is a row with a missing value
    and the reason in `flag`.
    """
    cat = catalogue(con)
    pole_list = _poles(poles)
    focal_list = _codes(focals, "states")
    clash = [f for f in focal_list if f in pole_list]
    if clash:
        raise LatitudeError(f"{', '.join(clash)} is also a pole: drop it from the states or from --poles")
    span = _years(years)
    weights = _weights(weights)
    out = _table(cat, pole_list, span, weights, focal_list, list(DIMENSIONS))
    return _order(out[out["iso3"].isin(focal_list)], pole_list, focal_list)


def rank(con: CatalogueLike, poles: Sequence[str] | str, year: int, weights: Mapping[str, float] | None = None,
         dimension: str | None = None) -> pd.DataFrame:
    """Every state of the system with data in `year`, ranked by closeness to each pole (per
    dimension and the composite) and by the spread across poles (entropy, balance, autonomy)
    (`COLUMNS`).

    `dimension` keeps one stored dimension's rows (or `composite` for the composite's only).
    """
    cat = catalogue(con)
    pole_list = _poles(poles)
    span = _years(year)
    if span[0] != span[1]:
        raise LatitudeError(f"rank takes one year, not {span[0]}-{span[1]}: pass --year {span[1]}")
    weights = _weights(weights)
    _check_dimension(dimension)
    # every stored dimension is read, also with `dimension`: the composite and `observed` need them
    out = _table(cat, pole_list, span, weights, None, [d.key for d in precomputed()])
    if dimension is not None:
        out = out[out["dimension"] == dimension]
    with_data = out["value"].notna().groupby(out["iso3"]).transform("any")
    return _order(out[with_data], pole_list, None)


def default_year(con: CatalogueLike, weights: Mapping[str, float] | None = None) -> int:
    """The year `compare` and `rank` show when none is given: the latest year in which the
    heaviest stored dimension of the composite (trade by default) is observed for at least 80%
    as many states as in its best-covered year."""
    cat = catalogue(con)
    weights = _weights(weights)
    stored = [d for d in precomputed() if weights.get(d.key, 0) > 0 and dimension_years(cat, d) is not None]
    if not stored:
        raise LatitudeError("no stored dimension in the store: run `latitude data build`")
    heaviest = max(stored, key=lambda d: weights[d.key])
    last = dimension_years(cat, heaviest)[1]
    if not is_current(cat, heaviest):
        return last
    table = cat.table(heaviest.table)
    counts = (table.filter(table[heaviest.headline].notnull())
              .group_by("year").aggregate(states=table.iso3.nunique()).to_pandas())
    if counts.empty:
        return last
    enough = counts[counts["states"] >= 0.8 * counts["states"].max()]
    return int(enough["year"].max())


def wide(frame: pd.DataFrame, measures: Sequence[str] | None = None) -> pd.DataFrame:
    """One row per state and year: `year`, `iso3`, `state`, then one column per dimension (or
    measure) and pole in `frame`'s order, named 'trade USA', 'entropy trade', 'closeness USA',
    'autonomy' (values as in `frame`; `measures` keeps only those measures)."""
    keep = frame if measures is None else frame[frame["measure"].isin(measures)]
    if keep.empty:
        return pd.DataFrame(columns=["year", "iso3", "state"])
    keep = keep.assign(column=[_column_name(d, m, p) for d, m, p in
                               zip(keep["dimension"], keep["measure"], keep["pole"])])
    order = list(dict.fromkeys(keep["column"]))
    rows = list(dict.fromkeys(zip(keep["year"], keep["iso3"], keep["state"])))
    out = keep.set_index(["year", "iso3", "state", "column"])["value"].unstack("column")
    out = out.reindex(index=pd.MultiIndex.from_tuples(rows, names=["year", "iso3", "state"]),
                      columns=order).reset_index()
    out.columns.name = None
    return out[["year", "iso3", "state", *order]]


# --------------------------------------------------------------------------- the computation

ROW_COLUMNS = ["year", "iso3", "dimension", "measure", "pole", "value", "age", "score", "ages", "source", "flag",
               "ranked_on"]


def _table(cat: Catalogue, poles: list[str], span: tuple[int, int], weights: Mapping[str, float],
           focals: list[str] | None, keys: list[str]) -> pd.DataFrame:
    """Every row of `COLUMNS` for the states of the system (and `focals`) over `span`."""
    spans = {k: dimension_years(cat, DIMENSIONS[k]) for k in keys}
    _check_span(spans, span)
    members = _members(span)
    states = sorted((set(members) - set(poles)) | set(focals or []))
    present, missing = available_dimensions(cat)
    reasons = {m["dimension"]: f"{m['reason']}; load it with `{m['fix']}`" for m in missing}
    stored = {d.key for d in precomputed()}
    heads = []
    for key in keys:
        dim = DIMENSIONS[key]
        if key not in present:
            heads.append(_absent(dim, states if focals is None else focals, poles, span, reasons[key]))
        elif key in stored:
            rows = dimension_rows(cat, key, None, poles, (span[0] - dim.max_age, span[1]))
            heads.append(_headline(dim, rows[rows["iso3"].isin(states)], states, poles, span, spans[key]))
        else:
            window = (span[0] - dim.max_age, span[1])
            reached = spans[key] is not None and window[0] <= spans[key][1] and window[1] >= spans[key][0]
            rows, failed = _per_focal(cat, dim, focals or [] if reached else [], poles, window)
            head = _headline(dim, rows, focals or [], poles, span, spans[key])
            head["flag"] = np.where(head["carried"].isna() & head["iso3"].isin(list(failed)),
                                    head["iso3"].map(failed), head["flag"])
            heads.append(head)
    head = pd.concat(heads, ignore_index=True)
    # the population normalised over and ranked: states of the system that year, not the poles,
    # in the dimensions stored for every state
    head["ranked_on"] = _is_member(head) & ~head["iso3"].isin(poles) & head["dimension"].isin(stored)
    parts = [_dimension_rows(head)]
    spread = _spread(head, poles)
    parts.append(spread[spread["dimension"].map(lambda d: d in _TIES)])
    parts.append(_composite(head[head["dimension"].isin(stored)], spread, poles, weights))
    out = pd.concat([p for p in parts if len(p)], ignore_index=True)
    out["rank"], out["ranked"] = _ranks(out)
    out["observed"] = _observed(head, out)
    out["state"] = out["iso3"].map(_names(tuple(sorted(set(out["iso3"])))))
    unranked = out["value"].notna() & out["rank"].isna() & (out["flag"] == "")
    out.loc[unranked, "flag"] = np.where(
        out.loc[unranked, "dimension"].isin([*stored, COMPOSITE]),
        "not ranked: not a state of the system that year, or a pole",
        "not ranked: computed for the focal only, not stored for every state")
    return out[COLUMNS]


# dimensions whose headline is a tie with the pole (spread across poles is meaningful); a ratio of
# power (capabilities) is ranked by its value only
_TIES = {d.key for d in DIMENSIONS.values() if d.measure(d.headline).unit in ("share", "flag", "count")}


def _headline(dim: Dimension, rows: pd.DataFrame, states: Sequence[str], poles: list[str], span: tuple[int, int],
              coverage: tuple[int, int] | None) -> pd.DataFrame:
    """The dimension's headline per (state, year, pole) over `span`: value observed (small samples
    left out), `carried` forward up to `max_age` (with `age` and the carried value's source), and
    why there is no value (`flag`, empty when there is one)."""
    lo = span[0] - dim.max_age
    grid = pd.MultiIndex.from_product([list(states), range(lo, span[1] + 1), poles],
                                      names=["iso3", "year", "pole"]).to_frame(index=False)
    keep = ["year", "iso3", "partner", dim.headline, "source"] + ([dim.sample] if dim.sample else [])
    rows = rows[[c for c in keep if c in rows.columns]].rename(columns={"partner": "pole"})
    rows = rows.astype({"year": "int64"}).drop_duplicates(["iso3", "year", "pole"])
    frame = grid.merge(rows.assign(_row=True), on=["iso3", "year", "pole"], how="left")
    value = pd.to_numeric(frame[dim.headline], errors="coerce").astype(float)
    outside = np.ones(len(frame), bool) if coverage is None else ~frame["year"].between(*coverage).to_numpy()
    has_row = frame["_row"].eq(True).to_numpy()
    small = np.zeros(len(frame), bool)
    if dim.sample and dim.sample in frame:
        small = (pd.to_numeric(frame[dim.sample], errors="coerce") < dim.min_sample).to_numpy()
    sample_label = dim.measure(dim.sample).label if dim.sample else ""
    dyadic = dim.key != "trade"            # the other stored tables hold every pair of states of the system
    flag = np.select(
        [outside, ~has_row & dyadic & ~_is_member(frame), ~has_row, small, value.isna().to_numpy()],
        [_OUTSIDE, _NOT_MEMBER, _NO_ROW.get(dim.key, "not in its source that year"),
         f"{_SMALL}: fewer than {dim.min_sample} {sample_label}", _EMPTY.get(dim.key, "no value in its source")], "")
    value[outside | small] = np.nan
    frame = frame.assign(dimension=dim.key, value=value, flag=flag)
    frame["source"] = frame["source"].where(value.notna())
    frame = carry_forward(frame, dim.max_age, keys=("iso3", "dimension", "pole"))
    frame["source"] = frame.groupby(["iso3", "pole"], sort=False)["source"].ffill().where(frame["carried"].notna())
    frame["flag"] = frame["flag"].where(frame["carried"].isna(), "")
    frame = frame[frame["year"].between(*span)]
    return frame[["iso3", "dimension", "year", "pole", "value", "carried", "age", "source", "flag"]]


def _absent(dim: Dimension, states: Sequence[str], poles: list[str], span: tuple[int, int], reason: str) -> pd.DataFrame:
    """Headline rows for a dimension the store cannot answer: every value missing, with the reason."""
    grid = pd.MultiIndex.from_product([list(states), range(span[0], span[1] + 1), poles],
                                      names=["iso3", "year", "pole"]).to_frame(index=False)
    return grid.assign(dimension=dim.key, value=np.nan, carried=np.nan, age=pd.array([pd.NA] * len(grid), "Int64"),
                       source=None, flag=reason)


def _per_focal(cat: Catalogue, dim: Dimension, focals: list[str], poles: list[str],
               window: tuple[int, int]) -> tuple[pd.DataFrame, dict[str, str]]:
    """A dimension that is not stored per state (products, events), per focal through the
    profile's spine, and the reason for each focal whose figures failed."""
    from latitude.profile.figures import spine

    parts, failed = [], {}
    for focal in focals:
        try:
            frame = spine(cat, focal, poles, window, dimensions=[dim.key])
        except LatitudeError as exc:
            failed[focal] = str(exc).splitlines()[0]
            continue
        for f in frame.attrs.get("failed", []):
            failed[focal] = f"{f['reason']}; load it with `{f['fix']}`"
        frame = frame[frame["dimension"] == dim.key]
        if frame.empty:
            continue
        wide_ = frame.pivot_table(index=["year", "pole", "source"], columns="measure", values="value",
                                  dropna=False).reset_index()
        parts.append(wide_.assign(iso3=focal).rename(columns={"pole": "partner"}))
    rows = pd.concat(parts, ignore_index=True) if parts else \
        pd.DataFrame(columns=["year", "iso3", "partner", dim.headline, "source"])
    return rows, failed


def _dimension_rows(head: pd.DataFrame) -> pd.DataFrame:
    """The headline rows: value = the carried value, score = its min–max (0–100) over the
    population and the poles in that year."""
    out = head.copy()
    out["measure"] = out["dimension"].map(lambda d: DIMENSIONS[d].headline)
    scores = out[out["ranked_on"]].groupby(["dimension", "year"])["carried"].transform(min_max)
    out["score"] = (100 * scores).reindex(out.index)
    out["value"] = out["carried"]
    out["ages"] = _ages_text(out["dimension"], out["age"])
    return out[ROW_COLUMNS]


def _spread(head: pd.DataFrame, poles: list[str]) -> pd.DataFrame:
    """Normalised entropy across the poles, and the balance index for each pair of poles, per
    state, dimension and year, from the carried values (empty with fewer than two poles)."""
    if len(poles) < 2 or head.empty:
        return pd.DataFrame(columns=ROW_COLUMNS)
    keys = ["iso3", "dimension", "year"]
    # `entropies` works per (dimension, year): one id per (state, dimension) runs it over every state at once
    ids, labels = pd.factorize(pd.MultiIndex.from_arrays([head["iso3"], head["dimension"]]))
    ent = entropies(head.assign(dimension=ids), poles, column="carried")
    found = labels[ent["dimension"].to_numpy()]
    ent = ent.assign(iso3=found.get_level_values(0), dimension=found.get_level_values(1))
    indexed = head.set_index([*keys, "pole"])
    values = indexed["carried"].astype(float).unstack("pole").reindex(columns=poles)
    flags = indexed["flag"].unstack("pole").reindex(index=values.index, columns=poles)
    grouped = head.groupby(keys)
    base = values.index.to_frame(index=False)
    base["age"] = grouped["age"].max().reindex(values.index).to_numpy()
    base["source"] = _sources(head, keys).reindex(values.index).to_numpy()
    base["ranked_on"] = grouped["ranked_on"].all().reindex(values.index).to_numpy()
    base["score"] = np.nan
    matrix = values.to_numpy(dtype=float)
    notes = flags.to_numpy(dtype=object)

    def why(columns: Sequence[int]) -> list[str]:
        out = []
        for row, note in zip(matrix, notes):
            gaps = {poles[c]: note[c] if isinstance(note[c], str) and note[c] else "no value"
                    for c in columns if np.isnan(row[c])}
            if len(set(gaps.values())) == 1 and len(gaps) == len(columns):
                out.append(next(iter(gaps.values())))           # the same reason for every pole: once
            else:
                out.append("; ".join(f"{p}: {g}" for p, g in gaps.items()) if gaps else NO_TIES)
        return out

    parts = [base.merge(ent, on=keys, how="left").assign(measure="entropy", pole=ALL,
                                                         flag=why(range(len(poles))))]
    parts[0]["value"] = parts[0].pop("entropy") + 0.0          # no negative zero
    for i, a in enumerate(poles):
        for j in range(i + 1, len(poles)):
            bal = [balance_index(x, y) for x, y in zip(matrix[:, i], matrix[:, j])]
            parts.append(base.assign(measure="balance", pole=f"{a}-{poles[j]}", value=bal, flag=why([i, j])))
    out = pd.concat(parts, ignore_index=True)
    out["flag"] = out["flag"].where(out["value"].isna(), "")
    out["ages"] = _ages_text(out["dimension"], out["age"])
    return out[ROW_COLUMNS]


def _composite(head: pd.DataFrame, spread: pd.DataFrame, poles: list[str],
               weights: Mapping[str, float]) -> pd.DataFrame:
    """Closeness to each pole and autonomy per state and year (see the module docstring); the
    dimensions in each are fixed over the population's carried values in the years asked for."""
    basis = head[head["ranked_on"]]
    basis = basis.assign(value=basis["carried"])
    parts = []
    close = used_dimensions(basis, weights, spread=True)
    if close:
        data = head[head["dimension"].isin(close)].copy()
        data["norm"] = data[data["ranked_on"]].groupby(["dimension", "year"])["carried"].transform(min_max)
        spreadless = data["norm"].isna() & data["carried"].notna() & data["ranked_on"]
        data["flag"] = data["flag"].mask(spreadless, "no spread across states that year")
        closeness = _weighted(data, "norm", "closeness", close, weights)
        outside = ~closeness["ranked_on"].astype(bool)
        closeness.loc[outside, "value"] = np.nan
        closeness.loc[outside, "flag"] = "not normalised: not a state of the system that year"
        parts.append(closeness)
    autonomy = used_dimensions(basis, weights)
    entropy = spread[(spread["measure"] == "entropy") & spread["dimension"].isin(autonomy)]
    if autonomy and len(entropy):
        # no tie to any pole: nothing is concentrated, so the spread counts as even (as in the profile)
        untied = entropy["value"].isna() & (entropy["flag"] == NO_TIES)
        entropy = entropy.assign(value=entropy["value"].mask(untied, 1.0), flag=entropy["flag"].mask(untied, ""))
        weighted = _weighted(entropy, "value", "autonomy", autonomy, weights)
        order = {d: i for i, d in enumerate(autonomy)}
        lacking = entropy[untied].groupby(["iso3", "year"])["dimension"].agg(
            lambda dims: untied_note(sorted(dims, key=order.get)))
        notes = lacking.to_dict()
        weighted["flag"] = [flag or notes.get((iso3, year), "")
                            for flag, iso3, year in zip(weighted["flag"], weighted["iso3"], weighted["year"])]
        parts.append(weighted)
    if not parts:
        return pd.DataFrame(columns=ROW_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    out["dimension"], out["score"] = COMPOSITE, np.nan
    return out[ROW_COLUMNS]


def _weighted(data: pd.DataFrame, column: str, measure: str, dims: list[str],
              weights: Mapping[str, float]) -> pd.DataFrame:
    """100 · Σ_d w_d · x_d / Σ_d w_d per (state, year, pole) over the fixed `dims`; missing, with
    the reasons, when one of them is missing."""
    keys = ["iso3", "year", "pole"]
    indexed = data.set_index([*keys, "dimension"])
    table = indexed[column].astype(float).unstack("dimension").reindex(columns=dims)
    index = table.index
    age = indexed["age"].astype(float).unstack("dimension").reindex(index=index, columns=dims).to_numpy(dtype=float)
    flag = indexed["flag"].unstack("dimension").reindex(index=index, columns=dims).to_numpy(dtype=object)
    grouped = data.groupby(keys)
    w = np.array([weights[d] for d in dims], dtype=float)
    values = table.to_numpy(dtype=float)
    gaps = np.isnan(values)
    out = index.to_frame(index=False)
    out["measure"] = measure
    out["value"] = np.where(gaps.any(axis=1), np.nan, 100 * np.nansum(values * w, axis=1) / w.sum())
    oldest = np.where(np.isnan(age), -1, age).max(axis=1)
    out["age"] = pd.array(np.where(oldest < 0, None, oldest), dtype="Int64")
    out["ages"] = [",".join(f"{d}:{int(a)}" for d, a in zip(dims, row) if a > 0) for row in np.nan_to_num(age)]
    out["source"] = _sources(data, keys).reindex(index).to_numpy()
    out["ranked_on"] = grouped["ranked_on"].all().reindex(index).to_numpy()
    out["flag"] = ["" if not gap.any() else "not comparable: " + "; ".join(
        f"{d}: {note if isinstance(note, str) and note else 'no value'}" for d, note, g in zip(dims, row, gap) if g)
        for gap, row in zip(gaps, flag)]
    return out


def _ranks(out: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Rank (1 = highest, ties share the better rank) and the number ranked, per (year, dimension,
    measure, pole), among the population's values."""
    ranked = out[out["ranked_on"].astype(bool) & out["value"].notna()]
    groups = ranked.groupby(["year", "dimension", "measure", "pole"])["value"]
    order = groups.rank(ascending=False, method="min").astype("Int64")
    count = groups.transform("size").astype("Int64")
    return order.reindex(out.index), count.reindex(out.index)


def _observed(head: pd.DataFrame, out: pd.DataFrame) -> pd.Series:
    """Per row: the dimensions observed (age 0 with some pole) for its state in its year."""
    seen = head[head["age"].eq(0)]
    order = {k: i for i, k in enumerate(DIMENSIONS)}
    labels = seen.groupby(["iso3", "year"])["dimension"].agg(
        lambda s: ",".join(sorted(set(s), key=order.__getitem__)))
    keys = pd.MultiIndex.from_arrays([out["iso3"], out["year"]])
    return pd.Series(labels.reindex(keys).fillna("").to_numpy(), index=out.index)


def _order(out: pd.DataFrame, poles: list[str], focals: list[str] | None) -> pd.DataFrame:
    """Rows by year, dimension (registry order, composite last), measure, pole, then rank (or the
    focals' order)."""
    dims = {k: i for i, k in enumerate([*DIMENSIONS, COMPOSITE])}
    measures = {"entropy": 1, "balance": 2, "closeness": 0, "autonomy": 3}
    pole_order = {p: i for i, p in enumerate(poles)}
    who = {f: i for i, f in enumerate(focals)} if focals else None
    out = out.assign(_d=out["dimension"].map(dims), _m=out["measure"].map(measures).fillna(0),
                     _p=out["pole"].map(pole_order).fillna(len(poles)),
                     _s=out["iso3"].map(who) if who else out["rank"].astype("Float64").fillna(np.inf))
    out = out.sort_values(["year", "_d", "_m", "_p", "_s", "iso3"], kind="stable")
    out = out.drop(columns=["_d", "_m", "_p", "_s"]).reset_index(drop=True)
    return out.astype({"year": "int64", "age": "Int64", "rank": "Int64", "ranked": "Int64"})


# --------------------------------------------------------------------------- small helpers

def _codes(values: Sequence[str] | str, what: str) -> list[str]:
    """'USA,CHN' or ['USA', 'China'] -> ISO3 codes in order; one line for an unknown, missing or
    repeated one."""
    items = [v.strip() for v in values.split(",") if v.strip()] if isinstance(values, str) else list(values)
    codes = [countries.iso3(v.strip() if isinstance(v, str) else v) for v in items]
    if not codes:
        raise LatitudeError(f"no {what} given: pass at least one, e.g. USA,CHN")
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise LatitudeError(f"{', '.join(twice)} is listed twice among the {what}: give each once")
    return codes


def _poles(poles: Sequence[str] | str) -> list[str]:
    return _codes(poles, "poles")


def _years(years: tuple[int, int] | int | str) -> tuple[int, int]:
    from latitude.years import year_range

    span = year_range(years)
    if span is None:
        raise LatitudeError("no years given: pass a year or a range such as 2010-2021")
    if span[0] < 1816 or span[1] > 2100:
        raise LatitudeError(f"years {span[0]}-{span[1]} are outside 1816-2100: pick years the sources cover")
    return span


def _weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    out = dict(DEFAULT_WEIGHTS)
    for key, value in (weights or {}).items():
        if key not in DIMENSIONS:
            raise LatitudeError(f"bad weight '{key}': choose dimensions from {', '.join(DIMENSIONS)}")
        if not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise LatitudeError(f"bad weight '{key}={value}': weights must be finite and not negative")
        out[key] = float(value)
    if sum(out[d.key] for d in precomputed()) <= 0:
        raise LatitudeError("every stored dimension has weight 0: give trade, alliance, arms or un a positive weight")
    return out


def _check_dimension(key: str | None) -> None:
    """`rank`'s dimension: a stored one, `composite` or None (one line otherwise)."""
    if key is None or key == COMPOSITE:
        return
    dimension(key)
    stored = [d.key for d in precomputed()]
    if key not in stored:
        raise LatitudeError(f"dimension '{key}' is not stored per state, so it cannot be ranked: choose from "
                            f"{', '.join(stored)} or composite")


def _check_span(spans: Mapping[str, tuple[int, int] | None], span: tuple[int, int]) -> None:
    """One line when the years miss every stored dimension (values carried forward count)."""
    reach = [(s[0], s[1] + DIMENSIONS[k].max_age) for k, s in spans.items()
             if s is not None and DIMENSIONS[k].precomputed]
    if not reach:
        raise LatitudeError("no stored dimension in the store: run `latitude data build`")
    if not any(span[0] <= hi and span[1] >= lo for lo, hi in reach):
        first, last = min(r[0] for r in reach), max(r[1] for r in reach)
        raise LatitudeError(f"years {span[0]}-{span[1]} are outside every stored dimension ({first}-{last}, "
                            "counting values carried forward): choose years within it")


@lru_cache(maxsize=1)
def _spells() -> pd.DataFrame:
    """iso3, first and last year of each spell of membership in the COW state system (the spells
    `dyads.cow_state_years` expands; a spell still open runs on)."""
    rows = [(row.iso3, start.year, end.year) for row in countries.state_table().dropna(subset=["iso3"]).itertuples()
            for start, end in countries.spells(row.spells)]
    return pd.DataFrame(rows, columns=["iso3", "first", "last"])


def _members(span: tuple[int, int]) -> list[str]:
    """ISO3 codes of the states of the COW system at some time in `span`."""
    spells = _spells()
    return sorted(set(spells.loc[(spells["first"] <= span[1]) & (spells["last"] >= span[0]), "iso3"]))


def _is_member(frame: pd.DataFrame) -> np.ndarray:
    """Per row: was `iso3` a state of the COW system at some time in `year`?"""
    pairs = frame[["iso3", "year"]].drop_duplicates().merge(_spells(), on="iso3")
    inside = pairs[(pairs["year"] >= pairs["first"]) & (pairs["year"] <= pairs["last"])]
    members = pd.MultiIndex.from_frame(inside[["iso3", "year"]].drop_duplicates())
    return pd.MultiIndex.from_frame(frame[["iso3", "year"]]).isin(members)


@lru_cache(maxsize=8)
def _names(codes: tuple[str, ...]) -> dict[str, str]:
    table = countries.state_table().dropna(subset=["iso3"])
    table = table.assign(_open=table["end"].isna()).sort_values(["iso3", "_open"], ascending=[True, False])
    names = dict(zip(table.drop_duplicates("iso3")["iso3"], table.drop_duplicates("iso3")["short_name"]))
    out = {}
    for code in codes:
        if code not in names:
            try:
                names[code] = countries.resolve(code).name
            except LatitudeError:
                names[code] = code
        out[code] = names[code]
    return out


def _sources(frame: pd.DataFrame, keys: list[str]) -> pd.Series:
    """The distinct store sources behind each group of `keys`, sorted and joined ('atop; unvotes')."""
    text = frame["source"].astype("string")
    parts = sorted({p.strip() for v in text.dropna().unique() for p in str(v).split(";") if p.strip()})
    if not parts:
        return pd.Series(dtype=object)
    groups = frame[keys]
    joined = None
    for part in parts:               # a handful of sources: one vectorised pass each
        has = text.str.contains(part, regex=False).fillna(False).groupby([groups[k] for k in keys]).any()
        piece = pd.Series(np.where(has.to_numpy(), part + "; ", ""), index=has.index)
        joined = piece if joined is None else joined + piece
    return joined.str.rstrip("; ")


def _ages_text(dims: pd.Series, ages: pd.Series) -> np.ndarray:
    age = pd.to_numeric(ages, errors="coerce")
    return np.where(age.fillna(0) > 0, dims + ":" + age.astype("Int64").astype("string").fillna(""), "")


def _column_name(dim: str, measure: str, pole: str) -> str:
    if dim == COMPOSITE:
        return measure if pole == ALL else f"{measure} {pole}"
    if measure == "entropy":
        return f"entropy {dim}"
    if measure == "balance":
        return f"balance {dim} {pole}"
    return f"{dim} {pole}"
