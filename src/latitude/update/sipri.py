"""The SIPRI trade register (one row per deal and delivery year) from SIPRI's Arms Transfers
Database backend, into `sipri_deliveries`.

The database's web application (https://armstransfers.sipri.org) downloads the register from
`POST {base}api/p/trades/trade-register-csv/` with a JSON body of filters (delivery years, order
years, open deals, export option) and gets `{"bytes": "<base64 CSV>"}` back; rOpenSci-adjacent
client Rat.db (datapumpernickel/Rat.db, R/atdb_request.R and R/atdb_process.R) does the same and
recorded a real answer in its tests. The CSV is the register's 2025 layout: 11 lines of notes
(the last one "Data generated: 10 Feb 2025 10:52:58 AM"), then `SIPRI AT Database ID, Supplier,
Recipient, Designation, Description, Armament category, Order date, Order date is estimate,
Numbers delivered, Numbers delivered is estimate, Delivery year, Delivery year is estimate,
Status, SIPRI estimate, TIV deal unit, TIV delivery values, Local production`. The website's
own download adds ';' at line ends and CRLF (the mirror's sipri_register_2024/ file); both read.

`update(con, years)` replaces the rows of the requested delivery years in one transaction and
records the register's generation date in provenance row `sipri_atdb`. The answer is one POST,
so it cannot be resumed byte by byte: it is kept in the download cache for a day instead.
Base URL: `LATITUDE_SIPRI_URL` (default https://atbackend.sipri.org/).
"""
from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import time

import duckdb
import pandas as pd

from latitude.errors import LatitudeError
from latitude.sources import sipri_register_2024 as register_source
from latitude.sources._base import SourceInfo
from latitude.store import has_table
from latitude.update import common
from latitude.update.http import Client, base_url, session

ENV_URL = "LATITUDE_SIPRI_URL"
DEFAULT_URL = "https://atbackend.sipri.org/"
PATH = "api/p/trades/trade-register-csv/"
FIRST_YEAR = 1950
CACHE_HOURS = 24
MIRROR_SOURCE = "sipri_register_2024"      # the mirror's copy of the register (the `data` helper's source)
# the register's columns and the `sipri_deliveries` layout, as the mirror's copy of the register
# (`sources.sipri_register_2024`) defines them, so both write the same table
HEADER = register_source.FIELDS

INFO = SourceInfo(
    name="sipri_atdb",
    title="SIPRI Arms Transfers Database, trade register (deliveries by year), from SIPRI's backend",
    publisher="Stockholm International Peace Research Institute (SIPRI)",
    version="SIPRI Arms Transfers Database trade register",
    licence="© SIPRI; free use with citation",
    citation="SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, "
             "https://www.sipri.org/databases/armstransfers (data generated on the date in the version).",
    bibtex="""@misc{sipri_atdb,
  author = {{Stockholm International Peace Research Institute}}, title = {{SIPRI} Arms Transfers Database},
  howpublished = {\\url{https://www.sipri.org/databases/armstransfers}}}""",
    coverage="delivery years as requested (1950 onwards)",
    files=(),
    tables=("sipri_deliveries",),
    homepage="https://www.sipri.org/databases/armstransfers",
    notes="Loaded by `latitude data update sipri`; replaces the requested delivery years of sipri_deliveries.",
)


def info() -> SourceInfo:
    return INFO


def generated_on(text: str) -> dt.date | None:
    """The register's 'Data generated: 12 Feb 2026 12:26:12 PM' line as a date."""
    match = re.search(r"Data generated:\s*(\d{1,2} \w{3} \d{4})", text[:4000])
    return dt.datetime.strptime(match.group(1), "%d %b %Y").date() if match else None


def parse_register(text: str, label: str) -> pd.DataFrame:
    """The register CSV (backend or website form) -> `sipri_deliveries` rows (docs/contracts.md).

    Finds the header wherever SIPRI's note lines end, checks the layout, and converts the rows
    with `sources.sipri_register_2024.deliveries`, the mirror loader's own conversion.
    """
    lines = [line.rstrip("\r").removesuffix(";") for line in text.split("\n")]
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("SIPRI AT Database ID"))
    except StopIteration:
        raise LatitudeError(f"{label}: no register header ('SIPRI AT Database ID,Supplier,...'); "
                            "is this SIPRI's trade register?") from None
    rows = list(csv.reader(io.StringIO("\n".join(line for line in lines[start:] if line.strip()))))
    if rows[0] != HEADER:
        missing = [h for h in HEADER if h not in rows[0]]
        raise LatitudeError(f"{label}: not the 2025 trade-register layout (missing column(s) "
                            f"{', '.join(missing) or 'none'}; {len(rows[0])} columns)")
    bad = next((i for i, row in enumerate(rows[1:], start=1) if len(row) != len(HEADER)), None)
    if bad is not None:
        raise LatitudeError(f"{label}: deal line {bad} has {len(rows[bad])} fields instead of {len(HEADER)} "
                            f"({','.join(rows[bad][:3])}...); is the register cut off?")
    return register_source.deliveries(rows[1:], label)


