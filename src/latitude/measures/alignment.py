"""UN General Assembly agreement between states: how alike two states vote, per year.

Every measure is a function of one 3x3 table per dyad-year: how often state 1 voted a
(1 yes, 2 abstain, 3 no) when state 2 voted b, over the roll calls both cast a vote on
(absent and non-member are excluded pairwise). The store computes those nine counts with a
self-join of `un_votes` on `rcid`, grouped by pair and year (Ibis over DuckDB); the measures are
closed-form expressions of the counts, in integer arithmetic where they divide. By default a
"year" is a General Assembly session (dated to the year it opened) and unanimous roll calls are
left out, which reproduces Voeten's published agreement scores exactly (see `Selection`). The measures:

- `agree`        Voeten: same vote 1, one abstains 0.5, opposite 0, averaged.
- `coincidence`  US State Department: identical / (identical + opposite), yes/no votes only.
- `s`            Signorino & Ritter (1999) S = 1 - 2 d / d_max, d = mean |a - b|, d_max = 2.
- `kappa`, `pi`  Häge (2011) chance-corrected agreement: Cohen's kappa (each state's own
                 vote shares as chance) and Scott's pi (the pair's pooled shares).
- `kappa_w`, `pi_w`  the same with quadratic disagreement weights (a - b)^2.

The NumPy functions (`percent_agreement`, `coincidence`, `s_score`, `kappa`, `scott_pi`) compute
the same numbers from two vote vectors, for checks and reuse. Formulas and references:
docs/alignment.md.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd

from latitude import countries
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.years import Years, within

SOURCE = "unvotes"
MEASURES = ("agree", "coincidence", "s", "kappa", "kappa_w", "pi", "pi_w")
ISSUES = {"me": "Palestinian conflict / Middle East", "nu": "nuclear weapons and nuclear material",
          "di": "arms control and disarmament", "hr": "human rights", "co": "colonialism",
          "ec": "economic development"}
CATEGORIES = (1, 2, 3)  # yes, abstain, no
PERIODS = ("year", "session")
COLUMNS = ["year", "iso3", "other", "measure", "value", "n_votes", "source"]

# Disagreement weights w[a][b] for categories 1..3: nominal (any difference) and quadratic.
NOMINAL = np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]])
QUADRATIC = np.array([[0, 1, 4], [1, 0, 1], [4, 1, 0]])


# --------------------------------------------------------------------------- NumPy path

def contingency(a: Sequence[float] | np.ndarray, b: Sequence[float] | np.ndarray) -> np.ndarray:
    """3x3 counts of (vote of a, vote of b) over votes both cast (codes 1, 2, 3; anything else is skipped)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape or a.ndim != 1:
        raise LatitudeError(f"vote vectors must be 1-D and of equal length, got shapes {a.shape} and {b.shape}")
    both = np.isin(a, CATEGORIES) & np.isin(b, CATEGORIES)
    table = np.zeros((3, 3), dtype=np.int64)
    np.add.at(table, (a[both].astype(int) - 1, b[both].astype(int) - 1), 1)
    return table


def _mean_distance(a, b) -> float:
    """Mean |a - b| over jointly cast votes, on the ordered scale 1 yes, 2 abstain, 3 no (NaN if none)."""
    table = contingency(a, b)
    n = table.sum()
    if n == 0:
        return float("nan")
    distance = np.abs(np.subtract.outer(np.arange(3), np.arange(3)))
    return float((distance * table).sum() / n)


def percent_agreement(a, b) -> float:
    """Voeten's agreement: mean of 1 - |a - b| / 2 over jointly cast votes (NaN if none)."""
    return 1 - _mean_distance(a, b) / 2


def coincidence(a, b) -> float:
    """State Department voting coincidence: identical / (identical + opposite) over yes/no pairs."""
    table = contingency(a, b)
    identical, opposite = table[0, 0] + table[2, 2], table[0, 2] + table[2, 0]
    return float(identical / (identical + opposite)) if identical + opposite else float("nan")


def s_score(a, b) -> float:
    """Signorino–Ritter S with 3 ordered categories: 1 - 2 d / d_max, d = mean |a - b|, d_max = 2."""
    return 1 - 2 * _mean_distance(a, b) / 2


