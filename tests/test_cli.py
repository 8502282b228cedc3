"""The CLI spine: data commands, country resolution, citations, one-line errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from latitude import cli
from latitude.cli import app

runner = CliRunner()


def _latitude(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the installed console entry point as a user would."""
    return subprocess.run([sys.executable, "-m", "latitude.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_countries_resolve_json_columns() -> None:
    result = runner.invoke(app, ["countries", "resolve", "ROK", "Rep. of Korea", "Burma", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["iso3"] for r in rows] == ["KOR", "KOR", "MMR"]
    assert set(rows[0]) == {"input", "iso3", "cow", "name"} and rows[0]["cow"] == 732


def test_countries_resolve_csv() -> None:
    result = runner.invoke(app, ["countries", "resolve", "DPRK", "--format", "csv"])
    assert result.stdout.splitlines() == ["input,iso3,cow,name", "DPRK,PRK,731,North Korea"]


def test_unknown_country_is_one_line_nonzero() -> None:
    done = _latitude("countries", "resolve", "Narnia")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "unknown country 'Narnia'" in done.stderr
    assert "Traceback" not in done.stderr


def test_status_and_cite_over_built_store(store_path: Path) -> None:
    status = runner.invoke(app, ["data", "status", "--store", str(store_path), "--format", "json"])
    assert status.exit_code == 0, status.output
    rows = {r["source"]: r for r in json.loads(status.stdout)}
    assert rows["unvotes"]["rows"] > 900_000 and rows["unvotes"]["coverage_end"] == 2023
    cite = runner.invoke(app, ["cite", "unvotes", "--bibtex"])
    assert "@data{voeten2009unvotes" in cite.stdout


def test_missing_store_is_one_line(tmp_path: Path) -> None:
    done = _latitude("data", "status", "--store", str(tmp_path / "none.duckdb"))
    assert done.returncode == 0  # status of an absent store lists sources as not loaded
    assert "Traceback" not in done.stderr


HEAVY = ("pandas", "numpy", "pyarrow", "ibis", "sqlglot", "scipy", "networkx", "matplotlib", "pyfixest", "sklearn")


def _imported_after(code: str, env: dict[str, str] | None = None) -> list[str]:
    """Heavy libraries a fresh interpreter has imported after running `code` (with the CLI)."""
    probe = (f"import sys\nfrom latitude import cli\n{code}\n"
             f"print('HEAVY=' + ','.join(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith("HEAVY="), done.stdout
    return [m for m in line.removeprefix("HEAVY=").split(",") if m]


def test_help_and_light_commands_import_no_heavy_library(store_path: Path) -> None:
    # issue 15: start-up within 0.3 s means pandas, ibis, scipy, ... are imported only by commands that use them
    assert _imported_after("cli.run(['--help'])") == []
    assert _imported_after("cli.run(['countries', 'resolve', 'Rep. of Korea', 'ROK', '732'])") == []
    assert _imported_after("cli.run(['cite'])", {"LATITUDE_STORE": str(store_path)}) == []
    assert _imported_after("cli.run(['cite', '--bibtex'])", {"LATITUDE_STORE": str(store_path)}) == []
    # the second `cite` reads the citations kept beside the store: not even DuckDB is imported
    probe = "cli.run(['cite'])\nprint('DUCKDB=' + str('duckdb' in sys.modules))"
    done = subprocess.run([sys.executable, "-c", f"import sys\nfrom latitude import cli\n{probe}"],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "LATITUDE_STORE": str(store_path)})
    assert done.returncode == 0 and done.stdout.strip().endswith("DUCKDB=False"), done.stdout[-200:] + done.stderr


def test_profile_default_view_reads_stored_dimensions_without_pandas(store_path: Path) -> None:
    # issue 15: `latitude profile` within 0.5 s means the spine of stored dimensions is read and
    # printed without pandas or Ibis (their imports alone take longer); it is shaped with NumPy
    # (a 0.05 s import), as the dashboard's profiles are
    env = {"LATITUDE_STORE": str(store_path)}
    assert _imported_after("cli.run(['profile', 'KOR', '--poles', 'USA,CHN,JPN', '--years', '2010-2020'])", env) \
        == ["numpy"]
    # other views and formats still use pandas: the probe sees it, so the check above can fail
    assert "pandas" in _imported_after("cli.run(['profile', 'KOR', '--poles', 'USA,CHN', '--format', 'csv'])", env)


def test_cite_bibtex_from_the_store_is_each_sources_own_entry(store_path: Path) -> None:
    # The store keeps each source's BibTeX at load; it must be the entry the source module declares.
    from latitude.sources import atop, unvotes

    shown = runner.invoke(app, ["cite", "--bibtex", "--store", str(store_path)])
    assert shown.exit_code == 0, shown.output
    assert unvotes.INFO.bibtex in shown.stdout and atop.INFO.bibtex in shown.stdout
    assert unvotes.INFO.citation not in shown.stdout      # BibTeX replaces the plain citation


def test_cite_bibtex_on_a_store_written_before_the_bibtex_column(tmp_path: Path) -> None:
    import duckdb

    from latitude.sources import unvotes

    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute("CREATE TABLE provenance (source VARCHAR PRIMARY KEY, title VARCHAR, version VARCHAR, "
                "licence VARCHAR, citation VARCHAR)")
    con.execute("INSERT INTO provenance VALUES ('unvotes', 't', 'v', 'l', 'c')")
    con.close()
    shown = runner.invoke(app, ["cite", "--bibtex", "--store", str(old)])
    assert shown.exit_code == 0, shown.output
    assert unvotes.INFO.bibtex in shown.stdout            # read from the source module instead
    plain = runner.invoke(app, ["cite", "--store", str(old)])
    assert "unvotes — t (v; l)" in plain.stdout and "\nc\n" in plain.stdout


def test_every_command_module_is_listed() -> None:
    """COMMANDS names every command the modules register (a missing entry is only found by a slow import)."""
    import pkgutil
    from importlib import import_module

    import typer

    import latitude.commands

    registered: dict[str, str] = {}
    for module in pkgutil.iter_modules(latitude.commands.__path__):
        if module.name.startswith("_") or module.name in cli.GROUP_MODULES:
            continue
        holder = typer.Typer()
        import_module(f"latitude.commands.{module.name}").register(holder)
        names = [c.name or c.callback.__name__ for c in holder.registered_commands]
        names += [g.name for g in holder.registered_groups]
        registered.update({name: module.name for name in names})
    assert registered == {name: module for name, (module, _) in cli.COMMANDS.items()}


def test_help_is_plain_and_readable() -> None:
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0
    for name, (_, short) in cli.COMMANDS.items():
        assert f"{name} " in top.stdout and short in top.stdout
    code = runner.invoke(app, ["events", "code", "--help"])
    assert "latitude[accurate]" in code.stdout                           # rich markup used to eat the brackets
    for argv, usage in ((["products", "load-baci", "--help"], "load-baci [OPTIONS] PATHS..."),
                        (["align", "--help"], "align [OPTIONS] FOCAL")):
        shown = runner.invoke(app, argv).stdout
        assert usage in shown, shown
        assert "<bool>" not in shown and "{" not in shown and "<list[" not in shown and "<str>" not in shown
    assert "--years YEARS" in runner.invoke(app, ["align", "--help"]).stdout


def test_one_line_errors_in_process() -> None:
    assert cli.run(["countries", "resolve", "Narnia"]) == cli.EXIT_INPUT
    assert cli.run(["countries", "resolve", "--bogus"]) == cli.EXIT_USAGE
    assert cli.run(["nosuch"]) == cli.EXIT_USAGE


def test_damaged_and_locked_stores_are_explained(writable_store: Path) -> None:
    import duckdb

    con = duckdb.connect(str(writable_store), read_only=True)
    blocks = sorted({b for (b,) in con.execute(
        "SELECT block_id FROM pragma_storage_info('un_votes') WHERE block_id >= 0").fetchall()})
    size = con.execute("SELECT block_size FROM pragma_database_size()").fetchall()[0][0]
    con.close()
    with open(writable_store, "r+b") as fh:                 # overwrite every block of UN votes: which of them a query
        for block in blocks:                                # reads depends on the store's layout, and one block in the
            fh.seek(3 * 4096 + block * size + 200)          # middle was not always read (a flaky pass of `align`)
            fh.write(b"\xde\xad" * 100)
    done = _latitude("align", "KOR", "--with", "USA", "--store", str(writable_store))
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert f"store {writable_store} is damaged" in done.stderr
    assert f"rebuild it with `latitude data build --store {writable_store}`" in done.stderr
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(60)", str(writable_store)],
                              stdout=subprocess.PIPE, text=True)
    try:
        holder.stdout.readline()
        done = _latitude("countries", "resolve", "KOR")         # needs no store: unaffected
        assert done.returncode == 0
        done = _latitude("align", "KOR", "--with", "USA", "--store", str(writable_store))
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
        assert f"(PID {holder.pid}) holds it for writing; close it" in done.stderr and "--store" in done.stderr
    finally:
        holder.kill()
        holder.wait()


def test_emit_one_format_per_column_and_no_cut_headers() -> None:
    import pandas as pd

    frame = pd.DataFrame({"year": [1946, 1947, 1990, 1991, 1992], "trade_share": [None, None, 0.2699, 0.04053, 1.0],
                          "value_usd": [None, None, 11_740.0, 1_066.0, 3.5], "kappa": [None, None, 0.01, -0.0193, 0.2]})
    result = runner.invoke(app, ["countries", "resolve", "KOR"])          # a pipe: Markdown, sized to content
    assert result.stdout.splitlines()[2].startswith("| input ")
    from latitude.commands import _common

    with runner.isolation() as streams:
        _common.emit(frame, "table", title="t", caption="c")
        sys.stdout.flush()
        text = streams[0].getvalue().decode()
    lines = text.splitlines()
    assert lines[2] == "| year | trade_share | value_usd |   kappa |"          # full headers, nothing cut
    # 1946-1947 have no data: the table starts in 1990; shares as percentages; no 1.174e+04 next to 1,066;
    # kappa's median size is 0.0193, so three significant digits there means 4 decimals on every row
    assert lines[4:7] == ["| 1990 |       27.0% |    11,740 |  0.0100 |",
                          "| 1991 |        4.1% |     1,066 | -0.0193 |",
                          "| 1992 |      100.0% |         4 |  0.2000 |"]
    assert "years without data left out: shown 1990–1992" in text and "e+" not in text


def test_stress_and_diversify_explain_their_terms(store_path: Path) -> None:
    stress = runner.invoke(app, ["stress", "KOR", "china_canberra_playbook", "--store", str(store_path)])
    assert stress.exit_code == 0, stress.output
    for term in ("exports lost $bn", "% of GDP", "asymmetry", "billions of current US dollars",
                 "costs the focal more than the coercer"):
        assert term in stress.stdout, term
    # 13% of Korea's 2014 exports to China cut, from the raw IMF DOTS row (DOTS_106.xlsx: Korea, Rep. of ->
    # China, P.R.: Mainland, exports FOB 145,287.701 mn USD; -> World 572,664.607 mn):
    # 0.13 x 145,287.701 = 18,887.4 mn = $18.89 bn, 3.3% of Korea's exports.
    assert "18.89" in stress.stdout and "3.3%" in stress.stdout
    diversify = runner.invoke(app, ["diversify", "KOR", "--store", str(store_path)])
    assert diversify.exit_code == 0, diversify.output
    for term in ("Coercion scale: 1 + the documented coercion episodes", "gravity: the share a PPML gravity model",
                 "A negative change is trade to move away", "UN distance"):
        assert term in diversify.stdout, term
    # today's shares are the importers' reports (raw IMF DOTS 2014, imports CIF): China's imports from Korea
    # + Korea's from China = 280,368.2 mn USD, the same for the USA 115,058.7: China's share is 2.4367x the USA's.
    import re

    share = {p: float(re.search(rf"\| {p}\s+\| ([\d.]+)% \|", diversify.stdout).group(1)) for p in ("CHN", "USA")}
    assert share["CHN"] / share["USA"] == pytest.approx(280_368.246 / 115_058.712, rel=0.01)
    assert "raises trade with JPN" in diversify.stdout and "votes much like KOR" in diversify.stdout


def test_dependence_by_source_prints_the_overlap_side_by_side(store_path: Path) -> None:
    """KOR-CHN 2014 from each source: COW's flow1 of the pair (710, 732) in cow_trade_ndy.rda is
    213,181 mn USD (China's imports from Korea); Korea's own report to the IMF (DOTS_106.xlsx,
    exports FOB) 145,287.701 mn."""
    out = runner.invoke(app, ["dependence", "KOR", "--poles", "CHN", "--by-source", "--years", "2014",
                              "--format", "csv", "--store", str(store_path)])
    assert out.exit_code == 0, out.output
    import io

    import pandas as pd

    frame = pd.read_csv(io.StringIO(out.stdout)).set_index("source")
    assert frame.loc["cow_trade", "exports"] == pytest.approx(213_181, abs=1)
    assert frame.loc["imf_dots", "exports"] == pytest.approx(145_287.701)
    table = runner.invoke(app, ["dependence", "KOR", "--poles", "CHN", "--by-source", "--store", str(store_path)])
    assert "| 2014 |" in table.stdout and "| 1989 |" not in table.stdout   # only the years sources overlap
