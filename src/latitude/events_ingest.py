"""Load event data (GDELT 1.0, GDELT 2.0, ICEWS, latitude's own coder) into one `events` table.

Every format is normalised to one row per event: date, source_iso3, source_sector, target_iso3,
target_sector, cameo (text, leading zeros kept), root_code, quad_class (1 verbal cooperation,
2 material cooperation, 3 verbal conflict, 4 material conflict), goldstein, source_id, url, origin
('gdelt1' | 'gdelt2' | 'icews' | 'latitude-coder'), file (the name of the loaded file, so a
file loaded twice replaces its own rows instead of doubling them), and source_name / target_name
(the actors as the source names them: ICEWS "Source Name", GDELT "Actor1Name"; missing for coded
text), which let first visits be restricted to the leader in person.

Files stream through DuckDB's CSV reader with explicit column types into `INSERT ... SELECT`, so
a year of GDELT (tens of millions of rows) loads in bounded memory. Rows DuckDB cannot parse
(wrong number of columns, a date that is not a date, a Goldstein score that is not a number)
are kept out of the table and reported with their line numbers (DuckDB `store_rejects`). All the
files of one call load in a single transaction: either every file's rows land or none do.
"""
from __future__ import annotations

import gzip
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

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
                  "source_name", "target_name")
