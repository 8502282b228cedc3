"""FastAPI dashboard: choose a focal state, poles, years and weights and see the profile, the
diplomatic map and the report; every view has a JSON API (OpenAPI at /openapi.json, offline
docs at /docs and /redoc).

The app opens the store read-only. The event loop only routes requests and serves cached views:
computing a view (profile, map, report) and resolving new country spellings run in bounded pools
of worker threads (`latitude.web.pool`), each request with a deadline; a request that would
overflow a pool's queue, or passes its deadline, gets 503 with Retry-After, and work that no
request waits for any more is cancelled. Computed views are cached within a byte budget.
Parameters are bounded (`latitude.web.params`), the Host header is checked and every response
carries security headers (`latitude.web.security`). Every error is one line, 400 or 503, and
both are documented in the OpenAPI schema of every endpoint.
"""
from __future__ import annotations

import asyncio
import gzip
import json
import os
import threading
from contextlib import asynccontextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterable, TypeVar

import pandas as pd
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel

import latitude
from latitude import countries, store, validate
from latitude import profile as profiles
from latitude.catalogue import Catalogue, catalogue
from latitude.errors import LatitudeError
from latitude.profile import compare as comparing
from latitude.report.html import ReportData, content_security_policy, rank_data, render
from latitude.report.mapdata import map_payload
from latitude.web import params as P
from latitude.web.docs import add_docs
from latitude.web.limits import SERVE_ENV, ServerLimits
from latitude.web.pool import Job, Overloaded, ViewCache, WorkPool
from latitude.web.security import API_POLICY, Guard, allowed_hosts, inline_script_sources

T = TypeVar("T")


class ErrorDetail(BaseModel):
    """Every error: one line naming what was wrong and how to fix it."""

    detail: str


RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before asking again.", "schema": {"type": "integer"}}}
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorDetail, "description": "Bad or missing parameter (unknown country, bad year range, "
                                               "over-long value, ...) or a Host header that is not allowed."},
    503: {"model": ErrorDetail, "headers": RETRY_AFTER,
          "description": "Busy: the worker queue is full, or the computation passed its deadline (and was "
                         "cancelled). Retry after the Retry-After header's seconds."},
}


class TimedOut(Exception):
    """A request's computation passed its deadline (or its client left) and was cancelled."""


def _one_line(text: str) -> str:
    """Control characters (newlines, ESC, NUL) shown as escapes, so a detail is always one line."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


# gzip level of the API's compressed answers: level 1 takes a third of level 6's time for 15 % more
# bytes (a profile: 14 KB against 12 KB), and a new profile's answer is compressed on every request
GZIP_LEVEL = 1


def _json(body: Any) -> bytes:
    """A JSON answer as UTF-8 bytes (orjson: NaN as null, NumPy scalars as numbers)."""
    import orjson

    return orjson.dumps(body, option=orjson.OPT_SERIALIZE_NUMPY)


def _records(frame: pd.DataFrame) -> list[dict]:
    """A frame as JSON records (missing -> null; floats to 8 significant digits)."""
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False, double_precision=8))


async def _client_gone(request: Request) -> None:
    """Returns when the client disconnects."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


def _openapi_with_errors(app: FastAPI) -> Callable[[], dict]:
    """OpenAPI schema where bad parameters are documented as 400 (as they are answered), not 422,
    and every error as a JSON ErrorDetail."""
    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorDetail"}}}
            for path in schema.get("paths", {}).values():
                for operation in path.values():
                    responses = operation.get("responses", {})
                    responses.pop("422", None)
                    for code in ("400", "503"):        # errors are JSON, also on the HTML report's route
                        responses[code]["content"] = error_body
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
            app.openapi_schema = schema
        return app.openapi_schema
    return openapi


