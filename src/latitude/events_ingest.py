"""Load event data (GDELT 1.0, GDELT 2.0, ICEWS, latitude's own coder) into one `events` table.

Every format is normalised to one row per event: date, source_iso3, source_sector, target_iso3,
target_sector, cameo (text, leading zeros kept), root_code, quad_class (1 verbal cooperation,
2 material cooperation, 3 verbal conflict, 4 material conflict), goldstein, source_id, url, origin
('gdelt1' | 'gdelt2' | 'icews' | 'latitude-coder'), file (the name of the loaded file),
source_name / target_name (the actors as the source names them: ICEWS "Source Name", GDELT
"Actor1Name"; missing for coded text), which let first visits be restricted to the leader in
person, file_id (the load it came from, a row of `event_files`) and sample (true for the rows of a
bundled sample, which must never pass for a series).

`event_files` registers every load: the dataset (a store source such as 'gdelt_sample', or 'user'
for files loaded with `latitude events load`), the file's name, absolute path and SHA-256, its
format and origins, rows, rejected lines and first and last dates (the coverage the measures
read). A user file is keyed by path and content: loading the same path again, or the same content
from another path, replaces that earlier load's rows; it never touches a source's rows, whatever
its name.

Files stream through DuckDB's CSV reader with explicit column types into `INSERT ... SELECT`, so
a year of GDELT (tens of millions of rows) loads in bounded memory. Rows DuckDB cannot parse
(wrong number of columns, a date that is not a date, a Goldstein score that is not a number)
are kept out of the table and reported with their line numbers (DuckDB `store_rejects`). A file
whose last line is cut off (no final newline), or whose every row is rejected, is an error. All the
files of one call load in a single transaction: either every file's rows land or none do.
"""
from __future__ import annotations

import gzip
import hashlib
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from latitude import cameo, countries
from latitude.errors import LatitudeError

if TYPE_CHECKING:
    from latitude.sources._base import SourceInfo

FORMATS = ("gdelt1", "gdelt2", "icews", "text")
TEXT_SUFFIXES = (".txt", ".jsonl", ".ndjson")

EVENTS_COLUMNS = ("date", "source_iso3", "source_sector", "target_iso3", "target_sector", "cameo",
                  "root_code", "quad_class", "goldstein", "source_id", "url", "origin", "file",
                  "source_name", "target_name", "file_id", "sample")
NAME_COLUMNS = ("source_name", "target_name")  # added 2026-11-27: stores made earlier gain them on load
# Columns added after the first release, with their types: an events table made earlier gains them.
ADDED_COLUMNS = {"source_name": "VARCHAR", "target_name": "VARCHAR", "file_id": "INTEGER", "sample": "BOOLEAN"}
USER = "user"   # event_files.dataset of files loaded with `latitude events load` (and coded text)

EVENTS_DDL = """
CREATE TABLE IF NOT EXISTS events (
    date DATE,
    source_iso3 VARCHAR,
    source_sector VARCHAR,
    target_iso3 VARCHAR,
    target_sector VARCHAR,
    cameo VARCHAR,
    root_code VARCHAR,
    quad_class TINYINT,
    goldstein DOUBLE,
    source_id VARCHAR,
    url VARCHAR,
    origin VARCHAR,
    file VARCHAR,
    source_name VARCHAR,
    target_name VARCHAR,
    file_id INTEGER,
    sample BOOLEAN
)
"""

EVENT_FILES_DDL = """
CREATE TABLE IF NOT EXISTS event_files (
    file_id INTEGER,
    dataset VARCHAR,
    file VARCHAR,
    path VARCHAR,
    sha256 VARCHAR,
    format VARCHAR,
    origins VARCHAR,
    sample BOOLEAN,
    rows BIGINT,
    malformed BIGINT,
    first_date DATE,
    last_date DATE,
    loaded_at TIMESTAMP
)
"""


_GDELT_HEAD = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]


def _geo(prefix: str, adm2: bool) -> list[str]:
    parts = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if adm2 else []) + \
        ["Lat", "Long", "FeatureID"]
    return [f"{prefix}Geo_{p}" for p in parts]


# GDELT 1.0: 57 columns in the historical backfiles (to March 2013), 58 in the daily exports
# (SOURCEURL added). GDELT 2.0: 61 columns (ADM2 codes added to the three geographies).
GDELT1_COLUMNS = _GDELT_HEAD + _geo("Actor1", False) + _geo("Actor2", False) + _geo("Action", False) + ["DATEADDED"]
GDELT1_URL_COLUMNS = GDELT1_COLUMNS + ["SOURCEURL"]
GDELT2_COLUMNS = _GDELT_HEAD + _geo("Actor1", True) + _geo("Actor2", True) + _geo("Action", True) + \
    ["DATEADDED", "SOURCEURL"]
_GDELT_TYPES = {"SQLDATE": "DATE", "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE"}

ICEWS_REQUIRED = ("Event ID", "Event Date", "Source Sectors", "Source Country", "CAMEO Code",
                  "Target Sectors", "Target Country")
