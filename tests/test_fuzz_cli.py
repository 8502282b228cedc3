"""The command line under hostile arguments (Hypothesis, in-process).

Property: for any argument list drawn from a grammar of hostile values (bad years, country
lists with gaps and repeats, nan/inf/true as numbers, over-long names, control bytes, files
that are binary, UTF-16, empty or directories, output paths into missing or read-only
directories), `latitude <command> ...` exits 0 with output, or exits 1 or 2 with exactly one
line on stderr: never a traceback, never an "internal error", never a raw control byte.

The unit-tier test runs without a store (commands whose arguments pass the edge then stop at
"no store"); the mirror-tier test runs the fast commands against the real store, so arguments
that pass the edge reach the measures.
"""
from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from latitude import cli

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def run(argv: list[str]) -> tuple[int, str, str]:
    """Run the CLI in-process as `main` does: (exit status, stdout, stderr)."""
    runner = CliRunner()
    with runner.isolation() as streams:
        code = cli.run(argv)
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = streams[0].getvalue(), streams[1].getvalue()
    return code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def check(argv: list[str]) -> tuple[int, str, str]:
    code, out, err = run(argv)
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err and "internal error" not in err, (argv, err)
    assert not CONTROL.search(err), (argv, err)
    if code == 0:
        assert out.strip(), (argv, "exit 0 without output")
    else:
        assert code in (cli.EXIT_INPUT, cli.EXIT_USAGE), (argv, code, err)
        assert len(lines) == 1, (argv, err)
    return code, out, err


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, str]:
    """Hostile and valid input files, and output paths of every kind."""
    folder = tmp_path_factory.mktemp("hostile")
    made = {
        "empty": b"", "binary": bytes(range(256)) * 4, "utf16": 'focal = "KOR"\n'.encode("utf-16"),
        "latin1": "Côte d'Ivoire".encode("latin-1"), "nul": b"Korea \x00\x1b[31m trades.\n",
        "deep.toml": b"a = " + b"[" * 3000 + b"]" * 3000 + b"\n",
        "year_true.toml": b'name = "t"\nfocal = "KOR"\nyear = true\n[[shock]]\nkind = "import_cut"\nby = "CHN"\n',
        "rate_nan.toml": b'focal = "KOR"\nyear = 2014\n[[shock]]\nkind = "tariff"\nby = "CHN"\nrate = nan\n',
        "good.toml": b'name = "t"\nfocal = "KOR"\nyear = 2014\n[[shock]]\nkind = "import_cut"\nby = "CHN"\nshare = 0.1\n',
        "distance.csv": b"iso3,distance\nCHN,0.8\nUSA,0.1\n", "article.txt": b"China remains Korea's key partner.\n",
    }
    paths = {}
    for name, data in made.items():
        (folder / name).write_bytes(data)
        paths[name] = str(folder / name)
    (folder / "adir").mkdir()
    paths.update({"dir": str(folder / "adir"), "missing": str(folder / "nope" / "x"),
                  "out_missing": str(folder / "nope" / "out.png"), "out_dir": str(folder / "adir"),
                  "out_txt": str(folder / "out.txt"), "out_proc": "/proc/x.png", "out_png": str(folder / "out.png"),
                  "out_parquet_missing": str(folder / "nope" / "x.parquet")})
    return paths


countries = st.one_of(
    st.sampled_from(["KOR", "USA", "CHN", "JPN", "South Korea", "Rep. of Korea", "732", "ROK", "EU27"]),
    st.sampled_from(["", " ", "Narnia", "Korea", "-1", "99999999999999999999", "KOR\x1b[2J", "K\x00R", "None"]),
    st.text(min_size=101, max_size=300), st.text(max_size=12))
country_lists = st.one_of(
    st.lists(countries, min_size=1, max_size=4).map(",".join),
    st.sampled_from(["KOR,,CHN", "USA,USA", "USA,United States", ",", "USA,CHN,", "KOR", ",".join(["USA"] * 70)]))
years = st.one_of(st.sampled_from(["-1", "0", "1800", "2030", "99999999999999999999", "2014", "2010-2012",
                                   "2023-1990", "1990:2000", "abc", "", " ", "nan", "2014.5", "1e3"]),
                  st.integers(min_value=-10**6, max_value=10**6).map(str), st.text(alphabet="0123456789-:", max_size=12))
numbers = st.one_of(st.sampled_from(["nan", "inf", "-inf", "1e309", "-3", "0", "1", "2", "0.05", "0.5", "true", "",
                                     "1,5", "0x10", "100000", "99999999999999999999"]),
                    st.floats(allow_nan=True, allow_infinity=True).map(repr))
weights = st.one_of(st.sampled_from(["CHN=inf", "CHN=-3", "CHN=nan", "CHN=3,JPN=2", "CHN", "=3", "CHN=1,,JPN=2",
                                     "CHN=1,CHN=2", "KOR=2", "DEU=1"]), st.text(max_size=20))
formats = st.sampled_from(["table", "csv", "json", "xml", ""])
measures = st.sampled_from(["agree", "kappa", "s", "idealdist", "bogus", ""])
dates = st.sampled_from(["2026-02-10", "2023-02-30", "10/02/2026", "1700-01-01", "", "2014-01-01"])


