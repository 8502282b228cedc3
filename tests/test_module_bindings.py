"""Each module-level name in latitude is bound once: with two bindings every use reads the later one, so the
earlier is dead and its readers silently take another value (three constants of `coding.diplomacy`, written by
different rounds, were bound twice until 2026-12-05)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "latitude"


def _bound(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.unit
@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    counts = Counter(_bound(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []
