"""All-dyads UN agreement for a year range: latitude's DuckDB self-join vs a naive pandas baseline.

Both compute Voeten's agreement for every directed pair of states and calendar year (all roll
calls, unanimous ones included, so the baseline stays a plain self-merge); the script
checks they give the same numbers and prints the time ratio (baseline / latitude), measured in
the same run.

    python benchmarks/alignment.py --store PATH [--years 2000-2009] [--repeat 3]
"""
from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from latitude import store
from latitude.measures import alignment


def naive_pandas(con, years: tuple[int, int]) -> pd.DataFrame:
    """Self-merge of the vote rows on rcid in pandas, then a group-by mean of 1 - |a - b| / 2."""
    votes = con.execute("SELECT rcid, year, cow, vote FROM un_votes WHERE year BETWEEN ? AND ?",
                        list(years)).df()
    pairs = votes.merge(votes[["rcid", "cow", "vote"]], on="rcid", suffixes=("1", "2"))
    pairs = pairs[pairs["cow1"] != pairs["cow2"]]
    pairs["score"] = 1 - (pairs["vote1"].astype(int) - pairs["vote2"].astype(int)).abs() / 2
    out = pairs.groupby(["cow1", "cow2", "year"], as_index=False).agg(value=("score", "mean"), n_votes=("score", "size"))
    return out.rename(columns={"cow1": "ccode1", "cow2": "ccode2"})


def ours(con, years: tuple[int, int]) -> pd.DataFrame:
    return alignment.dyadic_agreement(con, years=years, measure="agree", period="year", unanimous=True).to_pandas()


def best_of(fn, repeat: int) -> tuple[float, pd.DataFrame]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=None, help="store file (default: LATITUDE_STORE or the user data dir)")
    parser.add_argument("--years", default="2000-2009")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    con = store.connect(args.store, read_only=True)
    years = alignment.parse_years(args.years, con)

    t_ours, a = best_of(lambda: ours(con, years), args.repeat)
    t_naive, b = best_of(lambda: naive_pandas(con, years), args.repeat)
    merged = a.merge(b, on=["ccode1", "ccode2", "year"], suffixes=("", "_pandas"))
    assert len(merged) == len(a) == len(b), (len(a), len(b), len(merged))
    assert np.allclose(merged["value"], merged["value_pandas"]) and (merged["n_votes"] == merged["n_votes_pandas"]).all()
    print(f"all directed dyad-years {years[0]}-{years[1]}: {len(a):,} rows, values identical")
    print(f"latitude (DuckDB self-join via Ibis): {t_ours:.2f} s")
    print(f"naive pandas merge + groupby:         {t_naive:.2f} s")
    print(f"speed-up: {t_naive / t_ours:.1f}x (best of {args.repeat})")


if __name__ == "__main__":
    main()
