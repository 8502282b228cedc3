"""Correlates of War National Material Capabilities (Singer, Bremer & Stuckey 1972), as distributed
by peacesciencer.

Table `cow_nmc`: ccode, year, iso3, milex (thousands of current US dollars), milper (thousands),
irst (thousands of tons), pec (thousands of coal-ton equivalents), tpop, upop (thousands) and
cinc (share of the system's capabilities). COW's -9 is NULL.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from latitude import store
from latitude.sources import _base, _codes, _peacesciencer as ps
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="cow_nmc",
    title="Correlates of War National Material Capabilities",
    publisher="Correlates of War Project; file from peacesciencer (Miller)",
    version="NMC as in peacesciencer fe150a26 (its version table says 6.0; rows run to 2022)",
    licence=ps.LICENCE,
    citation=("Singer, J. David, Stuart Bremer and John Stuckey. 1972. Capability Distribution, Uncertainty, and "
              "Major Power War, 1820-1965. In Bruce Russett (ed.), Peace, War, and Numbers. Beverly Hills: Sage, "
              "19-48. Singer, J. David. 1987. Reconstructing the Correlates of War Dataset on Material Capabilities "
              "of States, 1816-1985. International Interactions 14(2): 115-132."),
    bibtex="""@incollection{singeretal1972cdu,
  author = {Singer, J. David and Bremer, Stuart and Stuckey, John},
  title = {Capability Distribution, Uncertainty, and Major Power War, 1820-1965},
  booktitle = {Peace, War, and Numbers}, editor = {Russett, Bruce}, publisher = {Sage},
  address = {Beverly Hills}, pages = {19--48}, year = {1972}}
@article{singer1987rcwd,
  author = {Singer, J. David},
  title = {Reconstructing the Correlates of War Dataset on Material Capabilities of States, 1816-1985},
  journal = {International Interactions}, volume = {14}, number = {2}, pages = {115--132}, year = {1987}}""",
    coverage="1816-2022",
    files=(ps.ps_file("cow_nmc", "c265ab4ffa73c87ddc565ce08a12963e8a6aa5020a56e3658108add14b24e82d"),),
    tables=("cow_nmc",),
    homepage="https://correlatesofwar.org/data-sets/national-material-capabilities/",
)

MEASURES = ["milex", "milper", "irst", "pec", "tpop", "upop", "cinc"]
COLUMNS = ["ccode", "year", *MEASURES]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    path = _base.local_files(INFO, raw)["cow_nmc.rda"]
    df = _codes.cow_state_table(path, COLUMNS, ["ccode", "year"], MEASURES)
    return store.replace_source(con, INFO, {"cow_nmc": df}, coverage=_base.year_span(df["year"]))
