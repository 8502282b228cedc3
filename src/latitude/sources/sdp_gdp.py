"""GDP, population and surplus domestic product estimates (Anders, Fariss & Markowitz 2020), state-year
in COW codes, as distributed by peacesciencer (`cow_sdp_gdp`, before its removal upstream).

Table `sdp_gdp`: ccode, year, iso3 and, as published, the natural logs of the simulated estimates:
wbgdp2011est (GDP, 2011 international dollars), wbpopest (population), sdpest (surplus domestic
product) and wbgdppc2011est (GDP per capita). Country-years without an estimate are NULL.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import store
from latitude.sources import _base, _codes, _peacesciencer as ps
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="sdp_gdp",
    title="GDP, population and surplus domestic product estimates (Anders, Fariss & Markowitz)",
    publisher="Anders, Fariss & Markowitz; state-year file from peacesciencer (Miller)",
    version="SDP 2020 (peacesciencer 4b2a02d2)",
    licence=ps.LICENCE,
    citation=("Anders, Therese, Christopher J. Fariss and Jonathan N. Markowitz. 2020. Bread Before Guns or "
              "Butter: Introducing Surplus Domestic Product (SDP). International Studies Quarterly 64(2): 392-405."),
    bibtex="""@article{andersetal2020bbgb,
  author = {Anders, Therese and Fariss, Christopher J. and Markowitz, Jonathan N.},
  title = {Bread Before Guns or Butter: Introducing Surplus Domestic Product ({SDP})},
  journal = {International Studies Quarterly}, volume = {64}, number = {2}, pages = {392--405}, year = {2020}}""",
    coverage="1800-2016",
    files=(ps.ps_file("cow_sdp_gdp", "7cdf78d9f87b3d4fa653bcf7f9ef5276032c80f2e93df664a51af91cfcd05158",
                      commit="4b2a02d2"),),
    tables=("sdp_gdp",),
    homepage="https://doi.org/10.1093/isq/sqaa013",
)

ESTIMATES = ["wbgdp2011est", "wbpopest", "sdpest", "wbgdppc2011est"]
COLUMNS = ["ccode", "year", *ESTIMATES]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)["cow_sdp_gdp.rda"]
    df = _codes.rda_table(path, COLUMNS, ["ccode", "year"])
    df.insert(2, "iso3", _codes.cow_iso3(df["ccode"]))
    return store.replace_source(con, INFO, {"sdp_gdp": df}, coverage=_base.year_span(df["year"]))
