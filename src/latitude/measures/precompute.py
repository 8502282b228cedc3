"""Dimension tables for every state, computed once per data version and read by every front-end.

Each precomputed dimension of the registry (`measures.dimensions`) is one store table keyed by
(year, iso3, partner), directed (the figures are the focal's, `iso3`, with `partner`), built by
running the dimension's dyad-year verbs over every directed dyad-year of the state system and
keeping one row per pair of ISO3 codes (`dyads.by_iso3`). Trade is the spliced bilateral series
(`measures.trade_flows`) itself. Critical products are stored per importer, year and top supplier,
with one row per observed year whose partner is `ALL_SUPPLIERS` (`products.dependency_counts`).
`latitude data build` refreshes the tables whose sources changed (`dimension_versions` records the
sources' versions each was built from).

`dimension_rows` is the one read path: it looks rows up in the stored table when it is current,
and otherwise computes the same expression for just the rows asked for (a store built before the
tables existed, or an engine whose catalogue holds only the sources), so both give one number.
`dimension_records` gives the same rows as Python tuples, for the profile's pandas-free path.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from latitude.catalogue import Catalogue, CatalogueLike, catalogue, frame_records
from latitude.errors import LatitudeError
from latitude.measures.dimensions import DIMENSIONS, Dimension, dimension

if TYPE_CHECKING:  # the read path (stored tables) runs without importing Ibis or pandas
    import ibis.expr.types as ir
    import pandas as pd

VERSIONS = "dimension_versions"
KEYS = ["year", "iso3", "partner"]
IDEALPOINTS = "idealpoints_dynamic"   # the dynamic UNGA ideal points, every state and year
ALL_SUPPLIERS = "*"   # partner of the `dim_products` row counting a state's dependent products over every supplier


def _span(years: tuple[int, int] | None, coverage: tuple[int, int]) -> tuple[int, int] | None:
    lo, hi = coverage
    if years is not None:
        lo, hi = max(lo, years[0]), min(hi, years[1])
    return (lo, hi) if lo <= hi else None


def _dyads(cat: Catalogue, span: tuple[int, int], focals: Sequence[str] | None,
           partners: Sequence[str] | None) -> ir.Table:
    from latitude.dyads import create_dyadyears

    return create_dyadyears(cat, years=span, iso3_1=focals, iso3_2=partners)


def _alliance(cat: Catalogue, span, focals, partners) -> ir.Table:
    """ATOP's dyad-years are directed (the obligation of side 1 to side 2): a defence pact links two
    states when either is obliged to defend the other (Japan and the USA: only the USA is)."""
    import ibis

    from latitude.dyads import add_atop_alliance, add_cow_alliance, by_iso3

    lo = min(cat.coverage("atop_alliance")[0], cat.coverage("cow_alliance")[0])
    hi = max(cat.coverage("atop_alliance")[1], cat.coverage("cow_alliance")[1])
    years = _span(span, (lo, hi))
    if years is None:
        return None
    both = _dyads(cat, years, focals, partners)
    if focals is not None or partners is not None:
        both = both.union(_dyads(cat, years, partners, focals))
    dy = by_iso3(add_cow_alliance(add_atop_alliance(both)), prefer="atop_defense")
    flags = ("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
    dy = dy.select("year", "iso3_1", "iso3_2", defends=dy.atop_defense,
                   pledge=ibis.greatest(*(dy[f] for f in flags)), cow=dy.cow_defense)
    back = dy.select(_y="year", _a="iso3_2", _b="iso3_1", _defended="defends", _pledge2="pledge", _cow2="cow")
    dy = dy.left_join(back, (dy.year == back._y) & (dy.iso3_1 == back._a) & (dy.iso3_2 == back._b))
    if focals is not None:
        dy = dy.filter(dy.iso3_1.isin(list(focals)))
    if partners is not None:
        dy = dy.filter(dy.iso3_2.isin(list(partners)))
    either = lambda a, b: ibis.greatest(a.fill_null(b), b.fill_null(a)).cast("float64")  # noqa: E731
    return dy.select("year", iso3="iso3_1", partner="iso3_2", defense_pact=either(dy.defends, dy._defended),
                     any_pact=either(dy.pledge, dy._pledge2), cow_defense=either(dy.cow, dy._cow2),
                     defends_partner=dy.defends.cast("float64"), defended_by_partner=dy._defended.cast("float64"),
                     source=ibis.literal("atop; cow_alliance"))


def _capabilities(cat: Catalogue, span, focals, partners) -> ir.Table:
    import ibis

    from latitude.dyads import add_cinc, by_iso3

    years = _span(span, cat.coverage("cow_nmc"))
    if years is None:
        return None
    dy = by_iso3(add_cinc(_dyads(cat, years, focals, partners)), prefer="cinc2")
    return dy.select("year", iso3="iso3_1", partner="iso3_2", cinc_focal=dy.cinc1.cast("float64"),
                     cinc_partner=dy.cinc2.cast("float64"), cinc_ratio=(dy.cinc1 / dy.cinc2).cast("float64"),
                     source=ibis.literal("cow_nmc"))


def _un(cat: Catalogue, span, focals, partners) -> ir.Table:
    import ibis

    from latitude.dyads import by_iso3
    from latitude.measures.alignment import add_un_agreement, session_coverage

    years = _span(span, session_coverage(cat))
    if years is None:
        return None
    dy = by_iso3(add_un_agreement(_dyads(cat, years, focals, partners)), prefer="un_agree")
    return dy.select("year", iso3="iso3_1", partner="iso3_2", agreement=dy.un_agree.cast("float64"),
                     n_votes=dy.un_agree_n.cast("float64"), source=ibis.literal("unvotes"))


def _arms(cat: Catalogue, span, focals, partners) -> ir.Table:
    import ibis

    from latitude.dyads import by_iso3
    from latitude.measures.security import add_arms_transfers, arms_coverage

    years = _span(span, arms_coverage(cat))
    if years is None:
        return None
    # SIPRI is keyed by ISO3, so the two COW codes of one ISO3 get the same figures and the row
    # `by_iso3` keeps does not depend on them: picked first, the transfers' 5-year windows are
    # computed once, not once per branch of `by_iso3`
    dy = add_arms_transfers(by_iso3(_dyads(cat, years, focals, partners)))
    source = ibis.ifelse(dy.year >= _register_start(cat), "sipri_register_2024", "sipri")
    return dy.select("year", iso3="iso3_1", partner="iso3_2",
                     **{m: dy[m].cast("float64") for m in dimension("arms").measure_keys}, source=source)


def _register_start(cat: Catalogue) -> int:
    return cat.coverage("sipri_deliveries")[0] if cat.has("sipri_deliveries") else 9999


def _trade(cat: Catalogue, span, focals, partners) -> ir.Table:
    from latitude.measures.trade_flows import trade_flows

    flows = trade_flows(cat, list(focals) if focals is not None else None)
    if partners is not None:
        flows = flows.filter(flows.partner.isin(list(partners)))
    if span is not None:
        flows = flows.filter(flows.year.between(span[0], span[1]))
    return flows.select(*KEYS, *dimension("trade").measure_keys, "source", "exports_origin", "imports_origin",
                        "exports_total", "imports_total")


def _products(cat: Catalogue, span, focals, partners) -> ir.Table:
    """Per importing state, year and top supplier, its HS6 products meeting the EU dependency test,
    and one row per observed year with partner '*' (`products.dependency_counts`; ask for '*' among
    `partners` to get those)."""
    from latitude.measures.products import dependency_counts

    rows = dependency_counts(cat, focals)
    if partners is not None:
        rows = rows.filter(rows.partner.isin(list(partners)))
    if span is not None:
        rows = rows.filter(rows.year.between(span[0], span[1]))
    return rows


BUILDERS: dict[str, Callable[..., ir.Table | None]] = {
    "trade": _trade, "products": _products, "alliance": _alliance, "arms": _arms, "un": _un,
    "capabilities": _capabilities,
}


def stored() -> list[Dimension]:
    """The dimensions stored as tables at build (in registry order)."""
    return [d for d in DIMENSIONS.values() if d.key in BUILDERS]


def precomputed() -> list[Dimension]:
    """The stored dimensions that hold every directed pair of states (compared and ranked across
    states by `compare` and `rank`); critical products are stored per importer and top supplier."""
    return [d for d in stored() if d.precomputed]


def available(cat: Catalogue, dim: Dimension) -> bool:
    """Whether the store holds what the dimension is computed from."""
    present = [cat.has(t) for t in dim.inputs]
    return any(present) if dim.any_input else all(present)


def expression(con: CatalogueLike, key: str, focals: Sequence[str] | None = None,
               partners: Sequence[str] | None = None, years: tuple[int, int] | None = None) -> ir.Table | None:
    """The dimension's rows (year, iso3, partner, measures..., source) as an Ibis expression,
    restricted to `focals`, `partners` and `years` when given; None if the years miss its coverage."""
    cat = catalogue(con)
    dim = dimension(key)
    if key not in BUILDERS:
        raise LatitudeError(f"dimension '{key}' is not stored per state: use its measure functions")
    if not available(cat, dim):
        cat.require(*dim.inputs)
    return BUILDERS[key](cat, years, focals, partners)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the code that computes the stored tables: a stored table built by other code is
    not current, whatever its sources."""
    here = Path(__file__).parent
    files = [here / "precompute.py", here / "dimensions.py", here / "trade_flows.py", here / "security.py",
             here / "alignment.py", here / "idealpoints.py", here / "_irt.py", here / "products.py",
             here.parent / "dyads.py", here.parent / "countries.py"]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def inputs_version(cat: Catalogue, dim: Dimension) -> str:
    """The versions of the sources a dimension is computed from and of the code computing it (its
    table is current while they hold)."""
    tables = [t for t in (*dim.inputs, *dim.also_reads) if cat.has(t)]
    owners = {cat.source_of(t) for t in tables}
    return cat.version(*sorted(o for o in owners if o)) + "|" + ",".join(tables) + "|" + code_digest()


