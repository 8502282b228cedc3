"""The import contracts of docs/contracts.md ("Layers"), checked with import-linter.

The contracts live in pyproject.toml (`[tool.importlinter]`): one layers contract over every
top-level module of the package (exhaustive, so a new module must be placed), and forbidden
contracts for what the layers alone allow (the analysis layer never imports ingest nor DuckDB,
the front-ends load data through the library). The second test breaks each kind of contract in a
copy of the package and checks that the linter fails, so the first test can fail.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "pyproject.toml"


def lint(src: Path) -> subprocess.CompletedProcess:
    """Run import-linter on the package under `src` with the repository's contracts."""
    pytest.importorskip("importlinter", reason="import-linter is in the test extra: pip install -e '.[test]'")
    code = ("import sys; from importlinter.cli import lint_imports; "
            f"sys.exit(lint_imports(config_filename={str(CONFIG)!r}, no_cache=True, no_logo=True))")
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run([sys.executable, "-c", code], cwd=src, env=env, capture_output=True, text=True,
                          timeout=120)


def test_every_import_contract_is_kept() -> None:
    result = lint(REPO / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout


def _code_only(folder: str, names: list[str]) -> list[str]:
    """copytree's ignore: keep the package's Python files and folders only."""
    return [n for n in names if n == "__pycache__" or (Path(folder, n).is_file() and not n.endswith(".py"))]


# (module to edit, import added to it, the import the linter must name, the contract it breaks)
BREAKS = [
    ("catalogue.py", "from latitude import profile", "latitude.catalogue -> latitude.profile", "layers"),
    ("countries.py", "import latitude.leaders", "latitude.countries -> latitude.leaders", "layers"),
    ("measures/alignment.py", "from latitude.coding import text", "latitude.measures.alignment -> latitude.coding.text",
     "analysis-does-not-ingest"),
    ("scenarios/spec.py", "from latitude.sources import baci", "latitude.scenarios.spec -> latitude.sources.baci",
     "scenarios-do-not-ingest"),
    ("commands/align.py", "from latitude.sources import unvotes", "latitude.commands.align -> latitude.sources.unvotes",
     "front-ends-load-through-the-library"),
    ("profile/figures.py", "import duckdb", "latitude.profile.figures -> duckdb", "analysis-speaks-ibis"),
]


def test_a_broken_contract_fails_the_lint(tmp_path: Path) -> None:
    """One forbidden import per contract, added to a copy of the package: each is reported under
    its contract."""
    copy = tmp_path / "src"
    shutil.copytree(REPO / "src" / "latitude", copy / "latitude", ignore=_code_only)
    for module, statement, _, _ in BREAKS:
        target = copy / "latitude" / module
        target.write_text(target.read_text() + f"\n{statement}\n")
    result = lint(copy)
    assert result.returncode == 1, result.stdout + result.stderr
    names = {c["id"]: " ".join(c["name"].split()) for c in
             tomllib.loads(CONFIG.read_text())["tool"]["importlinter"]["contracts"]}
    report = " ".join(result.stdout.split()).split("Broken contracts")[-1]
    for _, _, named, contract in BREAKS:
        section = report.split(names[contract])[1]
        for other in names.values():   # up to the next contract's heading
            section = section.split(other)[0]
        assert named in section, f"{named} not reported under '{names[contract]}':\n{result.stdout}"
