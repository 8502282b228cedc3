"""GDELT 2.0 event exports for a date range, checked against GDELT's own file list.

GDELT 2.0 publishes a zipped event export every 15 minutes (`YYYYMMDDHHMMSS.export.CSV.zip`, one
tab-separated `.export.CSV` inside, 61 columns, no header: GDELT Event Codebook V2.0,
http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf). Every file is listed in
`masterfilelist.txt` (all files since 2015-02-18 23:00 UTC) and the newest ones in `lastupdate.txt`,
one line per file: `SIZE MD5 URL` (https://blog.gdeltproject.org/gdelt-2-0-our-global-world-in-realtime/).

`update(con, start, end)` reads the list (kept in the download cache and refreshed by fetching only
the lines added since, with an HTTP Range request: the list only grows), downloads the export files
whose timestamps fall in the range (resuming partial downloads), checks each file's size and MD5
against the list, and only when every file is intact loads them all through
`latitude.events_ingest.load_events` in one transaction, which also writes the provenance row
`gdelt2` (each file with its MD5 and GDELT timestamp). A file whose MD5 differs is deleted and
named in a one-line error: nothing is loaded. `latest=True` takes the newest export from
`lastupdate.txt` instead.

Base URL: `LATITUDE_GDELT_URL` (default http://data.gdeltproject.org/gdeltv2/); listed files are
fetched from the same base, so a mirror needs the lists and the files side by side.
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import duckdb

from latitude import events_ingest
from latitude.errors import LatitudeError
from latitude.sources._base import SourceInfo
from latitude.update import common
from latitude.update.http import Client, base_url, session

ENV_URL = "LATITUDE_GDELT_URL"
DEFAULT_URL = "http://data.gdeltproject.org/gdeltv2/"
FIRST = dt.datetime(2015, 2, 18, 23, 0)      # the first GDELT 2.0 export
MAX_DAYS = 31                                  # ~3,000 files, ~1 GB of zips: more is a bulk job
LINE = re.compile(r"^(\d+) ([0-9a-fA-F]{32}) (\S+/(\d{14})\.export\.CSV\.zip)$")

INFO = SourceInfo(
    name="gdelt2",
    title="GDELT 2.0 event exports (15-minute files, from GDELT's master file list)",
    publisher="The GDELT Project",
    version="GDELT 2.0 event exports",
    licence="GDELT: open, unrestricted use with citation",
    citation=("Leetaru, Kalev and Philip A. Schrodt. 2013. GDELT: Global Data on Events, Location and Tone, "
              "1979-2012. ISA Annual Convention. GDELT 2.0 event exports, http://data.gdeltproject.org/gdeltv2/."),
    bibtex="""@misc{gdelt2,
  author = {{The GDELT Project}}, title = {{GDELT} 2.0 Event Database},
  howpublished = {\\url{http://data.gdeltproject.org/gdeltv2/}}, note = {15-minute event exports}}""",
    coverage="2015-02-18 onwards (the files loaded)",
    files=(),
    tables=("events",),
    homepage="https://www.gdeltproject.org/",
    notes="Loaded by `latitude data update gdelt`; rows share `events` with other event files (column file).",
)


def info() -> SourceInfo:
    return INFO


@dataclass(frozen=True)
class ExportFile:
    """One export file as GDELT lists it."""

    stamp: dt.datetime
    size: int
    md5: str
    url: str

    @property
    def zip_name(self) -> str:
        return Path(urlparse(self.url).path).name

    @property
    def csv_name(self) -> str:
        return self.zip_name[:-len(".zip")]


def parse_list(text: str) -> tuple[list[ExportFile], int]:
    """Export entries of a GDELT file list, and how many export lines did not parse."""
    found, bad = [], 0
    for line in text.splitlines():
        line = line.strip()
        if ".export.CSV.zip" not in line:
            continue
        match = LINE.match(line)
        if not match:
            bad += 1
            continue
        stamp = dt.datetime.strptime(match.group(4), "%Y%m%d%H%M%S")
        found.append(ExportFile(stamp, int(match.group(1)), match.group(2).lower(), match.group(3)))
    return found, bad


def refresh_list(client: Client, url: str, path: Path) -> Path:
    """The master file list in the cache, topped up with only the lines added since last time."""
    if path.exists() and _ends_with_newline(path):
        have = path.stat().st_size
        answer = client.get(url, headers={"Range": f"bytes={have}-"}, accept=frozenset({416}))
        if answer.status == 206 and answer.headers.get("Content-Range", "").startswith(f"bytes {have}-"):
            with open(path, "ab") as out:
                out.write(answer.body)
            return path
        if answer.status == 416:
            return path                                   # nothing new since the cached copy
        if answer.status == 200:
            path.write_bytes(answer.body)                 # the server ignored Range: a whole new list
            return path
    path.unlink(missing_ok=True)
    return client.download(url, path, label="GDELT master file list")


def _ends_with_newline(path: Path) -> bool:
    size = path.stat().st_size
    if not size:
        return False
    with open(path, "rb") as fh:
        fh.seek(size - 1)
        return fh.read(1) == b"\n"


def _window(start: str | dt.date | None, end: str | dt.date | None, max_days: int) -> tuple[dt.datetime, dt.datetime]:
    if start is None:
        raise LatitudeError("GDELT update needs --start YYYY-MM-DD (and --end), or --latest")
    first = common.parse_date(start, "--start")
    last = common.parse_date(end, "--end") if end is not None else first
    if first > last:
        raise LatitudeError(f"GDELT dates {first}..{last} are reversed: --start must not be after --end")
    if first < FIRST.date():
        raise LatitudeError(f"GDELT 2.0 exports start on {FIRST:%Y-%m-%d %H:%M} UTC; --start {first} is earlier "
                            "(older events are GDELT 1.0: load those files with `latitude events load`)")
    if last > dt.date.today():
        raise LatitudeError(f"--end {last} is in the future")
    days = (last - first).days + 1
    if days > max_days:
        raise LatitudeError(f"{first}..{last} spans {days} days, more than {max_days} in one run "
                            f"(~96 files a day): update in pieces or raise --max-days")
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(last + dt.timedelta(days=1), dt.time())


def update(con: duckdb.DuckDBPyConnection, start: str | dt.date | None = None, end: str | dt.date | None = None, *,
           latest: bool = False, url: str | None = None, client: Client | None = None, show_progress: bool = False,
           max_days: int = MAX_DAYS) -> common.UpdateResult:
    """Download, check and load GDELT 2.0 exports from `start` to `end` (UTC dates, inclusive)."""
    base = base_url(url, ENV_URL, DEFAULT_URL)
    window = None if latest else _window(start, end, max_days)
    cache = common.cache_dir("gdelt")
    with session(client, show_progress=show_progress) as client:
        if latest:
            listing = client.get(base + "lastupdate.txt").body.decode("utf-8", "replace")
            entries, bad = parse_list(listing)
            chosen = entries[-1:]
        else:
            listing_path = refresh_list(client, base + "masterfilelist.txt", cache / "masterfilelist.txt")
            entries, bad = parse_list(listing_path.read_text(encoding="utf-8", errors="replace"))
            chosen = sorted({e.stamp: e for e in entries if window[0] <= e.stamp < window[1]}.values(),
                            key=lambda e: e.stamp)
        if not chosen:
            span = "lastupdate.txt" if latest else f"{window[0]:%Y-%m-%d}..{window[1] - dt.timedelta(days=1):%Y-%m-%d}"
            raise LatitudeError(f"GDELT's file list has no event export for {span}; is the base URL right?")
        zips = [client.download(base + f.zip_name, cache / "zips" / f.zip_name, size=f.size, md5=f.md5)
                for f in chosen]                          # every file checked before anything is loaded
        csvs = [_unzip(z, f, cache / "csv") for z, f in zip(zips, chosen)]
        try:
            return _load(con, chosen, csvs, bad, window, client)
        finally:
            for path in csvs:
                path.unlink(missing_ok=True)


def _unzip(path: Path, entry: ExportFile, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".export.CSV")]
            if len(members) != 1:
                raise LatitudeError(f"{path.name}: expected one .export.CSV inside, found {len(members)}")
            target = folder / entry.csv_name
            with archive.open(members[0]) as src, open(target, "wb") as out:   # zipfile checks the CRC
                while block := src.read(1 << 20):
                    out.write(block)
            return target
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        path.unlink(missing_ok=True)
        raise LatitudeError(f"{path.name}: not a readable zip ({exc}); it was deleted: run the update again") from exc


def _load(con: duckdb.DuckDBPyConnection, chosen: list[ExportFile], csvs: list[Path], bad: int,
          window: tuple[dt.datetime, dt.datetime] | None, client: Client) -> common.UpdateResult:
    entries = [{"name": f.csv_name, "md5": f.md5, "size": f.size, "url": f.url,
                "published": f"GDELT 2.0 export of {f.stamp:%Y-%m-%d %H:%M} UTC"} for f in chosen]
    version = f"GDELT 2.0 exports {chosen[0].stamp:%Y-%m-%d %H:%M}–{chosen[-1].stamp:%Y-%m-%d %H:%M} UTC"
    state: dict[str, object] = {}

    def provenance(con: duckdb.DuckDBPyConnection, reports: list[events_ingest.FileReport]) -> None:
        files = common.merge_files(common.previous_files(con, INFO.name), entries)
        names = [f["name"] for f in files]
        rows, first, last = con.execute(
            f"SELECT count(*), min(year(date)), max(year(date)) FROM events WHERE origin = 'gdelt2' "
            f"AND file IN ({', '.join('?' * len(names))})", names).fetchall()[0]
        state.update(counts={"events": rows}, coverage=(first, last))
        common.write_provenance(con, INFO, {"events": rows}, (first, last), files, version)

    task = client.task("loading GDELT exports", len(csvs), unit="files")
    reports = events_ingest.load_events(con, csvs, format="gdelt2", on_file=lambda report: client.advance(task),
                                        before_commit=provenance)
    loaded = sum(r.rows_loaded for r in reports)
    malformed = sum(r.malformed for r in reports)
    notes = [f"{loaded:,} events from {len(chosen)} export file(s), sizes and MD5 as listed"]
    if window is not None:
        expected = int((window[1] - max(window[0], FIRST)).total_seconds() // 900)
        if expected > len(chosen):
            notes.append(f"{expected - len(chosen)} of {expected} 15-minute exports are not in GDELT's list")
    if malformed:
        notes.append(f"{malformed:,} malformed row(s) skipped")
    if bad:
        notes.append(f"{bad} unreadable line(s) in GDELT's file list ignored")
    return common.UpdateResult(INFO.name, state["counts"], version, state["coverage"], notes)