def _weights(weights: str | None) -> np.ndarray:
    if weights is None:
        return NOMINAL
    if weights == "quadratic":
        return QUADRATIC
    raise LatitudeError(f"unknown weights {weights!r}: use None (unweighted) or 'quadratic'")


def kappa(a, b, weights: str | None = None) -> float:
    """Cohen's kappa (Häge 2011): 1 - sum(w * observed) / sum(w * expected), expected from each state's
    own vote shares; `weights="quadratic"` for (a - b)^2 disagreement weights. NaN when undefined."""
    table = contingency(a, b)
    w = _weights(weights)
    n = table.sum()
    expected = np.outer(table.sum(axis=1), table.sum(axis=0))  # n^2 * p_i(a) p_j(b)
    denominator = (w * expected).sum()
    return float(1 - n * (w * table).sum() / denominator) if n and denominator else float("nan")


def scott_pi(a, b, weights: str | None = None) -> float:
    """Scott's pi (Häge 2011): as `kappa` but chance from the pair's pooled vote shares."""
    table = contingency(a, b)
    w = _weights(weights)
    n = table.sum()
    pooled = table.sum(axis=1) + table.sum(axis=0)  # 2n * mean share
    expected = np.outer(pooled, pooled)  # 4n^2 * p(a) p(b)
    denominator = (w * expected).sum()
    return float(1 - 4 * n * (w * table).sum() / denominator) if n and denominator else float("nan")


# --------------------------------------------------------------------------- store path

def _check_measure(measure: str) -> None:
    if measure not in MEASURES:
        raise LatitudeError(f"unknown measure '{measure}': choose from {', '.join(MEASURES)}")


def _check_issue(issue: str | None) -> None:
    if issue is not None and issue not in ISSUES:
        raise LatitudeError(f"unknown issue '{issue}': choose from {', '.join(ISSUES)}")


def coverage(con: CatalogueLike) -> tuple[int, int]:
    """First and last calendar year with UN roll calls in the store (from provenance)."""
    cat = catalogue(con)
    cat.require("un_votes", "un_roll_calls")
    lo, hi = cat.coverage("un_roll_calls")
    return int(lo), int(hi)


def session_coverage(con: CatalogueLike) -> tuple[int, int]:
    """First and last session year (session + 1945: the year the session opened) with roll calls."""
    calls = catalogue(con).table("un_roll_calls")
    row = calls.aggregate(lo=calls.session.min(), hi=calls.session.max()).to_pandas().iloc[0]
    return int(row["lo"]) + 1945, int(row["hi"]) + 1945


def parse_years(years: Years, con: CatalogueLike) -> tuple[int, int]:
    """A year range inside the UN vote data: None means all of it; reaching outside it is an error."""
    lo, hi = coverage(con)
    return within(years, (lo, hi), f"the UN vote data ({lo}-{hi})", whole=True)


@dataclass(frozen=True)
class Selection:
    """Which roll calls count and how they map to years.

    `years` span, one `issue`, `important` votes only; `period="session"` (default) dates every
    vote to the year its session opened (session + 1945), `"year"` to its calendar year;
    `unanimous=False` (default) leaves out roll calls on which every state cast the same vote.
    The defaults reproduce Voeten's published agreement scores (docs/alignment.md).
    """

    years: tuple[int, int] | None = None
    issue: str | None = None
    important: bool = False
    period: str = "session"
    unanimous: bool = False

    def __post_init__(self) -> None:
        _check_issue(self.issue)
        if self.period not in PERIODS:
            raise LatitudeError(f"unknown period '{self.period}': use 'year' (calendar) or 'session'")


def _roll_calls(backend, sel: Selection) -> ir.Table:
    """rcid and year of the selected roll calls."""
    calls = backend.table("un_roll_calls")
    year = calls.year if sel.period == "year" else (calls.session + 1945).cast("int64")
    calls = calls.mutate(_year=year)
    if sel.years is not None:
        calls = calls.filter(calls._year.between(sel.years[0], sel.years[1]))
    if sel.issue is not None:
        calls = calls.filter(calls[sel.issue] == 1)
    if sel.important:
        calls = calls.filter(calls.importantvote == 1)
    if not sel.unanimous:
        votes = backend.table("un_votes")
        split = votes.group_by("rcid").aggregate(kinds=votes.vote.nunique()).filter(lambda t: t.kinds > 1)
        calls = calls.semi_join(split, "rcid")
    return calls.select("rcid", year="_year")


