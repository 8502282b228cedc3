"""FastAPI dashboard: choose a focal state, poles, years and weights and see the profile, the
diplomatic map and the report; every view has a JSON API (OpenAPI at /docs and /openapi.json).

The app opens the store read-only. Each request works on its own cursor of that connection
(DuckDB cursors are safe to use from parallel threads). Computed profiles and reports are cached
per parameter set, so repeated and concurrent requests for the same view cost one computation.
"""
from __future__ import annotations

import gzip
import json
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Hashable

import duckdb
import pandas as pd
from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response

import latitude
from latitude import countries, store
from latitude import profile as profiles
from latitude.errors import LatitudeError
from latitude.report.html import ReportData, render
from latitude.report.mapdata import map_payload

CACHE_SIZE = 64


class ViewCache:
    """A bounded LRU cache whose misses are computed once even under concurrent requests."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._locks: dict[Hashable, threading.Lock] = {}
        self._guard = threading.Lock()

    def peek(self, key: Hashable) -> Any:
        """The cached value, or None (without computing)."""
        with self._guard:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return None

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        with self._guard:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._guard:
                if key in self._items:
                    return self._items[key]
            value = compute()
            with self._guard:
                self._items[key] = value
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
                self._locks.pop(key, None)
            return value


def _records(frame: pd.DataFrame) -> list[dict]:
    """A frame as JSON records (missing -> null; floats to 8 significant digits)."""
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False, double_precision=8))


@lru_cache(maxsize=4096)
def _normalise(focal: str, poles: str, years: str, weights: str | None, patron: str | None,
               rival: str | None) -> tuple:
    """Resolve and check raw query values once per distinct spelling (country resolution is slow)."""
    from latitude.validate import parse_years

    span = parse_years(years)
    if span is None:
        raise LatitudeError("missing years: give a range such as 1990-2023")
    return (countries.iso3(focal), tuple(countries.parse_country_list(poles)), span,
            tuple(sorted(profiles.parse_weights(weights).items())),
            countries.iso3(patron) if patron else None, countries.iso3(rival) if rival else None)


class Params:
    """Validated, normalised request parameters (the cache key)."""

    def __init__(self, focal: str, poles: str, years: str, weights: str | None, patron: str | None,
                 rival: str | None, idealpoints: bool) -> None:
        (self.focal, pole_tuple, self.years, weight_items, self.patron,
         self.rival) = _normalise(focal, poles, years, weights, patron, rival)
        self.poles = list(pole_tuple)
        self.weights = dict(weight_items)
        self.idealpoints = idealpoints

    def key(self) -> tuple:
        return (self.focal, tuple(self.poles), self.years, tuple(sorted(self.weights.items())), self.patron,
                self.rival, self.idealpoints)


FocalQ = Query(..., description="Focal country: ISO3 code or name, e.g. KOR.", examples=["KOR"])
PolesQ = Query("USA,CHN,JPN", description="Poles, comma-separated ISO3 codes or names.")
YearsQ = Query("1990-2023", description="Year range, e.g. 1990-2023, or one year.")
WeightsQ = Query(None, description="Composite weights, e.g. trade=0.3,un=0.2 (others keep defaults).")
PatronQ = Query(None, description="Patron for alliance discipline (default: first pole).")
RivalQ = Query(None, description="Rival for alliance discipline (default: second pole).")
IdealQ = Query(False, description="Fit UNGA ideal points for alliance discipline (slow on first call).")


def create_app(store_path: str | Path | None = None) -> FastAPI:
    """The dashboard app over the store at `store_path` (default: the user's store), read-only."""
    con = store.connect(store_path, read_only=True)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        con.close()

    app = FastAPI(title="latitude dashboard", version=latitude.__version__, lifespan=lifespan,
                  description="Strategic-autonomy profiles, diplomatic maps and reports from a latitude store. "
                              "Read-only.")
    cache = ViewCache()
    _seen: set[tuple] = set()     # raw parameter spellings already validated (normalising is cached)

    def cursor() -> duckdb.DuckDBPyConnection:
        return con.cursor()

    def compute_profile(p: Params) -> profiles.Profile:
        def run() -> profiles.Profile:
            cur = cursor()
            try:
                return profiles.build_profile(cur, p.focal, p.poles, p.years, p.weights, p.patron, p.rival,
                                              with_idealpoints=p.idealpoints)
            finally:
                cur.close()
        return cache.get(("profile", p.key()), run)

    def profile_json(p: Params) -> tuple[bytes, bytes]:
        """The profile as JSON, plain and gzip-compressed (compressed once, served many times)."""
        def run() -> tuple[bytes, bytes]:
            prof = compute_profile(p)
            views = prof.views()
            views["headline"] = views["headline"][["dimension", "year", "pole", "value", "share_of_poles"]]
            body = {"focal": prof.focal, "poles": prof.poles, "years": list(prof.years), "patron": prof.patron,
                    "rival": prof.rival, "weights": prof.weights, "missing": prof.missing,
                    "sources": [vars(c) for c in prof.sources],
                    "dimensions": {k: {"label": d.label, "headline": d.headline, "headline_label": d.headline_label,
                                       "caveat": d.caveat} for k, d in profiles.DIMENSIONS.items()},
                    **{name: _records(frame) for name, frame in views.items()}}
            raw = json.dumps(body, ensure_ascii=False).encode()
            return raw, gzip.compress(raw, compresslevel=6, mtime=0)
        return cache.get(("profile_json", p.key()), run)

    def map_json(p: Params) -> dict:
        def run() -> dict:
            cur = cursor()
            try:
                return map_payload(cur, compute_profile(p))
            finally:
                cur.close()
        return cache.get(("map", p.key()), run)

    def report_html(p: Params) -> str:
        def run() -> str:
            cur = cursor()
            try:
                prov = store.provenance(cur)
            finally:
                cur.close()
            return render(ReportData(compute_profile(p), map_json(p), prov))
        return cache.get(("report", p.key()), run)

    @app.exception_handler(LatitudeError)
    async def bad_input(request: Request, exc: LatitudeError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard() -> str:
        return _dashboard_page()

    @app.get("/api/health", summary="Liveness and the sources loaded in the store")
    def health() -> dict:
        cur = cursor()
        try:
            return {"status": "ok", "version": latitude.__version__,
                    "sources": store.provenance(cur)["source"].tolist()}
        finally:
            cur.close()

    @app.get("/api/countries", summary="Countries the app knows (ISO3 and name)")
    def country_list() -> list[dict]:
        return _countries()

    @app.get("/api/sources", summary="Loaded sources: version, citation, coverage, files")
    def sources() -> list[dict]:
        cur = cursor()
        try:
            return _records(store.provenance(cur).astype({"loaded_at": str}))
        finally:
            cur.close()

    @app.get("/api/profile", summary="The full autonomy profile (every table) for a focal, poles and years")
    async def profile(request: Request, focal: str = FocalQ, poles: str = PolesQ, years: str = YearsQ,
                      weights: str | None = WeightsQ, patron: str | None = PatronQ, rival: str | None = RivalQ,
                      idealpoints: bool = IdealQ) -> Response:
        # Cached answers are served straight from the event loop; misses compute in a worker thread.
        p = Params(focal, poles, years, weights, patron, rival, idealpoints) if (
            focal, poles, years, weights, patron, rival) in _seen else \
            await run_in_threadpool(Params, focal, poles, years, weights, patron, rival, idealpoints)
        _seen.add((focal, poles, years, weights, patron, rival))
        bodies = cache.peek(("profile_json", p.key()))
        if bodies is None:
            bodies = await run_in_threadpool(profile_json, p)
        if "gzip" in request.headers.get("accept-encoding", ""):
            return Response(bodies[1], media_type="application/json",
                            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(bodies[0], media_type="application/json", headers={"Vary": "Accept-Encoding"})

    @app.get("/api/spine", summary="The foundation figures, long: year, focal, pole, dimension, measure, value, source")
    def spine(focal: str = FocalQ, poles: str = PolesQ, years: str = YearsQ) -> list[dict]:
        p = Params(focal, poles, years, None, None, None, False)
        return _records(compute_profile(p).spine)

    @app.get("/api/map", summary="Diplomatic-map data: per year, each country's value with each pole; the focal's ties")
    def map_data(focal: str = FocalQ, poles: str = PolesQ, years: str = YearsQ) -> dict:
        p = Params(focal, poles, years, None, None, None, False)
        return map_json(p)

    @app.get("/report", response_class=HTMLResponse, summary="The self-contained HTML report for these parameters")
    def report(focal: str = FocalQ, poles: str = PolesQ, years: str = YearsQ, weights: str | None = WeightsQ,
               patron: str | None = PatronQ, rival: str | None = RivalQ, idealpoints: bool = IdealQ) -> str:
        p = Params(focal, poles, years, weights, patron, rival, idealpoints)
        return report_html(p)

    return app


@lru_cache(maxsize=1)
def _countries() -> list[dict]:
    table = countries.state_table()
    current = table[table["end"].isna() & table["iso3"].notna()].drop_duplicates("iso3")
    return [{"iso3": r.iso3, "name": r.short_name} for r in current.sort_values("short_name").itertuples()]


@lru_cache(maxsize=1)
def _dashboard_page() -> str:
    page = resources.files("latitude.web").joinpath("assets/dashboard.html").read_text(encoding="utf-8")
    weights = "".join(
        f'<label>{d.label} <input type="number" name="w_{k}" min="0" step="0.05" '
        f'value="{profiles.DEFAULT_WEIGHTS.get(k, 0)}"></label>' for k, d in profiles.DIMENSIONS.items())
    return page.replace("{{WEIGHTS}}", weights).replace("{{VERSION}}", latitude.__version__)
