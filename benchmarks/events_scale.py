"""Benchmark: the dyad-month cooperation series on a GDELT-size event table, DuckDB and PySpark.

Generates a synthetic GDELT 2.0 event table (default 100 million rows) as Parquet partitioned by
year, zstd-compressed, in the published columns and types (the 61 columns of the GDELT 2.0 event
codebook, SQLDATE as a YYYYMMDD integer, as in GDELT's BigQuery export). Skew follows the real
data: actor countries are drawn with the frequencies of the mirror's GDELT 1.0 and ICEWS samples
(a few countries dominate; about a third of GDELT actors carry no country), every other CAMEO
country code keeps a small tail weight, and CAMEO event codes follow their frequencies in the two
samples; dates run from 2015-02-19 (GDELT 2.0's start) to 2024-12-31.

Then, each in a fresh process whose peak resident memory (the whole process tree, so the Spark
JVM too) is sampled every 0.1 s:

  1. latitude on DuckDB: `events_ingest.attach_gdelt` over the Parquet files (views, no copy),
     then `measures.events.dyad_series(cat, "KOR", ["CHN", "JPN", "USA"], freq="month")`, with
     DuckDB's memory capped (`--memory-limit`, default 1GB) so it runs out of core;
  2. latitude on local PySpark (`local[2]`, 3 GB driver, as `latitude.engine` starts it): the same
     two calls on `ibis.pyspark.connect(spark)`;
  3. the ceiling: DuckDB's own hand-written aggregate of the same series over the same files,
     same memory cap (one SQL statement, no registry, no country mapping).

Prints rows/s (rows of the table / seconds of the measure) and peak memory for each, checks that
the three give the same counts, and the ratios to the ceiling. The Parquet folder (`--data`, by
default latitude-events-scale-data in the temporary directory) is reused when it holds Parquet
files already; one this run wrote is deleted at the end unless `--keep`. It refuses to start when the
disk would be left with less than 5 GB free. Usage:

    python benchmarks/events_scale.py [--rows 100000000] [--data DIR] [--keep] [--memory-limit 1GB]
                                      [--skip-spark]
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

FOCAL, PARTNERS = "KOR", ("CHN", "JPN", "USA")
BYTES_PER_ROW = 60          # measured 41-46 on this generator; the margin keeps the disk check honest
SLOTS = 100_000             # resolution of the frequency tables used to draw codes
FIRST_DAY, LAST_DAY = "2015-02-19", "2024-12-31"   # GDELT 2.0 starts on 19 February 2015


# ---------------------------------------------------------------- the synthetic table

def frequencies(mirror: Path):
    """(actors, codes): frames of code and weight, from the mirror's GDELT and ICEWS samples."""
    import pandas as pd

    from latitude import countries, events_ingest
    from latitude.sources import _base

    gdelt = pd.read_csv(mirror / "gdelt_samples/gdelt1_export_20160728_sample710.tsv", sep="\t", header=None,
                        dtype=str, quoting=3, names=range(58), keep_default_na=False)
    icews = _base.read_rda(mirror / "icews_andybega/icews_sample.rda")
    scale = len(gdelt) / len(icews)       # the two samples weigh the same
    actors = pd.concat([gdelt[7], gdelt[17]]).value_counts().astype(float) / 2
    icews_iso3 = countries.names_to_iso3(pd.concat([icews["source_country"], icews["target_country"]]))
    actors = actors.add(icews_iso3.dropna().value_counts().astype(float) / 2 * scale, fill_value=0)
    tail = pd.Series(0.2, index=sorted(set(events_ingest.cameo_iso3_frame()["code"])
                                        | set(events_ingest.CAMEO_REGIONS)))
    actors = actors.add(tail, fill_value=0)
    codes = gdelt[26].value_counts().astype(float).add(
        icews["cameo_code"].astype(str).str.strip().value_counts().astype(float) * scale, fill_value=0)
    codes = codes[codes.index.str.fullmatch(r"\d{2,4}")]
    return (pd.DataFrame({"code": actors.index, "weight": actors.values}),
            pd.DataFrame({"code": codes.index, "weight": codes.values}))


def _slots(frame, slots: int):
    """An alias table: `slots` rows, each code repeated in proportion to its weight."""
    import numpy as np
    import pandas as pd

    counts = np.floor(frame["weight"] / frame["weight"].sum() * slots).astype(int).clip(lower=1)
    counts.iloc[int(np.argmax(frame["weight"]))] += slots - counts.sum()
    return pd.DataFrame({"slot": np.arange(slots), "code": np.repeat(frame["code"].to_numpy(), counts.to_numpy())})