_ICEWS_TYPES = {"Event Date": "DATE", "Intensity": "DOUBLE"}

# CAMEO country codes (GDELT actor country codes) that are not the ISO3 code of the same place,
# read off CAMEO.country.txt (GDELT lookups). Regions ("AFR" Africa, "WST" the West, "PGS"
# Persian Gulf, "SAF" Southern Africa, ...) and dissolved units ("ANT" Netherlands Antilles) have
# no ISO3 and stay missing. Every other code in the table is already the ISO3 code.
CAMEO_NOT_ISO3 = {"ROM": "ROU", "TMP": "TLS", "IMY": "IMN", "MTN": "MNE", "WSB": "PSE", "GZS": "PSE",
                  "BAG": "IRQ", "KOS": "XKX"}
CAMEO_REGIONS = ("AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
                 "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "ANT")

MAX_REPORTED_LINES = 20
_scan_ids = count(1)


@dataclass
class FileReport:
    """What one file contributed: rows loaded, rows refused and why (first lines listed)."""

    file: str
    format: str
    rows_loaded: int = 0
    malformed: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)   # (line, error) for the first few
    replaced: list[str] = field(default_factory=list)   # earlier loads (same path or content) it replaced
    sample: bool = False     # the content is a bundled sample's file

    def lines(self, limit: int = MAX_REPORTED_LINES) -> str:
        shown = ", ".join(f"line {line} ({error})" for line, error in self.problems[:limit])
        more = self.malformed - min(len(self.problems), limit)
        return shown + (f", … {more:,} more" if more > 0 else "")

    def summary(self) -> str:
        text = f"{self.file} ({self.format}): {self.rows_loaded:,} events loaded"
        if self.malformed:
            text += f"; {self.malformed:,} malformed row(s) skipped: {self.lines()}"
        if self.replaced:
            text += f"; replaces the earlier load of {', '.join(self.replaced)}"
        if self.sample:
            text += "; this is a bundled sample's file: its rows are flagged as a sample"
        return text


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create `events` and `event_files`, or bring tables made by earlier versions up to date
    (columns added since, and their rows registered in `event_files`)."""
    con.execute(EVENTS_DDL)
    con.execute(EVENT_FILES_DDL)
    present = set(_column_names(con, "events"))
    if set(ADDED_COLUMNS) <= present:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        for column, kind in ADDED_COLUMNS.items():
            if column not in present:
                con.execute(f"ALTER TABLE events ADD COLUMN {column} {kind}")
        if "file_id" not in present:
            _register_earlier_rows(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _column_names(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]


def _register_earlier_rows(con: duckdb.DuckDBPyConnection) -> None:
    """Rows loaded before `event_files` existed: one registry entry per file name and origin, the
    bundled samples recognised by their published file names (their path and hash are unknown)."""
    samples = {(origin, name): dataset for dataset, (origin, name, _) in sample_files().items()}
    earlier = con.execute("SELECT file, origin, count(*), min(date), max(date) FROM events "
                          "WHERE file_id IS NULL GROUP BY ALL ORDER BY ALL").fetchall()
    for file, origin, rows, first, last in earlier:
        dataset = samples.get((origin, file), USER)
        file_id = _next_file_id(con)
        is_sample = dataset != USER
        con.execute("UPDATE events SET file_id = ?, sample = ? WHERE file_id IS NULL AND file IS NOT DISTINCT FROM ? "
                    "AND origin IS NOT DISTINCT FROM ?", [file_id, is_sample, file, origin])
        con.execute("INSERT INTO event_files VALUES (?, ?, ?, NULL, NULL, ?, ?, ?, ?, 0, ?, ?, current_timestamp)",
                    [file_id, dataset, file, origin, origin, is_sample, rows, first, last])


@lru_cache(maxsize=1)
def sample_files() -> dict[str, tuple[str, str, str]]:
    """Bundled sample sources that load into `events`: dataset -> (origin, file name, SHA-256)."""
    from latitude.sources import gdelt, icews

    return {gdelt.INFO.name: ("gdelt1", gdelt.FILE, gdelt.INFO.files[0].sha256),
            icews.INFO.name: ("icews", icews.FILE, icews.INFO.files[0].sha256)}


def _next_file_id(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT coalesce(max(file_id), 0) + 1 FROM event_files").fetchall()[0][0])


# ---------------------------------------------------------------- format detection

def _first_line(path: Path) -> str:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.strip():
                    return line.rstrip("\r\n")
    except (OSError, EOFError) as exc:
        raise LatitudeError(f"cannot read {path}: {exc}") from exc
    raise LatitudeError(f"{path} is empty: expected GDELT or ICEWS event rows")


def detect_format(path: Path) -> str:
    """'gdelt1' (57/58 tab-separated columns), 'gdelt2' (61), 'icews' (header with 'Event ID') or
    'text' (news text to code: .txt, .jsonl)."""
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    if path.suffix == ".zip":
        raise LatitudeError(f"{path} is a zip archive: unzip it first (GDELT's .export.CSV.zip holds one CSV)")
    line = _first_line(path)
    fields = line.split("\t")
    if fields[0].strip().strip('"').lower() == "event id":
        return "icews"
    if len(fields) in (len(GDELT1_COLUMNS), len(GDELT1_URL_COLUMNS)):
        return "gdelt1"
    if len(fields) == len(GDELT2_COLUMNS):
        return "gdelt2"
    raise LatitudeError(
        f"{path}: first line has {len(fields)} tab-separated fields, not a GDELT 1.0 (57/58), GDELT 2.0 (61) "
        "or ICEWS (header starting 'Event ID') events file; pass --format if it is one of them")


# ---------------------------------------------------------------- lookups

@lru_cache(maxsize=1)
def cameo_iso3_frame() -> pd.DataFrame:
    """CAMEO country code -> ISO3, for every 3-letter code latitude knows plus CAMEO's exceptions."""
    known = set(countries.state_table()["iso3"].dropna()) | countries._coco_iso3()
    mapping = {code: code for code in known if isinstance(code, str) and len(code) == 3}
    mapping.update(CAMEO_NOT_ISO3)
    for region in CAMEO_REGIONS:
        mapping.pop(region, None)
    return pd.DataFrame(sorted(mapping.items()), columns=["code", "iso3"])


