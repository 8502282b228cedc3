"""Correlates of War intergovernmental organisations v3.0 (Pevehouse et al. 2020), as distributed
by peacesciencer.

Tables:
- `cow_igo_dyadic`: ccode1, ccode2, year, iso3_1, iso3_2, dyadigos (IGOs in which both are full
  members; non-directed pairs, ccode1 < ccode2).
- `cow_igo_state`: ccode, year, iso3, sum_igo_full, sum_igo_associate, sum_igo_observer,
  sum_igo_anytype (memberships by type).
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import store
from latitude.sources import _base, _codes, _peacesciencer as ps
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="cow_igo",
    title="Correlates of War Intergovernmental Organizations, dyad-year and state-year",
    publisher="Correlates of War Project (Pevehouse et al.); files from peacesciencer (Miller)",
    version="COW IGO 3.0 (peacesciencer fe150a26)",
    licence=ps.LICENCE,
    citation=("Pevehouse, Jon C. W., Timothy Nordstrom, Roseanne W. McManus and Anne Spencer Jamison. 2020. "
              "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets. "
              "Journal of Peace Research 57(3): 492-503."),
    bibtex="""@article{pevehouseetal2020tow,
  author = {Pevehouse, Jon C. W. and Nordstrom, Timothy and McManus, Roseanne W. and Jamison, Anne Spencer},
  title = {Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets},
  journal = {Journal of Peace Research}, volume = {57}, number = {3}, pages = {492--503}, year = {2020}}""",
    coverage="1816-2014",
    files=(
        ps.ps_file("cow_igo_ndy", "e663531dab70d1d46419fdf0d2d29d51b5b314eab055ea1f691d824e4d15af26"),
        ps.ps_file("cow_igo_sy", "0102eb9d48f34791ddb1a17aa0b312df23117ebafb3d707cee03ab64463e3bc7"),
    ),
    tables=("cow_igo_dyadic", "cow_igo_state"),
    homepage="https://correlatesofwar.org/data-sets/igos/",
)

DYADIC = ["ccode1", "ccode2", "year", "dyadigos"]
STATE = ["ccode", "year", "sum_igo_full", "sum_igo_associate", "sum_igo_observer", "sum_igo_anytype"]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    dyadic_path, state_path = paths["cow_igo_ndy.rda"], paths["cow_igo_sy.rda"]
    dyadic = _codes.cow_dyad_table(dyadic_path, DYADIC, DYADIC, ["dyadigos"])
    state = _codes.cow_state_table(state_path, STATE, STATE, STATE[2:])
    return store.replace_source(con, INFO, {"cow_igo_dyadic": dyadic, "cow_igo_state": state},
                                coverage=_base.year_span(state["year"]))