def request_body(years: tuple[int, int]) -> bytes:
    """The filter the database's web application sends: deliveries in `years`, orders up to the end."""
    return json.dumps({"filters": [
        {"field": "Delivery year", "condition": "contains", "value1": years[0], "value2": years[1], "listData": []},
        {"field": "Order year", "condition": "contains", "value1": 0, "value2": years[1], "listData": []},
        {"field": "opendeals", "condition": "", "value1": "", "value2": "", "listData": []},
        {"field": "exportOption", "condition": "", "value1": "", "value2": "", "listData": []},
    ], "logic": "AND"}).encode()


def fetch_register(client: Client, base: str, years: tuple[int, int]) -> str:
    """The register CSV for deliveries in `years` (cached for a day)."""
    cached = common.cache_dir("sipri") / f"trade-register_{years[0]}-{years[1]}.csv"
    if cached.exists() and time.time() - cached.stat().st_mtime < CACHE_HOURS * 3600:
        return cached.read_text(encoding="utf-8")
    answer = client.post(base + PATH, body=request_body(years), headers={"Content-Type": "application/json"})
    payload = answer.json()
    try:
        text = base64.b64decode(payload["bytes"], validate=True).decode("utf-8")
    except (KeyError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise LatitudeError(f"{answer.url}: expected SIPRI's {{\"bytes\": <base64 CSV>}} answer "
                            f"({exc.__class__.__name__}); is the base URL right?") from exc
    tmp = cached.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, cached)
    return text


def update(con: duckdb.DuckDBPyConnection, years: tuple[int, int] | None = None, *, url: str | None = None,
           client: Client | None = None, show_progress: bool = False) -> common.UpdateResult:
    """Replace the requested delivery years of `sipri_deliveries` with SIPRI's current register."""
    years = common.check_years(years or (FIRST_YEAR, dt.date.today().year), FIRST_YEAR, "SIPRI deliveries")
    base = base_url(url, ENV_URL, DEFAULT_URL)
    with session(client, show_progress=show_progress) as client:
        task = client.task("SIPRI trade register", 1)
        text = fetch_register(client, base, years)
        client.advance(task)
    rows = parse_register(text, "SIPRI trade register")
    undelivered = int(rows["delivery_year"].isna().sum())
    rows = rows[rows["delivery_year"].notna()].reset_index(drop=True)   # deals with no delivery yet
    outside = rows[(rows["delivery_year"] < years[0]) | (rows["delivery_year"] > years[1])]
    if len(outside):
        raise LatitudeError(f"SIPRI answered deliveries in {int(outside['delivery_year'].iloc[0])}, outside the "
                            f"{years[0]}-{years[1]} asked for; is the base URL right?")
    generated = generated_on(text)
    version = f"SIPRI Arms Transfers Database trade register, data generated {generated or 'on an unstated date'}"
    files = [{"name": f"trade-register_{years[0]}-{years[1]}.csv",
              "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
              "published": version, "url": base + PATH, "years": f"{years[0]}-{years[1]}"}]
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_sipri_incoming", rows)
        con.execute("CREATE TABLE IF NOT EXISTS sipri_deliveries AS SELECT * FROM _sipri_incoming WHERE false")
        before = con.execute("SELECT min(delivery_year), max(delivery_year) FROM sipri_deliveries").fetchall()[0]
        con.execute("DELETE FROM sipri_deliveries WHERE delivery_year BETWEEN ? AND ?", list(years))
        con.execute("INSERT INTO sipri_deliveries BY NAME SELECT * FROM _sipri_incoming")
        if before[0] is not None and years[0] <= before[0] and years[1] >= before[1] and has_table(con, "provenance"):
            con.execute("DELETE FROM provenance WHERE source = ?", [MIRROR_SOURCE])   # none of its rows are left
        files = common.merge_files(common.previous_files(con, INFO.name), files)
        ranges = [tuple(int(y) for y in f["years"].split("-")) for f in files]
        covered = " OR ".join("delivery_year BETWEEN ? AND ?" for _ in ranges)
        count, first, last = con.execute(f"SELECT count(*), min(delivery_year), max(delivery_year) "
                                         f"FROM sipri_deliveries WHERE {covered}",
                                         [y for r in ranges for y in r]).fetchall()[0]
        counts, span = {"sipri_deliveries": count}, (first, last)
        common.write_provenance(con, INFO, counts, span, files, version)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("_sipri_incoming")
    notes = [f"{len(rows):,} deal-years delivered {years[0]}-{years[1]} replaced"]
    if undelivered:
        notes.append(f"{undelivered:,} deal(s) without a delivery year left out")
    return common.UpdateResult(INFO.name, counts, version, span, notes)