@lru_cache(maxsize=1)
def goldstein_frame() -> pd.DataFrame:
    """CAMEO code -> Goldstein (1992) score, from the CAMEO table shipped with latitude's coder
    (GDELT's CAMEO.goldsteinscale.txt)."""
    scores = cameo.goldstein_table()
    return pd.DataFrame({"code": list(scores), "goldstein": list(scores.values())})


# ---------------------------------------------------------------- readers

def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _read_csv(path: Path, columns: list[str], types: dict[str, str], header: bool, dateformat: str,
              rejects: str) -> str:
    spec = ", ".join(f"{_sql_str(c)}: {_sql_str(types.get(c, 'VARCHAR'))}" for c in columns)
    return (f"read_csv({_sql_str(str(path))}, delim='\\t', header={str(header).lower()}, quote='', escape='', "
            f"auto_detect=false, columns={{{spec}}}, dateformat={_sql_str(dateformat)}, "
            f"store_rejects=true, rejects_table='{rejects}', rejects_scan='{rejects}_scan', "
            "max_line_size=4000000)")


@dataclass(frozen=True)
class Tag:
    """What every row of one load carries besides its data: the file's name, the load's
    `event_files` id and whether it is a bundled sample."""

    file: str
    file_id: int
    sample: bool = False


def _gdelt_select(relation: str, origin: str, tag: Tag, has_url: bool) -> str:
    url = "NULLIF(e.SOURCEURL, '')" if has_url else "NULL"
    return f"""
    SELECT e.SQLDATE AS date, s.iso3 AS source_iso3, NULLIF(e.Actor1Type1Code, '') AS source_sector,
           t.iso3 AS target_iso3, NULLIF(e.Actor2Type1Code, '') AS target_sector,
           e.EventCode AS cameo, e.EventRootCode AS root_code,
           CAST(COALESCE(e.QuadClass, {cameo.quad_class_sql('e.EventRootCode')}) AS TINYINT) AS quad_class,
           e.GoldsteinScale AS goldstein, e.GLOBALEVENTID AS source_id, {url} AS url,
           {_sql_str(origin)} AS origin, {_sql_str(tag.file)} AS file,
           NULLIF(e.Actor1Name, '') AS source_name, NULLIF(e.Actor2Name, '') AS target_name,
           {int(tag.file_id)} AS file_id, {str(tag.sample).lower()} AS sample
    FROM {relation} e
    LEFT JOIN _lat_cameo_iso3 s ON s.code = e.Actor1CountryCode
    LEFT JOIN _lat_cameo_iso3 t ON t.code = e.Actor2CountryCode"""


def _icews_select(relation: str, tag: Tag, columns: Iterable[str]) -> str:
    """INSERT-ready SELECT of ICEWS rows; `columns`: the file's columns (actor names are optional)."""
    # Codes that lost their leading zero in a spreadsheet ("46" for "046", "311" for "0311") are
    # re-padded: no two-digit code exceeds 20 and no three-digit code exceeds 204.
    raw = 'trim(e."CAMEO Code")'
    code = (f"(CASE WHEN length({raw}) = 2 AND {raw} > '20' OR length({raw}) = 3 AND {raw} > '204' "
            f"THEN '0' || {raw} ELSE {raw} END)")
    actor_names = ('NULLIF(CAST(e."Source Name" AS VARCHAR), \'\') AS source_name, '
                   'NULLIF(CAST(e."Target Name" AS VARCHAR), \'\') AS target_name'
                   if {"Source Name", "Target Name"} <= set(columns) else "NULL AS source_name, NULL AS target_name")
    return f"""
    SELECT e."Event Date" AS date, s.iso3 AS source_iso3, NULLIF(e."Source Sectors", '') AS source_sector,
           t.iso3 AS target_iso3, NULLIF(e."Target Sectors", '') AS target_sector,
           {code} AS cameo, left({code}, 2) AS root_code,
           CAST({cameo.quad_class_sql(f'left({code}, 2)')} AS TINYINT) AS quad_class,
           COALESCE(g4.goldstein, g3.goldstein, g2.goldstein) AS goldstein,
           CAST(e."Event ID" AS VARCHAR) AS source_id, NULL AS url, 'icews' AS origin, {_sql_str(tag.file)} AS file,
           {actor_names}, {int(tag.file_id)} AS file_id, {str(tag.sample).lower()} AS sample
    FROM {relation} e
    LEFT JOIN _lat_icews_iso3 s ON s.name = e."Source Country"
    LEFT JOIN _lat_icews_iso3 t ON t.name = e."Target Country"
    LEFT JOIN _lat_goldstein g4 ON g4.code = {code}
    LEFT JOIN _lat_goldstein g3 ON g3.code = left({code}, 3)
    LEFT JOIN _lat_goldstein g2 ON g2.code = left({code}, 2)"""