def option(name: str, values) -> st.SearchStrategy[list[str]]:
    """Either nothing, or the option with a value."""
    return st.one_of(st.just([]), values.map(lambda v: [name, v]))


def commands(files: dict[str, str], with_store: bool) -> st.SearchStrategy[list[str]]:
    infile = st.sampled_from([files[k] for k in ("empty", "binary", "utf16", "latin1", "nul", "deep.toml", "dir",
                                                  "missing", "year_true.toml", "rate_nan.toml")])
    scenario = st.one_of(infile, st.sampled_from([files["good.toml"], "china_canberra_playbook", "nope"]))
    plot = st.sampled_from([files[k] for k in ("out_missing", "out_dir", "out_txt", "out_proc")])

    def build(*parts):
        return st.tuples(*parts).map(lambda groups: [x for g in groups for x in (g if isinstance(g, list) else [g])])

    grammar = [
        build(st.just(["countries", "resolve"]), st.lists(countries, min_size=1, max_size=3), option("--year", years),
              option("--format", formats)),
        build(st.just(["align"]), countries, option("--with", country_lists), option("--years", years),
              option("--measure", measures), option("--plot", plot), option("--format", formats)),
        build(st.just(["stress"]), countries, scenario, option("--year", years), option("--plot", plot)),
        build(st.just(["diversify"]), countries, option("--poles", country_lists), option("--year", years),
              option("--coercion", weights), option("--cut", numbers), option("--plot", plot)),
        build(st.just(["triad"]), countries, countries, countries, option("--tie-share", numbers),
              option("--years", years)),
        build(st.just(["idealpoints"]), option("--years", years), option("--bootstrap", numbers),
              option("--out", st.sampled_from([files["out_parquet_missing"], files["out_txt"], files["dir"]])),
              option("--countries", country_lists)),
        build(st.just(["products"]), countries, option("--top", numbers), option("--year", years),
              option("--distance", infile)),
        build(st.just(["products", "load-comtrade"]), infile),
        build(st.just(["check"]), infile, option("--date", dates)),
        build(st.just(["profile"]), countries, option("--poles", country_lists), option("--years", years)),
        build(st.just(["dependence"]), countries, option("--poles", country_lists), option("--years", years),
              option("--window", numbers), option("--plot", plot)),
        build(st.just(["events"]), countries, option("--with", country_lists), option("--years", years)),
        build(st.just(["serve"]), option("--port", st.sampled_from(["0", "-1", "99999", "http", "65536", ""])).filter(
            bool)),
        build(st.just(["report"]), countries, option("--poles", country_lists),
              option("--out", st.sampled_from([files["out_missing"].replace(".png", ".html"), files["out_txt"]]))),
        st.lists(st.one_of(st.sampled_from(["--help", "-h", "--bogus", "data", "nosuch", "--format", "--"]),
                           st.text(alphabet=string.printable, max_size=10)), max_size=4),
    ]
    if with_store:
        # the fast commands only: the others run long computations once their arguments pass
        grammar = grammar[:3] + [grammar[4], grammar[6], grammar[8]]
    return st.one_of(grammar)


@pytest.fixture()
def no_store(tmp_path_factory, monkeypatch):
    """Commands see no store (a load that passes the edge would create one here, not in the user's home)."""
    monkeypatch.setenv("LATITUDE_STORE", str(tmp_path_factory.mktemp("nostore") / "latitude.duckdb"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hostile_arguments_without_a_store(files, no_store, data) -> None:
    argv = data.draw(commands(files, with_store=False))
    if argv[:1] == ["report"] and not any(a.startswith("--out") for a in argv):
        argv += ["--out", files["out_txt"]]          # the default --out would write into the working directory
    check(argv)


def test_known_cases_one_line(files) -> None:
    for argv in (["diversify", "KOR", "--poles", "KOR"], ["diversify", "KOR", "--year", "-1"],
                 ["diversify", "KOR", "--coercion", "CHN=inf"], ["triad", "KOR", "CHN", "JPN", "--tie-share", "2"],
                 ["align", "KOR", "--with", "KOR,,CHN"], ["check", files["dir"]], ["serve", "--port", "99999"],
                 ["products", "load-comtrade", files["empty"]], ["stress", "KOR", files["utf16"]],
                 ["stress", "KOR", files["deep.toml"]], ["countries", "resolve", "x" * 16_000]):
        code, _, err = check(argv)
        assert code in (cli.EXIT_INPUT, cli.EXIT_USAGE), (argv, err)


def test_control_bytes_are_escaped(files) -> None:
    code, _, err = check(["countries", "resolve", "K\x1b[2J\x00R"])
    assert code == 1 and "\\x1b[2J\\x00" in err


def test_no_arguments_prints_help() -> None:
    code, out, err = run([])
    assert code == 0 and "Usage: latitude" in out and "Commands:" in out and not err


@pytest.mark.mirror
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_hostile_arguments_with_the_store(files, store_path: Path, data) -> None:
    argv = data.draw(commands(files, with_store=True))
    if argv and argv[0] in ("align", "stress", "products", "check", "triad"):
        argv += ["--store", str(store_path)]
    check(argv)
