"""Benchmark: loading a GDELT 2.0 events export, latitude's loader vs DuckDB alone vs pandas.

Writes a synthetic 10-million-row GDELT 2.0 file (61 tab-separated columns, realistic values:
country actors with a skewed distribution, real CAMEO codes with their Goldstein scores, dates
over one year, source URLs), then times
  1. `latitude.events_ingest.load_events` into a fresh store (typed parse, reject tracking,
     country mapping, INSERT into `events`),
  2. DuckDB's own `read_csv` of the same file, the same 13 columns into a table (the ceiling:
     parse and store, nothing else),
  3. pandas `read_csv` of the columns latitude keeps (parse only, in 1M-row chunks).
Each runs in its own fresh process (so one cannot warm or bloat another) and reports its peak
resident memory and the CPU time (user + system, all threads) of the timed work: on a shared
machine the wall-clock ratio moves with the other jobs, the CPU-time ratio much less. Prints
rows/s, peak memory and both ratios; `--repeat N` runs the three N times in turn (the ratios of
each round, then their median). The file is written to a temporary folder and
deleted afterwards; `--file PATH` keeps it at PATH instead and reuses it on the next run.
Usage: python benchmarks/gdelt.py [--rows 10000000] [--repeat 1] [--file PATH]
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
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
    con.execute("SET enable_progress_bar = false")
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


def time_latitude(path: Path, folder: Path) -> tuple[float, int]:
    con = store.connect(folder / "latitude.duckdb")
    start = time.perf_counter()
    report = events_ingest.load_events(con, [path])[0]
    elapsed = time.perf_counter() - start
    print(f"  {report.summary()}", flush=True)
    con.close()
    return elapsed, report.rows_loaded


KEEP = ["GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor1Type1Code", "Actor2CountryCode", "Actor2Type1Code",
        "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "SOURCEURL", "Actor1Name", "Actor2Name"]


def time_duckdb(path: Path, folder: Path) -> tuple[float, int]:
    """DuckDB alone: read_csv with the published layout, the kept columns into a table."""
    con = duckdb.connect(str(folder / "ceiling.duckdb"))
    con.execute("SET enable_progress_bar = false")
    chosen = ", ".join(f'"{c}"' for c in KEEP)
    start = time.perf_counter()
    con.execute(f"CREATE TABLE raw AS SELECT {chosen} FROM read_csv('{path}', delim='\t', header=false, quote='', "
                f"escape='', names={list(events_ingest.GDELT2_COLUMNS)})")
    elapsed = time.perf_counter() - start
    rows = con.execute("SELECT count(*) FROM raw").fetchall()[0][0]
    con.close()
    return elapsed, rows


def time_pandas(path: Path, folder: Path) -> tuple[float, int]:
    start = time.perf_counter()
    rows = 0
    for chunk in pd.read_csv(path, sep="\t", header=None, names=events_ingest.GDELT2_COLUMNS, usecols=KEEP,
                             dtype=str, quoting=3, chunksize=1_000_000, keep_default_na=False):
        rows += len(chunk)
    return time.perf_counter() - start, rows


def _child(task: str, path: Path, folder: Path, results) -> None:
    """One timing in a fresh process: (seconds, rows, peak resident memory in GB, CPU seconds of the
    timed work, user + system over all threads) put on `results`."""
    if task == "latitude":
        # Latitude's lookup tables are built once per process; built before the clock starts.
        events_ingest.cameo_iso3_frame()
        events_ingest.goldstein_frame()
    before = resource.getrusage(resource.RUSAGE_SELF)
    elapsed, rows = {"latitude": time_latitude, "duckdb": time_duckdb, "pandas": time_pandas}[task](path, folder)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    results.put((elapsed, rows, after.ru_maxrss / 1e6, cpu))


def _run(task: str, path: Path, folder: Path, rows: int) -> tuple[float, float, float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    child = context.Process(target=_child, args=(task, path, folder, results))
    child.start()
    elapsed, counted, peak, cpu = results.get()
    child.join()
    for leftover in folder.glob("*.duckdb*"):
        leftover.unlink()
    if counted != rows:
        raise SystemExit(f"{task} read {counted:,} rows of {rows:,}")
    return elapsed, peak, cpu


def _benchmark(path: Path, folder: Path, rows: int, repeat: int) -> None:
    # Same footing for all three: the file in the page cache.
    with open(path, "rb") as fh:
        while fh.read(1 << 24):
            pass
    ratios: list[tuple[float, float, float]] = []
    for round_ in range(1, repeat + 1):
        print(f"round {round_}/{repeat} (load average {os.getloadavg()[0]:.1f})", flush=True)
        (ours, ours_mem, ours_cpu), (ceiling, ceiling_mem, ceiling_cpu), (panda, panda_mem, panda_cpu) = (
            _run(task, path, folder, rows) for task in ("latitude", "duckdb", "pandas"))
        print(f"latitude loader             : {ours:7.1f} s  {rows / ours:12,.0f} rows/s  peak {ours_mem:5.2f} GB  "
              f"CPU {ours_cpu:6.1f} s")
        print(f"DuckDB read_csv, {len(KEEP)} columns : {ceiling:7.1f} s  {rows / ceiling:12,.0f} rows/s  "
              f"peak {ceiling_mem:5.2f} GB  CPU {ceiling_cpu:6.1f} s (ceiling)")
        print(f"pandas read_csv, {len(KEEP)} columns : {panda:7.1f} s  {rows / panda:12,.0f} rows/s  "
              f"peak {panda_mem:5.2f} GB  CPU {panda_cpu:6.1f} s (parse only)")
        print(f"latitude / DuckDB ceiling   : {ceiling / ours:.2f} of its speed ({ceiling_cpu / ours_cpu:.2f} in CPU time)")
        print(f"latitude / pandas           : {panda / ours:.2f} of its speed", flush=True)
        ratios.append((ceiling / ours, panda / ours, ceiling_cpu / ours_cpu))
    if repeat > 1:
        print(f"median over {repeat} rounds: latitude at {statistics.median(r[0] for r in ratios):.2f} of DuckDB's "
              f"speed ({statistics.median(r[2] for r in ratios):.2f} in CPU time), "
              f"{statistics.median(r[1] for r in ratios):.2f} of pandas' "
              f"(rounds: {', '.join(f'{r[0]:.2f}' for r in ratios)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--file", type=Path, help="keep the synthetic file here (reused if present)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="latitude-gdelt-bench-") as tmp:
        folder = Path(tmp)
        path = args.file or folder / "20180101.export.CSV"
        if not path.exists():
            start = time.perf_counter()
            write_synthetic(path, args.rows)
            print(f"wrote the synthetic file in {time.perf_counter() - start:.1f} s")
        with open(path, "rb") as fh:
            rows = sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 24), b""))
        print(f"synthetic GDELT 2.0 file: {rows:,} rows, {path.stat().st_size / 1e9:.2f} GB")
        _benchmark(path, folder, rows, args.repeat)


if __name__ == "__main__":
    main()