def _pair_counts(backend, sel: Selection, key: str, left_keys: Sequence[str] | None = None,
                 right_keys: Sequence[str] | None = None, members: ir.Table | None = None,
                 names: bool = True) -> ir.Table:
    """Nine counts c{a}{b} per pair and year: state 1 voted a while state 2 voted b.

    `key="cow"` keys the pair by ccode1, ccode2 (with iso3_1, iso3_2 beside them) and keeps one
    orientation (ccode1 < ccode2); `key="iso3"` keys by iso3_1, iso3_2, restricted to the given
    ISO3 codes on each side. `members` (columns cow, year) limits the votes to those states.
    `names=False` leaves iso3_1, iso3_2 out of the cow keys, for callers that join on the codes
    alone: each vote's COW code has one ISO3 code, so the counts are the same, and
    the tens of millions of vote pairs are grouped on three integers instead of also on two strings.
    """
    calls = _roll_calls(backend, sel)
    votes = backend.table("un_votes").select("rcid", "iso3", "cow", "vote")
    votes = votes.join(calls, "rcid").select("rcid", "year", "iso3", "cow", "vote")
    if members is not None:
        votes = votes.semi_join(members, (votes.cow == members.cow) & (votes.year == members.year))
    if key == "cow":
        left = votes.select(rcid="rcid", year="year", ccode1=votes.cow.cast("int64"), iso3_1="iso3", v1="vote")
        right = votes.select(rcid_r="rcid", ccode2=votes.cow.cast("int64"), iso3_2="iso3", v2="vote")
        pairs = left.join(right, (left.rcid == right.rcid_r) & (left.ccode1 < right.ccode2))
        groups = ["ccode1", "ccode2"] + (["iso3_1", "iso3_2"] if names else []) + ["year"]
    else:
        left = votes.filter(votes.iso3.isin(list(left_keys or [])))
        right = votes.filter(votes.iso3.isin(list(right_keys or [])))
        left = left.select(rcid="rcid", year="year", iso3_1="iso3", v1="vote")
        right = right.select(rcid_r="rcid", iso3_2="iso3", v2="vote")
        pairs = left.join(right, (left.rcid == right.rcid_r) & (left.iso3_1 != right.iso3_2))
        groups = ["iso3_1", "iso3_2", "year"]
    # One small integer per pair names its cell of the 3x3 table, so each count tests one column
    # instead of two (votes are 1, 2, 3: the cells 5-7, 9-11, 13-15 are distinct).
    pairs = pairs.select(*groups, _cell=(pairs.v1 * 4 + pairs.v2).cast("int8"))
    counts = {f"c{a}{b}": (pairs._cell == 4 * a + b).cast("int64").sum().cast("int64")
              for a in CATEGORIES for b in CATEGORIES}
    return pairs.group_by(groups).aggregate(**counts)


def _measure_exprs(t: ir.Table, measure: str) -> tuple[ir.Value, ir.Value]:
    """(value, n_votes) expressions of a measure over a table of the nine counts."""
    c = {(a, b): t[f"c{a}{b}"] for a in CATEGORIES for b in CATEGORIES}
    n = sum(c.values())
    if measure == "coincidence":
        identical, opposite = c[1, 1] + c[3, 3], c[1, 3] + c[3, 1]
        used = identical + opposite
        return ibis.ifelse(used > 0, identical.cast("float64") / used, ibis.null("float64")), used
    distance = sum(abs(a - b) * c[a, b] for a in CATEGORIES for b in CATEGORIES if a != b)
    if measure == "agree":
        return 1 - distance.cast("float64") / (2 * n), n
    if measure == "s":
        return 1 - 2 * (distance.cast("float64") / n) / 2, n
    weights = QUADRATIC if measure.endswith("_w") else NOMINAL
    observed = sum(int(weights[a - 1, b - 1]) * c[a, b] for a in CATEGORIES for b in CATEGORIES if a != b)
    rows = {a: sum(c[a, b] for b in CATEGORIES) for a in CATEGORIES}
    cols = {b: sum(c[a, b] for a in CATEGORIES) for b in CATEGORIES}
    if measure.startswith("kappa"):
        # 1 - sum w o / sum w e with o = c/n, e = rows*cols/n^2, in integers: 1 - n sum(w c) / sum(w R C)
        expected = sum(int(weights[a - 1, b - 1]) * rows[a] * cols[b]
                       for a in CATEGORIES for b in CATEGORIES if a != b)
        scale = n
    else:
        # Scott: pooled shares m = (R + C) / 2n, e = m m: 1 - 4n sum(w c) / sum(w M M), M = R + C
        pooled = {a: rows[a] + cols[a] for a in CATEGORIES}
        expected = sum(int(weights[a - 1, b - 1]) * pooled[a] * pooled[b]
                       for a in CATEGORIES for b in CATEGORIES if a != b)
        scale = 4 * n
    value = ibis.ifelse(expected > 0, 1 - (scale * observed).cast("float64") / expected, ibis.null("float64"))
    return value, n


