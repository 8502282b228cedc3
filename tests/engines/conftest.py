"""Engine fixtures in Ibis's own style: one test body runs on every engine.

`con` is the session store on DuckDB, or the same tables on a local PySpark backend (the root
conftest's `spark_backend`: one Spark session for the whole run, tables copied once through
Parquet). The PySpark case carries the `spark` marker, so `pytest -m "not spark"` leaves it out;
the DuckDB case is a `mirror` test.

A test marks what an engine cannot do with `@pytest.mark.notimpl(["pyspark"], reason=...)`: the
case then runs as a strict expected failure, so it turns red the day the engine can.
"""
from __future__ import annotations

import pytest

ENGINES = ["duckdb", pytest.param("pyspark", marks=pytest.mark.spark)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "notimpl(engines, reason): the engines that cannot run this test yet")


@pytest.fixture(params=ENGINES)
def con(request: pytest.FixtureRequest, store_con):
    """The store on each engine, as a catalogue-like the measures take."""
    marker = request.node.get_closest_marker("notimpl")
    if marker is not None and request.param in marker.args[0]:
        request.applymarker(pytest.mark.xfail(strict=True, reason=marker.kwargs.get("reason", "")))
    return store_con if request.param == "duckdb" else request.getfixturevalue("spark_backend")
