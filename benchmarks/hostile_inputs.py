"""Run issue 16's hostile CLI inputs and print how latitude answers each.

    python benchmarks/hostile_inputs.py [--store PATH] [--timeout 60] [--only NAME]

Each case runs the real console entry point (`python -m latitude.cli`) in a subprocess, as a
user would, against the store (default: LATITUDE_STORE or the user data directory; build it
with `latitude data build`). For every case it prints the exit code, the number of lines on
stderr, whether a Python traceback appeared, whether stderr carried raw control bytes, the
time taken, and a verdict:

- `ok`: a case that should fail exited non-zero with exactly one line on stderr, no traceback
  and no control bytes, within the timeout; a case that should work exited 0 with output.
- `FAIL`: anything else (a traceback, exit 0 on bad input, several lines, a hang past the
  timeout).

The script exits 1 if any case fails, so it doubles as a check. The hostile files are written
to a temporary directory; the store is never written (write commands get a private copy).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class Case:
    name: str
    args: list[str]
    fail: bool = True            # the input is bad: expect a non-zero exit and one line
    timeout: float | None = None
    must_not_exist: str | None = None   # a path the command must not create


def _write(folder: Path, name: str, content: str | bytes) -> str:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


SCENARIO = 'name = "t"\nfocal = "KOR"\nyear = 2014\n'


def hostile_files(folder: Path) -> dict[str, str]:
    """The hostile files the cases read, written into `folder`."""
    shock = '[[shock]]\nkind = "import_cut"\nby = "CHN"\nshare = 0.1\n'
    tariff = '[[shock]]\nkind = "tariff"\nby = "CHN"\nrate = {}\n'
    files = {
        "year_true": _write(folder, "year_true.toml", 'name = "t"\nfocal = "KOR"\nyear = true\n' + shock),
        "sources_5": _write(folder, "sources_5.toml", SCENARIO + "sources = 5\n" + shock),
        "deep": _write(folder, "deep.toml", SCENARIO + "description = " + "[" * 5000 + "]" * 5000 + "\n" + shock),
        "binary": _write(folder, "binary.toml", bytes(range(256)) * 64),
        "utf16": _write(folder, "utf16.toml", (SCENARIO + shock).encode("utf-16")),
        "rate_nan": _write(folder, "rate_nan.toml", SCENARIO + tariff.format("nan")),
        "rate_true": _write(folder, "rate_true.toml", SCENARIO + tariff.format("true")),
        "rate_inf": _write(folder, "rate_inf.toml", SCENARIO + tariff.format("inf")),
        "share_inf": _write(folder, "share_inf.toml", SCENARIO + shock.replace("0.1", "inf")),
        "elasticity_inf": _write(folder, "elasticity_inf.toml", SCENARIO + tariff.format("0.1")
                                 + "elasticity = inf\n"),
        "escape": _write(folder, "escape.toml", 'name = "t"\nfocal = "\\u001b[2J\\u0000KOR"\n' + shock),
        "many_shocks": _write(folder, "many_shocks.toml", SCENARIO + shock * 20_000),
        "long_name": _write(folder, "long_name.toml", SCENARIO + f'[[shock]]\nkind = "import_cut"\nby = "{"x" * 16_000}"\n'),
        "empty_txt": _write(folder, "empty.txt", ""),
        "empty_csv": _write(folder, "empty.csv", ""),
        "binary_csv": _write(folder, "binary.csv", bytes(range(256)) * 64),
        "article_nul": _write(folder, "article.txt", b"Korea \x00\x1b[31m trades with China.\n"),
    }
    (folder / "adir").mkdir()
    files["dir"] = str(folder / "adir")
    return files


def cases(folder: Path, store: Path, copy: Path) -> list[Case]:
    """Issue 16's CLI inputs (the web server, events loader, BACI loader, coder and checker
    text bounding and the profile duplicate-rows bug are other areas' and not listed here)."""
    f = hostile_files(folder)
    s = ["--store", str(store)]
    long16k = ("Republic of Korea " * 900)[:16_000]
    missing = folder / "missing"
    return [
        # diversify
        Case("diversify --poles KOR (focal as pole)", ["diversify", "KOR", "--poles", "KOR", *s]),
        Case("diversify --year -1", ["diversify", "KOR", "--year", "-1", *s]),
        Case("diversify --year 99999999999999999999", ["diversify", "KOR", "--year", "99999999999999999999", *s]),
        Case("diversify --coercion CHN=inf", ["diversify", "KOR", "--coercion", "CHN=inf", *s]),
        Case("diversify --coercion CHN=-3", ["diversify", "KOR", "--coercion", "CHN=-3", *s]),
        Case("diversify --coercion CHN=nan", ["diversify", "KOR", "--coercion", "CHN=nan", *s]),
        Case("diversify --cut 2", ["diversify", "KOR", "--cut", "2", *s]),
        Case("diversify --cut nan", ["diversify", "KOR", "--cut", "nan", *s]),
        Case("diversify --poles USA,,CHN", ["diversify", "KOR", "--poles", "USA,,CHN", *s]),
        # stress
        Case("stress year=true", ["stress", "KOR", f["year_true"], *s]),
        Case("stress sources=5", ["stress", "KOR", f["sources_5"], *s]),
        Case("stress deep nesting", ["stress", "KOR", f["deep"], *s]),
        Case("stress binary file", ["stress", "KOR", f["binary"], *s]),
        Case("stress UTF-16 file", ["stress", "KOR", f["utf16"], *s]),
        Case("stress a directory", ["stress", "KOR", f["dir"], *s]),
        Case("stress --year 2030", ["stress", "KOR", "china_canberra_playbook", "--year", "2030", *s]),
        Case("stress --year 1800", ["stress", "KOR", "china_canberra_playbook", "--year", "1800", *s]),
        Case("stress --year -1", ["stress", "KOR", "china_canberra_playbook", "--year", "-1", *s]),
        Case("stress rate=nan", ["stress", "KOR", f["rate_nan"], *s]),
        Case("stress rate=true", ["stress", "KOR", f["rate_true"], *s]),
        Case("stress rate=inf", ["stress", "KOR", f["rate_inf"], *s]),
        Case("stress share=inf", ["stress", "KOR", f["share_inf"], *s]),
        Case("stress elasticity=inf", ["stress", "KOR", f["elasticity_inf"], *s]),
        Case("stress 20,000 shocks", ["stress", "KOR", f["many_shocks"], *s]),
        Case("stress 16,000-character country", ["stress", "KOR", f["long_name"], *s]),
        Case("stress control bytes in focal", ["stress", "KOR", f["escape"], *s]),
        # triad, align, check, products
        Case("triad --tie-share 2", ["triad", "KOR", "CHN", "JPN", "--tie-share", "2", *s]),
        Case("triad --tie-share nan", ["triad", "KOR", "CHN", "JPN", "--tie-share", "nan", *s]),
        Case("align --with KOR,,CHN", ["align", "KOR", "--with", "KOR,,CHN", *s]),
        Case("align --with USA,USA", ["align", "KOR", "--with", "USA,USA", *s]),
        Case("align --years 99999999999999999999", ["align", "KOR", "--with", "USA", "--years",
                                                    "99999999999999999999", *s]),
        Case("align --years 2023-1990", ["align", "KOR", "--with", "USA", "--years", "2023-1990", *s]),
        Case("check DIR", ["check", f["dir"], *s]),
        Case("check binary file", ["check", f["binary"], *s]),
        Case("products load-comtrade empty.txt", ["products", "load-comtrade", f["empty_txt"], "--store", str(copy)]),
        Case("products --distance binary", ["products", "KOR", "--distance", f["binary_csv"], *s]),
        Case("products --distance empty", ["products", "KOR", "--distance", f["empty_csv"], *s]),
        Case("products --top -5", ["products", "KOR", "--top", "-5", *s]),
        # output paths
        Case("align --plot into a missing directory", ["align", "KOR", "--with", "USA", "--plot",
                                                       f"{missing}/dir/x.png", *s], must_not_exist=str(missing)),
        Case("align --plot into /proc (not writable)", ["align", "KOR", "--with", "USA", "--plot",
                                                        "/proc/x.png", *s]),
        Case("align --plot x.txt (wrong suffix)", ["align", "KOR", "--with", "USA", "--plot",
                                                   str(folder / "x.txt"), *s]),
        Case("idealpoints --out into a missing directory", ["idealpoints", "--years", "2010-2012", "--out",
                                                            f"{missing}/dir/x.parquet", *s],
             must_not_exist=str(missing)),
        Case("dependence --plot into a missing directory", ["dependence", "KOR", "--plot", f"{missing}/x.png", *s],
             must_not_exist=str(missing)),
        Case("report --out into a missing directory", ["report", "KOR", "--out", f"{missing}/dir/r.html", *s],
             must_not_exist=str(missing)),
        Case("diversify --plot a directory", ["diversify", "KOR", "--plot", f["dir"], *s]),
        # serve, bounds
        Case("serve --port 99999", ["serve", "--port", "99999", *s]),
        Case("serve --port -1", ["serve", "--port", "-1", *s]),
        Case("idealpoints --bootstrap 100000", ["idealpoints", "--years", "2010-2012", "--bootstrap", "100000", *s]),
        Case("countries resolve 16,000 characters", ["countries", "resolve", long16k]),
        Case("countries resolve 100,000 characters", ["countries", "resolve", "x" * 100_000]),
        Case("profile --poles 16,000 characters", ["profile", "KOR", "--poles", long16k, *s]),
        Case("countries resolve --year 99999999999999999999", ["countries", "resolve", "KOR", "--year",
                                                              "99999999999999999999"]),
        # files and the store
        Case("--store a directory", ["align", "KOR", "--with", "USA", "--store", f["dir"]]),
        Case("--store a binary file", ["align", "KOR", "--with", "USA", "--store", f["binary"]]),
        # inputs that must keep working
        Case("countries resolve (valid)", ["countries", "resolve", "Rep. of Korea"], fail=False),
        Case("stress shipped example (valid)", ["stress", "KOR", "china_canberra_playbook", *s], fail=False),
        Case("align (valid)", ["align", "KOR", "--with", "USA,CHN", "--years", "2010-2012", *s], fail=False),
    ]