def generate(folder: Path, rows: int, mirror: Path) -> None:
    """Write the synthetic GDELT 2.0 table under `folder` (Year=YYYY/ partitions, zstd Parquet)."""
    import duckdb
    import pandas as pd

    from latitude import cameo, countries, events_ingest

    actors, codes = frequencies(mirror)
    names = countries.state_table()[["iso3", "name"]].dropna().drop_duplicates("iso3")
    places = pd.DataFrame({"code": actors["code"]}).merge(names, left_on="code", right_on="iso3", how="left")
    places["name"] = places["name"].fillna(places["code"])
    scores = cameo.goldstein_table()
    codes["goldstein"] = [scores.get(c, scores.get(c[:3], scores.get(c[:2]))) for c in codes["code"]]
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute("SET preserve_insertion_order = false")
    con.execute("SET memory_limit = '2GB'")
    con.register("actor_slots", _slots(actors, SLOTS))
    con.register("code_slots", _slots(codes, SLOTS).merge(codes[["code", "goldstein"]], on="code"))
    con.register("places", places.reset_index(drop=True).assign(i=lambda d: d.index))
    geo = {}
    for prefix, place in (("Actor1", "p1"), ("Actor2", "p2"), ("Action", "p1")):
        geo.update({f"{prefix}Geo_Type": f"CASE WHEN {place}.code = '' THEN 0 ELSE 1 END",
                    f"{prefix}Geo_FullName": f"{place}.name", f"{prefix}Geo_CountryCode": f"left({place}.code, 2)",
                    f"{prefix}Geo_ADM1Code": f"left({place}.code, 2)", f"{prefix}Geo_ADM2Code": "''",
                    f"{prefix}Geo_Lat": f"CAST(({place}.i * 37) % 120 - 50 AS FLOAT)",
                    f"{prefix}Geo_Long": f"CAST(({place}.i * 53) % 340 - 170 AS FLOAT)",
                    f"{prefix}Geo_FeatureID": f"{place}.code"})
    day = "(first_day + CAST((h >> 8) % days AS INTEGER))"
    fields = {
        "GLOBALEVENTID": "CAST(410000000 + r AS BIGINT)",
        "SQLDATE": f"CAST(strftime({day}, '%Y%m%d') AS INTEGER)",
        "MonthYear": f"CAST(strftime({day}, '%Y%m') AS INTEGER)",
        "Year": f"year({day})",
        "FractionDate": f"CAST(year({day}) + dayofyear({day}) / 365.0 AS FLOAT)",
        "Actor1Code": "a1.code || t1", "Actor1Name": "p1.name", "Actor1CountryCode": "a1.code",
        "Actor1Type1Code": "t1",
        "Actor2Code": "a2.code || t2", "Actor2Name": "p2.name", "Actor2CountryCode": "a2.code",
        "Actor2Type1Code": "t2",
        "IsRootEvent": "CAST(r % 2 AS INTEGER)", "EventCode": "c.code", "EventBaseCode": "left(c.code, 3)",
        "EventRootCode": "left(c.code, 2)",
        "QuadClass": " ".join(["CASE"] + [f"WHEN left(c.code, 2) BETWEEN '{lo:02d}' AND '{hi:02d}' THEN {q}"
                                          for q, (lo, hi) in cameo.QUAD_ROOTS.items()] + ["END"]),
        "GoldsteinScale": "CAST(c.goldstein AS FLOAT)",
        "NumMentions": "CAST(1 + (h >> 30) % 10 * ((h >> 34) % 3) AS INTEGER)",
        "NumSources": "CAST(1 + (h >> 36) % 3 AS INTEGER)", "NumArticles": "CAST(1 + (h >> 38) % 10 AS INTEGER)",
        "AvgTone": "CAST(round(((h >> 40) % 2000) / 100.0 - 10, 2) AS FLOAT)",
        "DATEADDED": f"CAST(strftime({day}, '%Y%m%d') AS BIGINT) * 1000000 + 144500",
        "SOURCEURL": "'https://news.example.org/world/' || CAST(r // 5 AS VARCHAR) || '.html'",
        **geo,
    }
    types = {"INTEGER": "INTEGER", "FLOAT": "FLOAT", "STRING": "VARCHAR"}
    schema = pd.read_csv(mirror / "gdelt_gdeltPyR/GDELT2_events_schema.csv")
    published = dict(zip(schema["name"], schema["type"]))
    select = ", ".join(
        f"{fields[c]} AS \"{c}\"" if c in fields else f"CAST('' AS {types[published.get(c, 'STRING')]}) AS \"{c}\""
        if published.get(c, "STRING") == "STRING" else f"CAST(NULL AS {types[published[c]]}) AS \"{c}\""
        for c in events_ingest.GDELT2_COLUMNS if c != "Year")      # Year: the partition folder
    roles = "['GOV', 'MIL', 'BUS', 'MED', 'CVL', 'COP', 'JUD', 'LEG', '', '', '', '']"
    # One year at a time, each into its own hive-style folder (Year=2015/, ...): a bounded amount
    # of work per statement, and the layout PARTITION_BY would give.
    start, end = pd.Timestamp(FIRST_DAY), pd.Timestamp(LAST_DAY)
    total_days = (end - start).days + 1
    offset = 0
    for year in range(start.year, end.year + 1):
        first = max(start, pd.Timestamp(year, 1, 1))
        days = (min(end, pd.Timestamp(year, 12, 31)) - first).days + 1
        count = rows - offset if year == end.year else round(rows * days / total_days)
        target = folder / f"Year={year}"
        target.mkdir(parents=True, exist_ok=True)
        con.execute(f"""
            COPY (SELECT {select} FROM (
                    SELECT r, hash(r + 1) AS h, DATE '{first.date()}' AS first_day, {days} AS days,
                           list_extract({roles}, CAST(hash(r + 2) % 12 AS INTEGER) + 1) AS t1,
                           list_extract({roles}, CAST(hash(r + 3) % 12 AS INTEGER) + 1) AS t2
                    FROM (SELECT range AS r FROM range({offset}, {offset + count}))) g
                  JOIN actor_slots a1 ON a1.slot = h % {SLOTS}
                  JOIN actor_slots a2 ON a2.slot = (h >> 17) % {SLOTS}
                  JOIN code_slots c ON c.slot = hash(r + 4) % {SLOTS}
                  JOIN places p1 ON p1.code = a1.code
                  JOIN places p2 ON p2.code = a2.code)
            TO '{target / "events.parquet"}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000)""")
        offset += count
    con.close()


