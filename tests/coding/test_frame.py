"""Coded events in the store's `events` layout."""

import pandas as pd

from latitude.coding import code, coded_events_frame
from latitude import cameo
from latitude.coding.frame import FRAME_COLUMNS


def test_frame_columns_and_values():
    records = list(code("The United States imposed sanctions on North Korea last week.", date="2026-01-15"))
    frame = coded_events_frame(records)
    assert list(frame.columns) == FRAME_COLUMNS
    row = frame.iloc[0]
    assert row["date"] == pd.Timestamp("2026-01-05")  # Monday of ISO week 2026-W02
    assert (row["source_iso3"], row["target_iso3"], row["cameo"], row["root_code"]) == ("USA", "PRK", "163", "16")
    assert row["quad_class"] == 4 and row["origin"] == "latitude-coder"


def test_month_dates_igo_actors_and_empty_input():
    records = list(code("The United Nations condemned North Korea in December.", date="2026-01-15"))
    frame = coded_events_frame(records)
    assert frame.loc[0, "date"] == pd.Timestamp("2025-12-01")
    assert pd.isna(frame.loc[0, "source_iso3"])  # IGO has no ISO3 code
    assert coded_events_frame([]).empty


def test_gdelt_quad_class_boundaries():
    # GDELT event codebook 2.0: 01-05, 06-09, 10-14, 15-20
    assert [cameo.quad_class(c) for c in ("057", "060", "093", "100", "145", "150", "204")] == [1, 2, 2, 3, 3, 4, 4]