def dyadic_agreement(con: CatalogueLike, years: tuple[int, int] | int | str | None = None,
                     measure: str = "agree", issue: str | None = None, important: bool = False,
                     directed: bool = True, period: str = "session", unanimous: bool = False) -> ir.Table:
    """Agreement for every pair of states voting in the same year, as a lazy Ibis table.

    Columns: ccode1, ccode2, iso3_1, iso3_2, year, value, n_votes. Directed (both orders, the
    default) or one row per pair with ccode1 < ccode2. Pairs that never voted together in a
    year have no row. `period` and `unanimous` as in `Selection`.
    """
    _check_measure(measure)
    sel = Selection(parse_years(years, con), issue, important, period, unanimous)
    return _dyadic(catalogue(con).backend, sel, measure, directed)


def _dyadic(backend, sel: Selection, measure: str, directed: bool, members: ir.Table | None = None,
            names: bool = True) -> ir.Table:
    counts = _pair_counts(backend, sel, key="cow", members=members, names=names)
    value, n = _measure_exprs(counts, measure)
    codes = ["ccode1", "ccode2"] + (["iso3_1", "iso3_2"] if names else [])
    one_way = counts.select(*codes, "year", value=value, n_votes=n)
    if not directed:
        return one_way
    # Every measure here is symmetric in the two states, so the reverse orientation is a relabelling.
    swap = {"ccode1": "ccode2", "ccode2": "ccode1", "iso3_1": "iso3_2", "iso3_2": "iso3_1"}
    flipped = one_way.select(**{c: swap[c] for c in codes}, year="year", value="value", n_votes="n_votes")
    return one_way.union(flipped)


def agreement(con: CatalogueLike, focal: str, others: str | Iterable[str],
              years: tuple[int, int] | int | str | None = None, measure: str = "agree",
              issue: str | None = None, important: bool = False, period: str = "session",
              unanimous: bool = False) -> pd.DataFrame:
    """Yearly UN voting agreement of `focal` with each of `others` (names or codes).

    Long frame: year, iso3, other, measure, value, n_votes, source; one row per year with
    roll calls (after the issue / important filters) and partner. Where the two did not both
    vote (not members, absent, no roll calls on the issue) value is missing and n_votes 0.
    `period` and `unanimous` as in `Selection` (by default: sessions, unanimous votes left out).
    """
    _check_measure(measure)
    span = parse_years(years, con)
    sel = Selection(span, issue, important, period, unanimous)
    focal_iso3 = countries.iso3(focal)
    partners = [p for p in countries.parse_country_list(others) if p != focal_iso3]
    if not partners:
        raise LatitudeError("no partner countries: pass at least one country other than the focal one")
    backend = catalogue(con).backend
    counts = _pair_counts(backend, sel, key="iso3", left_keys=[focal_iso3], right_keys=partners)
    value, n = _measure_exprs(counts, measure)
    found = counts.select(year="year", other="iso3_2", value=value, n_votes=n).to_pandas()
    call_years = _roll_calls(backend, sel).select("year").distinct().to_pandas()["year"]
    if call_years.empty:
        filters = "".join([f", issue {issue}" if issue else "", ", important votes" if important else ""])
        hint = " (sessions are dated to the year they opened: try period 'year')" if period == "session" else ""
        raise LatitudeError(f"no UN roll calls in {span[0]}-{span[1]}{filters}{hint}")
    grid = pd.MultiIndex.from_product([sorted(int(y) for y in call_years), partners], names=["year", "other"])
    frame = (found.astype({"year": "int64"}).set_index(["year", "other"]).reindex(grid).reset_index())
    frame["n_votes"] = frame["n_votes"].fillna(0).astype("int64")
    frame["value"] = frame["value"].astype("float64")
    frame.insert(1, "iso3", focal_iso3)
    frame.insert(3, "measure", measure)
    frame["source"] = SOURCE
    frame = frame[COLUMNS].sort_values(["other", "year"], key=_partner_order(partners)).reset_index(drop=True)
    frame.attrs.update(issue=issue, important=important, period=period, unanimous=unanimous,
                       year_from=span[0], year_to=span[1])
    return frame


