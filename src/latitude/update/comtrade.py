"""UN Comtrade updates: annual and monthly goods totals by reporter and partner, and HS6 trade by
partner for chosen reporters, straight from the UN Comtrade API.

Endpoints (base `LATITUDE_COMTRADE_URL`, default https://comtradeapi.un.org/; see
https://uncomtrade.org/docs/un-comtrade-api and the official client uncomtrade/comtradeapicall):
- without a key, the public preview `public/v1/preview/C/{A|M}/HS` (at most 500 records a call);
- with `COMTRADE_API_KEY` (sent as the `Ocp-Apim-Subscription-Key` header), `data/v1/get/C/{A|M}/HS`
  (up to 100,000 records a call; the free key allows 500 calls a day);
- release dates from data availability, `public/v1/getDA/...` (`data/v1/getDa/...` with a key);
- reporter codes from the reference file `files/v1/app/reference/Reporters.json`.
Answers are JSON `{"elapsedTime", "count", "data": [...], "error"}` with camelCase fields
(reporterCode, partnerCode, flowCode, cmdCode, refYear, refMonth, primaryValue, ...), the layout
`sources/comtrade.py` already reads.

One request asks for one reporter, one period, exports and imports, all partners (totals) or one
partner (HS6). If an answer fills the preview's 500-record cap it is cut, so the request is split
by flow, and a split that still fills it is an error saying to use a key or fewer products.
Requests are spaced by one second (UN Comtrade's public rate of one request a second); each
complete answer is kept for a day in the download cache, so a run that stops resumes where it
stopped.

Writes:
- `comtrade_totals` (layout in docs/contracts.md; origin 'api'): the API's rows replace any row
  (mirror or API) of the same frequency, period, reporter and flow; partners that are not states
  (World, areas n.e.s.) keep their Comtrade name with a missing ISO3; "Other Asia, nes" (490) is TWN.
- `comtrade_flows` (HS6): rows tagged `extract = 'comtrade-api:REPORTER:PERIOD:PARTNER'`, replacing
  the same request's earlier rows.
Provenance row `comtrade_api` describes every API row in the store, with each request's release
date (`lastReleased`) as the publisher gives it.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb
import pandas as pd

from latitude import countries
from latitude.errors import LatitudeError
from latitude.sources import comtrade as comtrade_source
from latitude.sources._base import SourceInfo
from latitude.store import has_table
from latitude.update import common
from latitude.update.http import Client, base_url, session

ENV_URL = "LATITUDE_COMTRADE_URL"
ENV_KEY = "COMTRADE_API_KEY"
DEFAULT_URL = "https://comtradeapi.un.org/"
PREVIEW_CAP = 500
KEYED_CAP = 100_000
FIRST_YEAR = {"A": 1988, "M": 2000}      # HS data: annual from 1988, monthly from 2000
CACHE_HOURS = 24
REFERENCE_DAYS = 30

INFO = SourceInfo(
    name="comtrade_api",
    title="UN Comtrade API updates (goods totals by partner, HS6 by partner)",
    publisher="United Nations Statistics Division (UN Comtrade)",
    version="UN Comtrade API v1",
    licence="UN Comtrade terms of use (free for non-commercial use with citation)",
    citation="United Nations. UN Comtrade Database, https://comtradeplus.un.org/ (API v1, retrieved by latitude).",
    bibtex="""@misc{uncomtrade_api,
  author = {{United Nations Statistics Division}}, title = {UN Comtrade Database},
  howpublished = {\\url{https://comtradeplus.un.org/}}, note = {Retrieved through the UN Comtrade API v1}}""",
    coverage="as requested (annual from 1988, monthly from 2000)",
    files=(),
    tables=("comtrade_totals", "comtrade_flows"),
    homepage="https://comtradeplus.un.org/",
    notes="Loaded by `latitude data update comtrade`; a rebuild from the mirror drops these rows.",
)

TOTALS_DDL = """CREATE TABLE IF NOT EXISTS comtrade_totals (freq VARCHAR, year INTEGER, month INTEGER,
    reporter VARCHAR, reporter_iso3 VARCHAR, partner VARCHAR, partner_iso3 VARCHAR, flow VARCHAR,
    value_usd DOUBLE, origin VARCHAR)"""


def info() -> SourceInfo:
    return INFO


@dataclass(frozen=True)
class Request:
    """One API request: a reporter, a period, flows, a partner (None: all) and commodities."""

    reporter: str
    reporter_code: int
    freq: str
    period: str
    flows: str
    partner: str | None
    partner_code: int | None
    cmd: str

    @property
    def name(self) -> str:
        return f"comtrade-api:{self.reporter}:{self.period}:{self.partner or 'all'}"

    @property
    def key(self) -> str:
        cmd = re.sub(r"[^A-Za-z0-9]+", "-", self.cmd)[:40]
        return f"{self.freq}_{self.reporter}_{self.period}_{self.partner or 'all'}_{self.flows.replace(',', '')}_{cmd}"


def _periods(freq: str, years: tuple[int, int]) -> list[str]:
    if freq == "A":
        return [str(y) for y in range(years[0], years[1] + 1)]
    today = dt.date.today()
    return [f"{y}{m:02d}" for y in range(years[0], years[1] + 1) for m in range(1, 13)
            if (y, m) <= (today.year, today.month)]


def reporter_codes(client: Client, base: str, cache: Path) -> dict[str, int]:
    """ISO3 -> Comtrade reporter code, from UN Comtrade's Reporters.json (current entries first,
    then the latest expired one: 'Fed. Rep. of Germany (...1990)' never shadows Germany)."""
    path = cache / "Reporters.json"
    if path.exists() and time.time() - path.stat().st_mtime > REFERENCE_DAYS * 86400:
        path.unlink()
    client.download(base + "files/v1/app/reference/Reporters.json", path, label="Comtrade reporter codes")
    try:
        results = json.loads(path.read_text(encoding="utf-8-sig"))["results"]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        path.unlink(missing_ok=True)
        raise LatitudeError(f"{path.name}: not UN Comtrade's reference layout ({{\"results\": [...]}}); "
                            "is the base URL right?") from exc
    ranked: dict[str, tuple[str, int]] = {}
    for entry in results:
        iso = str(entry.get("reporterCodeIsoAlpha3") or "").strip()
        if entry.get("isGroup") or len(iso) != 3:
            continue
        rank = entry.get("entryExpiredDate") or "9999"
        if iso not in ranked or rank > ranked[iso][0]:
            ranked[iso] = (rank, int(entry["reporterCode"]))
    return {iso: code for iso, (_, code) in ranked.items()}


def _code(iso3: str, codes: dict[str, int], role: str) -> int:
    if role == "partner" and iso3 == "TWN":
        return 490                            # Comtrade lists Taiwan as partner "Other Asia, nes" only
    if iso3 not in codes:
        raise LatitudeError(f"UN Comtrade has no {role} code for {iso3}: it does not report to Comtrade "
                            "(see files/v1/app/reference/Reporters.json)")
    return codes[iso3]


def _state_iso3(codes: pd.Series) -> pd.Series:
    """ISO3 for partner/reporter codes that are states; missing for World and areas n.e.s.; TWN for
    490, "Other Asia, nes" (Comtrade's Taiwan, keyed as in the mirror's `comtrade_totals`)."""
    iso = comtrade_source.code_to_iso3(codes)
    return countries.names_to_iso3(iso)


def totals_frame(records: list[dict]) -> pd.DataFrame:
    """API records (cmdCode TOTAL) -> `comtrade_totals` rows (exports and imports, no sub-breakdowns)."""
    raw = pd.DataFrame.from_records(records)
    if raw.empty:
        return pd.DataFrame(columns=["freq", "year", "month", "reporter", "reporter_iso3", "partner",
                                     "partner_iso3", "flow", "value_usd", "origin"])
    _require(raw, ["freqCode", "refYear", "reporterCode", "partnerCode", "flowCode", "cmdCode", "primaryValue"])
    keep = raw["flowCode"].isin(["X", "M"]) & raw["cmdCode"].astype(str).eq("TOTAL")
    for column, total in (("partner2Code", 0), ("motCode", 0), ("customsCode", "C00")):
        if column in raw:
            keep &= raw[column].isna() | raw[column].astype(str).eq(str(total))
    raw = raw[keep]
    freq = raw["freqCode"].astype(str)
    reporter_code = pd.to_numeric(raw["reporterCode"], errors="coerce").astype("Int64")
    partner_code = pd.to_numeric(raw["partnerCode"], errors="coerce").astype("Int64")
    month = pd.to_numeric(raw.get("refMonth"), errors="coerce").astype("Int64") if "refMonth" in raw else None
    return pd.DataFrame({
        "freq": freq,
        "year": pd.to_numeric(raw["refYear"], errors="coerce").astype("Int32"),
        "month": month.where(freq.eq("M")).astype("Int32") if month is not None else pd.NA,
        "reporter": raw["reporterDesc"].astype("string") if "reporterDesc" in raw else reporter_code.astype("string"),
        "reporter_iso3": _state_iso3(reporter_code),
        "partner": raw["partnerDesc"].astype("string") if "partnerDesc" in raw else partner_code.astype("string"),
        "partner_iso3": _state_iso3(partner_code),
        "flow": raw["flowCode"].astype("string"),
        "value_usd": pd.to_numeric(raw["primaryValue"], errors="coerce").astype("Float64"),
        "origin": "api",
    }).reset_index(drop=True)


def flows_frame(records: list[dict], name: str) -> pd.DataFrame:
    """API records at HS6 -> `comtrade_flows` rows through the Comtrade source's own parser."""
    raw = pd.DataFrame.from_records(records)
    for column, total in (("partner2Code", 0), ("motCode", 0), ("customsCode", "C00")):
        if column in raw:
            raw = raw[raw[column].isna() | raw[column].astype(str).eq(str(total))]
    return comtrade_source.standardise(raw.reset_index(drop=True), name)


def _require(raw: pd.DataFrame, columns: list[str]) -> None:
    missing = [c for c in columns if c not in raw.columns]
    if missing:
        raise LatitudeError(f"UN Comtrade answered without field(s) {', '.join(missing)}: not the API v1 layout; "
                            "is the base URL right?")


class _Fetcher:
    """Runs requests against the preview or the keyed endpoint, splitting answers cut by the cap."""

    def __init__(self, client: Client, base: str, freq: str, key: str | None, cache: Path) -> None:
        self.client, self.key, self.cache = client, key, cache
        self.endpoint = base + (f"data/v1/get/C/{freq}/HS" if key else f"public/v1/preview/C/{freq}/HS")
        self.cap = KEYED_CAP if key else PREVIEW_CAP
        self.headers = {"Ocp-Apim-Subscription-Key": key} if key else {}
        self.calls = 0

    def params(self, request: Request) -> dict[str, object]:
        return {"reporterCode": request.reporter_code, "period": request.period, "partnerCode": request.partner_code,
                "partner2Code": 0, "cmdCode": request.cmd, "flowCode": request.flows, "customsCode": "C00",
                "motCode": 0, "maxRecords": self.cap, "format": "JSON", "breakdownMode": "classic",
                "includeDesc": "true"}

    def fetch(self, request: Request) -> list[dict]:
        cached = self.cache / f"{'key' if self.key else 'preview'}_{request.key}.json"
        if cached.exists() and time.time() - cached.stat().st_mtime < CACHE_HOURS * 3600:
            return json.loads(cached.read_text())
        self.calls += 1
        payload = self.client.get(self.endpoint, params=self.params(request), headers=self.headers).json()
        if not isinstance(payload, dict) or not isinstance(payload.get("data", []), list):
            raise LatitudeError(f"UN Comtrade answered {self.endpoint} without a data list; is the base URL right?")
        if payload.get("error"):
            raise LatitudeError(f"UN Comtrade refused {request.name} ({request.flows}): {payload['error']}")
        records = payload.get("data") or []
        if len(records) >= self.cap:
            if "," in request.flows:
                return [r for flow in request.flows.split(",") for r in self.fetch(replace(request, flows=flow))]
            how = "ask for fewer commodities (--cmd)" if self.key else \
                f"set {ENV_KEY} (a free UN Comtrade subscription key) or ask for fewer commodities (--cmd)"
            raise LatitudeError(f"UN Comtrade's answer for {request.name} flow {request.flows} fills its "
                                f"{self.cap:,}-record limit, so it is cut: {how}")
        tmp = cached.with_suffix(".tmp")
        tmp.write_text(json.dumps(records))
        os.replace(tmp, cached)
        return records

    def released(self, base: str, freq: str, reporter: Request, periods: list[str]) -> dict[str, str]:
        """period -> lastReleased (YYYY-MM-DD) for one reporter, from data availability."""
        url = base + (f"data/v1/getDa/C/{freq}/HS" if self.key else f"public/v1/getDA/C/{freq}/HS")
        payload = self.client.get(url, params={"reporterCode": reporter.reporter_code, "period": ",".join(periods)},
                                  headers=self.headers).json()
        rows = payload.get("data") if isinstance(payload, dict) else None
        return {str(r.get("period")): str(r.get("lastReleased") or "")[:10] for r in rows or [] if r.get("period")}


def update(con: duckdb.DuckDBPyConnection, reporters: str | list[str], years: tuple[int, int], *,
           freq: str = "A", hs6: bool = False, partners: str | list[str] | None = None,
           commodities: str | list[str] | None = None, api_key: str | None = None, url: str | None = None,
           client: Client | None = None, show_progress: bool = False, max_requests: int = 500) -> common.UpdateResult:
    """Fetch Comtrade totals (or HS6 by partner with `hs6=True`) and load them in one transaction."""
    freq = str(freq).upper()
    if freq not in ("A", "M"):
        raise LatitudeError(f"Comtrade frequency '{freq}' is neither A (annual) nor M (monthly)")
    years = common.check_years(years, FIRST_YEAR[freq], f"UN Comtrade {'annual' if freq == 'A' else 'monthly'} data")
    reporter_list = countries.parse_country_list(reporters) if reporters else []
    if not reporter_list:
        raise LatitudeError("UN Comtrade update needs --reporters (ISO3 codes or names, e.g. KOR,CHN,JPN,USA)")
    if hs6 and not partners:
        raise LatitudeError("HS6 by partner needs --partners (e.g. USA,CHN,JPN, or World)")
    partner_list = [p.strip() for p in (partners.split(",") if isinstance(partners, str) else partners or [])]
    cmd = "TOTAL"
    if hs6:
        codes = [c.strip() for c in (commodities.split(",") if isinstance(commodities, str) else commodities or [])]
        bad = [c for c in codes if not re.fullmatch(r"\d{6}", c)]
        if bad:
            raise LatitudeError(f"commodity code(s) {', '.join(bad)} are not 6-digit HS codes (e.g. 854232)")
        cmd = ",".join(codes) if codes else "AG6"
    key = api_key if api_key is not None else os.environ.get(ENV_KEY) or None
    base = base_url(url, ENV_URL, DEFAULT_URL)
    cache = common.cache_dir("comtrade")
    periods = _periods(freq, years)
    with session(client, min_interval=1.0, show_progress=show_progress) as client:
        codes_by_iso = reporter_codes(client, base, cache)
        partner_codes: list[tuple[str | None, int | None]] = [(None, None)]
        if hs6:
            partner_codes = []
            for partner in partner_list:
                iso = "World" if partner.lower() == "world" else countries.iso3(partner)
                partner_codes.append((iso, 0 if iso == "World" else _code(iso, codes_by_iso, "partner")))
        requests = [Request(r, _code(r, codes_by_iso, "reporter"), freq, period, "X,M", p, pc, cmd)
                    for r in reporter_list for period in periods for p, pc in partner_codes]
        if len(requests) > max_requests:
            raise LatitudeError(f"this update needs {len(requests):,} UN Comtrade requests, more than the "
                                f"{max_requests} allowed in one run (the free key allows 500 a day): ask for "
                                "fewer reporters, partners or years")
        fetcher = _Fetcher(client, base, freq, key, cache)
        task = client.task("UN Comtrade", len(requests))
        answers: list[tuple[Request, list[dict]]] = []
        for request in requests:
            answers.append((request, fetcher.fetch(request)))
            client.advance(task)
        notes: list[str] = []
        releases: dict[tuple[str, str], str] = {}
        for reporter in {r.reporter: r for r in requests}.values():
            try:
                found = fetcher.released(base, freq, reporter, periods)
            except LatitudeError as exc:
                if str(exc).startswith("cannot reach"):
                    raise
                notes.append(f"release dates unavailable for {reporter.reporter} ({exc})")
                continue
            releases.update({(reporter.reporter, p): d for p, d in found.items()})
        return _load(con, answers, releases, hs6, notes, fetcher.calls, key is not None)


def _load(con: duckdb.DuckDBPyConnection, answers: list[tuple[Request, list[dict]]],
          releases: dict[tuple[str, str], str], hs6: bool, notes: list[str], calls: int,
          keyed: bool) -> common.UpdateResult:
    today = dt.date.today().isoformat()
    files = [{"name": request.name + (":HS6" if hs6 else ":TOTAL"),
              "published": f"UN Comtrade {request.freq} {request.period}, released "
                           f"{releases.get((request.reporter, request.period)) or 'n/a'}; retrieved {today}",
              "url": f"{'data/v1/get' if keyed else 'public/v1/preview'}/C/{request.freq}/HS?reporterCode="
                     f"{request.reporter_code}&period={request.period}&cmdCode={request.cmd}",
              "rows": len(records)} for request, records in answers]
    incoming: pd.DataFrame | None = None
    con.execute(TOTALS_DDL)
    con.execute("BEGIN TRANSACTION")
    try:
        if hs6:
            frames = [flows_frame(records, request.name) for request, records in answers if records]
            incoming = pd.concat(frames, ignore_index=True) if frames else None
            if incoming is not None:
                con.register("_comtrade_api", incoming)
                con.execute("CREATE TABLE IF NOT EXISTS comtrade_flows AS SELECT * FROM _comtrade_api WHERE false")
                names = sorted(set(incoming["extract"]))
                con.execute(f"DELETE FROM comtrade_flows WHERE extract IN ({', '.join('?' * len(names))})", names)
                con.execute("INSERT INTO comtrade_flows BY NAME SELECT * FROM _comtrade_api")
        else:
            frames = [totals_frame(records) for _, records in answers if records]
            incoming = pd.concat(frames, ignore_index=True) if frames else None
            if incoming is not None:
                con.register("_comtrade_api", incoming)
                con.execute("""DELETE FROM comtrade_totals t USING
                               (SELECT DISTINCT freq, year, month, reporter_iso3, flow FROM _comtrade_api) i
                               WHERE t.freq = i.freq AND t.year = i.year AND t.month IS NOT DISTINCT FROM i.month
                                 AND t.reporter_iso3 IS NOT DISTINCT FROM i.reporter_iso3 AND t.flow = i.flow""")
                con.execute("INSERT INTO comtrade_totals BY NAME SELECT * FROM _comtrade_api")
        api_rows = con.execute("SELECT count(*) FROM comtrade_totals WHERE origin = 'api'").fetchall()[0][0]
        counts = {"comtrade_totals": api_rows}
        spans = [con.execute("SELECT min(year), max(year) FROM comtrade_totals WHERE origin = 'api'").fetchall()[0]]
        if has_table(con, "comtrade_flows"):
            counts["comtrade_flows"] = con.execute(
                "SELECT count(*) FROM comtrade_flows WHERE extract LIKE 'comtrade-api:%'").fetchall()[0][0]
            spans.append(con.execute("SELECT min(year), max(year) FROM comtrade_flows "
                                     "WHERE extract LIKE 'comtrade-api:%'").fetchall()[0])
        starts = [s for s, _ in spans if s is not None]
        ends = [e for _, e in spans if e is not None]
        coverage = (min(starts) if starts else None, max(ends) if ends else None)
        known = [d for d in releases.values() if d]
        version = f"UN Comtrade API v1, retrieved {today}" + (f"; latest release {max(known)}" if known else "")
        merged = common.merge_files(common.previous_files(con, INFO.name), files)
        common.write_provenance(con, INFO, counts, coverage, merged, version)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        if incoming is not None:
            con.unregister("_comtrade_api")
    empty = sum(1 for _, records in answers if not records)
    if empty:
        notes.append(f"{empty} request(s) answered no data (not yet reported)")
    loaded = len(incoming) if incoming is not None else 0
    notes.insert(0, f"{loaded:,} rows from {calls} request(s) ({'subscription key' if keyed else 'public preview'})")
    return common.UpdateResult(INFO.name, counts, version, coverage, notes)
