"""CAMEO lookup tables (Schrodt's Conflict and Mediation Event Observations codebook) with the
Goldstein (1992) conflict-cooperation scale, as distributed with GDELT.

Tables:
- `cameo_event_codes`: event_code, description, base_code, base_description, root_code,
  root_description (codes kept as text: "010" is not "10").
- `cameo_goldstein`: event_code, goldstein (-10 conflict .. +10 cooperation).
- `cameo_countries`, `cameo_actor_types`, `cameo_known_groups`, `cameo_religions`,
  `cameo_ethnic_groups`: code, label.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import _base
from latitude.sources._base import SourceInfo, github_file

GDELT_REPO, GDELT_COMMIT = "joshmorel/GDELT", "c8fd884f"
LABEL_TABLES = {"CAMEO.country.txt": "cameo_countries", "CAMEO.actortype.txt": "cameo_actor_types",
                "CAMEO.knowngroup.txt": "cameo_known_groups", "CAMEO.religion.txt": "cameo_religions",
                "CAMEO.ethnic.txt": "cameo_ethnic_groups"}
SHA256 = {
    "CAMEO.eventcodesfull.txt": "68fb5de3974017d026a041bbf7584b2223d36317b82fa4db7c06dd0d144c4304",
    "CAMEO.country.txt": "151a82afc0630d2f67e99e1fc6518de0c887adcfaff53e7b07e38fc0a7bd9bda",
    "CAMEO.actortype.txt": "6b65032122d8593fdec51970a2f0b5df42a0985a9083784f315fb7ca12a080db",
    "CAMEO.knowngroup.txt": "67d06655cdec9f68eb29274baac337b2036be148faf06a616cae6d7abdbf4650",
    "CAMEO.religion.txt": "4984243201b701cb46a22c89e86a353fb6b4bfc309ab8d07046fdb4b761f108a",
    "CAMEO.ethnic.txt": "346438903c50d6da7c46e8b64d42ffbdc5ec9b3641545b8bedce5b9cc4a3c898",
}

INFO = SourceInfo(
    name="cameo",
    title="CAMEO event, actor and country codes with Goldstein scale weights",
    publisher="Schrodt et al. (CAMEO codebook); lookup tables as distributed with GDELT",
    version="GDELT lookups (joshmorel/GDELT c8fd884f; Goldstein from mpiccirilli/UNDP-BCPR-Project 08d29bb4)",
    licence="GDELT lookup tables, free use with citation",
    citation=("Schrodt, Philip A. 2012. CAMEO: Conflict and Mediation Event Observations Event and Actor Codebook, "
              "version 1.1b3. Pennsylvania State University. Gerner, Deborah J., Philip A. Schrodt, Ömür Yilmaz "
              "and Rajaa Abu-Jabr. 2002. Conflict and Mediation Event Observations (CAMEO): A New Event Data "
              "Framework for the Analysis of Foreign Policy Interactions. Annual Meeting of the International "
              "Studies Association, New Orleans. Goldstein, Joshua S. 1992. A Conflict-Cooperation Scale for WEIS "
              "Events Data. Journal of Conflict Resolution 36(2): 369-385."),
    bibtex="""@manual{schrodt2012cameo,
  author = {Schrodt, Philip A.},
  title = {{CAMEO}: Conflict and Mediation Event Observations Event and Actor Codebook, version 1.1b3},
  organization = {Pennsylvania State University}, year = {2012}}
@inproceedings{gerneretal2002cameo,
  author = {Gerner, Deborah J. and Schrodt, Philip A. and Yilmaz, {\\"O}m{\\"u}r and Abu-Jabr, Rajaa},
  title = {Conflict and Mediation Event Observations ({CAMEO}): A New Event Data Framework for the Analysis of
           Foreign Policy Interactions},
  booktitle = {Annual Meeting of the International Studies Association}, address = {New Orleans}, year = {2002}}
@article{goldstein1992ccs,
  author = {Goldstein, Joshua S.}, title = {A Conflict-Cooperation Scale for {WEIS} Events Data},
  journal = {Journal of Conflict Resolution}, volume = {36}, number = {2}, pages = {369--385}, year = {1992}}""",
    coverage="code lists (no years)",
    files=tuple(
        github_file(GDELT_REPO, GDELT_COMMIT, f"Lookups/{name}", f"cameo_lookups/{name}", sha)
        for name, sha in SHA256.items()) + (
        github_file("mpiccirilli/UNDP-BCPR-Project", "08d29bb4", "CAMEO.goldsteinscale.txt",
                    "cameo_lookups/CAMEO.goldsteinscale.txt",
                    "22ae69794e081b8cc9bb87a15f59fabdaa6e9ba00b1d08990b46cd75291c0ca8"),),
    tables=("cameo_event_codes", "cameo_goldstein", *LABEL_TABLES.values()),
    homepage="https://parusanalytics.com/eventdata/data.dir/cameo.html",
)

EVENT_COLUMNS = ["EventCode", "EventDescription", "EventBaseCode", "EventBaseDescription", "EventRootCode",
                 "EventRootDescription"]


def info() -> SourceInfo:
    return INFO


def fetch(dest: str | Path | None = None, mirror: str | Path | None = None) -> Path:
    return _base.fetch(INFO, dest, mirror)


def _read(path: Path, columns: list[str]) -> pd.DataFrame:
    try:
        df = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise LatitudeError(f"cannot read {path}: not a tab-separated CAMEO lookup ({exc})") from exc
    _base.require_columns(df, columns, path)
    return df[columns]


def _code_check(codes: pd.Series, path: Path) -> None:
    bad = codes[~codes.str.fullmatch(r"\d{1,4}")]
    if len(bad):
        raise LatitudeError(f"{path}: unexpected CAMEO event code {bad.iloc[0]!r}; expected 1-4 digits")


def load(con: duckdb.DuckDBPyConnection, raw: str | Path | None = None) -> dict[str, int]:
    paths = _base.local_files(INFO, raw)
    events = _read(paths["CAMEO.eventcodesfull.txt"], EVENT_COLUMNS)
    events.columns = ["event_code", "description", "base_code", "base_description", "root_code", "root_description"]
    _code_check(events["event_code"], paths["CAMEO.eventcodesfull.txt"])
    goldstein = _read(paths["CAMEO.goldsteinscale.txt"], ["CAMEOEVENTCODE", "GOLDSTEINSCALE"])
    goldstein.columns = ["event_code", "goldstein"]
    _code_check(goldstein["event_code"], paths["CAMEO.goldsteinscale.txt"])
    goldstein["goldstein"] = pd.to_numeric(goldstein["goldstein"], errors="coerce")
    outside = goldstein[~goldstein["goldstein"].between(-10, 10)]
    if len(outside):
        raise LatitudeError(f"{paths['CAMEO.goldsteinscale.txt']}: unexpected Goldstein value "
                            f"{outside['goldstein'].iloc[0]} for code {outside['event_code'].iloc[0]}; "
                            "expected -10..10")
    tables: dict[str, pd.DataFrame] = {"cameo_event_codes": events, "cameo_goldstein": goldstein}
    for name, table in LABEL_TABLES.items():
        labels = _read(paths[name], ["CODE", "LABEL"])
        labels.columns = ["code", "label"]
        tables[table] = labels
    return store.replace_source(con, INFO, tables)
