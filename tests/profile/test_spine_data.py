"""The spine read without pandas (`figures.spine_data`, `spine_wide_rows`) against the frames
every other front-end reads, and the people's table shaped by hand."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from latitude.catalogue import catalogue
from latitude.measures.precompute import dimension_records, dimension_rows, is_current, precomputed
from latitude.profile import figures

NAN = float("nan")


def _long(rows: list[tuple[int, str, str, float]]) -> dict[str, list]:
    return {"year": [r[0] for r in rows], "pole": [r[1] for r in rows], "measure": [r[2] for r in rows],
            "value": [r[3] for r in rows]}


def test_wide_rows_trim_years_without_any_figure_and_label_by_hand() -> None:
    # 2000 and 2003 have no foundation figure for either pole: left out. Defence pact 1 -> "yes",
    # 0 -> "no", missing -> None; UN votes as whole numbers; a measure outside SPINE_WIDE is dropped.
    rows = []
    for year, share, pact, votes in [(2000, NAN, NAN, NAN), (2001, 0.25, 1.0, 70.0), (2002, NAN, 0.0, 71.0),
                                     (2003, NAN, NAN, NAN)]:
        for pole, scale in (("USA", 1.0), ("CHN", 0.5)):
            rows += [(year, pole, "trade_share", share * scale), (year, pole, "defense_pact", pact),
                     (year, pole, "n_votes", votes), (year, pole, "cinc_ratio", 3.0)]
    wide = figures.spine_wide_rows(_long(rows))
    assert [(r["year"], r["pole"]) for r in wide] == [(2001, "USA"), (2001, "CHN"), (2002, "USA"), (2002, "CHN")]
    assert wide[0] == {"year": 2001, "pole": "USA", "trade share": 0.25, "defence pact": "yes", "UN votes": 70}
    assert wide[1]["trade share"] == 0.125 and wide[3]["defence pact"] == "no" and wide[3]["UN votes"] == 71
    assert math.isnan(wide[2]["trade share"])
    frame = figures.spine_wide(_long(rows))
    assert list(frame.columns) == ["year", "pole", "trade share", "defence pact", "UN votes"]
    assert str(frame["UN votes"].dtype) == "Int64" and frame["defence pact"].tolist() == ["yes", "yes", "no", "no"]


def test_wide_rows_of_an_empty_spine() -> None:
    assert figures.spine_wide_rows(_long([])) == []
    assert list(figures.spine_wide(_long([])).columns) == ["year", "pole"]


def test_stored_dimensions_read_as_records_equal_the_frames(store_con) -> None:
    # the pandas-free read (`dimension_records`) and the frame read (`dimension_rows`) of each stored
    # dimension must hold the same values: one number in every front-end
    cat = catalogue(store_con)
    checked = 0
    for dim in precomputed():
        if not is_current(cat, dim):
            continue
        columns, rows = dimension_records(cat, dim.key, "KOR", ["USA", "CHN", "JPN"], (1990, 2022))
        frame = dimension_rows(cat, dim.key, "KOR", ["USA", "CHN", "JPN"], (1990, 2022))
        assert columns == list(frame.columns) and len(rows) == len(frame) > 0
        pd.testing.assert_frame_equal(pd.DataFrame(rows, columns=columns).astype(frame.dtypes), frame,
                                      check_exact=True)
        checked += 1
    assert checked == 5      # trade, alliance, arms, UN, capabilities


def test_spine_data_is_the_spine_frame(store_con) -> None:
    data = figures.spine_data(store_con, "KOR", ["USA", "CHN", "JPN"], (1946, 2026))
    frame = figures.spine(store_con, "KOR", ["USA", "CHN", "JPN"], (1946, 2026))
    assert len(data) == len(frame) and data.failed == frame.attrs["failed"]
    assert data["measure"] == frame["measure"].tolist() and data["flag"] == frame["flag"].tolist()
    values = pd.Series(data["value"], dtype="float64")
    pd.testing.assert_series_equal(values, frame["value"], check_names=False, check_exact=True)
    # the provenance of the figures without pandas: the same sources the frame names
    from latitude.profile.coverage import sources_of

    assert [c.source for c in sources_of(store_con, data)] == [c.source for c in sources_of(store_con, frame)]


def test_detail_keeps_every_measure_inside_and_the_headline_outside(store_con) -> None:
    """A profile reads 1946-today (the composite's span) but shows only the requested years: with
    `detail`, the rows inside are the full spine's and only the headline measures span the rest."""
    poles = ["USA", "CHN", "JPN"]
    full = figures.spine(store_con, "KOR", poles, (1946, 2026))
    data = figures.spine_data(store_con, "KOR", poles, (1946, 2026), detail=(1995, 2004)).frame()
    inside = full["year"].between(1995, 2004)
    headline = full["measure"] == full["dimension"].map({k: d.headline for k, d in figures.DIMENSIONS.items()})
    expected = full[inside | headline].reset_index(drop=True)
    assert len(expected) < len(full) and full[headline]["year"].min() == 1946
    pd.testing.assert_frame_equal(data, expected, check_exact=True)


@pytest.mark.parametrize("where", [{"year": 1990}, {"iso3": "KOR", "year": range(2000, 2003)},
                                   {"partner": ["USA", "JPN"], "year": range(2010, 2013)}])
def test_catalogue_records_equal_lookup(store_con, where) -> None:
    cat = catalogue(store_con)
    columns, rows = cat.records("dim_un", **where)
    frame = cat.lookup("dim_un", **where)
    assert columns == list(frame.columns) and len(rows) == len(frame)
    assert sorted(map(str, rows)) == sorted(map(str, frame.astype(object).where(frame.notna(), None)
                                                .itertuples(index=False, name=None)))
    assert [r["source"] for r in cat.provenance_rows()] == cat.provenance()["source"].tolist()
