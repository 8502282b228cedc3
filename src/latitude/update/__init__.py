"""Updates from the publishers: bring fast-moving sources up to date without a new mirror.

`latitude data update SOURCE...` (or `latitude.update.run(con, [...])`) on a machine with network
access:
- `comtrade`: UN Comtrade goods totals by reporter and partner (annual or monthly) and HS6 trade by
  partner for chosen reporters (`latitude.update.comtrade`);
- `gdelt`: GDELT 2.0 event exports for a date range, size and MD5 checked (`.gdelt`);
- `sipri`: the SIPRI trade register (`.sipri`);
- `unvotes`: UN General Assembly sessions newer than the store's (`.unvotes`);
- `baci`: a CEPII BACI release (`.baci`).
Every updater shares `latitude.update.http` (retries, backoff, Retry-After, resumable downloads,
one line when offline) and has a base-URL setting (`--url` or `LATITUDE_<NAME>_URL`), so tests and
institutional mirrors can point it elsewhere. Each changes the store in one transaction with a
provenance row naming the publisher's version and date. See docs/updates.md.
"""
from __future__ import annotations

from importlib import import_module
from types import ModuleType

import duckdb

from latitude.errors import LatitudeError
from latitude.update.common import UpdateResult
from latitude.years import year_range

UPDATERS = {
    "comtrade": "latitude.update.comtrade",
    "gdelt": "latitude.update.gdelt",
    "sipri": "latitude.update.sipri",
    "unvotes": "latitude.update.unvotes",
    "baci": "latitude.update.baci",
}


def updater(name: str) -> ModuleType:
    """The updater module for a source name given on the command line."""
    key = str(name).strip().lower()
    if key not in UPDATERS:
        raise LatitudeError(f"unknown update source '{name}': choose from {', '.join(UPDATERS)}")
    return import_module(UPDATERS[key])


def provenance_sources() -> dict[str, ModuleType]:
    """Provenance source name -> updater module, for the sources only updates write
    (comtrade_api, gdelt2, sipri_atdb, unvotes_undl; BACI keeps its own source, `baci`)."""
    modules = [updater(name) for name in UPDATERS]
    return {m.INFO.name: m for m in modules if m.INFO.name != "baci"}


def run(con: duckdb.DuckDBPyConnection, names: list[str], *, reporters: str | None = None,
        partners: str | None = None, years: str | tuple[int, int] | None = None, freq: str = "A",
        hs6: bool = False, commodities: str | None = None, start: str | None = None, end: str | None = None,
        latest: bool = False, release: str | None = None, hs: str = "HS92", url: str | None = None,
        max_days: int | None = None, show_progress: bool = False) -> list[UpdateResult]:
    """Update each named source in turn (each in its own transaction); the options a source does
    not use are ignored. One line names any bad parameter before anything is fetched."""
    if not names:
        raise LatitudeError(f"name what to update: {', '.join(UPDATERS)}")
    modules = [updater(name) for name in names]
    if url and len(modules) > 1:
        raise LatitudeError("--url points one source at a mirror: update one source at a time with it, or set "
                            "the LATITUDE_<SOURCE>_URL variables")
    span = year_range(years) if years is not None else None
    results = []
    for module in modules:
        name = module.__name__.rsplit(".", 1)[1]
        common = {"url": url, "show_progress": show_progress}
        if name == "comtrade":
            if span is None:
                raise LatitudeError("UN Comtrade update needs --years, e.g. 2021-2024")
            results.append(module.update(con, reporters or "", span, freq=freq, hs6=hs6, partners=partners,
                                         commodities=commodities, **common))
        elif name == "gdelt":
            extra = {"max_days": max_days} if max_days is not None else {}
            results.append(module.update(con, start, end, latest=latest, **extra, **common))
        elif name == "sipri":
            results.append(module.update(con, span, **common))
        elif name == "unvotes":
            results.append(module.update(con, **common))
        else:
            results.append(module.update(con, release, hs=hs, years=span, **common))
    return results
