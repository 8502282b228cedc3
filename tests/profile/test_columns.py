"""The profile's tables as lists (`latitude.profile.columns`): the API's JSON numbers are those of
pandas' own JSON writer (`to_json(double_precision=8)`, the reference implementation the
dashboard used before), and `frame()` gives pandas the types a left join or a nullable integer
column would have."""
from __future__ import annotations

import datetime as dt
import json
import math

import numpy as np
import pandas as pd
import pytest

from latitude.profile.columns import Columns, fixed_decimals, json_value


def _pandas_json(values: np.ndarray) -> list:
    return [r["v"] for r in json.loads(pd.DataFrame({"v": values}).to_json(orient="records", double_precision=8))]


def test_fixed_decimals_round_as_pandas_json_writer_does() -> None:
    rng = np.random.default_rng(7)
    values = np.concatenate([
        rng.random(20_000), rng.random(5_000) * 100, -rng.random(5_000), rng.random(5_000) * 1e-6,
        np.round(rng.random(5_000), 9),                 # ties at the ninth decimal place
        rng.random(2_000) * 1e9, -rng.random(2_000) * 1e-9,
        [0.0, -0.0, 5e-9, 2.5e-9, 1.5e-8, 0.054346275, 0.5, 123456789.123456789, 9e15, 2e16, 1e-16, -1e17]])
    expected = _pandas_json(values)
    got = fixed_decimals(values)
    assert [repr(v) for v in got] == [repr(v) for v in expected]
    # the set tells the two apart: Python's round() (of the binary value) parts from pandas on some
    assert [repr(round(v, 8) + 0.0) for v in values] != [repr(v) for v in expected]


def test_missing_values_dates_and_numpy_scalars_in_records() -> None:
    table = Columns({"year": [2001, 2002], "value": [float("nan"), 0.123456789],
                     "since": [dt.date(2025, 6, 4), None], "count": [np.int64(3), None],
                     "years": [[2003, 2011], []]})
    assert table.records() == [
        {"year": 2001, "value": None, "since": "2025-06-04T00:00:00.000", "count": 3, "years": [2003, 2011]},
        {"year": 2002, "value": 0.12345679, "since": None, "count": None, "years": []}]
    assert json_value(float("inf")) is None
    frame = pd.DataFrame({"since": [dt.date(2025, 6, 4)]})
    assert json.loads(frame.to_json(orient="records", date_format="iso"))[0]["since"] == "2025-06-04T00:00:00.000"


def test_frame_types() -> None:
    ages = Columns({"year": [2000, 2001], "age": [0, None], "share": [0.5, float("nan")]}, {"age": "Int64"})
    frame = ages.frame()
    assert str(frame["age"].dtype) == "Int64" and frame["age"].isna().tolist() == [False, True]
    assert str(frame["year"].dtype) == "int64" and str(frame["share"].dtype) == "float64"
    assert math.isnan(frame["share"].iloc[1])
    empty = Columns.empty(["year", "age"], {"age": "Int64"}).frame()
    assert list(empty.columns) == ["year", "age"] and len(empty) == 0 and str(empty["age"].dtype) == "Int64"
    assert Columns({}).frame().equals(pd.DataFrame())
    gaps = Columns({"split_votes": [61.0, float("nan")]}).frame()   # as a left join of counts leaves it
    assert str(gaps["split_votes"].dtype) == "float64"


@pytest.mark.parametrize("attrs", [{"failed": [{"dimension": "events"}]}, {}])
def test_frame_keeps_attrs(attrs: dict) -> None:
    assert Columns({"year": [1]}, attrs=attrs).frame().attrs == attrs