def _version_row(cat: Catalogue, dim: Dimension) -> dict[str, Any] | None:
    """The dimension's row in `dimension_versions` if its stored table is current, else None
    (remembered by the catalogue, which `refresh` forgets after a rebuild)."""
    key = ("dimension_version", dim.key)
    if key not in cat.memo:
        row = None
        if cat.has(dim.table) and cat.has(VERSIONS):
            columns, found = cat.records(VERSIONS, dimension=dim.key)
            if len(found) == 1 and found[0][columns.index("inputs_version")] == inputs_version(cat, dim):
                row = dict(zip(columns, found[0]))
        cat.memo[key] = row
    return cat.memo[key]


def is_current(cat: Catalogue, dim: Dimension) -> bool:
    """True when the dimension's stored table was built from the sources now loaded."""
    return _version_row(cat, dim) is not None


def stored_years(con: CatalogueLike, key: str) -> tuple[int, int] | None:
    """First and last year of a dimension's stored table when it is current (None otherwise)."""
    row = _version_row(catalogue(con), dimension(key))
    if row is None or row.get("first_year") is None:
        return None
    return int(row["first_year"]), int(row["last_year"])


def dimension_years(con: CatalogueLike, dim: Dimension | str) -> tuple[int, int] | None:
    """First and last year a dimension covers (None if none of its inputs is loaded): the span of
    its stored table when current, else its inputs' recorded coverage (UN: session years)."""
    cat = catalogue(con)
    dim = dimension(dim) if isinstance(dim, str) else dim
    if dim.precomputed:
        stored = stored_years(cat, dim.key)
        if stored is not None:
            return stored
    spans = [cat.coverage(t) for t in dim.inputs if cat.has(t)]
    spans = [s for s in spans if s[0] is not None and s[1] is not None]
    if not spans:
        return None
    if dim.key == "un":
        from latitude.measures.alignment import session_coverage

        return session_coverage(cat)
    return min(s[0] for s in spans), max(s[1] for s in spans)


