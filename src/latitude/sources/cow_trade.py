"""Correlates of War Trade 4.0 (Barbieri & Keshk), dyadic and national, as distributed by peacesciencer.

Tables (million current US dollars; COW's -9 for a missing flow is NULL, never 0):
- `cow_trade_dyadic`: ccode1, ccode2, year, iso3_1, iso3_2, flow1 (imports of ccode1 from
  ccode2), flow2 (imports of ccode2 from ccode1), smoothflow1, smoothflow2 (non-directed pairs,
  ccode1 < ccode2).
- `cow_trade_national`: ccode, year, iso3, imports, exports.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import store
from latitude.sources import _base, _codes, _peacesciencer as ps
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="cow_trade",
    title="Correlates of War Trade, dyadic and national",
    publisher="Correlates of War Project (Barbieri & Keshk); files from peacesciencer (Miller)",
    version="COW Trade 4.0 (peacesciencer 3db24a54 / fe150a26)",
    licence=ps.LICENCE,
    citation=("Barbieri, Katherine and Omar M. G. Keshk. 2016. Correlates of War Project Trade Data Set Codebook, "
              "Version 4.0. https://correlatesofwar.org. Barbieri, Katherine, Omar M. G. Keshk and Brian Pollins. "
              "2009. Trading Data: Evaluating our Assumptions and Coding Rules. Conflict Management and Peace "
              "Science 26(5): 471-491."),
    bibtex="""@manual{barbierikeshk2016cowtrade,
  author = {Barbieri, Katherine and Keshk, Omar M. G.},
  title = {Correlates of War Project Trade Data Set Codebook, Version 4.0},
  year = {2016}, url = {https://correlatesofwar.org/data-sets/bilateral-trade/}}
@article{barbierietal2009td,
  author = {Barbieri, Katherine and Keshk, Omar M. G. and Pollins, Brian M.},
  title = {Trading Data: Evaluating our Assumptions and Coding Rules},
  journal = {Conflict Management and Peace Science}, volume = {26}, number = {5}, pages = {471--491}, year = {2009}}""",
    coverage="1870-2014",
    files=(
        ps.ps_file("cow_trade_ndy", "d6c415bee486e37c50a4d16c5771b8cf0b731cd784c34d64d51b217aab2cc3d6",
                   commit="3db24a54"),
        ps.ps_file("cow_trade_sy", "41ad9d312b6146aa9eaa70d8f5a16a0164b6e27ee4ebe86a928c2ea4de415142"),
    ),
    tables=("cow_trade_dyadic", "cow_trade_national"),
    homepage="https://correlatesofwar.org/data-sets/bilateral-trade/",
)

FLOWS = ["flow1", "flow2", "smoothflow1", "smoothflow2"]
DYADIC = ["ccode1", "ccode2", "year", *FLOWS]
NATIONAL = ["ccode", "year", "imports", "exports"]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    dyadic_path, national_path = paths["cow_trade_ndy.rda"], paths["cow_trade_sy.rda"]
    dyadic = _codes.cow_dyad_table(dyadic_path, DYADIC, ["ccode1", "ccode2", "year"], FLOWS)
    national = _codes.cow_state_table(national_path, NATIONAL, ["ccode", "year"], ["imports", "exports"])
    return store.replace_source(con, INFO, {"cow_trade_dyadic": dyadic, "cow_trade_national": national},
                                coverage=_base.year_span(dyadic["year"]))