def _partner_order(partners: list[str]):
    rank = {p: i for i, p in enumerate(partners)}

    def key(column: pd.Series) -> pd.Series:
        return column.map(rank) if column.name == "other" else column
    return key


def idealpoint_distance(con: CatalogueLike, focal: str, others: str | Iterable[str],
                        years: tuple[int, int] | int | str | None = None, progress: bool = False) -> pd.DataFrame:
    """|x_focal,t - x_other,t| between yearly dynamic ideal points (`measures.idealpoints`).

    Same long layout as `agreement` with measure "idealdist" (n_votes missing), by calendar year
    over all votes (as the ideal points are estimated): larger means further apart, unlike the
    agreement measures.
    """
    from latitude.measures.idealpoints import idealpoints

    span = parse_years(years, con)
    focal_iso3 = countries.iso3(focal)
    partners = [p for p in countries.parse_country_list(others) if p != focal_iso3]
    if not partners:
        raise LatitudeError("no partner countries: pass at least one country other than the focal one")
    points = idealpoints(con, years=span, model="dynamic", progress=progress)
    wide = points.pivot_table(index="year", columns="iso3", values="idealpoint")
    rows = []
    for other in partners:
        for year in wide.index:
            a = wide.at[year, focal_iso3] if focal_iso3 in wide.columns else np.nan
            b = wide.at[year, other] if other in wide.columns else np.nan
            rows.append({"year": int(year), "iso3": focal_iso3, "other": other, "measure": "idealdist",
                         "value": float(abs(a - b)), "n_votes": pd.NA, "source": f"{SOURCE} (dynamic ideal points)"})
    frame = pd.DataFrame(rows, columns=COLUMNS).astype({"n_votes": "Int64"})
    frame.attrs.update(issue=None, important=False, period="year", unanimous=True, year_from=span[0], year_to=span[1])
    return frame


def add_un_agreement(dyads: ir.Table, measure: str = "agree", issue: str | None = None,
                     important: bool = False, period: str = "session", unanimous: bool = False) -> ir.Table:
    """Left-join yearly UN agreement onto dyad-years keyed by ccode1, ccode2, year.

    Adds `un_<measure>[_<issue>][_imp][_cal][_unan]` (`_cal` for calendar years, `_unan` with unanimous
    votes kept) and the same name with `_n` (votes behind it). Dyad-years
    without joint votes (outside 1946–2023, not both members, no roll call) get NULL.
    """
    _check_measure(measure)
    sel = Selection(None, issue, important, period, unanimous)
    missing = [k for k in ("ccode1", "ccode2", "year") if k not in dyads.columns]
    if missing:
        raise LatitudeError(f"add_un_agreement needs columns ccode1, ccode2, year; missing {', '.join(missing)}")
    backend = dyads.get_backend()
    catalogue(backend).require("un_votes", "un_roll_calls")
    name = "_".join(["un", measure] + ([issue] if issue else []) + (["imp"] if important else [])
                    + (["cal"] if period == "year" else []) + (["unan"] if unanimous else []))
    # Only the states and years the dyads hold take part in the self-join.
    members = dyads.select(cow=dyads.ccode1.cast("int64"), year=dyads.year.cast("int64")).union(
        dyads.select(cow=dyads.ccode2.cast("int64"), year=dyads.year.cast("int64")))
    scores = _dyadic(backend, sel, measure, directed=True, members=members, names=False)
    scores = scores.select(_c1="ccode1", _c2="ccode2", _yr="year", **{name: "value", f"{name}_n": "n_votes"})
    joined = dyads.left_join(scores, (dyads.ccode1.cast("int64") == scores._c1)
                             & (dyads.ccode2.cast("int64") == scores._c2)
                             & (dyads.year.cast("int64") == scores._yr))
    return joined.drop("_c1", "_c2", "_yr")