def dimension_rows(con: CatalogueLike, key: str, focal: str | None, partners: Sequence[str] | None,
                   years: tuple[int, int]) -> pd.DataFrame:
    """Rows of a dimension for a focal (every state with `focal=None`) and `partners` (all with
    None): from its stored table when current, else computed."""
    cat = catalogue(con)
    dim = dimension(key)
    if is_current(cat, dim):
        where: dict = {"year": range(years[0], years[1] + 1)}
        if focal is not None:
            where["iso3"] = focal
        if partners is not None:
            where["partner"] = list(partners)
        return cat.lookup(dim.table, **where)
    expr = expression(cat, key, [focal] if focal is not None else None, partners, years)
    if expr is None:
        import pandas as pd

        return pd.DataFrame(columns=[*KEYS, *dim.measure_keys, "source"])
    return expr.to_pandas()


def dimension_records(con: CatalogueLike, key: str, focal: str | None, partners: Sequence[str],
                      years: tuple[int, int], columns: list[str] | None = None) -> tuple[list[str], list[tuple]]:
    """`dimension_rows` (only `columns`, if given) as (column names, tuples of Python values): the
    stored rows read without pandas when the table is current, else the computed frame's rows."""
    cat = catalogue(con)
    dim = dimension(key)
    if is_current(cat, dim):
        where: dict[str, Any] = {"year": range(years[0], years[1] + 1), "partner": list(partners)}
        if focal is not None:
            where["iso3"] = focal
        return cat.records(dim.table, columns, **where)
    frame = dimension_rows(cat, key, focal, partners, years)
    return frame_records(frame[columns] if columns else frame)


def _ideal_version(cat: Catalogue) -> str:
    return "idealpoints|" + cat.version("unvotes") + "|" + code_digest()


def idealpoints_rows(con: CatalogueLike, iso3s: Sequence[str] | None = None,
                     years: tuple[int, int] | None = None) -> pd.DataFrame:
    """Dynamic UNGA ideal points (iso3, cow, year, idealpoint, se): from the table stored at build
    when current, else estimated now over `years` (slow: seconds to a minute)."""
    cat = catalogue(con)
    where = _stored_idealpoints(cat, iso3s, years)
    if where is not None:
        return cat.lookup(IDEALPOINTS, **where)
    from latitude.measures.idealpoints import idealpoints   # the estimator only when nothing is stored

    points = idealpoints(cat, years=years or cat.coverage("un_votes"), model="dynamic")
    return points[points["iso3"].isin(list(iso3s))] if iso3s is not None else points


