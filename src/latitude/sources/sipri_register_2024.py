"""SIPRI Arms Transfers Database, trade register in the delivery-level layout SIPRI introduced in
2025: one row per deal and delivery year, deliveries 1995-2024 (data generated 12 February 2026).

Table `sipri_deliveries`: supplier, recipient, supplier_iso3, recipient_iso3, order_year,
delivery_year, weapon_designation, weapon_description, number_ordered and comments (NULL: this
layout does not publish them), number_delivered (in that year), tiv_per_unit (the deal's TIV per
unit: SIPRI's estimate for a new unit, reduced for second-hand weapons), tiv_delivered (TIV of
that year's deliveries, SIPRI TIV millions: summed by supplier, recipient and year it is SIPRI's
annual TIV), status ('New', 'Second hand', ...), then deal_id (SIPRI AT Database ID),
armament_category, order_year_estimated, number_delivered_estimated, delivery_year_estimated
(SIPRI's 'is estimate' flags; NULL where blank), tiv_unit_new (the 'SIPRI estimate' column: TIV
of a new unit) and local_production.

ISO3 as in `sipri.names_to_iso3`: non-state actors (*), organisations (**) and unknown suppliers
keep their name with no ISO3.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base, _codes, _names, sipri
from latitude.sources._base import SourceInfo, github_file

REPO = "nagehanrdogan/Global-Arms-Trade-Network-Analysis-1995-2024-"
COMMIT = "bdf78c664d67991f2b199a771dcb9e7ac392ebb7"

INFO = SourceInfo(
    name="sipri_register_2024",
    title="SIPRI Arms Transfers Database: trade register by deal and delivery year, deliveries 1995-2024",
    publisher="Stockholm International Peace Research Institute; export shared by nagehanrdogan",
    version="trade register generated 12 Feb 2026 (deliveries 1995-2024; bdf78c66)",
    licence="(c) SIPRI, free use with citation",
    citation="SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, data generated "
             "12 February 2026. https://www.sipri.org/databases/armstransfers",
    bibtex="""@misc{sipri2026register,
  author = {{Stockholm International Peace Research Institute}}, title = {{SIPRI} Arms Transfers Database},
  note = {Trade register, data generated 12 February 2026}, year = {2026},
  url = {https://www.sipri.org/databases/armstransfers}}""",
    coverage="deliveries 1995-2024",
    files=(github_file(REPO, COMMIT, "trade_register.csv", "sipri_register_2024/trade_register.csv.gz",
                       "de974d8302efdeaad98d0b5a7d0ef020a3e5d1929b6406423cfe2ee2bad51868",
                       mirror_sha256="0602194b2592e9c49d89027fe61c5319249a9d596676d006dd9d195b36b68b97"),),
    tables=("sipri_deliveries",),
    homepage="https://www.sipri.org/databases/armstransfers",
    notes="TIV is SIPRI's trend-indicator value (volume of transfers at constant 1990 prices), not a price.",
)

PREAMBLE_LINES = 11
FIELDS = ["SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description", "Armament category",
          "Order date", "Order date is estimate", "Numbers delivered", "Numbers delivered is estimate",
          "Delivery year", "Delivery year is estimate", "Status", "SIPRI estimate", "TIV deal unit",
          "TIV delivery values", "Local production"]
TABLE_COLUMNS = ["supplier", "recipient", "supplier_iso3", "recipient_iso3", "order_year", "delivery_year",
                 "weapon_designation", "weapon_description", "number_ordered", "number_delivered", "tiv_per_unit",
                 "tiv_delivered", "status", "comments", "deal_id", "armament_category", "order_year_estimated",
                 "number_delivered_estimated", "delivery_year_estimated", "tiv_unit_new", "local_production"]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def names_to_iso3(names: pd.Series) -> pd.Series:
    """SIPRI's rules (`sipri.names_to_iso3`): no ISO3 for non-state actors (*), organisations (**),
    unknown parties and unrecognised entities; each distinct name resolved once per process."""
    def one(name: str) -> str | None:
        key = name.strip().lower()
        if name.strip().endswith("*") or key.startswith("unknown") or key in sipri.NO_ISO3:
            return None
        return sipri.SIPRI_ISO3.get(key) or _names.iso3_of(name)

    mapping = {name: one(name) for name in pd.unique(names.dropna())}
    return names.map(mapping).astype("string")


def _records(path: Path) -> list[list[str]]:
    """Rows of the register: preamble skipped, the ';' ending every line stripped, header checked."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_bytes().decode("latin-1")
    lines = text.splitlines()
    if len(lines) <= PREAMBLE_LINES + 1:
        raise LatitudeError(f"cannot read {path}: truncated (only {len(lines)} lines, expected {PREAMBLE_LINES} "
                            "preamble lines, a header and deliveries)")
    body = [line.removesuffix(";") for line in lines[PREAMBLE_LINES:] if line.strip()]
    rows = list(csv.reader(io.StringIO("\n".join(body))))
    header = [h.strip() for h in rows[0]]
    if header != FIELDS:
        missing = [f for f in FIELDS if f not in header]
        raise LatitudeError(f"{path}: not the delivery-level trade-register layout (missing column(s) "
                            f"{', '.join(missing) or 'none'}; got {len(header)} columns)")
    bad = next((i for i, r in enumerate(rows[1:]) if len(r) != len(FIELDS)), None)
    if bad is not None:
        raise LatitudeError(f"{path}: line {PREAMBLE_LINES + bad + 2} has {len(rows[bad + 1])} fields instead of "
                            f"{len(FIELDS)}; is the file truncated?")
    return rows[1:]


def deliveries(rows: list[list[str]], label: str) -> pd.DataFrame:
    """Register rows in the `FIELDS` layout (header removed) -> `sipri_deliveries` rows, numbers and
    Yes/No flags checked; a deal with no delivery year yet keeps it missing (the caller decides).

    Shared by `parse` (the mirror's file) and the SIPRI updater (the backend's answer), so both
    give the same columns, types and ISO3 codes. `label` names the input in errors.
    """
    raw = pd.DataFrame(rows, columns=FIELDS).replace({"": None})

    def number(col: str) -> pd.Series:
        values = pd.to_numeric(raw[col], errors="coerce")
        wrong = raw.loc[values.isna() & raw[col].notna(), col]
        if len(wrong):
            raise LatitudeError(f"{label}: {col} {wrong.iloc[0]!r} is not a number")
        _codes.check_non_negative(values, label, col)
        return values

    def flag(col: str) -> pd.Series:
        _codes.check_allowed(raw[col], {"Yes", "No"}, label, col)
        return raw[col].map({"Yes": True, "No": False}).astype("boolean")

    df = pd.DataFrame({
        "supplier": raw["Supplier"], "recipient": raw["Recipient"],
        "supplier_iso3": names_to_iso3(raw["Supplier"]), "recipient_iso3": names_to_iso3(raw["Recipient"]),
        "order_year": number("Order date"), "delivery_year": number("Delivery year"),
        "weapon_designation": raw["Designation"], "weapon_description": raw["Description"],
        "number_ordered": pd.array([pd.NA] * len(raw), dtype="Float64"),
        "number_delivered": number("Numbers delivered"), "tiv_per_unit": number("TIV deal unit"),
        "tiv_delivered": number("TIV delivery values"), "status": raw["Status"],
        "comments": pd.array([pd.NA] * len(raw), dtype="string"),
        "deal_id": number("SIPRI AT Database ID"), "armament_category": raw["Armament category"],
        "order_year_estimated": flag("Order date is estimate"),
        "number_delivered_estimated": flag("Numbers delivered is estimate"),
        "delivery_year_estimated": flag("Delivery year is estimate"),
        "tiv_unit_new": number("SIPRI estimate"), "local_production": flag("Local production")})
    df = _base.to_int(df, ["order_year", "delivery_year", "deal_id"])
    return df.astype({"order_year": "Int32", "delivery_year": "Int32"})[TABLE_COLUMNS]


def parse(path: Path) -> pd.DataFrame:
    """The mirror's register file as `sipri_deliveries` rows (every row delivered)."""
    df = deliveries(_records(path), str(path))
    if df["delivery_year"].isna().any():
        raise LatitudeError(f"{path}: {int(df['delivery_year'].isna().sum())} row(s) without a delivery year")
    return df


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)["trade_register.csv"]
    table = parse(path)
    return store.replace_source(con, INFO, {"sipri_deliveries": table},
                                coverage=_base.year_span(table["delivery_year"]))
