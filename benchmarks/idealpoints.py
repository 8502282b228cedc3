"""Benchmark the UNGA ideal-point estimators against R's pscl::ideal (MCMC) on the same matrix.

Matrix: UNGA 2000-2019, yes = 1 / otherwise 0 (abstain counts as not-yes, the coding that gives
the 192 x 1,555 matrix of the emIRT comparison), votes whose minority share is under 2.5% dropped. Prints wall times, the time ratio and Pearson correlation of the static EM
with pscl::ideal (maxiter 10000, burnin 1000, thin 10, normalize = TRUE), then times the full
1946-2023 dynamic ordinal estimate and reports bloc separation and South Korea's position.

Wall and CPU (process) times are both printed: on a shared machine the CPU time is the fairer
comparison. Data: the store (LATITUDE_STORE) if it holds the UN tables, else the raw mirror
(LATITUDE_MIRROR, default ../shared/data). pscl is skipped with a message if Rscript is missing.

    python benchmarks/idealpoints.py [--pscl-iter 10000] [--skip-pscl]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from latitude.measures.idealpoints import (
    VoteMatrix,
    _binary_outcomes,
    _informative,
    dynamic_idealpoints,
    static_idealpoints,
    vote_matrix,
)

ROOT = Path(__file__).resolve().parents[1]
WEST, EAST = ("USA", "ISR"), ("CUB", "IRN", "SYR", "PRK")

R_SCRIPT = r"""
suppressMessages(library(pscl))
args <- commandArgs(trailingOnly = TRUE)
m <- as.matrix(read.csv(args[1], header = FALSE))
rc <- rollcall(m, yea = 1, nay = 0, missing = NA, notInLegis = 9, legis.names = readLines(args[2]))
iter <- as.integer(args[4])
t0 <- proc.time()[["elapsed"]]
cpu0 <- sum(proc.time()[c("user.self", "sys.self")])
fit <- ideal(rc, d = 1, maxiter = iter, burnin = iter %/% 10, thin = 10, normalize = TRUE,
             store.item = FALSE, verbose = FALSE)