def corrupt_copy(store: Path, folder: Path) -> Path:
    """A copy of the store with one block of every table overwritten (DuckDB checksums every
    block, so the first query reading any table fails)."""
    import duckdb

    target = folder / "damaged.duckdb"
    shutil.copyfile(store, target)
    con = duckdb.connect(str(target), read_only=True)
    tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_schema = 'main' AND table_type = 'BASE TABLE'").fetchall()]
    victims = []
    for table in tables:
        blocks = sorted({row[0] for row in con.execute(
            f"SELECT block_id FROM pragma_storage_info('{table}') WHERE block_id >= 0").fetchall()})
        if blocks:
            victims.append(blocks[len(blocks) // 2])
    block_size = con.execute("SELECT block_size FROM pragma_database_size()").fetchall()[0][0]
    con.close()
    header = 3 * 4096                       # DuckDB's file header and two database headers
    with open(target, "r+b") as fh:
        for block in sorted(set(victims)):
            fh.seek(header + block * block_size + 200)
            fh.write(b"\xde\xad" * 100)
    return target


def store_cases(store: Path, folder: Path) -> list[Case]:
    damaged = corrupt_copy(store, folder)
    return [Case("a store with corrupt blocks (align)", ["align", "KOR", "--with", "USA", "--store", str(damaged)]),
            Case("a store with corrupt blocks (profile)", ["profile", "KOR", "--store", str(damaged)])]


def run(case: Case, timeout: float) -> dict:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "latitude.cli", *case.args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=case.timeout or timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        code = None
    seconds = time.perf_counter() - started
    text = err.decode("utf-8", "replace")
    lines = [line for line in text.splitlines() if line.strip()]
    traceback = "Traceback (most recent call last)" in text
    control = bool(CONTROL.search(text))
    if code is None:
        verdict = "FAIL"
    elif case.fail:
        verdict = "ok" if code != 0 and len(lines) == 1 and not traceback and not control else "FAIL"
    else:
        verdict = "ok" if code == 0 and out.strip() and not traceback else "FAIL"
    if case.must_not_exist and Path(case.must_not_exist).exists():
        shutil.rmtree(case.must_not_exist)
        verdict = "FAIL"
        lines = [f"(created {case.must_not_exist})", *lines]
    return {"case": case.name, "exit": "hang" if code is None else code, "stderr_lines": len(lines),
            "traceback": traceback, "control": control, "seconds": seconds, "verdict": verdict,
            "first": lines[0][:150] if lines else ""}


def held_lock_case(store: Path, folder: Path, timeout: float) -> dict:
    """Another process holds the store open for writing while a command reads it."""
    copy = folder / "locked.duckdb"
    shutil.copyfile(store, copy)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(120)", str(copy)],
                              stdout=subprocess.PIPE, start_new_session=True)
    try:
        holder.stdout.readline()
        result = run(Case("store locked by another writer", ["align", "KOR", "--with", "USA", "--store", str(copy)]),
                     timeout)
        if "another" not in result["first"]:
            result["verdict"] = "FAIL"
            result["first"] = "(gives no advice) " + result["first"]
        return result
    finally:
        os.killpg(holder.pid, signal.SIGKILL)
        holder.wait()


def checksum_case(folder: Path, timeout: float) -> dict:
    """A mirror holding a corrupt copy of one file: the message must name the mirror file."""
    from latitude.sources import get

    info = get("cow_states").INFO
    mirror = folder / "mirror"
    for file in info.files:
        target = mirror / file.mirror_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"not the published file\n")
    result = run(Case("checksum mismatch in the mirror", ["data", "pull", "cow_states", "--mirror", str(mirror)]),
                 timeout)
    named = str(mirror / info.files[0].mirror_path) in result["first"]
    if not named:
        result["verdict"] = "FAIL"
        result["first"] = "(does not name the mirror file) " + result["first"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", default=None, help="run only cases whose name contains this text")
    opts = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from latitude import store as store_module

    store = opts.store or store_module.default_store_path()
    if not store.exists():
        print(f"no store at {store}: build it with `latitude data build`", file=sys.stderr)
        return 2
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        copy = folder / "copy.duckdb"
        shutil.copyfile(store, copy)
        home = folder / "home"
        home.mkdir()
        os.environ["LATITUDE_HOME"] = str(home)   # `data pull` writes raw files here, not in the user's home
        todo = cases(folder, store, copy) + store_cases(store, folder)
        for case in todo:
            if opts.only and opts.only not in case.name:
                continue
            results.append(run(case, opts.timeout))
            print_row(results[-1])
        if not opts.only or opts.only in "store locked by another writer":
            results.append(held_lock_case(store, folder, opts.timeout))
            print_row(results[-1])
        if not opts.only or opts.only in "checksum mismatch in the mirror":
            results.append(checksum_case(folder, opts.timeout))
            print_row(results[-1])
    failed = [r for r in results if r["verdict"] != "ok"]
    print(f"\n{len(results)} cases: {len(results) - len(failed)} ok, {len(failed)} failed; "
          f"{sum(r['traceback'] for r in results)} tracebacks, "
          f"{sum(r['exit'] == 'hang' for r in results)} hangs")
    return 1 if failed else 0


def print_row(r: dict) -> None:
    print(f"{r['verdict']:4}  exit={str(r['exit']):4} lines={r['stderr_lines']:<3} "
          f"tb={'yes' if r['traceback'] else 'no ':3} ctl={'yes' if r['control'] else 'no ':3} "
          f"{r['seconds']:6.1f}s  {r['case']}\n      {r['first']}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
