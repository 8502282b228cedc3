"""UN General Assembly roll calls newer than the store's, from the UN Digital Library's voting data.

The Dag Hammarskjöld Library publishes "United Nations General Assembly Voting Data" as a dataset
record (https://digitallibrary.un.org/record/4060887) whose files are listed by the library's file
API, `GET {base}api/v1/file?recid=4060887` (a JSON list of {name, url, format, ...}); the data file
is a CSV named by its date, e.g. `2025_7_23_ga_voting.csv`, one row per Member State and
resolution: undl_id, ms_code (three-letter code), ms_name, ms_vote (Y yes, N no, A abstention,
X non-voting), date, session, resolution, draft, committee_report, meeting, title, agenda_title,
subjects, vote_note, total_yes, total_no, total_abstentions, total_non_voting, total_ms, undl_link
(data dictionary in the record's `*_ga_voting_md.md`). It covers resolutions *adopted by a
recorded vote* only: no votes on amendments, paragraphs or drafts that failed, which Voeten's data
(the store's `unvotes` source) include.

`update(con)` downloads the newest file (resumable), reads it with DuckDB, and appends every
session after the last one the store holds from Voeten's release to `un_roll_calls` and
`un_votes` (layout of docs/contracts.md; rcid = the library's undl_id; cast votes only; the issue
flags me/nu/di/hr/co/ec are Voeten's hand coding and stay missing; importantvote is missing;
amend and para are 0), in one transaction with provenance row `unvotes_undl` (file name, date,
SHA-256, sessions). A later run replaces the sessions it appended before.
Base URL: `LATITUDE_UNDL_URL` (default https://digitallibrary.un.org/).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import duckdb
import pandas as pd

from latitude import countries
from latitude.errors import LatitudeError
from latitude.sources._base import SourceInfo, sha256_of
from latitude.store import has_table
from latitude.update import common
from latitude.update.http import Client, base_url, session

ENV_URL = "LATITUDE_UNDL_URL"
DEFAULT_URL = "https://digitallibrary.un.org/"
RECORD = "4060887"
FILE_NAME = re.compile(r"^(\d{4})_(\d{1,2})_(\d{1,2})_ga_(?:resolutions_)?voting$")
REQUIRED = ("undl_id", "ms_code", "ms_vote", "date", "session", "resolution", "title")
VOTES = {"Y": 1, "A": 2, "N": 3}
ISSUES = ("me", "nu", "di", "hr", "co", "ec")

INFO = SourceInfo(
    name="unvotes_undl",
    title="UN General Assembly voting data (UN Digital Library), sessions after Voeten's release",
    publisher="United Nations Dag Hammarskjöld Library",
    version="UN Digital Library GA voting data",
    licence="Copyright United Nations; non-commercial use with attribution",
    citation=("United Nations Dag Hammarskjöld Library, General Assembly Voting Data, United Nations, "
              "https://digitallibrary.un.org/record/4060887 (file and download date in the version)."),
    bibtex="""@misc{undl_ga_voting,
  author = {{United Nations Dag Hammarskj\\"old Library}}, title = {General Assembly Voting Data},
  publisher = {United Nations}, howpublished = {\\url{https://digitallibrary.un.org/record/4060887}}}""",
    coverage="sessions after the store's Voeten release",
    files=(),
    tables=("un_votes", "un_roll_calls"),
    homepage="https://digitallibrary.un.org/record/4060887",
    notes="Adopted resolutions with a recorded vote only (no amendment or paragraph votes); issue flags missing.",
)


def info() -> SourceInfo:
    return INFO


def newest_file(listing: object) -> tuple[dt.date, dict]:
    """The newest `*_ga_voting` CSV in the library's file list, with its date."""
    if not isinstance(listing, list):
        raise LatitudeError("the UN Digital Library's file list is not a JSON list; is the base URL right?")
    found = []
    for entry in listing:
        if not isinstance(entry, dict):
            continue
        name = str(entry.get("name", ""))
        fmt = str(entry.get("format", "")).lower().lstrip(".")
        stem = name[:-4] if name.lower().endswith(".csv") else name
        match = FILE_NAME.match(stem)
        if match and (fmt == "csv" or name.lower().endswith(".csv")) and entry.get("url"):
            found.append((dt.date(*map(int, match.groups())), entry))
    if not found:
        raise LatitudeError(f"no '*_ga_voting.csv' file in UN Digital Library record {RECORD}; the dataset "
                            "may have moved: check https://digitallibrary.un.org/record/4060887")
    return max(found, key=lambda pair: pair[0])


def update(con: duckdb.DuckDBPyConnection, *, url: str | None = None, client: Client | None = None,
           show_progress: bool = False) -> common.UpdateResult:
    """Append the General Assembly sessions the store lacks, from the library's newest file."""
    for table in ("un_votes", "un_roll_calls"):
        if not has_table(con, table):
            raise LatitudeError(f"table '{table}' is not in the store: run `latitude data build unvotes` first "
                                "(the update appends sessions after Voeten's release)")
    base = base_url(url, ENV_URL, DEFAULT_URL)
    with session(client, show_progress=show_progress) as client:
        listing = client.get(base + "api/v1/file", params={"recid": RECORD}).json()
        published, entry = newest_file(listing)
        name = Path(urlparse(entry["url"]).path).name
        target = common.cache_dir("unvotes") / name
        source_url = base + urlparse(entry["url"]).path.lstrip("/")
        client.download(source_url, target, label=f"UN GA voting data {published}")
    return _append(con, target, published, entry["url"])


def _read(con: duckdb.DuckDBPyConnection, path: Path, after: int) -> pd.DataFrame:
    """The file's rows for sessions after `after`, read and filtered by DuckDB (the file is large)."""
    quoted = str(path).replace("'", "''")
    try:
        header = con.execute(f"SELECT * FROM read_csv('{quoted}', header=true, all_varchar=true) LIMIT 0").df()
    except duckdb.Error as exc:
        raise LatitudeError(f"{path.name}: not a readable CSV ({str(exc).splitlines()[0]})") from exc
    missing = [c for c in REQUIRED if c not in header.columns]
    if missing:
        raise LatitudeError(f"{path.name}: missing column(s) {', '.join(missing)}; is this the library's "
                            "GA voting data file?")
    extra = [c for c in ("ms_name", "agenda_title") if c in header.columns]
    columns = ", ".join(list(REQUIRED) + extra)
    try:
        return con.execute(f"""SELECT {columns} FROM read_csv('{quoted}', header=true, all_varchar=true)
                               WHERE TRY_CAST(session AS INTEGER) > ?""", [after]).df()
    except duckdb.Error as exc:
        raise LatitudeError(f"{path.name}: {str(exc).splitlines()[0]}; is the download complete?") from exc


def _tables(rows: pd.DataFrame, label: str) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Library rows -> (un_roll_calls rows, un_votes rows, number of non-voting entries)."""
    votes = rows["ms_vote"].fillna("").str.strip().str.upper()
    unknown = sorted(set(votes) - set(VOTES) - {"X", ""})
    if unknown:
        raise LatitudeError(f"{label}: unexpected ms_vote value(s) {unknown}; expected Y, N, A or X")
    for column in ("undl_id", "session"):
        numbers = pd.to_numeric(rows[column], errors="coerce")
        if numbers.isna().any():
            first = rows.loc[numbers.isna(), column].iloc[0]
            raise LatitudeError(f"{label}: {column} '{first}' is not a number")
    dates = pd.to_datetime(rows["date"], errors="coerce")
    if dates.isna().any():
        raise LatitudeError(f"{label}: vote date '{rows.loc[dates.isna(), 'date'].iloc[0]}' is not a date")
    frame = rows.assign(rcid=pd.to_numeric(rows["undl_id"]).astype("int64"),
                        session=pd.to_numeric(rows["session"]).astype("int64"), date=dates, vote=votes)
    frame["year"] = frame["date"].dt.year.astype("int64")
    calls = frame.drop_duplicates("rcid").sort_values(["date", "rcid"])
    roll_calls = pd.DataFrame({
        "rcid": calls["rcid"], "session": calls["session"], "year": calls["year"], "date": calls["date"],
        "importantvote": pd.Series(pd.NA, index=calls.index, dtype="Int64"), "unres": calls["resolution"],
        "amend": 0, "para": 0, "short": calls["title"],
        "descr": calls["agenda_title"] if "agenda_title" in calls else calls["title"],
        **{flag: pd.Series(pd.NA, index=calls.index, dtype="Int8") for flag in ISSUES},
    })
    cast = frame[frame["vote"].isin(list(VOTES))]
    keys = {}
    for code in cast["ms_code"].unique():
        try:
            keys[code] = _member(str(code).strip())
        except LatitudeError as exc:
            raise LatitudeError(f"{label}: Member State code '{code}' ({exc})") from exc
    found = [keys[c] for c in cast["ms_code"]]
    votes_out = pd.DataFrame({
        "rcid": cast["rcid"].to_numpy(), "year": cast["year"].to_numpy(), "session": cast["session"].to_numpy(),
        "country": [k.name for k in found], "country_code": [k.iso2 for k in found],
        "iso3": [k.iso3 for k in found], "cow": pd.array([k.cow for k in found], dtype="Int64"),
        "vote": cast["vote"].map(VOTES).astype("int8").to_numpy()})
    return roll_calls.reset_index(drop=True), votes_out, int((~frame["vote"].isin(list(VOTES))).sum())


@lru_cache(maxsize=512)
def _member(code: str) -> countries.Country:
    """The state behind a Member State code. Only sessions after Voeten's release are read, so the
    state that exists today is meant (DEU is 255, not West Germany's 260)."""
    return countries.resolve(code)


def _append(con: duckdb.DuckDBPyConnection, path: Path, published: dt.date, listed_url: str) -> common.UpdateResult:
    previous = common.previous_files(con, INFO.name)
    ours = sorted({s for entry in previous for s in entry.get("sessions", [])})
    mine = f"session NOT IN ({', '.join(map(str, ours))})" if ours else "true"
    last = con.execute(f"SELECT max(session) FROM un_roll_calls WHERE {mine}").fetchall()[0][0]
    if last is None:
        raise LatitudeError("un_roll_calls holds no session: run `latitude data build unvotes` first")
    rows = _read(con, path, int(last))
    if rows.empty:
        raise LatitudeError(f"{path.name} has no session after {last}, the store's last: nothing to add")
    calls, votes, non_voting = _tables(rows, path.name)
    sessions = sorted(int(s) for s in calls["session"].unique())
    entry = {"name": path.name, "sha256": sha256_of(path), "url": listed_url, "sessions": sessions,
             "published": f"UN Dag Hammarskjöld Library, GA voting data of {published}"}
    version = f"UN Digital Library GA voting data, file of {published} (record {RECORD}); sessions " \
              f"{sessions[0]}-{sessions[-1]}"
    con.execute("BEGIN TRANSACTION")
    try:
        if ours:
            listed = ", ".join(map(str, ours))
            con.execute(f"DELETE FROM un_votes WHERE session IN ({listed})")
            con.execute(f"DELETE FROM un_roll_calls WHERE session IN ({listed})")
        con.register("_undl_calls", calls)
        con.register("_undl_votes", votes)
        clash = con.execute("SELECT count(*) FROM un_roll_calls WHERE rcid IN (SELECT rcid FROM _undl_calls)"
                            ).fetchall()[0][0]
        if clash:
            raise LatitudeError(f"{clash} UN Digital Library id(s) collide with roll-call ids already in the "
                                "store; nothing was changed")
        con.execute("INSERT INTO un_roll_calls BY NAME SELECT * FROM _undl_calls")
        con.execute("INSERT INTO un_votes BY NAME SELECT * FROM _undl_votes")
        span = (int(calls["year"].min()), int(calls["year"].max()))
        counts = {"un_votes": len(votes), "un_roll_calls": len(calls)}
        common.write_provenance(con, INFO, counts, span, [entry], version)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("_undl_calls")
        con.unregister("_undl_votes")
    notes = [f"sessions {', '.join(map(str, sessions))} appended after session {last}: {len(calls):,} roll calls, "
             f"{len(votes):,} cast votes ({non_voting:,} non-voting entries not stored)",
             "adopted resolutions with a recorded vote only (no amendment or paragraph votes)"]
    return common.UpdateResult(INFO.name, counts, version, span, notes)
