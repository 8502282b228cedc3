"""Engine fixtures in Ibis's own style: one test body runs on every engine.

`con` is the session store on DuckDB, or the same tables on a local PySpark backend (one Spark
session for the whole run, tables copied once through Parquet). The PySpark case carries the
`spark` marker, so `pytest -m "not spark"` leaves it out; the DuckDB case is a `mirror` test.

A test marks what an engine cannot do with `@pytest.mark.notimpl(["pyspark"], reason=...)`: the
case then runs as a strict expected failure, so it turns red the day the engine can.
"""
from __future__ import annotations

import pytest

from latitude import engine

ENGINES = ["duckdb", pytest.param("pyspark", marks=pytest.mark.spark)]
# What the measures under test read (the stored dimension tables included: the measures read
# them first, as every front-end does).
TABLES = (
    "cow_trade_dyadic", "cow_trade_national", "dots_flows", "comtrade_totals", "wdi_gdp",
    "un_votes", "un_roll_calls", "atop_alliance", "cow_alliance", "cow_nmc", "sipri_tiv", "sipri_deliveries",
    "comtrade_flows", "critical_minerals_exports", "critical_minerals_products", "events", *engine.STORED_TABLES,
)  # fmt: skip


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "notimpl(engines, reason): the engines that cannot run this test yet")


@pytest.fixture(scope="session")
def spark_backend(store_con, spark_session, tmp_path_factory):
    """The session store's tables on PySpark (copied once per test run)."""
    return engine.spark_backend(store_con, tables=TABLES, session=spark_session,
                                workdir=tmp_path_factory.mktemp("spark_tables"))


@pytest.fixture(params=ENGINES)
def con(request: pytest.FixtureRequest, store_con):
    """The store on each engine, as a catalogue-like the measures take."""
    marker = request.node.get_closest_marker("notimpl")
    if marker is not None and request.param in marker.args[0]:
        request.applymarker(pytest.mark.xfail(strict=True, reason=marker.kwargs.get("reason", "")))
    return store_con if request.param == "duckdb" else request.getfixturevalue("spark_backend")