t1 <- proc.time()[["elapsed"]]
cpu <- sum(proc.time()[c("user.self", "sys.self")]) - cpu0
x <- fit$xbar[, 1]
write.csv(data.frame(iso3 = names(x), x = x), args[3], row.names = FALSE)
cat(sprintf("%.3f %.3f\n", t1 - t0, cpu))
"""


def load_rows() -> pd.DataFrame:
    """Long vote rows with descr, from the store when it has them, else the raw mirror."""
    store_path = os.environ.get("LATITUDE_STORE")
    if store_path and Path(store_path).exists():
        from latitude import store
        from latitude.measures.idealpoints import load_votes

        con = store.connect(store_path, read_only=True)
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if {"un_votes", "un_roll_calls"} <= tables:
            return load_votes(con, (1946, 2023))
    from latitude.sources import unvotes

    mirror = Path(os.environ.get("LATITUDE_MIRROR", ROOT.parent / "shared" / "data")) / "unvotes_bensoltoff_2024"
    parsed = unvotes.parse_release({n: mirror / n for n in ("un_votes.rda", "un_roll_calls.rda",
                                                             "un_roll_call_issues.rda")})
    return parsed["votes"].merge(parsed["calls"][["rcid", "descr"]], on="rcid")


def benchmark_matrix(rows: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """2000-2019, yes vs no-or-abstain, minority >= 2.5%: (countries, y with NaN missing)."""
    vm = vote_matrix(rows[(rows["year"] >= 2000) & (rows["year"] <= 2019)], bridge=False)
    y = _binary_outcomes(vm.votes, "no")
    y = y[:, _informative(y, 0.025)]
    keep = (~np.isnan(y)).any(1)
    return vm.countries[keep], y[keep]


def run_pscl(countries: np.ndarray, y: np.ndarray, iterations: int) -> tuple[pd.Series, float, float, float] | None:
    """pscl::ideal via Rscript: (posterior means by iso3, sampler wall s, sampler CPU s, total wall s) or None."""
    if shutil.which("Rscript") is None:
        print("pscl: skipped (Rscript not found; install r-base-core and r-cran-pscl to compare)")
        return None
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pd.DataFrame(y).to_csv(tmp / "y.csv", header=False, index=False, na_rep="NA")
        (tmp / "names.txt").write_text("\n".join(countries) + "\n")
        (tmp / "fit.R").write_text(R_SCRIPT)
        start = time.perf_counter()
        done = subprocess.run(["Rscript", str(tmp / "fit.R"), str(tmp / "y.csv"), str(tmp / "names.txt"),
                               str(tmp / "x.csv"), str(iterations)], capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            print(f"pscl: skipped (Rscript failed: {done.stderr.strip().splitlines()[-1:]})")
            return None
        out = pd.read_csv(tmp / "x.csv").set_index("iso3")["x"]
        sampler, cpu = (float(v) for v in done.stdout.strip().splitlines()[-1].split())
        return out, sampler, cpu, wall


def bloc_report(label: str, position: pd.Series) -> None:
    """Gap between the USA/Israel bloc and Cuba/Iran/Syria/North Korea; South Korea's distances."""
    west, east = position.reindex(WEST), position.reindex(EAST)
    gap = west.min() - east.max()
    sd = position.std()
    print(f"{label}: USA {position.get('USA', np.nan):+.2f} ISR {position.get('ISR', np.nan):+.2f} | "
          + " ".join(f"{c} {east[c]:+.2f}" for c in EAST)
          + f" | bloc gap {gap:.2f} ({gap / sd:.1f} sd of all countries) | JPN {position.get('JPN', np.nan):+.2f} "
          f"CHN {position.get('CHN', np.nan):+.2f}")
    if "KOR" not in position.index:
        return
    kor = position["KOR"]
    print(f"{label}: KOR {kor:+.2f}; |KOR-USA| {abs(kor - position['USA']):.2f}, |KOR-JPN| "
          f"{abs(kor - position['JPN']):.2f}, |KOR-CHN| {abs(kor - position['CHN']):.2f}; "
          f"between USA and CHN: {min(position['USA'], position['CHN']) < kor < max(position['USA'], position['CHN'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pscl-iter", type=int, default=10000)
    parser.add_argument("--skip-pscl", action="store_true")
    args = parser.parse_args()

    rows = load_rows()
    countries, y = benchmark_matrix(rows)
    print(f"UNGA 2000-2019, yes vs not-yes, minority >= 2.5%: {y.shape[0]} countries x {y.shape[1]} votes, "
          f"{int((~np.isnan(y)).sum())} votes cast")
    votes = VoteMatrix.from_array(np.where(np.isnan(y), 0, np.where(y == 1, 1, 3)), countries=countries)

    start, cpu_start = time.perf_counter(), time.process_time()
    fit = static_idealpoints(votes)
    ours, ours_cpu = time.perf_counter() - start, time.process_time() - cpu_start
    static = pd.Series(fit.idealpoint, index=fit.countries)
    print(f"static EM (ours): {ours:.2f} s wall, {ours_cpu:.2f} s CPU, {fit.iterations} EM steps, "
          f"converged {fit.converged}")
    bloc_report("static 2000-2019", static)

    if not args.skip_pscl:
        result = run_pscl(countries, y, args.pscl_iter)
        if result is not None:
            pscl, sampler, sampler_cpu, wall = result
            pscl = pscl.reindex(static.index)
            r = np.corrcoef(static.to_numpy(), pscl.to_numpy())[0, 1]
            sign = np.sign(r)
            print(f"pscl::ideal ({args.pscl_iter} iterations): {sampler:.1f} s wall sampling ({sampler_cpu:.1f} s CPU), "
                  f"{wall:.1f} s wall with R start-up")
            print(f"time ratio pscl/ours: {sampler / ours:.0f}x wall, {sampler_cpu / ours_cpu:.0f}x CPU; "
                  f"Pearson r = {abs(r):.4f}")
            bloc_report("pscl 2000-2019", sign * pscl)

    start, cpu_start = time.perf_counter(), time.process_time()
    full = vote_matrix(rows)
    dyn = dynamic_idealpoints(full)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    frame = dyn.to_frame()
    print(f"dynamic ordinal EM 1946-2023: {seconds:.1f} s wall, {cpu:.1f} s CPU for {full.shape[0]} countries x {full.shape[1]} votes "
          f"({full.n_items} items after bridging), {dyn.iterations} EM steps, converged {dyn.converged}, "
          f"{len(frame)} country-years, all finite {bool(np.isfinite(frame[['idealpoint', 'se']]).all().all())}")
    for year in (1975, 1995, 2005, 2019):
        bloc_report(f"dynamic {year}", frame[frame["year"] == year].set_index("iso3")["idealpoint"])
    recent = frame[frame["year"].between(2000, 2023)].pivot(index="year", columns="iso3", values="idealpoint")
    closer = (abs(recent["KOR"] - recent["JPN"]) < abs(recent["KOR"] - recent["CHN"])).mean()
    between = ((recent["KOR"] < recent["USA"]) & (recent["KOR"] > recent["CHN"])).mean()
    print(f"dynamic 2000-2023: KOR between CHN and USA in {between:.0%} of years, closer to JPN than to CHN "
          f"in {closer:.0%} of years")


if __name__ == "__main__":
    main()
