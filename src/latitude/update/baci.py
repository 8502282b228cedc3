"""A CEPII BACI release, downloaded and loaded through the BACI loader (`sources/baci.py`).

CEPII publishes each release as one zip per HS revision,
`https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_{HS92|...|HS22}_V{YYYYMM[a-z]}.zip` (e.g.
BACI_HS92_V202501.zip, ~2.4 GB; release notes on
https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37), holding one CSV per year
(`BACI_HS92_Y2023_V202501.csv`: t,i,j,k,v,q), `country_codes_V202501.csv` and
`product_codes_HS92_V202501.csv`.

`update(con, release, hs=..., years=...)` downloads the zip (resuming a partial `.part` file
with HTTP Range across runs), extracts the chosen years and the two dictionaries (zipfile checks
every member's CRC-32: CEPII publishes no checksum), and loads them with `baci.load_files`, which
replaces the BACI tables in one transaction and records the release (e.g. "BACI V202501") in
provenance. The zip stays in the download cache for later loads of other years.
Base URL: `LATITUDE_BACI_URL` (default https://www.cepii.fr/DATA_DOWNLOAD/baci/data/).
"""
from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import duckdb

from latitude.errors import LatitudeError
from latitude.sources import baci as baci_source
from latitude.update import common
from latitude.update.http import Client, base_url, session

ENV_URL = "LATITUDE_BACI_URL"
DEFAULT_URL = "https://www.cepii.fr/DATA_DOWNLOAD/baci/data/"
REVISIONS = ("HS92", "HS96", "HS02", "HS07", "HS12", "HS17", "HS22")
RELEASE = re.compile(r"^V?(\d{6}[a-z]?)$")
INFO = baci_source.INFO


def info():
    return INFO


def _release(release: str | None, hs: str) -> tuple[str, str]:
    if not release:
        raise LatitudeError("BACI update needs --release, e.g. V202501 (the version on CEPII's BACI page)")
    match = RELEASE.match(str(release).strip())
    if not match:
        raise LatitudeError(f"BACI release '{release}' is not CEPII's form V + year and month, e.g. V202501 "
                            "or V202401b")
    revision = str(hs).strip().upper()
    if revision not in REVISIONS:
        raise LatitudeError(f"BACI revision '{hs}' is not one of {', '.join(REVISIONS)}")
    return f"V{match.group(1)}", revision


def extract(archive_path: Path, folder: Path, version: str, hs: str,
            years: tuple[int, int] | None) -> list[Path]:
    """The chosen year files and the two dictionaries, out of the release zip into `folder`."""
    year_file = re.compile(rf"BACI_{hs}_Y(\d{{4}})_{version}\.csv$")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    try:
        with zipfile.ZipFile(archive_path) as archive:
            names = archive.namelist()
            available = sorted(int(m.group(1)) for n in names for m in [year_file.search(n)] if m)
            if not available:
                raise LatitudeError(f"{archive_path.name} holds no BACI_{hs}_Y*_{version}.csv year file; "
                                    "is this a BACI release?")
            if years is not None:
                wanted = [y for y in available if years[0] <= y <= years[1]]
                if not wanted:
                    raise LatitudeError(f"{archive_path.name} has years {available[0]}-{available[-1]}, none in "
                                        f"{years[0]}-{years[1]}")
            else:
                wanted = available
            chosen = [n for n in names if (m := year_file.search(n)) and int(m.group(1)) in wanted]
            chosen += [n for n in names if Path(n).name in (f"country_codes_{version}.csv",
                                                             f"product_codes_{hs}_{version}.csv")]
            out = []
            for name in chosen:
                target = folder / Path(name).name
                with archive.open(name) as src, open(target, "wb") as dst:     # CRC-32 checked on read
                    shutil.copyfileobj(src, dst, 1 << 20)
                out.append(target)
            return out
    except zipfile.BadZipFile as exc:
        archive_path.unlink(missing_ok=True)
        raise LatitudeError(f"{archive_path.name}: damaged zip ({exc}); it was deleted: run the update again "
                            "to download it anew") from exc


def update(con: duckdb.DuckDBPyConnection, release: str | None, *, hs: str = "HS92",
           years: tuple[int, int] | None = None, url: str | None = None, client: Client | None = None,
           show_progress: bool = False) -> common.UpdateResult:
    """Download BACI release `release` (e.g. 'V202501') for revision `hs` and load `years` of it."""
    version, revision = _release(release, hs)
    if years is not None:
        years = common.check_years(years, 1995, "BACI")
    base = base_url(url, ENV_URL, DEFAULT_URL)
    cache = common.cache_dir("baci")
    name = f"BACI_{revision}_{version}.zip"
    with session(client, show_progress=show_progress, timeout=300) as client:
        archive_path = client.download(base + name, cache / name, label=name)
    folder = cache / f"{revision}_{version}"
    files = extract(archive_path, folder, version, revision, years)
    try:
        counts = baci_source.load_files(con, files, show_progress=show_progress)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    span = con.execute("SELECT min(year), max(year) FROM baci_flows").fetchall()[0]
    notes = [f"{len(files) - 2} year file(s) of {name}; the zip stays in {cache} for later loads"]
    return common.UpdateResult(INFO.name, counts, f"BACI {version} ({revision})", (span[0], span[1]), notes)
