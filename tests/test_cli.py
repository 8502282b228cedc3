"""The CLI spine: data commands, country resolution, citations, one-line errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


def test_every_command_module_is_listed() -> None:
    """COMMANDS names every command the modules register (a missing entry is only found by a slow import)."""
    import pkgutil
    from importlib import import_module

    import typer

    import latitude.commands

    registered: dict[str, str] = {}
    for module in pkgutil.iter_modules(latitude.commands.__path__):
        if module.name.startswith("_"):
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
    with open(writable_store, "r+b") as fh:                 # overwrite one block of UN votes
        fh.seek(3 * 4096 + blocks[len(blocks) // 2] * size + 200)
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
