"""State system membership (Correlates of War and Gleditsch & Ward), capitals, minimum distances,
direct contiguity and major powers, as distributed by peacesciencer.

Tables (dates as DATE, codes as integers, iso3 beside every state code where one exists):
- `cow_states`: stateabb, ccode, iso3, statenme, styear, stmonth, stday, endyear, endmonth, endday, version
- `gw_states`: gwcode, iso3, stateabb, statename, startdate, enddate
- `cow_capitals` / `gw_capitals`: ccode or gwcode, iso3, statenme, capital, stdate, enddate, lat, lng
- `cow_mindist`: ccode1 < ccode2, year, iso3_1, iso3_2, mindist (km between the closest points of the
  two states' borders, CShapes 2.0; 0 for neighbours)
- `cow_contdir` (pairs listed both ways): ccode1, ccode2, iso3_1, iso3_2, conttype (0 not contiguous in that spell, as published; 1 land or river border; 2, 3, 4, 5 separated
  by at most 12, 24, 150, 400 miles of water), stdate, enddate
- `cow_majors`: ccode, iso3, styear, stmonth, stday, endyear, endmonth, endday, version
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.sources import _base, _codes, _peacesciencer as ps
from latitude.sources._base import SourceInfo

INFO = SourceInfo(
    name="cow_states",
    title="State system membership (COW, Gleditsch-Ward), capitals, distances, contiguity, major powers",
    publisher="Correlates of War Project; Gleditsch & Ward; CShapes (Schvitz et al.); compiled by peacesciencer",
    version="COW states 2016, GW 2017, contiguity 3.2, CShapes 2.0, majors 2016 (peacesciencer fe150a26)",
    licence=ps.LICENCE,
    citation=("Correlates of War Project. 2017. State System Membership List, v2016. https://correlatesofwar.org. "
              "Gleditsch, Kristian S. and Michael D. Ward. 1999. A Revised List of Independent States since the "
              "Congress of Vienna. International Interactions 25(4): 393-413. "
              "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl and Charles Gochman. 2002. "
              "The Correlates of War Project Direct Contiguity Data, Version 3. Conflict Management and Peace "
              "Science 19(2): 58-66. Schvitz, Guy, Seraina Rüegger, Luc Girardin, Lars-Erik Cederman, Nils "
              "Weidmann and Kristian Skrede Gleditsch. 2022. Mapping the International System, 1886-2019: The "
              "CShapes 2.0 Dataset. Journal of Conflict Resolution 66(1): 144-161. " + ps.CITATION),
    bibtex="""@misc{cowstates2016,
  author = {{Correlates of War Project}}, title = {State System Membership List, v2016},
  year = {2017}, url = {https://correlatesofwar.org/data-sets/state-system-membership/}}
@article{gleditschward1999rlis,
  author = {Gleditsch, Kristian S. and Ward, Michael D.},
  title = {A Revised List of Independent States since the Congress of Vienna},
  journal = {International Interactions}, volume = {25}, number = {4}, pages = {393--413}, year = {1999}}
@article{stinnettetal2002cow,
  author = {Stinnett, Douglas M. and Tir, Jaroslav and Schafer, Philip and Diehl, Paul F. and Gochman, Charles},
  title = {The Correlates of War Project Direct Contiguity Data, Version 3},
  journal = {Conflict Management and Peace Science}, volume = {19}, number = {2}, pages = {58--66}, year = {2002}}
@article{schvitzetal2022mis,
  author = {Schvitz, Guy and R{\\"u}egger, Seraina and Girardin, Luc and Cederman, Lars-Erik and Weidmann, Nils
            and Gleditsch, Kristian Skrede},
  title = {Mapping the International System, 1886-2019: The {CShapes} 2.0 Dataset},
  journal = {Journal of Conflict Resolution}, volume = {66}, number = {1}, pages = {144--161}, year = {2022}}
""" + ps.BIBTEX,
    coverage="1816-2024 (state lists); distances 1886-2019; contiguity to 2016",
    files=(
        ps.ps_file("cow_states", "9248b9fc801124d2bb48c58740bb335a1ee4938c4096e4d5e0bd01c22bf1dc09"),
        ps.ps_file("gw_states", "4746858bf919a7af31e4a7afbda77294c350e80fd3899b8c20893c5b5f7829ec"),
        ps.ps_file("cow_capitals", "8659cd333a0cade601fd66f8de7e610962904c9562db5d07eaf4ccec862a6a0d"),
        ps.ps_file("gw_capitals", "b60bf1d3111b0532fd0310caea64fa01a96fc14faac4c3ccf7d95231c95a1197"),
        ps.ps_file("cow_mindist", "9fa13d911c454d463044bf13a711c64b90a6131246e2d239dcdf4d01f2f263b4"),
        ps.ps_file("cow_contdir", "779062fb96238a7c55dbb3436a0925f67d8f0b5bd8e522731c0c3c55f492dd70"),
        ps.ps_file("cow_majors", "673cb752c2d1af045ea8e2c602b45bc037b84dda9537bfb060142ff255c7f2b6"),
    ),
    tables=("cow_states", "gw_states", "cow_capitals", "gw_capitals", "cow_mindist", "cow_contdir", "cow_majors"),
    homepage="https://correlatesofwar.org/data-sets/state-system-membership/",
)

DATE_PARTS = ["styear", "stmonth", "stday", "endyear", "endmonth", "endday", "version"]
CAPITALS = ["statenme", "capital", "stdate", "enddate", "lat", "lng"]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def _dates(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    for col in columns:
        df[col] = pd.to_datetime(df[col], errors="coerce").dt.date
    return df


def _with_iso3(df: pd.DataFrame, code: str, iso3: pd.Series) -> pd.DataFrame:
    df.insert(df.columns.get_loc(code) + 1, "iso3", iso3)
    return df


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    cow_states = _codes.rda_table(paths["cow_states.rda"], ["stateabb", "ccode", "statenme", *DATE_PARTS],
                                  ["ccode", *DATE_PARTS])
    cow_states = _with_iso3(cow_states, "ccode", _codes.cow_iso3(cow_states["ccode"]))

    gw_states = _codes.rda_table(paths["gw_states.rda"], ["gwcode", "stateabb", "statename", "startdate", "enddate"],
                                 ["gwcode"])
    gw_states = _dates(gw_states, ["startdate", "enddate"])
    gw_states = _with_iso3(gw_states, "gwcode", _codes.gw_keys(gw_states["gwcode"])["iso3"])

    cow_capitals = _dates(_codes.rda_table(paths["cow_capitals.rda"], ["ccode", *CAPITALS], ["ccode"]),
                          ["stdate", "enddate"])
    cow_capitals = _with_iso3(cow_capitals, "ccode", _codes.cow_iso3(cow_capitals["ccode"]))
    gw_capitals = _dates(_codes.rda_table(paths["gw_capitals.rda"], ["gwcode", *CAPITALS], ["gwcode"]),
                         ["stdate", "enddate"])
    gw_capitals = _with_iso3(gw_capitals, "gwcode", _codes.gw_keys(gw_capitals["gwcode"])["iso3"])

    mindist_path = paths["cow_mindist.rda"]
    mindist = _codes.rda_table(mindist_path, ["ccode1", "ccode2", "year", "mindist"], ["ccode1", "ccode2", "year"])
    _codes.check_non_negative(mindist["mindist"], mindist_path, "mindist")
    mindist = _codes.add_dyad_iso3(mindist)[["ccode1", "ccode2", "year", "iso3_1", "iso3_2", "mindist"]]

    contdir_path = paths["cow_contdir.rda"]
    contdir = _codes.rda_table(contdir_path, ["ccode1", "ccode2", "conttype", "stdate", "enddate"],
                               ["ccode1", "ccode2", "conttype"])
    _codes.check_allowed(contdir["conttype"], {0, 1, 2, 3, 4, 5}, contdir_path, "conttype")
    contdir = _codes.add_dyad_iso3(_dates(contdir, ["stdate", "enddate"]))
    contdir = contdir[["ccode1", "ccode2", "iso3_1", "iso3_2", "conttype", "stdate", "enddate"]]

    majors = _codes.rda_table(paths["cow_majors.rda"], ["ccode", *DATE_PARTS], ["ccode", *DATE_PARTS])
    majors = _with_iso3(majors, "ccode", _codes.cow_iso3(majors["ccode"]))

    start = int(cow_states["styear"].min())
    end = int(pd.Series([cow_states["endyear"].max(), pd.to_datetime(cow_capitals["enddate"]).dt.year.max()]).max())
    return store.replace_source(
        con, INFO,
        {"cow_states": cow_states, "gw_states": gw_states, "cow_capitals": cow_capitals, "gw_capitals": gw_capitals,
         "cow_mindist": mindist, "cow_contdir": contdir, "cow_majors": majors},
        coverage=(start, end))
