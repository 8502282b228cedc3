"""Every name `latitude` re-exports resolves to a callable or class from its module."""
from __future__ import annotations

import subprocess
import sys

import pytest

import latitude


@pytest.mark.parametrize("name", latitude.__all__)
def test_export_resolves(name: str) -> None:
    value = getattr(latitude, name)
    assert callable(value)
    assert value.__module__.startswith("latitude")


def test_unknown_name() -> None:
    with pytest.raises(AttributeError):
        latitude.no_such_thing  # noqa: B018


def test_import_is_lazy() -> None:
    """Importing latitude loads no heavy dependency (the CLI starts fast)."""
    code = "import sys, latitude; print(any(m in sys.modules for m in ('ibis', 'scipy', 'pyfixest')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
