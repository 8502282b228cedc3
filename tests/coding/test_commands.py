"""CLI functions through a tiny Typer app (the real `latitude events` group registers the same ones)."""

import csv
import io
import json

import typer
from typer.testing import CliRunner

from latitude.coding import FIELDS
from latitude.commands.coding import code_command, evaluate_command

app = typer.Typer()
app.command("code")(code_command)
app.command("evaluate")(evaluate_command)


def _article(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("North Korea fired a ballistic missile toward Japan on Thursday. Tokyo lodged a protest with Pyongyang.",
                    encoding="utf-8")
    return path


def test_code_json_keys(tmp_path):
    result = CliRunner().invoke(app, ["code", str(_article(tmp_path)), "--format", "json", "--date", "2026-01-10"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [tuple(r) for r in records] == [FIELDS, FIELDS]
    assert records[0]["date"] == "2026-01-08" and records[1]["source"] == "JPN"


def test_code_csv_header(tmp_path):
    result = CliRunner().invoke(app, ["code", str(_article(tmp_path)), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert tuple(rows[0]) == FIELDS and len(rows) == 3


def test_code_rejects_unknown_format(tmp_path):
    result = CliRunner().invoke(app, ["code", str(_article(tmp_path)), "--format", "xml"])
    assert result.exit_code != 0
    assert "unknown format 'xml'" in str(result.exception)


def test_evaluate_json(gold_folder):
    result = CliRunner().invoke(app, ["evaluate", "--format", "json", "--gold-dir", str(gold_folder)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert set(rows[0]) == {"dataset", "task", "precision", "recall", "f1", "n"}


def test_evaluate_prose_set():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "fixtures" / "coding" / "dev_prose.tsv"
    result = CliRunner().invoke(app, ["evaluate", "--prose", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    measures = {row["measure"]: row for row in json.loads(result.output)}
    assert measures["false events per non-event sentence"]["n"] == 42  # the dev set's non-event sentences (42 before labels round 3 relabelled D037, 41 after; 42 since labels round 21 relabelled D038 `-`)


def _imported(tree) -> list[str]:
    """The modules named by every import statement in `tree`, at any depth (`from . import x` names ""). Only
    statements are visited, and the clauses that hold them: an import is a statement and no expression holds one,
    so this finds what `ast.walk` over every node finds (coding/*.py is 1.7 MB of source; walking its expressions
    twice was most of this test's 2.5 s)."""
    import ast

    found, todo = [], [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.ImportFrom):
            found.append(node.module or "")
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        todo += [c for c in ast.iter_child_nodes(node) if isinstance(c, (ast.stmt, ast.excepthandler, ast.match_case))]
    return found


def test_coder_does_not_import_the_cli():
    import ast
    from pathlib import Path

    import latitude.coding

    for path in Path(latitude.coding.__file__).parent.glob("*.py"):
        imported = _imported(ast.parse(path.read_text(encoding="utf-8")))
        assert not [m for m in imported if m.startswith(("latitude.commands", "latitude.cli", "typer"))], path.name
