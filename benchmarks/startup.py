"""Start-up time of every `latitude` command, against `python -c pass` measured in the same run.

    python benchmarks/startup.py [--runs 7] [--store PATH]

Each command is started as a user starts it (`python -m latitude.cli ...`, the console script's
code path) with `--help`, which imports the command's module and stops before any work; the
light commands (`countries resolve`, `cite`) and `profile KOR` (the spine read from the stored
dimensions) also run for real. Each command runs once untimed first, with Python's bytecode cache
on (as users run it; PYTHONDONTWRITEBYTECODE is dropped). For each it prints the median
wall time and the median CPU time (user + system, of the child process: steadier than wall time
on a shared machine) over the runs, and both as ratios to `python -c pass`. Target (issue 15):
`latitude --help` and the light commands within 0.3 s, `latitude profile` within 0.5 s warm.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = ["profile", "report", "align", "idealpoints", "dependence", "products", "events", "triad", "stress",
            "diversify", "check", "countries", "data", "cite", "serve"]
LIGHT = [["--help"], ["countries", "resolve", "Rep. of Korea", "ROK", "732"], ["cite"], ["cite", "--bibtex"]]
TARGET = 0.3
PROFILE = ["profile", "KOR", "--poles", "USA,CHN,JPN"]
PROFILE_TARGET = 0.5


def measure(argv: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """(median wall seconds, median child CPU seconds) of running argv `runs` times."""
    walls, cpus = [], []
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)   # warm-up: bytecode, page cache
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode()[-300:]}")
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--store", default=None, help="store for `cite` (default: the user's)")
    opts = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)   # as users run it: compiled modules cached after the first start
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1] / "src") + os.pathsep + env.get("PYTHONPATH", "")
    if opts.store:
        env["LATITUDE_STORE"] = opts.store
    base_wall, base_cpu = measure([sys.executable, "-c", "pass"], opts.runs, env)
    print(f"baseline `python -c pass`: {base_wall * 1000:.0f} ms wall, {base_cpu * 1000:.0f} ms CPU "
          f"(median of {opts.runs}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)\n")
    print(f"{'command':44} {'wall ms':>8} {'× pass':>7} {'CPU ms':>7} {'× pass':>7}  within {TARGET} s")
    rows = [["--help"], *[[name, "--help"] for name in COMMANDS], *LIGHT[1:]]
    worst_light = 0.0
    for args in rows:
        wall, cpu = measure([sys.executable, "-m", "latitude.cli", *args], opts.runs, env)
        light = args in LIGHT
        if light:
            worst_light = max(worst_light, cpu)
        print(f"latitude {' '.join(args):35} {wall * 1000:8.0f} {wall / base_wall:7.1f} {cpu * 1000:7.0f} "
              f"{cpu / base_cpu:7.1f}  {'yes' if cpu <= TARGET else 'no'}{'  (light)' if light else ''}")
    wall, cpu = measure([sys.executable, "-m", "latitude.cli", *PROFILE], opts.runs, env)
    print(f"latitude {' '.join(PROFILE):35} {wall * 1000:8.0f} {wall / base_wall:7.1f} {cpu * 1000:7.0f} "
          f"{cpu / base_cpu:7.1f}  {'yes' if max(wall, cpu) <= PROFILE_TARGET else 'no'}  (within {PROFILE_TARGET} s)")
    print(f"\nslowest light command: {worst_light * 1000:.0f} ms CPU "
          f"({'within' if worst_light <= TARGET else 'over'} the {TARGET} s target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
