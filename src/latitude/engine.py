"""Engines for the relational layer: DuckDB by default, PySpark for users who outgrow one machine.

Every measure is an Ibis expression over the catalogue (`latitude.catalogue`), so it runs in any
Ibis backend whose catalogue holds the store's tables under their store names. On a cluster,
register the tables there (e.g. from Parquet) and pass `ibis.pyspark.connect(spark)` to any
measure, verb or `latitude.profile.spine`; on one machine, `spark_backend()` starts a local Spark
session and hands it the store's tables through Parquet files written by DuckDB. Needs
`pip install 'latitude[spark]'` and a Java runtime. Which measures are checked on both engines:
docs/contracts.md.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

import duckdb

from latitude import store
from latitude.errors import LatitudeError

# What every engine needs beside the data: the provenance (coverage, sources), table owners and
# the versions the stored dimension tables were built from (`measures.precompute`).
CATALOGUE_TABLES = ("provenance", "source_tables", "dimension_versions")
# The store tables the dyad-year verbs read.
DYAD_TABLES = (
    "atop_alliance", "cow_alliance", "cow_trade_dyadic", "cow_igo_dyadic", "cow_nmc", "sdp_gdp",
    "cow_capitals", "cow_contdir", "cow_mindist", "gw_states",
)  # fmt: skip
# The store tables the measures read beside them (trade series, UN votes, SIPRI, products, events).
MEASURE_TABLES = (
    "cow_trade_national", "dots_flows", "comtrade_totals", "wdi_gdp", "wits_trade_summary", "kosis_monthly_trade",
    "un_votes", "un_roll_calls", "sipri_tiv", "sipri_deliveries", "sipri_register", "comtrade_flows",
    "baci_flows", "baci_products", "critical_minerals_exports", "critical_minerals_products", "events", "leaders",
)  # fmt: skip
# The tables `latitude data build` precomputes for every state (read before computing anything).
STORED_TABLES = ("dim_trade", "dim_products", "dim_alliance", "dim_arms", "dim_un", "dim_capabilities",
                 "idealpoints_dynamic")
# Everything the analysis layer reads: the default of `spark_backend`.
ANALYSIS_TABLES = DYAD_TABLES + MEASURE_TABLES + STORED_TABLES


def local_session(master: str = "local[2]", driver_memory: str = "3g", shuffle_partitions: int = 4):
    """A local SparkSession (the running one if there is one), its UI off and time zone UTC.

    `shuffle_partitions`: Spark's default of 200 is for clusters; a few suit one machine.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise LatitudeError("PySpark is not installed: pip install 'latitude[spark]' (it needs a Java runtime)") from None
    try:
        session = (
            SparkSession.builder.master(master)
            .appName("latitude")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.driver.memory", driver_memory)
            .getOrCreate()
        )
    except Exception as error:  # py4j raises a bare Exception when no JVM can start
        raise LatitudeError(f"could not start Spark ({error}): install a Java runtime (e.g. openjdk 17)") from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def _spark_readable(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """SELECT of a store table with nanosecond timestamps (pandas' default) cast to microseconds,
    the finest unit Spark reads from Parquet."""
    nanos = [name for name, kind in store.column_types(con, table).items() if kind.upper().startswith("TIMESTAMP_NS")]
    if not nanos:
        return f'SELECT * FROM "{table}"'
    casts = ", ".join(f'CAST("{name}" AS TIMESTAMP) AS "{name}"' for name in nanos)
    return f'SELECT * REPLACE ({casts}) FROM "{table}"'


def spark_backend(
    con: duckdb.DuckDBPyConnection,
    tables: Iterable[str] = ANALYSIS_TABLES,
    session=None,
    master: str = "local[2]",
    workdir: str | Path | None = None,
    driver_memory: str = "3g",
):
    """An Ibis PySpark backend holding the store's `tables` (those present; by default everything
    the analysis layer reads) and the catalogue tables, copied via Parquet.

    `session`: an existing SparkSession (else a local one on `master` with `driver_memory` is
    started: Spark's 1 GB default spends most of its time collecting garbage on the dyad verbs);
    `workdir`: where the Parquet copies go (a new temporary folder by default; Spark reads them
    lazily, so keep it while the backend is in use).
    """
    import ibis

    session = session or local_session(master, driver_memory)
    backend = ibis.pyspark.connect(session)
    folder = Path(workdir or tempfile.mkdtemp(prefix="latitude-spark-"))
    folder.mkdir(parents=True, exist_ok=True)
    for table in dict.fromkeys([*CATALOGUE_TABLES, *tables]):
        if not store.has_table(con, table):
            continue
        path = folder / f"{table}.parquet"
        con.execute(f"COPY ({_spark_readable(con, table)}) TO '{path}' (FORMAT parquet)")
        backend.read_parquet(str(path), table_name=table)
    return backend
