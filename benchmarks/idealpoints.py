"""Benchmark the UNGA ideal-point estimators: static EM against R's pscl::ideal, dynamic EM against a
fixed NumPy/SciPy pass over the same votes, both measured in this run.

Static: UNGA 2000-2019, yes = 1 / otherwise 0 (abstain counts as not-yes, the coding that gives the
192 x 1,555 matrix of the emIRT comparison), votes whose minority share is under 2.5% dropped.
Prints wall and CPU times, their ratios and the Pearson correlation with pscl::ideal (maxiter
10000, burnin 1000, thin 10, normalize = TRUE).

Dynamic: the full 1946-2023 ordinal estimate (`--repeats` fits, median CPU seconds), against a
baseline that does not change when the estimator does: one pass of the work the EM repeats, over
every cast vote (SciPy's erfcx of each vote's standardised bound, a gather of its country-year
position and item parameters, and a bincount back onto country-years and items), median of 10.
The ratio says how many such passes a fit costs, so it is comparable across machines and loads.
With a store (LATITUDE_HOME or LATITUDE_STORE), the `latitude idealpoints --years 1946-2023`
command itself is also timed (child CPU, median of `--repeats`). Then the static model on the
same 1946-2023 votes, bloc separation and South Korea's position.

The process pins itself to one core (as `taskset -c N`), and CPU (process) time is what the
ratios use: on a shared machine wall time measures the other users. Data: the store if it holds
the UN tables, else the raw mirror (LATITUDE_MIRROR, default ../shared/data). pscl is skipped with
a message if Rscript is missing.

    python benchmarks/idealpoints.py [--pscl-iter 10000] [--skip-pscl] [--repeats 3] [--skip-cli]

The baseline needs SciPy, which latitude itself no longer does: install the `test` or `dev` extra.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.special import erfcx

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


def store_file() -> Path | None:
    """The store the CLI would open (LATITUDE_STORE, else LATITUDE_HOME's), if it exists."""
    from latitude import store

    path = store.default_store_path()
    return path if path.exists() else None


def load_rows() -> tuple[pd.DataFrame, bool]:
    """Long vote rows with descr (from the store when it has them, else the raw mirror), and
    whether they came from the store."""
    path = store_file()
    if path is not None:
        from latitude import store
        from latitude.catalogue import catalogue
        from latitude.measures.idealpoints import load_votes

        con = store.connect(path, read_only=True)
        if catalogue(con).has("un_votes") and catalogue(con).has("un_roll_calls"):
            return load_votes(con, (1946, 2023)), True
    from latitude.sources import unvotes

    mirror = Path(os.environ.get("LATITUDE_MIRROR", ROOT.parent / "shared" / "data")) / "unvotes_bensoltoff_2024"
    parsed = unvotes.parse_release({n: mirror / n for n in ("un_votes.rda", "un_roll_calls.rda",
                                                             "un_roll_call_issues.rda")})
    return parsed["votes"].merge(parsed["calls"][["rcid", "descr"]], on="rcid"), False


def pin_one_core() -> str:
    """Run on one core, as `taskset -c N` would: pin, then re-execute this script, so that NumPy's
    BLAS starts with one thread (pinning a running process leaves its BLAS threads fighting for
    the one core, which multiplies the CPU time of every matrix product)."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this system)"
    cores = os.sched_getaffinity(0)
    if len(cores) > 1:
        os.sched_setaffinity(0, {min(cores)})
        os.execv(sys.executable, [sys.executable, *sys.argv])
    return f"pinned to core {min(cores)}"


def cpu_seconds(run) -> tuple[float, object]:
    """CPU (user + system) seconds of this process spent in `run()`, and its result."""
    start = time.process_time()
    result = run()
    return time.process_time() - start, result


def baseline_pass(vm: VoteMatrix, rng: np.random.Generator) -> float:
    """CPU seconds of one pass of the EM's repeated work over every cast vote, with SciPy and NumPy
    only: gather each vote's position and item parameters, erfcx of its standardised bound, and
    bincount the result back onto country-years and items. Independent of latitude's EM code."""
    row, col = np.nonzero(vm.votes)
    T = np.unique(vm.years).size
    cell = row * T + np.searchsorted(np.unique(vm.years), vm.years)[col]
    item = col
    X, a, b = rng.standard_normal(vm.shape[0] * T), rng.standard_normal(vm.shape[1]), rng.standard_normal(vm.shape[1])

    def one() -> None:
        m = a[item] + b[item] * X[cell]
        lam = np.sqrt(2.0 / np.pi) / erfcx((1.0 - m) / np.sqrt(2.0))
        np.bincount(cell, lam * b[item], X.size)
        np.bincount(item, lam, a.size)

    return cpu_seconds(one)[0]


def cli_cpu(years: str) -> float:
    """Child CPU seconds of `latitude idealpoints --years ... --format csv` (startup included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-m", "latitude.cli", "idealpoints", "--years", years, "--format", "csv"],
                          capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"latitude idealpoints failed: {done.stderr.strip().splitlines()[-1:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


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
    parser.add_argument("--repeats", type=int, default=3, help="dynamic fits (and CLI runs) to take the median of")
    parser.add_argument("--skip-cli", action="store_true", help="do not time the `latitude idealpoints` command")
    args = parser.parse_args()
    pinned = pin_one_core()
    print(f"one core: {pinned}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine: "
          "CPU times, not wall times, are comparable)")

    rows, from_store = load_rows()
    countries, y = benchmark_matrix(rows)
    print(f"UNGA 2000-2019, yes vs not-yes, minority >= 2.5%: {y.shape[0]} countries x {y.shape[1]} votes, "
          f"{int((~np.isnan(y)).sum())} votes cast")
    votes = VoteMatrix.from_array(np.where(np.isnan(y), 0, np.where(y == 1, 1, 3)), countries=countries)

    start = time.perf_counter()
    ours_cpu, fit = cpu_seconds(lambda: static_idealpoints(votes))
    ours = time.perf_counter() - start
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

    full = vote_matrix(rows)
    rng = np.random.default_rng(0)
    passes = [baseline_pass(full, rng) for _ in range(10)]
    base = statistics.median(passes)
    print(f"baseline: one SciPy/NumPy pass over the {int((full.votes > 0).sum()):,} cast votes (erfcx, gathers, "
          f"bincounts): median {base * 1e3:.1f} ms CPU of 10")
    fits = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        cpu, dyn = cpu_seconds(lambda: dynamic_idealpoints(vote_matrix(rows)))
        fits.append((cpu, time.perf_counter() - start))
    cpu, wall = statistics.median(f[0] for f in fits), statistics.median(f[1] for f in fits)
    frame = dyn.to_frame()
    print(f"dynamic ordinal EM 1946-2023: median of {args.repeats}: {cpu:.2f} s CPU ({wall:.1f} s wall; runs "
          + ", ".join(f"{c:.2f}" for c, _ in fits) + f" s CPU) = {cpu / base:.0f} baseline passes; "
          f"{full.shape[0]} countries x {full.shape[1]} votes ({full.n_items} items after bridging), "
          f"{dyn.iterations} EM steps, converged {dyn.converged}, {len(frame)} country-years, all finite "
          f"{bool(np.isfinite(frame[['idealpoint', 'se']]).all().all())}")
    if from_store and not args.skip_cli:
        runs = [cli_cpu("1946-2023") for _ in range(args.repeats)]
        print(f"`latitude idealpoints --years 1946-2023 --format csv`: median {statistics.median(runs):.2f} s CPU "
              f"(runs {', '.join(f'{r:.2f}' for r in runs)}; start-up and store read included) = "
              f"{statistics.median(runs) / base:.0f} baseline passes")
    static_cpu, static_full = cpu_seconds(lambda: static_idealpoints(vote_matrix(rows, bridge=False)))
    print(f"static EM 1946-2023 on the same votes: {static_cpu:.2f} s CPU ({static_cpu / cpu:.2f}x the dynamic fit), "
          f"{static_full.iterations} EM steps")
    for year in (1975, 1995, 2005, 2019):
        bloc_report(f"dynamic {year}", frame[frame["year"] == year].set_index("iso3")["idealpoint"])
    recent = frame[frame["year"].between(2000, 2023)].pivot(index="year", columns="iso3", values="idealpoint")
    closer = (abs(recent["KOR"] - recent["JPN"]) < abs(recent["KOR"] - recent["CHN"])).mean()
    between = ((recent["KOR"] < recent["USA"]) & (recent["KOR"] > recent["CHN"])).mean()
    print(f"dynamic 2000-2023: KOR between CHN and USA in {between:.0%} of years, closer to JPN than to CHN "
          f"in {closer:.0%} of years")


if __name__ == "__main__":
    main()
