"""Shared checks for the coded tables sources publish: missing-value codes, value ranges and
ISO3 columns beside COW or Gleditsch–Ward codes.

Kept apart from `_base` because only the tabular sources (COW, SIPRI, GPR, ...) need them.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from latitude import countries
from latitude.errors import LatitudeError

COW_MISSING = -9  # the COW projects' code for a missing value


def cow_missing_to_null(df: pd.DataFrame, columns: list[str], path: Path | str) -> pd.DataFrame:
    """Turn COW's -9 into missing (never 0); any other negative value is an error naming the file."""
    for col in columns:
        values = pd.to_numeric(df[col], errors="coerce")
        values = values.mask(values == COW_MISSING)
        check_non_negative(values, path, col)
        df[col] = values
    return df


def check_non_negative(values: pd.Series, path: Path | str, column: str) -> None:
    """One-line error naming the file, column and first negative value, if any."""
    bad = values[values < 0]
    if len(bad):
        raise LatitudeError(f"{path}: unexpected negative value {bad.iloc[0]} in column {column}; "
                            "is this the published file?")


def check_allowed(values: pd.Series, allowed: set, path: Path | str, column: str) -> None:
    """One-line error naming the file and the values of `column` outside `allowed` (missing is fine)."""
    present = set(pd.unique(values.dropna()))
    unexpected = sorted(present - set(allowed), key=str)
    if unexpected:
        shown = ", ".join(str(v) for v in unexpected[:5])
        raise LatitudeError(f"{path}: unexpected value(s) {shown} in column {column}; "
                            f"expected one of {sorted(allowed)}")


def cow_iso3(codes: pd.Series) -> pd.Series:
    """ISO3 for a column of COW codes, mapped once per distinct code (fast on million-row tables)."""
    uniques = pd.Series(pd.unique(codes.dropna()))
    mapping = dict(zip(uniques, countries.cow_to_iso3(uniques)))
    return codes.map(mapping).astype("string")


# Gleditsch–Ward codes the COW-based state table does not list, for states COW also codes.
GW_ONLY = {255: ("DEU", 255), 340: ("SRB", 345)}


def gw_keys(codes: pd.Series, years: pd.Series | None = None) -> pd.DataFrame:
    """iso3 and COW code for a column of Gleditsch–Ward codes, aware of the year where they differ
    (GW 260 is COW 260 to 1990 and 255 after; GW 678 is COW 679 from 1990). Codes of states COW does
    not list (Transvaal, Tibet, ...) give missing."""
    table = countries.state_table().dropna(subset=["gw"])
    years = years if years is not None else pd.Series(pd.NA, index=codes.index)
    pairs = pd.DataFrame({"gw": codes, "year": years}).drop_duplicates()
    keys = {}
    for gw, year in pairs.itertuples(index=False):
        if pd.isna(gw):
            continue
        rows = table[table["gw"] == int(gw)]
        if not len(rows):
            keys[(gw, year)] = GW_ONLY.get(int(gw), (None, None))
            continue
        if len(rows) > 1 and not pd.isna(year):
            alive = rows[[_in_spells(str(spells), int(year)) for spells in rows["spells"]]]
            rows = alive if len(alive) else rows
        if len(rows) > 1:
            rows = rows[rows["cow"] == int(gw)] if (rows["cow"] == int(gw)).any() else rows
        row = rows.iloc[0]
        keys[(gw, year)] = (None if pd.isna(row["iso3"]) else str(row["iso3"]), int(row["cow"]))
    found = [keys.get((g, y), (None, None)) for g, y in zip(codes, years)]
    return pd.DataFrame({"iso3": pd.array([f[0] for f in found], dtype="string"),
                         "ccode": pd.array([f[1] for f in found], dtype="Int64")}, index=codes.index)


def _in_spells(spells: str, year: int) -> bool:
    """Whether `year` falls in a state's membership spells ("1816-01-01/1945-05-08;1990-10-03/")."""
    return any(start.year <= year <= end.year for start, end in countries.spells(spells))


def add_dyad_iso3(df: pd.DataFrame) -> pd.DataFrame:
    """Add iso3_1 and iso3_2 beside ccode1 and ccode2."""
    df["iso3_1"] = cow_iso3(df["ccode1"])
    df["iso3_2"] = cow_iso3(df["ccode2"])
    return df


def rda_table(path: Path, columns: list[str], int_columns: list[str]) -> pd.DataFrame:
    """Read a published `.rda` data frame, check its columns and cast codes and years to integers."""
    from latitude.sources import _base

    df = _base.read_rda(path)
    _base.require_columns(df, columns, path)
    return _base.to_int(df[columns].copy(), int_columns)


def cow_state_table(path: Path, columns: list[str], int_columns: list[str], values: list[str]) -> pd.DataFrame:
    """A COW state-year `.rda` table (ccode, year first): -9 in `values` as missing, iso3 after year."""
    df = cow_missing_to_null(rda_table(path, columns, int_columns), values, path)
    df.insert(2, "iso3", cow_iso3(df["ccode"]))
    return df


def cow_dyad_table(path: Path, columns: list[str], int_columns: list[str], values: list[str]) -> pd.DataFrame:
    """A COW dyad-year `.rda` table as ccode1, ccode2, year, iso3_1, iso3_2, `values` (-9 as missing)."""
    df = cow_missing_to_null(rda_table(path, columns, int_columns), values, path)
    return add_dyad_iso3(df)[["ccode1", "ccode2", "year", "iso3_1", "iso3_2", *values]]