def _ideal_current(cat: Catalogue) -> bool:
    """Whether the stored ideal points were estimated from the store's current UN votes and code
    (remembered by the catalogue, which `refresh` forgets after a rebuild, as `_version_row`)."""
    if "idealpoints_current" not in cat.memo:
        current = False
        if cat.has(IDEALPOINTS) and cat.has(VERSIONS):
            _, found = cat.records(VERSIONS, ["inputs_version"], dimension="idealpoints")
            current = len(found) == 1 and found[0][0] == _ideal_version(cat)
        cat.memo["idealpoints_current"] = current
    return cat.memo["idealpoints_current"]


def _stored_idealpoints(cat: Catalogue, iso3s: Sequence[str] | None,
                        years: tuple[int, int] | None) -> dict[str, Any] | None:
    """The keyed read of the stored ideal points for `iso3s` and `years`, or None when none are
    stored for the store's current UN votes and code."""
    if not _ideal_current(cat):
        return None
    where: dict[str, Any] = {}
    if iso3s is not None:
        where["iso3"] = list(iso3s)
    if years is not None:
        where["year"] = range(years[0], years[1] + 1)
    return where


def idealpoints_records(con: CatalogueLike, iso3s: Sequence[str], years: tuple[int, int]) -> dict[tuple[str, int], float]:
    """{(iso3, year): ideal point} of `idealpoints_rows`, read without pandas when stored."""
    cat = catalogue(con)
    where = _stored_idealpoints(cat, iso3s, years)
    if where is not None:
        _, rows = cat.records(IDEALPOINTS, ["iso3", "year", "idealpoint"], **where)
    else:
        _, rows = frame_records(idealpoints_rows(cat, iso3s, years)[["iso3", "year", "idealpoint"]])
    return {(iso3, int(year)): float(point) for iso3, year, point in rows if point is not None}


def _write(con, cat: Catalogue, table: str, key: str, version: str, build: Callable[[], object]) -> int:
    """Replace a stored table and its version row in one transaction."""
    import pandas as pd

    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f'DROP TABLE IF EXISTS "{table}"')
        data = build()
        if isinstance(data, pd.DataFrame):
            con.register("_latitude_frame", data)
            con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM _latitude_frame')
            con.unregister("_latitude_frame")
        else:
            cat.backend.create_table(table, data)
        rows, first, last = con.execute(f'SELECT count(*), min(year), max(year) FROM "{table}"').fetchall()[0]
        con.execute(f"DELETE FROM {VERSIONS} WHERE dimension = ?", [key])
        con.execute(f"INSERT INTO {VERSIONS} VALUES (?, ?, ?, ?, ?, ?)",
                    [key, version, rows, datetime.now(timezone.utc).replace(tzinfo=None), first, last])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    cat.refresh()
    return int(rows)


def refresh(con, keys: Sequence[str] | None = None, force: bool = False,
            progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Rebuild the stored dimension tables whose sources changed (all of `keys`, with `force`).

    `con` is the store's writable DuckDB connection. Each table is replaced in one transaction
    with its row in `dimension_versions`; a dimension whose sources are not loaded is skipped.
    Returns rows written per rebuilt dimension.
    """
    cat = catalogue(con)
    con.execute(f"CREATE TABLE IF NOT EXISTS {VERSIONS} (dimension VARCHAR PRIMARY KEY, inputs_version VARCHAR, "
                "rows BIGINT, built_at TIMESTAMP, first_year INTEGER, last_year INTEGER)")
    cat.refresh()
    written: dict[str, int] = {}
    for dim in stored():
        if keys is not None and dim.key not in keys:
            continue
        if not available(cat, dim) or (not force and is_current(cat, dim)):
            continue
        if progress is not None:
            progress(dim.key)
        expr = expression(cat, dim.key)
        if expr is None:
            continue
        written[dim.key] = _write(con, cat, dim.table, dim.key, inputs_version(cat, dim),
                                  lambda: expr.order_by(["iso3", "partner", "year"]))
    wanted = keys is None or "idealpoints" in keys
    if wanted and cat.has("un_votes") and cat.has("un_roll_calls"):
        if force or not _ideal_current(cat):
            from latitude.measures.idealpoints import idealpoints

            if progress is not None:
                progress("idealpoints")
            written["idealpoints"] = _write(
                con, cat, IDEALPOINTS, "idealpoints", _ideal_version(cat),
                lambda: idealpoints(cat, years=cat.coverage("un_votes"), model="dynamic").sort_values(["iso3", "year"]))
    return written