# ---------------------------------------------------------------- the three runs

def _latitude(engine: str, folder: Path, memory_limit: str, scratch: Path) -> dict:
    import ibis

    from latitude import events_ingest
    from latitude.measures.events import dyad_series

    started = time.perf_counter()
    if engine == "duckdb":
        backend = ibis.duckdb.connect(memory_limit=memory_limit, temp_directory=str(scratch))
        backend.raw_sql("SET enable_progress_bar = false")
        table = backend.read_parquet(f"{folder}/**/*.parquet", hive_partitioning=True)
    else:
        from pyspark.sql import SparkSession

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)   # Spark's Python workers: this interpreter
        session = (SparkSession.builder.master("local[2]").appName("latitude-events-scale")
                   .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                   .config("spark.sql.shuffle.partitions", "4")
                   .config("spark.sql.session.timeZone", "UTC").config("spark.driver.memory", "3g")
                   .config("spark.local.dir", str(scratch)).getOrCreate())
        session.sparkContext.setLogLevel("ERROR")
        backend = ibis.pyspark.connect(session)
        table = backend.read_parquet(str(folder))
    ready = time.perf_counter()
    cat = events_ingest.attach_gdelt(backend, table, name="synthetic GDELT 2.0")
    attached = time.perf_counter()
    series = dyad_series(cat, FOCAL, list(PARTNERS), freq="month")
    done = time.perf_counter()
    if engine == "pyspark":
        session.stop()
    counts = {f"{r.period}/{r.partner}": int(r.events) for r in series.itertuples() if r.events}
    coop = int((series["verbal_coop"] + series["material_coop"]).sum())
    return {"start": ready - started, "attach": attached - ready, "measure": done - attached, "counts": counts,
            "cooperative": coop, "periods": int(series["period"].nunique()),
            "thin": int((series["source_days"] < 28).sum() // len(PARTNERS))}


def _ceiling(folder: Path, memory_limit: str, scratch: Path) -> dict:
    import duckdb

    con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": str(scratch)})
    con.execute("SET enable_progress_bar = false")
    partners = ", ".join(f"'{p}'" for p in PARTNERS)
    started = time.perf_counter()
    rows = con.execute(f"""
        SELECT MonthYear, CASE WHEN Actor1CountryCode = '{FOCAL}' THEN Actor2CountryCode ELSE Actor1CountryCode END,
               count(*), count(*) FILTER (WHERE QuadClass IN (1, 2)), avg(GoldsteinScale)
        FROM read_parquet('{folder}/**/*.parquet', hive_partitioning = true)
        WHERE (Actor1CountryCode = '{FOCAL}' AND Actor2CountryCode IN ({partners}))
           OR (Actor2CountryCode = '{FOCAL}' AND Actor1CountryCode IN ({partners}))
        GROUP BY ALL""").fetchall()
    elapsed = time.perf_counter() - started
    counts = {f"{str(m)[:4]}-{str(m)[4:]}/{p}": int(n) for m, p, n, _, _ in rows}
    return {"measure": elapsed, "counts": counts, "cooperative": int(sum(r[3] for r in rows))}


def _child(task: str, folder: str, memory_limit: str, scratch: str, out: str) -> None:
    folder, scratch = Path(folder), Path(scratch)
    result = _ceiling(folder, memory_limit, scratch) if task == "ceiling" else \
        _latitude(task, folder, memory_limit, scratch)
    Path(out).write_text(json.dumps(result))


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        total = root.memory_info().rss
        for child in root.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total
    except psutil.Error:
        return 0


def run(task: str, folder: Path, memory_limit: str, scratch: Path) -> dict:
    """One run in a fresh process; adds `peak_gb`, the largest resident memory of its process tree."""
    out = scratch / f"{task}.json"
    context = multiprocessing.get_context("spawn")
    child = context.Process(target=_child, args=(task, str(folder), memory_limit, str(scratch), str(out)))
    child.start()
    peak, stop = [0], threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], _tree_rss(child.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    child.join()
    stop.set()
    sampler.join()
    if child.exitcode != 0:
        raise SystemExit(f"the {task} run failed (exit {child.exitcode})")
    result = json.loads(out.read_text())
    result["peak_gb"] = peak[0] / 1e9
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000_000)
    parser.add_argument("--data", type=Path, help="Parquet folder to reuse (or to write, with --keep)")
    parser.add_argument("--keep", action="store_true", help="keep the Parquet folder afterwards")
    parser.add_argument("--memory-limit", default="1GB", help="DuckDB's memory cap (latitude and the ceiling)")
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args()
    mirror = Path(os.environ.get("LATITUDE_MIRROR") or Path(__file__).resolve().parents[2] / "shared" / "data")
    scratch = Path(tempfile.mkdtemp(prefix="latitude-events-scale-"))
    folder = args.data or Path(tempfile.gettempdir()) / "latitude-events-scale-data"
    written = False
    try:
        if not folder.exists() or not any(folder.rglob("*.parquet")):
            free = shutil.disk_usage(folder.parent if folder.parent.exists() else scratch).free
            need = args.rows * BYTES_PER_ROW
            if free - need < 5e9:
                raise SystemExit(f"{free / 1e9:.0f} GB free: {args.rows:,} rows need about {need / 1e9:.0f} GB "
                                 "and 5 GB must stay free; use fewer --rows or another --data folder")
            folder.mkdir(parents=True, exist_ok=True)
            start = time.perf_counter()
            generate(folder, args.rows, mirror)
            written = True
            print(f"wrote {args.rows:,} rows in {time.perf_counter() - start:.0f} s", flush=True)
        size = sum(f.stat().st_size for f in folder.rglob("*.parquet"))
        import duckdb

        rows = duckdb.sql(f"SELECT count(*) FROM read_parquet('{folder}/**/*.parquet')").fetchall()[0][0]
        files = sum(1 for _ in folder.rglob("*.parquet"))
        print(f"synthetic GDELT 2.0 events: {rows:,} rows, 61 columns, {files} Parquet files (zstd, by year), "
              f"{size / 1e9:.2f} GB; disk free {shutil.disk_usage(folder).free / 1e9:.0f} GB", flush=True)
        tasks = ["ceiling", "duckdb"] + ([] if args.skip_spark else ["pyspark"])
        results = {}
        for task in tasks:
            results[task] = run(task, folder, args.memory_limit, scratch)
            r = results[task]
            extra = f" (start {r['start']:.1f} s, attach {r['attach']:.1f} s)" if task != "ceiling" else ""
            print(f"  {task:8}: {r['measure']:7.1f} s  {rows / r['measure']:13,.0f} rows/s  peak "
                  f"{r['peak_gb']:.2f} GB{extra}", flush=True)
        ceiling = results["ceiling"]
        for task in tasks[1:]:
            r = results[task]
            if r["counts"] != ceiling["counts"] or r["cooperative"] != ceiling["cooperative"]:
                raise SystemExit(f"{task} disagrees with the hand-written aggregate")
        print(f"KOR with {', '.join(PARTNERS)}: {sum(ceiling['counts'].values()):,} events, "
              f"{ceiling['cooperative']:,} cooperative, {results['duckdb']['periods']} months "
              f"({results['duckdb']['thin']} with fewer than 28 days of events); every engine gives the same counts")
        print(f"DuckDB memory limit {args.memory_limit}; Spark local[2], 3 GB driver")
        for task in tasks[1:]:
            print(f"latitude on {task:8}: {ceiling['measure'] / results[task]['measure']:.2f} of the ceiling's speed "
                  f"(attach, a one-off coverage scan, {results[task]['attach']:.1f} s more)")
    finally:
        if written and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
