"""Correlates of War formal alliances v4.1 (Gibler 2009), dyad-year, as distributed by peacesciencer.

Table `cow_alliance`: ccode1, ccode2, year, iso3_1, iso3_2 and 0/1 flags cow_defense,
cow_neutral, cow_nonagg, cow_entente (non-directed pairs listed both ways).
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import store
from latitude.sources import _base, _codes, _peacesciencer as ps
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="cow_alliance",
    title="Correlates of War Formal Interstate Alliances, dyad-year",
    publisher="Correlates of War Project (Gibler); dyad-year file from peacesciencer (Miller)",
    version="COW Formal Alliances 4.1 (peacesciencer 4b2a02d2)",
    licence=ps.LICENCE,
    citation=("Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. Washington, DC: CQ Press. "
              "Gibler, Douglas M. and Meredith Reid Sarkees. 2004. Measuring Alliances: The Correlates of War "
              "Formal Interstate Alliance Dataset, 1816-2000. Journal of Peace Research 41(2): 211-222."),
    bibtex="""@book{gibler2009ima,
  author = {Gibler, Douglas M.}, title = {International Military Alliances, 1648-2008},
  publisher = {CQ Press}, address = {Washington, DC}, year = {2009}}
@article{giblersarkees2004ma,
  author = {Gibler, Douglas M. and Sarkees, Meredith Reid},
  title = {Measuring Alliances: The Correlates of War Formal Interstate Alliance Dataset, 1816-2000},
  journal = {Journal of Peace Research}, volume = {41}, number = {2}, pages = {211--222}, year = {2004}}""",
    coverage="1816-2012",
    files=(ps.ps_file("cow_alliance", "0d3488bf736440d70c33df7f1dc9b0df5f8a2204b147b9a705d522e3dd709e25",
                      commit="4b2a02d2"),),
    tables=("cow_alliance",),
    homepage="https://correlatesofwar.org/data-sets/formal-alliances/",
)

FLAGS = ["cow_defense", "cow_neutral", "cow_nonagg", "cow_entente"]
COLUMNS = ["ccode1", "ccode2", "year", *FLAGS]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)["cow_alliance.rda"]
    df = _codes.rda_table(path, COLUMNS, COLUMNS)
    for flag in FLAGS:
        _codes.check_allowed(df[flag], {0, 1}, path, flag)
    df = _codes.add_dyad_iso3(df)
    return store.replace_source(con, INFO, {"cow_alliance": df}, coverage=_base.year_span(df["year"]))
