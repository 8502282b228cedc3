"""The dyad-year verbs run unchanged on PySpark: the same table as DuckDB's, value for value.

Needs PySpark (`latitude[spark]`, installed with the test extra) and a Java runtime; skipped
without them.
"""
from __future__ import annotations

import pandas as pd
import pytest

from latitude import dyads, engine
from latitude.errors import LatitudeError
from latitude.measures.alignment import add_un_agreement
from latitude.measures.trade import add_trade_dependence

VERBS = (dyads.add_atop_alliance, dyads.add_cow_alliance, dyads.add_cow_trade, dyads.add_igos, dyads.add_cinc,
         dyads.add_gdp, dyads.add_capital_distance, dyads.add_contiguity, dyads.add_minimum_distance)


@pytest.fixture(scope="module")
def spark(spark_backend):
    """The session store's tables on PySpark (the root conftest's backend, shared with tests/engines)."""
    return spark_backend


def _dyad_years(con, years, system="cow"):
    table = dyads.create_dyadyears(con, system=system, years=years)
    if system == "cow":
        for verb in VERBS:
            table = verb(table)
    keys = [c for c in table.columns if c.endswith(("code1", "code2"))] + ["year"]
    return table.to_pandas().sort_values(keys).reset_index(drop=True)


def test_all_verbs_give_the_same_table_on_spark_and_duckdb(store_con, spark):
    ours = _dyad_years(store_con, (2014, 2014))
    theirs = _dyad_years(spark, (2014, 2014))[ours.columns]
    assert spark.name == "pyspark" and len(ours) == len(theirs) > 30_000
    pd.testing.assert_frame_equal(ours, theirs, check_dtype=False, rtol=1e-9)
    # A value checked by hand: South Korea and the USA, defence pact (ATOP) and Seoul-Washington.
    row = theirs[(theirs.ccode1 == 732) & (theirs.ccode2 == 2) & (theirs.year == 2014)].iloc[0]
    assert row["atop_defense"] == 1 and row["capdist"] == pytest.approx(11_150, rel=0.01)


def test_un_agreement_and_trade_dependence_on_spark(store_con, spark):
    def measured(con):
        table = add_trade_dependence(add_un_agreement(dyads.create_dyadyears(con, years=(2014, 2014))))
        table = table.filter(table.ccode1 == 732)   # South Korea and every partner
        return table.to_pandas().sort_values(["ccode2"]).reset_index(drop=True)

    ours = measured(store_con)
    theirs = measured(spark)[ours.columns]
    ours["un_agree_n"] = ours["un_agree_n"].astype("float64")   # integer counts with gaps: object in DuckDB's frame
    assert len(ours) > 150 and ours["un_agree"].notna().sum() > 150
    pd.testing.assert_frame_equal(ours, theirs, check_dtype=False, rtol=1e-9)


def test_gleditsch_ward_dyads_on_spark(store_con, spark):
    pd.testing.assert_frame_equal(_dyad_years(store_con, (2000, 2001), "gw"),
                                  _dyad_years(spark, (2000, 2001), "gw"), check_dtype=False)


def test_a_missing_table_names_the_source_on_spark(store_con, spark, tmp_path):
    session = spark._session
    session.catalog.dropTempView("cow_mindist")
    try:
        with pytest.raises(LatitudeError, match="table 'cow_mindist' is not in the store"):
            dyads.add_minimum_distance(dyads.create_dyadyears(spark, years=(2014, 2014)))
    finally:
        engine.spark_backend(store_con, tables=["cow_mindist"], session=session, workdir=tmp_path)
