"""SIPRI Arms Transfers Database: trend-indicator values (TIV) by supplier, recipient and year, and
the trade register of deals.

Tables:
- `sipri_tiv`: supplier, recipient, year, tiv (SIPRI TIV, millions), supplier_cow, recipient_cow
  (as published by 360info), supplier_iso3, recipient_iso3.
- `sipri_register`: one row per deal as published in the trade register: recipient, supplier,
  recipient_iso3, supplier_iso3, order_year, order_year_uncertain, number_ordered,
  number_ordered_uncertain, weapon_designation, weapon_description, number_delivered,
  number_delivered_uncertain, delivery_years (as published, "1979; 1980"), first_delivery_year,
  last_delivery_year, status, comments, tiv_per_unit, tiv_total_order, tiv_delivered.

ISO3 comes from the name; non-state actors (names ending in "*"), organisations ("**"), unknown
suppliers or recipients and unrecognised entities (Northern Cyprus, Biafra, Katanga) have none.
The Soviet Union maps to RUS and Yugoslavia to SRB (latitude's COW-continuity convention, see
`latitude.countries`).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes
from latitude.sources._base import SourceInfo, github_file

INFO = SourceInfo(
    name="sipri",
    title="SIPRI Arms Transfers Database: TIV by supplier-recipient-year and the trade register",
    publisher="Stockholm International Peace Research Institute; TIV table tidied by 360info, register as "
              "exported by ColasDroin",
    version="TIV 1950-2021 (360info e00d2d3e); register generated 13 Mar 2025 (ColasDroin b34bde37)",
    licence="(c) SIPRI, free use with citation; 360info repository CC BY 4.0",
    citation="SIPRI Arms Transfers Database. Stockholm International Peace Research Institute. "
             "https://www.sipri.org/databases/armstransfers (register data generated 13 March 2025).",
    bibtex="""@misc{sipri2025arms,
  author = {{Stockholm International Peace Research Institute}}, title = {{SIPRI} Arms Transfers Database},
  year = {2025}, url = {https://www.sipri.org/databases/armstransfers}}""",
    coverage="TIV 1950-2021; register: orders 1940-2024, deliveries from 1950",
    files=(
        github_file("360-info/report-arms-trade", "e00d2d3e", "data/sipri-exports-processed.csv",
                    "sipri/sipri_tiv_supplier_recipient_year_360info.csv",
                    "07bb55395106ab6bda65d6379bef8ffbfbc036a8ce8e607f0759baf5496f1958",
                    name="sipri_tiv_supplier_recipient_year.csv"),
        github_file("ColasDroin/SIPRI_arms_transfers_analysis", "b34bde37", "trade-register.csv",
                    "sipri/sipri_trade_register_ColasDroin.csv",
                    "915257da0889e15d59936dbdf756529c34ee33c3a0c2ae73183d9cd8fd4b9c92",
                    name="sipri_trade_register.csv"),
    ),
    tables=("sipri_tiv", "sipri_register"),
    homepage="https://www.sipri.org/databases/armstransfers",
)

TIV_COLUMNS = ["supplier", "recipient", "year", "value", "supplier_cown", "recipient_cown"]
REGISTER_HEADER_LINES = 11
REGISTER_FIELDS = ["Recipient", "Supplier", "Year of order", "", "Number ordered", "", "Weapon designation",
                   "Weapon description", "Number delivered", "", "Year(s) of delivery", "status", "Comments",
                   "SIPRI TIV per unit", "SIPRI TIV for total order", "SIPRI TIV of delivered weapons"]
# Entities SIPRI lists without a marker that are not states in latitude's country table.
NO_ISO3 = {"northern cyprus", "biafra", "katanga", "libya gnc", "western sahara"}
# Historical states whose SIPRI name the resolver does not know.
SIPRI_ISO3 = {"east germany (gdr)": "DDR"}


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def names_to_iso3(names: pd.Series) -> pd.Series:
    """ISO3 for SIPRI's supplier/recipient names; missing for non-state actors, organisations, unknowns."""
    def one(name: str) -> str | None:
        key = name.strip().lower()
        if name.strip().endswith("*") or key.startswith("unknown") or key in NO_ISO3:
            return None
        if key in SIPRI_ISO3:
            return SIPRI_ISO3[key]
        return countries.names_to_iso3(pd.Series([name])).iloc[0]

    mapping = {n: one(n) for n in pd.unique(names.dropna())}
    return names.map(mapping).astype("string")


def _tiv(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, encoding="utf-8")
    _base.require_columns(df, TIV_COLUMNS, path)
    df = _base.to_int(df[TIV_COLUMNS].copy(), ["year", "supplier_cown", "recipient_cown"])
    df["value"] = pd.to_numeric(df["value"], errors="coerce")
    _codes.check_non_negative(df["value"], path, "value")
    return pd.DataFrame({
        "supplier": df["supplier"], "recipient": df["recipient"], "year": df["year"], "tiv": df["value"],
        "supplier_cow": df["supplier_cown"], "recipient_cow": df["recipient_cown"],
        "supplier_iso3": names_to_iso3(df["supplier"]), "recipient_iso3": names_to_iso3(df["recipient"])})


def _register_rows(path: Path) -> list[list[str]]:
    """Records of the register, rejoining deals whose comment holds a line break (published unquoted)."""
    text = path.read_text(encoding="latin-1")
    lines = text.splitlines()
    if len(lines) <= REGISTER_HEADER_LINES:
        raise LatitudeError(f"cannot read {path}: truncated (only {len(lines)} lines, expected a header of "
                            f"{REGISTER_HEADER_LINES} lines and deals)")
    rows = list(csv.reader(io.StringIO("\n".join(lines[REGISTER_HEADER_LINES:]))))
    header = [h.strip() for h in rows[0]]
    if header != [h.strip() for h in REGISTER_FIELDS]:
        missing = [h for h in REGISTER_FIELDS if h and h not in header]
        raise LatitudeError(f"{path}: not the published trade-register layout "
                            f"(missing column(s) {', '.join(missing) or 'none'}; got {len(header)} columns)")
    width = len(REGISTER_FIELDS)
    records: list[list[str]] = []
    for row in rows[1:]:
        if not row:
            continue
        if records and len(records[-1]) < width:
            last = records[-1]
            records[-1] = last[:-1] + [(last[-1] + " " + row[0]).strip()] + row[1:]
        else:
            records.append(row)
    bad = [r for r in records if len(r) != width]
    if bad:
        raise LatitudeError(f"{path}: a deal has {len(bad[0])} fields instead of {width} "
                            f"({','.join(bad[0][:3])}...); is the file truncated?")
    return records


def _register(path: Path) -> pd.DataFrame:
    raw = pd.DataFrame(_register_rows(path), columns=[f"c{i}" for i in range(len(REGISTER_FIELDS))])
    raw = raw.replace({"": None})

    def number(col: str) -> pd.Series:
        return pd.to_numeric(raw[col], errors="coerce")

    delivery = raw["c10"].fillna("").str.findall(r"\d{4}")
    df = pd.DataFrame({
        "recipient": raw["c0"], "supplier": raw["c1"],
        "recipient_iso3": names_to_iso3(raw["c0"]), "supplier_iso3": names_to_iso3(raw["c1"]),
        "order_year": number("c2"), "order_year_uncertain": raw["c3"].eq("?"),
        "number_ordered": number("c4"), "number_ordered_uncertain": raw["c5"].eq("?"),
        "weapon_designation": raw["c6"], "weapon_description": raw["c7"],
        "number_delivered": number("c8"), "number_delivered_uncertain": raw["c9"].eq("?"),
        "delivery_years": raw["c10"],
        "first_delivery_year": delivery.map(lambda ys: int(min(ys)) if ys else None),
        "last_delivery_year": delivery.map(lambda ys: int(max(ys)) if ys else None),
        "status": raw["c11"], "comments": raw["c12"],
        "tiv_per_unit": number("c13"), "tiv_total_order": number("c14"), "tiv_delivered": number("c15")})
    df = _base.to_int(df, ["order_year", "first_delivery_year", "last_delivery_year"])
    for col in ("number_ordered", "number_delivered", "tiv_per_unit", "tiv_total_order", "tiv_delivered"):
        _codes.check_non_negative(df[col], path, col)
    return df


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    tiv = _tiv(paths["sipri_tiv_supplier_recipient_year.csv"])
    register = _register(paths["sipri_trade_register.csv"])
    start = min(tiv["year"].min(), register["order_year"].min())
    end = max(tiv["year"].max(), register["order_year"].max())
    return store.replace_source(con, INFO, {"sipri_tiv": tiv, "sipri_register": register},
                                coverage=(int(start), int(end)))
