"""Benchmark: loading one BACI-size year file into the store.

Generates a synthetic year in BACI's published layout (t,i,j,k,v,q; default 11 million rows,
~230 exporters, ~230 importers, ~5,000 HS6 codes, ~2% of quantities NA) to a temporary folder
with the release's country and product dictionaries, then times:

  (a) latitude's loader (`latitude.sources.baci.load_files`) into a fresh store;
  (b) the ceiling: DuckDB's own `read_csv` of the same file into a table (no checks, no joins);
  (c) the usual baseline: pandas `read_csv` + insert of the frame into DuckDB.

Prints rows/s for each and the ratios. Run: `python benchmarks/baci.py [--rows N]`.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd


def generate(folder: Path, rows: int, seed: int = 1) -> Path:
    """Write a synthetic BACI release (one year file + dictionaries) into `folder`."""
    import country_converter as coco

    rng = np.random.default_rng(seed)
    meta = coco.CountryConverter().data[["ISOnumeric", "ISO3", "ISO2", "name_short"]].dropna()
    meta = meta.drop_duplicates("ISOnumeric").sample(n=232, random_state=seed).sort_values("ISOnumeric")
    codes = meta["ISOnumeric"].astype(int).to_numpy()
    countries = pd.DataFrame({"country_code": codes, "country_name": meta["name_short"].to_numpy(),
                              "country_iso2": meta["ISO2"].to_numpy(), "country_iso3": meta["ISO3"].to_numpy()})
    countries.to_csv(folder / "country_codes_V202401b.csv", index=False)
    hs = np.sort(rng.choice(np.arange(10000, 980000), size=5000, replace=False))
    products = pd.DataFrame({"code": [f"{h:06d}" for h in hs], "description": [f"Product {h:06d}" for h in hs]})
    products.to_csv(folder / "product_codes_HS92_V202401b.csv", index=False)
    path = folder / "BACI_HS92_Y2022_V202401b.csv"
    con = duckdb.connect()
    con.register("c", pd.DataFrame({"n": np.arange(len(codes)), "code": codes}))
    con.register("p", pd.DataFrame({"n": np.arange(len(hs)), "code": [f"{h:06d}" for h in hs]}))
    # Skewed partner and product draws, as in real trade (a few large exporters and products).
    con.execute(f"""
        COPY (
          SELECT 2022 AS t, ci.code AS i, cj.code AS j, p.code AS k,
                 round(exp(random() * 9) / 100, 3) AS v,
                 CASE WHEN random() < 0.02 THEN NULL ELSE round(exp(random() * 8) / 100, 3) END AS q
          FROM (SELECT floor(pow(random(), 2) * {len(codes)})::INT AS a, floor(random() * {len(codes)})::INT AS b,
                       floor(pow(random(), 1.5) * {len(hs)})::INT AS c FROM range({rows}))
          JOIN c ci ON ci.n = a JOIN c cj ON cj.n = b JOIN p ON p.n = c
        ) TO '{path}' (HEADER, DELIMITER ',', NULLSTR 'NA', FORCE_QUOTE (k))""")
    con.close()
    return path


def time_latitude(folder: Path, store_path: Path) -> float:
    from latitude import store
    from latitude.sources import baci

    con = store.connect(store_path)
    start = time.perf_counter()
    baci.load_files(con, [folder], show_progress=False)
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def time_duckdb(path: Path, store_path: Path) -> float:
    con = duckdb.connect(str(store_path))
    start = time.perf_counter()
    con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{path}', header=true, nullstr='NA')")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def time_pandas(path: Path, store_path: Path) -> float:
    con = duckdb.connect(str(store_path))
    start = time.perf_counter()
    frame = pd.read_csv(path, dtype={"k": str})
    con.register("frame", frame)
    con.execute("CREATE TABLE t AS SELECT * FROM frame")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=11_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "release"
        folder.mkdir()
        start = time.perf_counter()
        path = generate(folder, args.rows)
        size = path.stat().st_size / 1e6
        print(f"generated {args.rows:,} rows ({size:,.0f} MB) in {time.perf_counter() - start:.1f} s")
        results = {
            "latitude loader": time_latitude(folder, Path(tmp) / "a.duckdb"),
            "duckdb read_csv (ceiling)": time_duckdb(path, Path(tmp) / "b.duckdb"),
            "pandas read_csv + insert": time_pandas(path, Path(tmp) / "c.duckdb"),
        }
    ours = results["latitude loader"]
    for name, seconds in results.items():
        print(f"{name:<28} {seconds:7.1f} s  {args.rows / seconds / 1e6:6.2f} M rows/s  "
              f"time of latitude / time of this = {ours / seconds:.2f}")


if __name__ == "__main__":
    main()