NAME_COLUMNS = ("source_name", "target_name")  # added 2026-11-27: stores made earlier gain them on load

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
    target_name VARCHAR
)
"""


_GDELT_HEAD = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode "
    "Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code "
    "Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode "
    "Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone").split()


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

    def summary(self) -> str:
        text = f"{self.file} ({self.format}): {self.rows_loaded:,} events loaded"
        if self.malformed:
            lines = ", ".join(f"line {line} ({error})" for line, error in self.problems)
            more = "" if self.malformed <= len(self.problems) else f", … {self.malformed - len(self.problems)} more"
            text += f"; {self.malformed:,} malformed row(s) skipped: {lines}{more}"
        return text


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create `events`, or add the actor-name columns to a table made before they existed."""
    con.execute(EVENTS_DDL)
    for column in NAME_COLUMNS:
        con.execute(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {column} VARCHAR")


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


def _gdelt_select(relation: str, origin: str, file: str, has_url: bool) -> str:
    url = "NULLIF(e.SOURCEURL, '')" if has_url else "NULL"
    return f"""
    SELECT e.SQLDATE AS date, s.iso3 AS source_iso3, NULLIF(e.Actor1Type1Code, '') AS source_sector,
           t.iso3 AS target_iso3, NULLIF(e.Actor2Type1Code, '') AS target_sector,
           e.EventCode AS cameo, e.EventRootCode AS root_code,
           CAST(COALESCE(e.QuadClass, {cameo.quad_class_sql('e.EventRootCode')}) AS TINYINT) AS quad_class,
           e.GoldsteinScale AS goldstein, e.GLOBALEVENTID AS source_id, {url} AS url,
           {_sql_str(origin)} AS origin, {_sql_str(file)} AS file,
           NULLIF(e.Actor1Name, '') AS source_name, NULLIF(e.Actor2Name, '') AS target_name
    FROM {relation} e
    LEFT JOIN _lat_cameo_iso3 s ON s.code = e.Actor1CountryCode
    LEFT JOIN _lat_cameo_iso3 t ON t.code = e.Actor2CountryCode"""


def _icews_select(relation: str, file: str, columns: Iterable[str]) -> str:
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
           CAST(e."Event ID" AS VARCHAR) AS source_id, NULL AS url, 'icews' AS origin, {_sql_str(file)} AS file,
           {actor_names}
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
def _lookups_as_build_side(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Keep each lookup join built on the small lookup table, for one statement.

    With explicit types and `auto_detect=false` DuckDB estimates a CSV scan at a few dozen rows,
    so its build-side optimizer flips the first `file LEFT JOIN lookup` into a RIGHT join built on
    the whole file (a 10-million-row GDELT file: a 3.3 GB hash table, threads blocked on it).
    Disabling that one optimizer keeps the joins as written: the file streams through as the
    probe side and the 263-row lookups are the hash tables (`benchmarks/gdelt.py`: faster, and a
    third of the peak memory; docs/events.md has the figures).
    """
    before = con.execute("SELECT current_setting('disabled_optimizers')").fetchall()[0][0]
    wanted = ",".join(filter(None, [before, "build_side_probe_side"]))
    con.execute(f"SET disabled_optimizers = {_sql_str(wanted)}")
    try:
        yield
    finally:
        con.execute(f"SET disabled_optimizers = {_sql_str(before)}")


def _insert(con: duckdb.DuckDBPyConnection, select: str) -> int:
    with _lookups_as_build_side(con):
        return int(con.execute(f"INSERT INTO events {select}").fetchall()[0][0])


def _load_gdelt(con: duckdb.DuckDBPyConnection, path: Path, fmt: str, label: str) -> FileReport:
    report = FileReport(label, fmt)
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
        report.rows_loaded += _insert(con, _gdelt_select(relation, fmt, label, "SOURCEURL" in columns))
        rejects = _rejects(con, name).assign(_fits=lambda d: d["fields"] == len(columns))
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


def _load_icews(con: duckdb.DuckDBPyConnection, path: Path, label: str) -> FileReport:
    header = _icews_header(path)
    report = FileReport(label, "icews")
    names_relation = _read_csv(path, header, {}, header=True, dateformat="%Y-%m-%d", rejects="_lat_names_rejects")
    names = con.execute(f'SELECT DISTINCT "Source Country" FROM {names_relation} '
                        f'UNION SELECT DISTINCT "Target Country" FROM {names_relation}').fetchall()
    _rejects(con, "_lat_names_rejects")
    _register_icews_names(con, (n for (n,) in names))
    name = f"_lat_rejects_{next(_scan_ids)}"
    relation = _read_csv(path, header, _ICEWS_TYPES, header=True, dateformat="%Y-%m-%d", rejects=name)
    report.rows_loaded = _insert(con, _icews_select(relation, label, header))
    _record_refused(report, _rejects(con, name))
    return report


def icews_frame_to_events(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, label: str) -> FileReport:
    """Insert ICEWS rows already in memory (e.g. the R sample), columns named as in ICEWS files."""
    missing = [c for c in ICEWS_REQUIRED if c not in frame.columns]
    if missing:
        raise LatitudeError(f"{label}: ICEWS rows lack column(s) {', '.join(missing)}")
    frame = frame.copy()
    frame["Event Date"] = pd.to_datetime(frame["Event Date"], errors="coerce").dt.date
    bad = frame["Event Date"].isna()
    _register_lookups(con)
    _register_icews_names(con, pd.concat([frame["Source Country"], frame["Target Country"]]))
    con.register("_lat_icews_rows", frame[~bad])
    rows_loaded = _insert(con, _icews_select("_lat_icews_rows", label, frame.columns))
    report = FileReport(label, "icews", rows_loaded=rows_loaded)
    con.unregister("_lat_icews_rows")
    report.malformed = int(bad.sum())
    report.problems = [(int(i) + 1, "bad Event Date") for i in frame.index[bad][:MAX_REPORTED_LINES]]
    return report


# ---------------------------------------------------------------- public entry points

def load_events(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path], format: str = "auto",
                replace: bool = False, on_file=None, date: str | None = None) -> list[FileReport]:
    """Load event files into `events` in one transaction; returns one report per file.

    `format` is 'gdelt1', 'gdelt2', 'icews', 'text' (news text coded by latitude's coder; `date`
    is the article date for texts without one) or 'auto' (from the suffix and first line). Rows
    of a file loaded before under the same name are replaced; `replace=True` empties the table
    first. `on_file(report)` is called after each file (for progress display).
    """
    files = [Path(p).expanduser() for p in paths]
    for path in files:
        if not path.is_file():
            raise LatitudeError(f"no such file: {path}")
    if format != "auto" and format not in FORMATS:
        raise LatitudeError(f"unknown events format '{format}': use gdelt1, gdelt2, icews, text or auto")
    plan = [(path, detect_format(path) if format == "auto" else format) for path in files]
    for path, fmt in plan:
        _check_layout(path, fmt)
    ensure_table(con)
    _register_lookups(con)
    reports: list[FileReport] = []
    # Row order inside the table carries no meaning; dropping it lets DuckDB stream big inserts.
    ordered = con.execute("SELECT current_setting('preserve_insertion_order')").fetchall()[0][0]
    con.execute("SET preserve_insertion_order = false")
    con.execute("BEGIN TRANSACTION")
    try:
        if replace:
            con.execute("DELETE FROM events")
        for path, fmt in plan:
            con.execute("DELETE FROM events WHERE file = ?", [path.name])
            if fmt == "text":
                report = _load_text(con, path, date)
            elif fmt == "icews":
                report = _load_icews(con, path, path.name)
            else:
                report = _load_gdelt(con, path, fmt, path.name)
            reports.append(report)
            if on_file is not None:
                on_file(report)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise LatitudeError(f"loading events failed, nothing was changed: {str(exc).splitlines()[0]}") from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute(f"SET preserve_insertion_order = {str(bool(ordered)).lower()}")
    return reports


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


def _insert_frame(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, file: str, origin: str) -> int:
    """Insert rows already in the events layout (`url` optional) under `file`, inside the caller's transaction."""
    optional = ("file", "origin", "url", *NAME_COLUMNS)
    missing = [c for c in EVENTS_COLUMNS if c not in optional and c not in frame.columns]
    if missing:
        raise LatitudeError(f"{file}: events lack column(s) {', '.join(missing)}")
    rows = frame.copy()
    rows["origin"] = rows["origin"] if "origin" in rows.columns else origin
    for column in ("url", *NAME_COLUMNS):
        rows[column] = rows[column] if column in rows.columns else None
    rows["file"] = file
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
    """Add events already in the events layout (e.g. `latitude.coding.frame.coded_events_frame`),
    replacing earlier rows of `file`, in one transaction."""
    ensure_table(con)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM events WHERE file = ?", [file])
        added = _insert_frame(con, frame, file, origin)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return added


def _load_text(con: duckdb.DuckDBPyConnection, path: Path, date: str | None) -> FileReport:
    """Code a news text (plain text or JSONL articles) with latitude's coder and insert its events."""
    from latitude.coding.coder import code
    from latitude.coding.frame import coded_events_frame

    frame = coded_events_frame(code(path, date=date))
    return FileReport(path.name, "text", rows_loaded=_insert_frame(con, frame, path.name, "latitude-coder"))


def replace_sample(con: duckdb.DuckDBPyConnection, info: "SourceInfo", load) -> dict[str, int]:
    """Load a bundled sample source's rows into `events` (replacing its own rows) and write its
    provenance row, in one transaction. `load(con)` inserts the rows and returns a FileReport."""
    from latitude.store import PROVENANCE_DDL, write_provenance

    ensure_table(con)
    _register_lookups(con)
    con.execute(PROVENANCE_DDL)
    con.execute("BEGIN TRANSACTION")
    try:
        for file in info.files:
            con.execute("DELETE FROM events WHERE file = ?", [file.name])
        report = load(con)
        span = con.execute("SELECT min(year(date)), max(year(date)) FROM events WHERE file = ?",
                           [report.file]).fetchall()[0]
        write_provenance(con, info, {"events": report.rows_loaded}, (span[0], span[1]))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return {"events": report.rows_loaded}


def loaded_events(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Rows per origin and file in the events table, with first and last date."""
    from latitude.store import has_table

    if not has_table(con, "events"):
        return pd.DataFrame(columns=["origin", "file", "events", "first_date", "last_date"])
    return con.execute("""SELECT origin, file, count(*) AS events, min(date) AS first_date, max(date) AS last_date
                          FROM events GROUP BY ALL ORDER BY origin, file""").df()
