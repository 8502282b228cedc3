"""COW trade 4.0: KOR-CHN flows, national totals, row counts and missing flows against the raw files."""
from __future__ import annotations

import math

import pandas as pd
import pyreadr
import pytest

from latitude.errors import LatitudeError
from latitude.sources import _codes


@pytest.fixture(scope="module")
def dyadic(mirror):
    return pyreadr.read_r(str(mirror / "peacesciencer" / "cow_trade_ndy.rda"))["cow_trade_ndy"]


def test_korea_china_2014_flows_match_raw(store_con, dyadic) -> None:
    row = dyadic[(dyadic.ccode1 == 710) & (dyadic.ccode2 == 732) & (dyadic.year == 2014)].iloc[0]
    got = store_con.execute("SELECT flow1, flow2, smoothflow1, smoothflow2, iso3_1, iso3_2 FROM cow_trade_dyadic "
                            "WHERE ccode1 = 710 AND ccode2 = 732 AND year = 2014").fetchall()
    assert got == [(row.flow1, row.flow2, row.smoothflow1, row.smoothflow2, "CHN", "KOR")]
    assert row.flow1 > 50_000  # China's imports from Korea were ~190 bn USD in 2014 (WITS: 190,105 US$ Mil)


def test_row_counts_and_missing_flows_are_null(store_con, dyadic, mirror) -> None:
    national = pyreadr.read_r(str(mirror / "peacesciencer" / "cow_trade_sy.rda"))["cow_trade_sy"]
    counts = store_con.execute("SELECT count(*), count(*) - count(flow1), count_if(flow1 = 0), count_if(flow1 < 0) "
                               "FROM cow_trade_dyadic").fetchall()[0]
    assert counts[0] == len(dyadic)
    assert counts[1] == dyadic.flow1.isna().sum() > 0
    assert counts[2] == (dyadic.flow1 == 0).sum()  # published zeros stay zeros, missing stays missing
    assert counts[3] == 0
    assert store_con.execute("SELECT count(*) FROM cow_trade_national").fetchall()[0][0] == len(national)
    kor = national[(national.ccode == 732) & (national.year == 2014)].iloc[0]
    assert store_con.execute("SELECT imports, exports, iso3 FROM cow_trade_national WHERE ccode = 732 AND year = 2014"
                             ).fetchall() == [(kor.imports, kor.exports, "KOR")]


def test_cow_minus_nine_becomes_null_and_other_negatives_fail() -> None:
    df = pd.DataFrame({"flow1": [5.0, -9.0, 0.0]})
    out = _codes.cow_missing_to_null(df.copy(), ["flow1"], "trade.csv")
    assert out["flow1"].iloc[0] == 5.0 and math.isnan(out["flow1"].iloc[1]) and out["flow1"].iloc[2] == 0.0
    with pytest.raises(LatitudeError, match=r"trade.csv: unexpected negative value -3.0 in column flow1"):
        _codes.cow_missing_to_null(pd.DataFrame({"flow1": [1.0, -3.0]}), ["flow1"], "trade.csv")
