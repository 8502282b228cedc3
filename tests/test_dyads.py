"""Dyad-years and the add_* verbs, checked against peacesciencer's own files in the mirror."""
from __future__ import annotations

import math

import pandas as pd
import pyreadr
import pytest

from latitude import dyads
from latitude.errors import LatitudeError


def _raw(mirror, name: str) -> pd.DataFrame:
    return next(iter(pyreadr.read_r(str(mirror / "peacesciencer" / f"{name}.rda")).values()))


@pytest.fixture(scope="module")
def dy_1990s(store_con):
    return dyads.create_dyadyears(store_con, years=(1989, 2014))


def test_dyadyears_equal_peacesciencer_cow_ddy(store_con, mirror) -> None:
    """Same directed dyads as peacesciencer's cow_ddy, including the 1990 Yemen/Liechtenstein case."""
    raw = _raw(mirror, "cow_ddy")
    ours = dyads.create_dyadyears(store_con, years=(1989, 1992)).to_pandas()
    for year in range(1989, 1993):
        expected = set(zip(raw.loc[raw.year == year, "ccode1"].astype(int), raw.loc[raw.year == year, "ccode2"].astype(int)))
        got = set(zip(ours.loc[ours.year == year, "ccode1"], ours.loc[ours.year == year, "ccode2"]))
        assert got == expected, year


def test_nondirected_halves_directed(store_con) -> None:
    directed = dyads.create_dyadyears(store_con, years=(2000, 2000)).count().execute()
    nondirected = dyads.create_dyadyears(store_con, directed=False, years=(2000, 2000)).count().execute()
    assert directed == 2 * nondirected == 36290


def test_bad_inputs(store_con) -> None:
    with pytest.raises(LatitudeError, match="unknown state system"):
        dyads.create_dyadyears(store_con, system="xyz")
    with pytest.raises(LatitudeError, match="bad year range"):
        dyads.create_dyadyears(store_con, years=(2010, 2000))
    gw = dyads.create_dyadyears(store_con, system="gw", years=(2000, 2000))
    with pytest.raises(LatitudeError, match="Gleditsch"):
        dyads.add_atop_alliance(gw)


def test_gw_dyadyears_use_gw_codes(store_con) -> None:
    gw = dyads.create_dyadyears(store_con, system="gw", years=(1995, 1995)).to_pandas()
    assert {"gwcode1", "gwcode2"} <= set(gw.columns)
    # Gleditsch–Ward codes Germany 260 and Serbia/Yugoslavia 345 in 1995.
    assert ((gw.gwcode1 == 260) & (gw.gwcode2 == 345)).any()


def test_atop_alliance_matches_raw_and_is_missing_after_coverage(store_con, mirror) -> None:
    raw = _raw(mirror, "atop_alliance")
    dy = dyads.add_atop_alliance(dyads.create_dyadyears(store_con, years=(2010, 2020)))
    kor = dy.filter(dy.ccode1 == 732).to_pandas()
    usa = kor[kor.ccode2 == 2].set_index("year")
    raw_usa = raw[(raw.ccode1 == 732) & (raw.ccode2 == 2)].set_index("year")
    assert usa.loc[2015, "atop_defense"] == raw_usa.loc[2015, "atop_defense"] == 1
    # China is not a Korean ally in ATOP: 0 inside coverage, missing after 2018.
    chn = kor[kor.ccode2 == 710].set_index("year")
    assert chn.loc[2018, "atop_defense"] == 0
    assert pd.isna(chn.loc[2019, "atop_defense"]) and pd.isna(usa.loc[2020, "atop_defense"])


def test_cow_trade_directed_flows_match_raw(dy_1990s, mirror) -> None:
    raw = _raw(mirror, "cow_trade_ndy")
    row = raw[(raw.ccode1 == 710) & (raw.ccode2 == 732) & (raw.year == 2010)].iloc[0]
    dy = dyads.add_cow_trade(dy_1990s)
    kor_chn = dy.filter((dy.ccode1 == 732) & (dy.ccode2 == 710) & (dy.year == 2010)).to_pandas().iloc[0]
    chn_kor = dy.filter((dy.ccode1 == 710) & (dy.ccode2 == 732) & (dy.year == 2010)).to_pandas().iloc[0]
    # raw: flow1 = China's imports from Korea; for the directed row KOR->CHN that is flow2.
    assert kor_chn["flow2"] == pytest.approx(row["flow1"]) and kor_chn["flow1"] == pytest.approx(row["flow2"])
    assert chn_kor["flow1"] == pytest.approx(row["flow1"])
    assert dy.filter(dy.year > 2014).count().execute() == 0 or \
        dy.filter((dy.year > 2014) & dy.flow1.notnull()).count().execute() == 0


def test_monadic_and_distance_verbs(dy_1990s, mirror) -> None:
    nmc = _raw(mirror, "cow_nmc")
    dy = dyads.add_capital_distance(dyads.add_gdp(dyads.add_cinc(dyads.add_igos(dy_1990s))))
    row = dy.filter((dy.ccode1 == 732) & (dy.ccode2 == 2) & (dy.year == 2000)).to_pandas()
    assert len(row) == 1
    row = row.iloc[0]
    assert row["cinc1"] == pytest.approx(nmc[(nmc.ccode == 732) & (nmc.year == 2000)]["cinc"].iloc[0])
    assert row["cinc2"] == pytest.approx(nmc[(nmc.ccode == 2) & (nmc.year == 2000)]["cinc"].iloc[0])
    igo = _raw(mirror, "cow_igo_ndy")
    expected = igo[(igo.ccode1 == 2) & (igo.ccode2 == 732) & (igo.year == 2000)]["dyadigos"].iloc[0]
    assert row["dyadigos"] == expected
    # Seoul (37.57 N, 126.98 E) to Washington (38.90 N, 77.04 W): about 11,150 km by hand (haversine).
    assert row["capdist"] == pytest.approx(11_150, rel=0.01)
    assert math.isfinite(row["wbgdp2011est1"])
    # West Germany (260) had Bonn, unified Germany (255) has Berlin: Seoul-Bonn ~8,550 km,
    # Seoul-Berlin ~8,130 km (haversine by hand from the capitals' coordinates).
    de = dy.filter((dy.ccode1 == 732) & dy.ccode2.isin([255, 260])).to_pandas().set_index(["ccode2", "year"])["capdist"]
    assert de.loc[(260, 1989)] == pytest.approx(8_550, rel=0.01)
    assert de.loc[(255, 1991)] == pytest.approx(8_130, rel=0.01)