def _register_lookups(con: duckdb.DuckDBPyConnection) -> None:
    con.register("_lat_cameo_iso3", cameo_iso3_frame())
    con.register("_lat_goldstein", goldstein_frame())


def _register_icews_names(con: duckdb.DuckDBPyConnection, names: Iterable[object]) -> None:
    series = pd.Series(sorted({str(n) for n in names if n is not None and not pd.isna(n)}), dtype="object")
    frame = pd.DataFrame({"name": series, "iso3": countries.names_to_iso3(series).astype(object)})
    con.register("_lat_icews_iso3", frame)


def _rejects(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """Refused lines of one scan: line, error_type, column_name, fields (columns the line has)."""
    frame = con.execute(
        f"SELECT line, error_type, column_name, len(string_split(csv_line, chr(9))) AS fields FROM {table} "
        "ORDER BY line").df()
    con.execute(f"DROP TABLE IF EXISTS {table}")
    con.execute(f"DROP TABLE IF EXISTS {table}_scan")
    return frame


def _describe(row: pd.Series) -> str:
    kind = str(row["error_type"]).lower()
    if kind == "cast":
        return f"bad {row['column_name']}"
    if kind in ("missing columns", "too many columns"):
        return f"{row['fields']} columns"
    return kind


@contextmanager
def lookups_as_build_side(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Keep each lookup join built on the small lookup table, for the statements inside.

    With explicit types and `auto_detect=false` DuckDB estimates a CSV scan at a few dozen rows,
    so its build-side optimizer flips the first `file LEFT JOIN lookup` into a RIGHT join built on
    the whole file (a 10-million-row GDELT file: a 3.3 GB hash table, threads blocked on it).
    Disabling that one optimizer keeps the joins as written: the file streams through as the
    probe side and the 263-row lookups are the hash tables (`benchmarks/gdelt.py`: faster, and a
    third of the peak memory; docs/events.md has the figures).

    Use it around a whole transaction, not inside one: the setting is restored on the way out,
    which an aborted transaction would refuse.
    """
    before = con.execute("SELECT current_setting('disabled_optimizers')").fetchall()[0][0]
    wanted = ",".join(filter(None, [before, "build_side_probe_side"]))
    con.execute(f"SET disabled_optimizers = {_sql_str(wanted)}")
    try:
        yield
    finally:
        con.execute(f"SET disabled_optimizers = {_sql_str(before)}")


def _insert(con: duckdb.DuckDBPyConnection, select: str) -> int:
    return int(con.execute(f"INSERT INTO events BY NAME {select}").fetchall()[0][0])


def _load_gdelt(con: duckdb.DuckDBPyConnection, path: Path, fmt: str, tag: Tag) -> FileReport:
    report = FileReport(tag.file, fmt)
    if fmt == "gdelt2":
        layouts = [GDELT2_COLUMNS]
    else:
        # Historical backfiles have 57 columns, daily exports 58; a file may mix both.
        first = len(_first_line(path).split("\t"))
        layouts = [GDELT1_COLUMNS, GDELT1_URL_COLUMNS]
        if first == len(GDELT1_URL_COLUMNS):
            layouts.reverse()
    refused: pd.DataFrame | None = None
    for index, columns in enumerate(layouts):
        name = f"_lat_rejects_{next(_scan_ids)}"
        relation = _read_csv(path, columns, _GDELT_TYPES, header=False, dateformat="%Y%m%d", rejects=name)
        report.rows_loaded += _insert(con, _gdelt_select(relation, fmt, tag, "SOURCEURL" in columns))
        rejects = _rejects(con, name)
        rejects["_fits"] = rejects["fields"] == len(columns)
        if refused is None:
            refused = rejects
        else:
            # A line is malformed only if neither layout accepted it; report the error met by the
            # layout whose column count the line has.
            both = pd.concat([refused[refused["line"].isin(set(rejects["line"]))], rejects[rejects["line"].isin(
                set(refused["line"]))]])
            refused = both.sort_values(["line", "_fits"], ascending=[True, False]).drop_duplicates("line")
        later = layouts[index + 1:]
        if not later or refused.empty or not (refused["fields"] == len(later[0])).any():
            break
    _record_refused(report, refused)
    return report



def _record_refused(report: FileReport, refused: pd.DataFrame | None) -> None:
    if refused is None or refused.empty:
        return
    first = refused.drop_duplicates("line", keep="first")
    report.malformed = len(first)
    report.problems = [(int(r["line"]), _describe(r)) for _, r in first.head(MAX_REPORTED_LINES).iterrows()]


def _icews_header(path: Path) -> list[str]:
    header = [h.strip().strip('"') for h in _first_line(path).split("\t")]
    missing = [c for c in ICEWS_REQUIRED if c not in header]
    if missing:
        raise LatitudeError(f"{path}: ICEWS header lacks column(s) {', '.join(missing)}; is this an ICEWS events file?")
    return header


def _load_icews(con: duckdb.DuckDBPyConnection, path: Path, tag: Tag) -> FileReport:
    header = _icews_header(path)
    report = FileReport(tag.file, "icews")
    names_relation = _read_csv(path, header, {}, header=True, dateformat="%Y-%m-%d", rejects="_lat_names_rejects")
    names = con.execute(f'SELECT DISTINCT "Source Country" FROM {names_relation} '
                        f'UNION SELECT DISTINCT "Target Country" FROM {names_relation}').fetchall()
    _rejects(con, "_lat_names_rejects")
    _register_icews_names(con, (n for (n,) in names))
    name = f"_lat_rejects_{next(_scan_ids)}"
    relation = _read_csv(path, header, _ICEWS_TYPES, header=True, dateformat="%Y-%m-%d", rejects=name)
    report.rows_loaded = _insert(con, _icews_select(relation, tag, header))
    _record_refused(report, _rejects(con, name))
    return report


def icews_frame_to_events(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, tag: Tag) -> FileReport:
    """Insert ICEWS rows already in memory (e.g. the R sample), columns named as in ICEWS files,
    inside the caller's transaction (`replace_sample` registers the load)."""
    missing = [c for c in ICEWS_REQUIRED if c not in frame.columns]
    if missing:
        raise LatitudeError(f"{tag.file}: ICEWS rows lack column(s) {', '.join(missing)}")
    frame = frame.copy()
    frame["Event Date"] = pd.to_datetime(frame["Event Date"], errors="coerce").dt.date
    bad = frame["Event Date"].isna()
    _register_lookups(con)
    _register_icews_names(con, pd.concat([frame["Source Country"], frame["Target Country"]]))
    con.register("_lat_icews_rows", frame[~bad])
    rows_loaded = _insert(con, _icews_select("_lat_icews_rows", tag, frame.columns))
    report = FileReport(tag.file, "icews", rows_loaded=rows_loaded)
    con.unregister("_lat_icews_rows")
    report.malformed = int(bad.sum())
    report.problems = [(int(i) + 1, "bad Event Date") for i in frame.index[bad][:MAX_REPORTED_LINES]]
    return report


# ---------------------------------------------------------------- public entry points

def load_events(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path], format: str = "auto",
                replace: bool = False, on_file=None, date: str | None = None,
                before_commit=None, dataset: str = USER) -> list[FileReport]:
    """Load event files into `events` in one transaction; returns one report per file.

    `format` is 'gdelt1', 'gdelt2', 'icews', 'text' (news text coded by latitude's coder; `date`
    is the article date for texts without one) or 'auto' (from the suffix and first line). A file
    is keyed by its absolute path and SHA-256: loading the same path again (its content may have
    changed) or the same content from another path replaces that earlier load's rows within
    `dataset` ('user' for files a user loads; an updater passes its source's name). Rows of other
    datasets (the bundled samples, other sources) are never replaced, whatever the file's name;
    `replace=True` first drops every earlier load of `dataset`. A file cut inside its last line, or
    whose rows are all rejected, is a one-line error and nothing changes. `on_file(report)` is
    called after each file (for progress display); `before_commit(con, reports)` runs inside the
    transaction after the last file (the GDELT updater writes its provenance row there, so rows and
    provenance change together).
    """
    files = [Path(p).expanduser() for p in paths]
    for path in files:
        if not path.is_file():
            raise LatitudeError(f"no such file: {path}")
    files = [path.resolve() for path in files]
    if format != "auto" and format not in FORMATS:
        raise LatitudeError(f"unknown events format '{format}': use gdelt1, gdelt2, icews, text or auto")
    plan = [(path, detect_format(path) if format == "auto" else format) for path in files]
    for path, fmt in plan:
        _check_layout(path, fmt)
        if fmt != "text":
            _check_complete(path)
    ensure_table(con)
    _register_lookups(con)
    reports: list[FileReport] = []
    # The checksums run in a thread beside the load (hashlib releases the GIL).
    hasher, stop = ThreadPoolExecutor(max_workers=1), threading.Event()
    digests: dict[Path, Future[str]] = {path: hasher.submit(_sha256_of, path, stop) for path, _ in plan}
    try:
        with _streaming(con), lookups_as_build_side(con):
            _load_all(con, plan, replace, date, digests, reports, on_file, before_commit, dataset)
    finally:
        stop.set()
        hasher.shutdown(cancel_futures=True)
    return reports


@contextmanager
def _streaming(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Row order inside the table carries no meaning; dropping it lets DuckDB stream big inserts."""
    ordered = con.execute("SELECT current_setting('preserve_insertion_order')").fetchall()[0][0]
    con.execute("SET preserve_insertion_order = false")
    try:
        yield
    finally:
        con.execute(f"SET preserve_insertion_order = {str(bool(ordered)).lower()}")


def _load_all(con: duckdb.DuckDBPyConnection, plan: list[tuple[Path, str]], replace: bool, date: str | None,
              digests: dict[Path, Future[str]], reports: list[FileReport], on_file, before_commit,
              dataset: str) -> None:
    """The files of one `load_events` call, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        if replace:
            _drop_loads(con, "dataset = ?", [dataset])
        for path, fmt in plan:
            tag = Tag(path.name, _next_file_id(con))
            if fmt == "text":
                report = _load_text(con, path, date, tag)
            elif fmt == "icews":
                report = _load_icews(con, path, tag)
            else:
                report = _load_gdelt(con, path, fmt, tag)
            if fmt != "text" and not report.rows_loaded:
                raise LatitudeError(_nothing_loaded(path, fmt, report))
            _register_load(con, tag, path, digests[path].result(), report, dataset)
            reports.append(report)
            if on_file is not None:
                on_file(report)
        if before_commit is not None:
            before_commit(con, reports)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise LatitudeError(f"loading events failed, nothing was changed: {str(exc).splitlines()[0]}") from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _sha256_of(path: Path, stop: threading.Event) -> str:
    """SHA-256 of a file; gives up (empty string) once `stop` is set, so a failed load does not wait.

    About 2.5 s of CPU per 4.3 GB (OpenSSL with SHA extensions): the price of keying loads by
    content, paid in a thread beside DuckDB's."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            if stop.is_set():
                return ""
            digest.update(block)
    return digest.hexdigest()


def _nothing_loaded(path: Path, fmt: str, report: FileReport) -> str:
    if report.malformed:
        return (f"{path}: all {report.malformed:,} rows were rejected ({report.lines(3)}): is it a {fmt} events "
                "file? Nothing was changed")
    return f"{path}: no event rows in the file: nothing was changed"


def _check_complete(path: Path) -> None:
    """Refuse a file whose last line is cut off (no final newline): its last value would be stored cut.

    Plain files: one look at the last byte. Gzip files are read through once (their end is only
    known after decompressing), which also catches a cut compressed stream."""
    if path.suffix == ".gz":
        lines, last = 0, b""
        try:
            with gzip.open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 22), b""):
                    lines += block.count(b"\n")
                    last = block[-1:]
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise LatitudeError(f"{path}: the compressed file is truncated or corrupt ({exc}): download it again; "
                                "nothing was changed") from exc
        if last in (b"\n", b""):
            return
    else:
        with open(path, "rb") as fh:
            fh.seek(-1, 2)
            if fh.read(1) == b"\n":
                return
            fh.seek(0)
            lines = sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 22), b""))
    raise LatitudeError(f"{path}: line {lines + 1} is cut off (the file does not end with a newline): the file is "
                        "truncated; download it again. Nothing was changed")


def _check_layout(path: Path, fmt: str) -> None:
    """Refuse a file whose first line is another layout (it would be all rejects)."""
    if fmt == "text":
        return
    if fmt == "icews":
        _icews_header(path)
        return
    fields = len(_first_line(path).split("\t"))
    expected = (len(GDELT1_COLUMNS), len(GDELT1_URL_COLUMNS)) if fmt == "gdelt1" else (len(GDELT2_COLUMNS),)
    if fields not in expected:
        hint = {57: "gdelt1", 58: "gdelt1", 61: "gdelt2"}.get(fields)
        raise LatitudeError(f"{path}: first line has {fields} columns, not {fmt} ({'/'.join(map(str, expected))})"
                            + (f"; use --format {hint}" if hint else ""))


def _drop_loads(con: duckdb.DuckDBPyConnection, where: str, args: list) -> list[str]:
    """Delete the rows and registry entries of the loads matching `where` (on event_files); their names."""
    gone = con.execute(f"SELECT file_id, file FROM event_files WHERE {where} ORDER BY file_id", args).fetchall()
    if gone:
        ids = ", ".join(str(int(file_id)) for file_id, _ in gone)
        con.execute(f"DELETE FROM events WHERE file_id IN ({ids})")
        con.execute(f"DELETE FROM event_files WHERE file_id IN ({ids})")
    return [file for _, file in gone]


def _register(con: duckdb.DuckDBPyConnection, tag: Tag, dataset: str, path: str | None, sha256: str | None,
              report: FileReport) -> None:
    first, last, origins = con.execute(
        "SELECT min(date), max(date), string_agg(DISTINCT origin, ',' ORDER BY origin) FROM events WHERE file_id = ?",
        [tag.file_id]).fetchall()[0]
    con.execute("INSERT INTO event_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)",
                [tag.file_id, dataset, tag.file, path, sha256, report.format, origins, tag.sample,
                 report.rows_loaded, report.malformed, first, last])


def _register_load(con: duckdb.DuckDBPyConnection, tag: Tag, path: Path | None, sha256: str,
                        report: FileReport, dataset: str = USER) -> None:
    """Register a load of `dataset`, replacing its earlier loads of the same path or the same content."""
    where = "dataset = ? AND file_id <> ? AND (sha256 = ? OR " + ("path = ?)" if path else "path IS NULL AND file = ?)")
    report.replaced = _drop_loads(con, where, [dataset, tag.file_id, sha256, str(path) if path else tag.file])
    samples = {checksum for _, _, checksum in sample_files().values()} | {checksum for (checksum,) in con.execute(
        "SELECT sha256 FROM event_files WHERE sample AND dataset <> ? AND sha256 IS NOT NULL", [USER]).fetchall()}
    if sha256 in samples:
        con.execute("UPDATE events SET sample = true WHERE file_id = ?", [tag.file_id])
        tag = Tag(tag.file, tag.file_id, sample=True)
        report.sample = True
    _register(con, tag, dataset, str(path) if path else None, sha256, report)


def _insert_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, tag: Tag, origin: str) -> int:
    """Insert rows already in the events layout (`url` optional) under `tag`, inside the caller's transaction."""
    optional = ("file", "origin", "url", "file_id", "sample", *NAME_COLUMNS)
    missing = [c for c in EVENTS_COLUMNS if c not in optional and c not in frame.columns]
    if missing:
        raise LatitudeError(f"{tag.file}: events lack column(s) {', '.join(missing)}")
    rows = frame.copy()
    rows["origin"] = rows["origin"] if "origin" in rows.columns else origin
    for column in ("url", *NAME_COLUMNS):
        rows[column] = rows[column] if column in rows.columns else None
    rows["file"] = tag.file
    rows["file_id"] = tag.file_id
    rows["sample"] = tag.sample
    rows["date"] = pd.to_datetime(rows["date"], errors="coerce").dt.date
    for column in ("cameo", "root_code", "source_id", "url", *NAME_COLUMNS):
        rows[column] = rows[column].astype("string")
    con.register("_lat_frame", rows[list(EVENTS_COLUMNS)])
    try:
        return _insert(con, "SELECT * FROM _lat_frame")
    finally:
        con.unregister("_lat_frame")


def insert_events_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, file: str,
                        origin: str = "latitude-coder") -> int:
    """Add events already in the events layout (e.g. `latitude.coding.frame.coded_events_frame`)
    as a user load named `file`, replacing an earlier frame of that name or the same rows, in one
    transaction (a source's rows are never replaced)."""
    ensure_table(con)
    digest = hashlib.sha256(pd.util.hash_pandas_object(frame.astype("string"), index=False).to_numpy().tobytes())
    con.execute("BEGIN TRANSACTION")
    try:
        tag = Tag(file, _next_file_id(con))
        added = _insert_frame(con, frame, tag, origin)
        _register_load(con, tag, None, digest.hexdigest(), FileReport(file, "frame", rows_loaded=added))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return added


def _load_text(con: duckdb.DuckDBPyConnection, path: Path, date: str | None, tag: Tag) -> FileReport:
    """Code a news text (plain text or JSONL articles) with latitude's coder and insert its events."""
    from latitude.coding.coder import code
    from latitude.coding.frame import coded_events_frame

    frame = coded_events_frame(code(path, date=date))
    return FileReport(path.name, "text", rows_loaded=_insert_frame(con, frame, tag, "latitude-coder"))


def replace_sample(con: duckdb.DuckDBPyConnection, info: SourceInfo, load) -> dict[str, int]:
    """Load a bundled sample source's rows into `events` (replacing only that source's earlier
    rows), register them in `event_files` (flagged as a sample) and write the source's provenance
    row, in one transaction. `load(con, tag)` inserts the rows under `tag` and returns a FileReport."""
    from latitude.store import PROVENANCE_DDL, write_provenance

    ensure_table(con)
    _register_lookups(con)
    con.execute(PROVENANCE_DDL)
    with lookups_as_build_side(con):
        con.execute("BEGIN TRANSACTION")
        try:
            _drop_loads(con, "dataset = ?", [info.name])
            published = info.files[0]
            tag = Tag(published.name, _next_file_id(con), sample=True)
            report = load(con, tag)
            _register(con, tag, info.name, None, published.sha256, report)
            span = con.execute("SELECT year(first_date), year(last_date) FROM event_files WHERE file_id = ?",
                               [tag.file_id]).fetchall()[0]
            write_provenance(con, info, {"events": report.rows_loaded}, (span[0], span[1]))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return {"events": report.rows_loaded}


def loaded_events(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """One row per load in the events table (from `event_files`): dataset (a source, or 'user'),
    file, format, events, first and last date, sample flag, path and SHA-256."""
    from latitude.store import has_table

    columns = ["dataset", "file", "format", "events", "first_date", "last_date", "sample", "path", "sha256"]
    if not has_table(con, "events"):
        return pd.DataFrame(columns=columns)
    if "file_id" not in _column_names(con, "events"):
        raise LatitudeError("the events table predates the load registry: run `latitude data build` or load "
                            "any events file to bring it up to date")
    return con.execute("""SELECT dataset, file, format, rows AS events, first_date, last_date, sample, path, sha256
                          FROM event_files ORDER BY dataset = 'user', dataset, file_id""").df()[columns]


# ---------------------------------------------------------------- GDELT tables elsewhere (Parquet, a cluster)

def gdelt_table_as_events(table, origin: str = "gdelt2", file: str = "gdelt", file_id: int = 1):
    """A GDELT events table in its published columns (e.g. Parquet on a cluster, or BigQuery's
    export: SQLDATE INTEGER YYYYMMDD, Actor1CountryCode, EventCode, QuadClass, GoldsteinScale, ...)
    as latitude's `events` layout: an Ibis expression on the table's own engine, with the same
    mapping as the file loader (CAMEO country codes -> ISO3 through `cameo_iso3_frame`, blanks
    missing, QuadClass from the root code where it is missing)."""
    import ibis

    codes = cameo_iso3_frame()
    source = ibis.memtable(codes.rename(columns={"code": "_source_code", "iso3": "source_iso3"}))
    target = ibis.memtable(codes.rename(columns={"code": "_target_code", "iso3": "target_iso3"}))
    t = table
    day = t.SQLDATE.cast("int64")
    root = t.EventRootCode.cast("string")
    by_root = ibis.cases(*((root.between(f"{lo:02d}", f"{hi:02d}"), q) for q, (lo, hi) in cameo.QUAD_ROOTS.items()))
    joined = t.left_join(source, t.Actor1CountryCode == source._source_code) \
        .left_join(target, t.Actor2CountryCode == target._target_code)
    return joined.select(
        date=ibis.date(day // 10000, (day // 100) % 100, day % 100),
        source_iso3=joined.source_iso3,
        source_sector=joined.Actor1Type1Code.nullif(""),
        target_iso3=joined.target_iso3,
        target_sector=joined.Actor2Type1Code.nullif(""),
        cameo=joined.EventCode.cast("string"),
        root_code=root,
        quad_class=joined.QuadClass.cast("int8").coalesce(by_root.cast("int8")),
        goldstein=joined.GoldsteinScale.cast("float64"),
        source_id=joined.GLOBALEVENTID.cast("string"),
        url=joined.SOURCEURL.nullif(""),
        origin=ibis.literal(origin),
        file=ibis.literal(file),
        source_name=joined.Actor1Name.nullif(""),
        target_name=joined.Actor2Name.nullif(""),
        file_id=ibis.literal(file_id, type="int32"),
        sample=ibis.literal(False),
    )


def attach_gdelt(backend, table, name: str = "gdelt", origin: str = "gdelt2", coverage=None):
    """Let latitude's measures read a GDELT table that lives on `backend` (an Ibis backend: PySpark
    on a cluster, DuckDB over Parquet files) without loading it: creates the views `events` (the
    table in latitude's layout, `gdelt_table_as_events`), `event_dates` (the same rows' date,
    origin and sample, without the country joins, for counting days) and `event_files` (its
    one-row registry: rows and first and last date, the coverage the measures read) and returns
    the catalogue.

    `coverage=(first_date, last_date, rows)` skips the one aggregate over the table that measures
    them otherwise (on a billion rows, worth passing when known).
    """
    import datetime as dt

    import ibis

    from latitude.catalogue import Catalogue

    if coverage is None:
        day = table.SQLDATE.cast("int64")
        stats = table.aggregate(first=day.min(), last=day.max(), rows=table.count()).to_pandas().iloc[0]
        if not stats["rows"]:
            raise LatitudeError(f"{name}: the GDELT table is empty: nothing to attach")
        first, last = (dt.date(int(v) // 10000, int(v) // 100 % 100, int(v) % 100)
                       for v in (stats["first"], stats["last"]))
        rows = int(stats["rows"])
    else:
        first, last, rows = pd.Timestamp(coverage[0]).date(), pd.Timestamp(coverage[1]).date(), int(coverage[2])
    registry = pd.DataFrame([{
        "file_id": 1, "dataset": USER, "file": name, "path": None, "sha256": None, "format": origin,
        "origins": origin, "sample": False, "rows": rows, "malformed": 0, "first_date": first, "last_date": last,
        "loaded_at": pd.Timestamp.now(tz="UTC").tz_localize(None)}])
    backend.create_view("events", gdelt_table_as_events(table, origin, name), overwrite=True)
    # The same rows' dates alone, straight from the table: counting days then skips the joins.
    day = table.SQLDATE.cast("int64")
    backend.create_view("event_dates", table.select(
        date=ibis.date(day // 10000, (day // 100) % 100, day % 100), origin=ibis.literal(origin),
        sample=ibis.literal(False)), overwrite=True)
    backend.create_view("event_files", ibis.memtable(registry.astype({"path": "string", "sha256": "string"})),
                        overwrite=True)
    return Catalogue(backend)
