"""Benchmark: loading a GDELT 2.0 events export, latitude's loader vs DuckDB alone vs pandas.

Writes a synthetic 10-million-row GDELT 2.0 file (61 tab-separated columns, realistic values:
country actors with a skewed distribution, real CAMEO codes with their Goldstein scores, dates
over one year, source URLs), then times
  1. `latitude.events_ingest.load_events` into a fresh store (typed parse, reject tracking,
     country mapping, INSERT into `events`),
  2. DuckDB's own `read_csv` of the same file, the same 13 columns into a table (the ceiling:
     parse and store, nothing else),
  3. pandas `read_csv` of the columns latitude keeps (parse only, in 1M-row chunks).
Prints rows/s and the ratios. Usage: python benchmarks/gdelt.py [ROWS]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

from latitude import events_ingest, store

CODES = ("USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "IND", "PAK", "IRN", "ISR", "TUR", "SYR",
         "IRQ", "AFG", "UKR", "EGY", "SAU", "NGA", "ZAF", "BRA", "MEX", "CAN", "AUS", "IDN", "PHL", "VNM", "TWN",
         "AFR", "EUR", "MEA", "ROM", "")


def write_synthetic(path: Path, rows: int) -> None:
    """A GDELT 2.0 export of `rows` events, written by DuckDB (fast, deterministic)."""
    codes = events_ingest.goldstein_frame()
    codes = codes[codes["code"].str.len() >= 3].reset_index(drop=True)
    con = duckdb.connect()
    con.register("cameo", codes.assign(i=range(len(codes))))
    con.register("actors", pd.DataFrame({"code": CODES, "i": range(len(CODES))}))
    n_codes, n_actors = len(codes), len(CODES)
    # Squaring a uniform draw skews actors towards the first (most reported) countries.
    fields = {
        "GLOBALEVENTID": "CAST(700000000 + r AS VARCHAR)",
        "SQLDATE": "strftime(DATE '2018-01-01' + CAST(r % 365 AS INTEGER), '%Y%m%d')",
        "MonthYear": "strftime(DATE '2018-01-01' + CAST(r % 365 AS INTEGER), '%Y%m')",
        "Year": "'2018'",
        "FractionDate": "CAST(round(2018 + (r % 365) / 365.0, 4) AS VARCHAR)",
        "Actor1Code": "a1.code || 'GOV'", "Actor1Name": "'GOVERNMENT OF ' || a1.code", "Actor1CountryCode": "a1.code",
        "Actor1Type1Code": "CASE WHEN r % 3 = 0 THEN 'GOV' WHEN r % 3 = 1 THEN 'MIL' ELSE '' END",
        "Actor2Code": "a2.code", "Actor2Name": "a2.code || ' OFFICIALS'", "Actor2CountryCode": "a2.code",
        "Actor2Type1Code": "CASE WHEN r % 5 = 0 THEN 'BUS' ELSE '' END",
        "IsRootEvent": "CAST(r % 2 AS VARCHAR)", "EventCode": "c.code", "EventBaseCode": "left(c.code, 3)",
        "EventRootCode": "left(c.code, 2)",
        "QuadClass": "CAST(CASE WHEN left(c.code, 2) <= '05' THEN 1 WHEN left(c.code, 2) <= '09' THEN 2 "
                     "WHEN left(c.code, 2) <= '14' THEN 3 ELSE 4 END AS VARCHAR)",
        "GoldsteinScale": "CAST(c.goldstein AS VARCHAR)", "NumMentions": "CAST(1 + r % 20 AS VARCHAR)",
        "NumSources": "CAST(1 + r % 4 AS VARCHAR)", "NumArticles": "CAST(1 + r % 20 AS VARCHAR)",
        "AvgTone": "CAST(round(((r * 7919) % 2000) / 100.0 - 10, 6) AS VARCHAR)",
        "DATEADDED": "strftime(DATE '2018-01-01' + CAST(r % 365 AS INTEGER), '%Y%m%d') || '144500'",
        "SOURCEURL": "'https://www.example-news.com/world/2018/story-' || CAST(r AS VARCHAR) || '.html'",
    }
    for geo in ("Actor1", "Actor2", "Action"):
        fields.update({f"{geo}Geo_Type": "'4'", f"{geo}Geo_FullName": "'Seoul, Soul-t''ukpyolsi, South Korea'",
                       f"{geo}Geo_CountryCode": "'KS'", f"{geo}Geo_ADM1Code": "'KS11'",
                       f"{geo}Geo_ADM2Code": "'25871'", f"{geo}Geo_Lat": "'37.5664'", f"{geo}Geo_Long": "'127'",
                       f"{geo}Geo_FeatureID": "'-716583'"})
    select = ", ".join(f"{fields.get(c, chr(39) * 2)} AS \"{c}\"" for c in events_ingest.GDELT2_COLUMNS)
    con.execute(f"""
        COPY (SELECT {select} FROM (
                SELECT range AS r,
                       CAST(floor(pow(((range * 2654435761) % 1000003) / 1000003.0, 2) * {n_actors}) AS INTEGER) AS i1,
                       CAST(floor(pow(((range * 40503) % 999983) / 999983.0, 2) * {n_actors}) AS INTEGER) AS i2,
                       CAST((range * 11) % {n_codes} AS INTEGER) AS ic
                FROM range({rows})) g
              JOIN actors a1 ON a1.i = g.i1 JOIN actors a2 ON a2.i = g.i2 JOIN cameo c ON c.i = g.ic)
        TO '{path}' (DELIMITER '\t', HEADER false, QUOTE '', ESCAPE '')""")
    con.close()


def time_latitude(path: Path, folder: Path) -> float:
    con = store.connect(folder / "latitude.duckdb")
    start = time.perf_counter()
    report = events_ingest.load_events(con, [path])[0]
    elapsed = time.perf_counter() - start
    print(f"  {report.summary()}")
    con.close()
    return elapsed


KEEP = ["GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor1Type1Code", "Actor2CountryCode", "Actor2Type1Code",
        "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "SOURCEURL", "Actor1Name", "Actor2Name"]


def time_duckdb(path: Path, folder: Path) -> float:
    """DuckDB alone: read_csv with the published layout, the kept columns into a table."""
    con = duckdb.connect(str(folder / "ceiling.duckdb"))
    chosen = ", ".join(f'"{c}"' for c in KEEP)
    start = time.perf_counter()
    con.execute(f"CREATE TABLE raw AS SELECT {chosen} FROM read_csv('{path}', delim='\t', header=false, quote='', "
                f"escape='', names={list(events_ingest.GDELT2_COLUMNS)})")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def time_pandas(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    rows = 0
    for chunk in pd.read_csv(path, sep="\t", header=None, names=events_ingest.GDELT2_COLUMNS, usecols=KEEP,
                             dtype=str, quoting=3, chunksize=1_000_000, keep_default_na=False):
        rows += len(chunk)
    return time.perf_counter() - start, rows


def main() -> None:
    rows = int(next((a for a in sys.argv[1:] if a.isdigit()), 10_000_000))
    with tempfile.TemporaryDirectory(prefix="latitude-gdelt-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "20180101.export.CSV"
        start = time.perf_counter()
        write_synthetic(path, rows)
        size = path.stat().st_size / 1e9
        print(f"synthetic GDELT 2.0 file: {rows:,} rows, {size:.2f} GB, written in {time.perf_counter() - start:.1f} s")
        # Same footing for all three: the file in the page cache, latitude's lookup tables built
        # (a one-off cost per process, reported apart).
        with open(path, "rb") as fh:
            while fh.read(1 << 24):
                pass
        start = time.perf_counter()
        events_ingest.cameo_iso3_frame()
        events_ingest.goldstein_frame()
        print(f"lookup tables (once per process): {time.perf_counter() - start:.1f} s")
        ours = time_latitude(path, folder)
        ceiling = time_duckdb(path, folder)
        panda, counted = time_pandas(path)
        assert counted == rows
        print(f"latitude loader             : {ours:7.1f} s  {rows / ours:12,.0f} rows/s")
        print(f"DuckDB read_csv, {len(KEEP)} columns : {ceiling:7.1f} s  {rows / ceiling:12,.0f} rows/s (ceiling)")
        print(f"pandas read_csv, {len(KEEP)} columns : {panda:7.1f} s  {rows / panda:12,.0f} rows/s (parse only)")
        print(f"latitude / DuckDB ceiling   : {ceiling / ours:.2f} of its speed")
        print(f"latitude / pandas           : {panda / ours:.2f} of its speed")


if __name__ == "__main__":
    main()