def create_app(store_path: str | Path | None = None, host: str | None = None, allow_hosts: Iterable[str] = (),
               limits: ServerLimits = ServerLimits()) -> FastAPI:
    """The dashboard app over the store at `store_path` (default: the user's store), read-only.

    Requests must name a Host among 127.0.0.1, localhost, ::1, `host` (the address the server is
    bound to) and `allow_hosts`.
    """
    con = store.connect(store_path, read_only=True)
    provenance = store.provenance(con)
    shared = catalogue(con)   # table list, provenance and stored-table versions, read once for every request
    resident = {"state": "loading" if limits.resident else "off"}

    def hold_tables() -> None:
        """Load the resident tables (`ServerLimits.resident`); requests read them once loaded."""
        from latitude.resident import Resident

        try:
            tables = Resident.load_store(Path(store_path) if store_path else store.default_store_path())
        except Exception as exc:   # the store still answers every read: report, do not stop
            resident.update(state="failed", reason=_one_line(str(exc)))
            return
        shared.resident = tables
        resident.update(state="ready", megabytes=round(tables.nbytes() / 2**20), seconds=round(tables.seconds, 1))

    def reader(job: Job) -> Catalogue:
        """The store as a job reads it: its own (interruptible) cursor under the shared catalogue."""
        return shared.over(job.cursor(con))
    pool = WorkPool(limits.workers, limits.queue, limits.retry_after)
    checks = WorkPool(2, limits.queue, limits.retry_after)   # resolving country names (fuzzy matching)
    views = ViewCache(pool, limits.cache_mb * 2**20)
    parsed = ViewCache(checks, max_bytes=4096)           # one unit per parameter spelling

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        if limits.resident:
            threading.Thread(target=hold_tables, name="resident-tables", daemon=True).start()
        yield
        pool.shutdown()
        checks.shutdown()
        con.close()

    app = FastAPI(title="latitude dashboard", version=latitude.__version__, lifespan=lifespan, responses=ERRORS,
                  docs_url=None, redoc_url=None,
                  description="Strategic-autonomy profiles, diplomatic maps and reports from a latitude store. "
                              "Read-only. Errors are one line: 400 for bad parameters, 503 with Retry-After when "
                              "the server is busy or a computation passes its deadline.")
    app.openapi = _openapi_with_errors(app)
    docs_policies = add_docs(app)
    dashboard_html = _dashboard_page()
    dashboard_policy = (f"default-src 'none'; script-src {inline_script_sources(dashboard_html)}; "
                        "style-src 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; "
                        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
    report_policy = f"{content_security_policy()}; frame-ancestors 'self'"

    def policy(path: str) -> tuple[str, bool]:
        if path == "/report":
            return report_policy, True
        if path == "/":
            return dashboard_policy, False
        return docs_policies.get(path, API_POLICY), False

    app.add_middleware(Guard, hosts=allowed_hosts(host, allow_hosts), policy=policy)
    health_sources = provenance["source"].tolist()
    sources_body = json.dumps(_records(provenance.astype({"loaded_at": str})), ensure_ascii=False).encode()

    # ---------------------------------------------------------------- errors

    @app.exception_handler(LatitudeError)
    async def bad_input(_: Request, exc: LatitudeError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": _one_line(str(exc))})

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
        name = str(first["loc"][-1]) if first.get("loc") else "request"
        text = f"missing parameter '{name}'" if first.get("type") == "missing" else \
            f"bad parameter '{name}': {first['msg']}"
        return JSONResponse(status_code=400, content={"detail": _one_line(text)})

    @app.exception_handler(Overloaded)
    async def busy(_: Request, exc: Overloaded) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(exc)},
                            headers={"Retry-After": str(exc.retry_after)})

    @app.exception_handler(TimedOut)
    async def too_slow(_: Request, exc: TimedOut) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(exc)},
                            headers={"Retry-After": str(limits.retry_after)})

    # ---------------------------------------------------------------- work

    async def within_deadline(request: Request, work: Awaitable[T]) -> T:
        """Await `work`, cancelling it if the deadline passes or the client leaves."""
        task = asyncio.ensure_future(work)
        gone = asyncio.ensure_future(_client_gone(request))
        try:
            done, _ = await asyncio.wait({task, gone}, timeout=limits.timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            gone.cancel()
        if task in done:
            return task.result()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        if gone in done:
            raise TimedOut("the client disconnected; its computation was cancelled")
        raise TimedOut(f"the computation took longer than {limits.timeout:g} s and was cancelled: try fewer years "
                       f"or poles, or again in {limits.retry_after} s")

    async def parse(focal: str, poles: str, years: str, weights: str | None = None, patron: str | None = None,
                    rival: str | None = None, idealpoints: bool = False) -> P.Params:
        def work(_: Job) -> P.Params | LatitudeError:
            try:
                return P.parse(focal, poles, years, weights, patron, rival, idealpoints)
            except LatitudeError as exc:                 # remembered too: a repeated bad request is cheap
                return exc
        P.check_syntax(focal=focal, poles=poles, years=years, weights=weights, patron=patron, rival=rival)
        key = (focal, poles, years, weights, patron, rival, idealpoints)
        result = parsed.peek(key)
        if result is None and P.codes_only(focal, poles, patron, rival):
            result = work(None)                          # codes only: a table lookup, done right here
            parsed.put(key, result, 1)
        elif result is None:
            result = await parsed.get(key, work, lambda _: 1)
        if isinstance(result, LatitudeError):
            raise result
        return result

    def build(job: Job, p: P.Params) -> profiles.Profile:
        return profiles.build_profile(reader(job), p.focal, list(p.poles), p.years, dict(p.weights),
                                      p.patron, p.rival, with_idealpoints=p.idealpoints)

    async def profile_of(p: P.Params) -> profiles.Profile:
        return await views.get(("profile", p.key), lambda job: build(job, p), profiles.Profile.nbytes)

    async def profile_json(p: P.Params) -> tuple[bytes, bytes]:
        """The profile as JSON, plain and gzip-compressed (compressed once, served many times). A
        profile not yet computed is computed and written in one job, and kept for the other views."""
        hit = views.peek(("profile_json", p.key))
        if hit is not None:
            return hit
        known = views.peek(("profile", p.key))
        made: list[profiles.Profile] = []

        def work(job: Job) -> tuple[bytes, bytes]:
            prof = known if known is not None else build(job, p)
            made.append(prof)
            shown = {"headline": ["dimension", "year", "pole", "value", "share_of_poles"]}
            body = {"focal": prof.focal, "poles": prof.poles, "years": list(prof.years), "patron": prof.patron,
                    "rival": prof.rival, "weights": prof.weights, "missing": prof.missing,
                    "sources": [vars(c) for c in prof.sources],
                    "dimensions": {k: {"label": d.label, "headline": d.headline, "headline_label": d.headline_label,
                                       "caveat": d.caveat} for k, d in profiles.DIMENSIONS.items()},
                    **prof.all_records(shown)}
            raw = _json(body)
            return raw, gzip.compress(raw, compresslevel=GZIP_LEVEL, mtime=0)
        bodies = await views.get(("profile_json", p.key), work, lambda b: len(b[0]) + len(b[1]))
        if made and known is None and views.peek(("profile", p.key)) is None:
            views.put(("profile", p.key), made[0], made[0].nbytes())
        return bodies

    async def map_of(p: P.Params) -> tuple[dict, bytes]:
        hit = views.peek(("map", p.key))
        if hit is not None:
            return hit
        prof = await profile_of(p)

        def work(job: Job) -> tuple[dict, bytes]:
            payload = map_payload(reader(job), prof)
            return payload, _json(payload)
        return await views.get(("map", p.key), work, lambda m: 2 * len(m[1]))

    async def report_of(p: P.Params) -> str:
        hit = views.peek(("report", p.key))
        if hit is not None:
            return hit
        prof = await profile_of(p)
        mapped, _ = await map_of(p)
        return await views.get(("report", p.key),
                               lambda job: render(ReportData(prof, mapped, provenance, rank_data(reader(job), prof))),
                               lambda html: 2 * len(html))

    async def rank_json(poles: str, year: int, weights: str | None, dimension: str | None) -> tuple[bytes, bytes]:
        """Every state ranked (`profile.compare.rank`) as JSON, plain and gzip-compressed."""
        P.check_syntax(poles=poles, weights=weights, dimension=dimension)

        def work(job: Job) -> tuple[bytes, bytes]:
            pole_list = validate.country_list(",".join(P._code_case(p) for p in poles.split(",")), "poles",
                                              max_items=P.MAX_POLES)
            weight_map = profiles.parse_weights(weights)
            frame = comparing.rank(reader(job), pole_list, year, weight_map, dimension)
            body = {"poles": pole_list, "year": year, "weights": weight_map, "dimension": dimension or "all",
                    "columns": comparing.COLUMNS, "rows": _records(frame)}
            raw = _json(body)
            return raw, gzip.compress(raw, compresslevel=GZIP_LEVEL, mtime=0)
        return await views.get(("rank", poles.upper(), year, weights, dimension), work,
                               lambda b: len(b[0]) + len(b[1]))

    def gzip_aware(request: Request, bodies: tuple[bytes, bytes]) -> Response:
        if "gzip" in request.headers.get("accept-encoding", ""):
            return Response(bodies[1], media_type="application/json",
                            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(bodies[0], media_type="application/json", headers={"Vary": "Accept-Encoding"})

    # ---------------------------------------------------------------- routes

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def dashboard() -> HTMLResponse:
        return HTMLResponse(dashboard_html)

    @app.get("/api/health", summary="Liveness, the sources loaded in the store and how busy the workers are")
    async def health() -> dict:
        return {"status": "ok", "version": latitude.__version__, "sources": health_sources, "process": os.getpid(),
                "resident": resident,
                "workers": {"threads": pool.workers, "admitted": pool.admitted, "queue": pool.queue},
                "cache": {"views": len(views), "megabytes": round(views.bytes / 2**20, 1)}}

    @app.get("/api/countries", summary="Countries the app knows (ISO3 and name)")
    async def country_list() -> list[dict]:
        return _countries()

    @app.get("/api/sources", summary="Loaded sources: version, citation, coverage, files")
    async def sources() -> Response:
        return Response(sources_body, media_type="application/json")

    @app.get("/api/profile", summary="The full autonomy profile (every table) for a focal, poles and years")
    async def profile(request: Request, focal: str = P.FocalQ, poles: str = P.PolesQ, years: str = P.YearsQ,
                      weights: str | None = P.WeightsQ, patron: str | None = P.PatronQ, rival: str | None = P.RivalQ,
                      idealpoints: bool = P.IdealQ) -> Response:
        async def answer() -> tuple[bytes, bytes]:
            return await profile_json(await parse(focal, poles, years, weights, patron, rival, idealpoints))
        return gzip_aware(request, await within_deadline(request, answer()))

    @app.get("/api/spine", summary="The foundation figures, long: year, focal, pole, dimension, measure, value, source")
    async def spine(request: Request, focal: str = P.FocalQ, poles: str = P.PolesQ, years: str = P.YearsQ) -> list[dict]:
        async def answer() -> list[dict]:
            return (await profile_of(await parse(focal, poles, years))).records("spine")
        return await within_deadline(request, answer())

    @app.get("/api/map", summary="Diplomatic-map data: per year, each country's value with each pole; the focal's ties")
    async def map_data(request: Request, focal: str = P.FocalQ, poles: str = P.PolesQ, years: str = P.YearsQ) -> Response:
        async def answer() -> bytes:
            return (await map_of(await parse(focal, poles, years)))[1]
        return Response(await within_deadline(request, answer()), media_type="application/json")

    @app.get("/api/rank", summary="Every state with data ranked by closeness to each pole and by the spread across "
                                  "the poles in one year (columns: latitude.profile.compare.COLUMNS)")
    async def rank(request: Request, poles: str = RankPolesQ, year: int = RankYearQ, weights: str | None = P.WeightsQ,
                   dimension: str | None = RankDimensionQ) -> Response:
        async def answer() -> tuple[bytes, bytes]:
            return await rank_json(poles, year, weights, dimension)
        return gzip_aware(request, await within_deadline(request, answer()))

    @app.get("/report", response_class=HTMLResponse, summary="The self-contained HTML report for these parameters")
    async def report(request: Request, focal: str = P.FocalQ, poles: str = P.PolesQ, years: str = P.YearsQ,
                     weights: str | None = P.WeightsQ, patron: str | None = P.PatronQ, rival: str | None = P.RivalQ,
                     idealpoints: bool = P.IdealQ) -> HTMLResponse:
        async def answer() -> str:
            return await report_of(await parse(focal, poles, years, weights, patron, rival, idealpoints))
        return HTMLResponse(await within_deadline(request, answer()))

    return app


RankPolesQ = Query("USA,CHN", min_length=1, max_length=P.MAX_LIST,
                   description=f"Poles, comma-separated ISO3 codes or names (at most {P.MAX_POLES}).")
RankYearQ = Query(..., ge=1816, le=2100, description="The year to rank, e.g. 2021.", examples=[2021])
RankDimensionQ = Query(None, max_length=20, description="Only one stored dimension (trade, alliance, arms, un, "
                                                        "capabilities) or composite; default: every one.")


def app_from_environment() -> FastAPI:
    """The app `create_app` would make from the settings `latitude serve --processes N` writes as
    JSON to the LATITUDE_SERVE environment variable: the factory each server process calls
    (`latitude.web.processes`), since a process can only be handed an import path, not an app."""
    settings = json.loads(os.environ[SERVE_ENV])
    return create_app(settings["store"], host=settings["host"], allow_hosts=settings["allow_hosts"],
                      limits=ServerLimits(**settings["limits"]))


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
