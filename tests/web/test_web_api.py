"""The dashboard's JSON API: same figures as the profile, OpenAPI described, read-only, one-line
400s for bad parameters, and the server's behaviour under hostile input and load: over-long
values refused at once, a foreign Host refused, security headers on every response, 503 with
Retry-After when the queue is full, abandoned or overdue work cancelled."""
from __future__ import annotations

import asyncio
import hashlib
import json
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from latitude import profile as P
from latitude.catalogue import catalogue
from latitude.web import create_app
from latitude.web.limits import ServerLimits

LOCAL = "http://127.0.0.1"


@pytest.fixture(scope="module")
def client(store_path: Path):
    with TestClient(create_app(store_path), base_url=LOCAL) as c:
        yield c


def test_profile_endpoint_matches_build_profile(client, store_con) -> None:
    res = client.get("/api/profile", params={"focal": "South Korea", "poles": "USA,CHN", "years": "2000-2003"})
    assert res.status_code == 200
    body = res.json()
    assert body["focal"] == "KOR" and body["poles"] == ["USA", "CHN"] and body["years"] == [2000, 2003]
    expected = P.spine(store_con, "KOR", ["USA", "CHN"], (2000, 2003))
    got = {(r["year"], r["pole"], r["measure"]): r["value"] for r in body["spine"]}
    for r in expected.dropna(subset=["value"]).itertuples():
        assert got[(r.year, r.pole, r.measure)] == pytest.approx(r.value)
    for view in ("headline", "balance", "entropy", "discipline", "trends", "composite"):
        assert view in body
    assert all(s["citation"] for s in body["sources"])


def test_profile_json_is_pandas_json_of_every_view(client, store_con) -> None:
    # the API writes its lists directly; pandas' JSON writer over the same views is the reference
    params = {"focal": "KOR", "poles": "USA,CHN,JPN", "years": "1988-2012", "patron": "USA", "rival": "CHN"}
    body = client.get("/api/profile", params=params).json()
    prof = P.build_profile(store_con, "KOR", ["USA", "CHN", "JPN"], (1988, 2012), with_idealpoints=False)
    shown = {"headline": ["dimension", "year", "pole", "value", "share_of_poles"]}
    for name, frame in prof.views().items():
        frame = frame[shown[name]] if name in shown else frame
        expected = json.loads(frame.to_json(orient="records", date_format="iso", double_precision=8))
        assert body[name] == expected, name
    assert len(body["spine"]) > 1000 and any(r["split_votes"] for r in body["discipline"])


def test_weights_change_the_composite(client) -> None:
    base = {"focal": "KOR", "poles": "USA,CHN", "years": "2000-2003"}
    a = client.get("/api/profile", params={**base, "weights": "trade=1,un=0,alliance=0,arms=0"}).json()
    b = client.get("/api/profile", params={**base, "weights": "trade=0,un=1,alliance=0,arms=0"}).json()
    auto = lambda body: [r["value"] for r in body["composite"] if r["index"] == "autonomy"]  # noqa: E731
    assert auto(a) != auto(b)
    assert a["weights"]["trade"] == 1.0 and b["weights"]["un"] == 1.0


@pytest.mark.parametrize("params, message", [
    ({"focal": "Atlantis", "poles": "USA"}, "unknown country"),
    ({"focal": "KOR", "poles": "USA", "years": "2010-2000"}, "first year"),
    ({"focal": "KOR", "poles": "USA", "years": "19x0"}, "bad year range"),
    ({"focal": "KOR", "poles": "USA", "years": "1700-1710"}, "outside"),
    ({"focal": "KOR", "poles": "KOR,USA"}, "also a pole"),
    ({"focal": "KOR", "poles": "USA", "weights": "trade=lots"}, "bad weight"),
])
def test_bad_parameters_give_400_with_one_line(client, params, message) -> None:
    res = client.get("/api/profile", params=params)
    assert res.status_code == 400
    detail = res.json()["detail"]
    assert message in detail and "\n" not in detail


def test_missing_focal_is_400(client) -> None:
    res = client.get("/api/profile")
    assert res.status_code == 400 and res.json() == {"detail": "missing parameter 'focal'"}


def test_openapi_describes_every_view_and_documents_400_and_503(client) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    assert {"/api/profile", "/api/spine", "/api/map", "/api/sources", "/api/countries", "/api/health",
            "/report"} <= set(paths)
    params = {p["name"]: p for p in paths["/api/profile"]["get"]["parameters"]}
    assert {"focal", "poles", "years", "weights", "patron", "rival"} <= set(params)
    assert params["focal"]["schema"]["maxLength"] == 60
    for path, item in paths.items():
        responses = item["get"]["responses"]
        assert {"200", "400", "503"} <= set(responses) and "422" not in responses, path
        assert "Retry-After" in responses["503"]["headers"]


def test_a_12000_character_focal_is_refused_at_once(client) -> None:
    started = time.perf_counter()
    res = client.get("/api/profile", params={"focal": "x" * 12000})
    assert res.status_code == 400 and time.perf_counter() - started < 1.0
    assert res.json()["detail"] == "bad parameter 'focal': String should have at most 60 characters"


def test_control_characters_never_reach_the_answer(client) -> None:
    res = client.get("/api/profile", params={"focal": "KOR\n\x1b[2J", "poles": "USA"})
    assert res.status_code == 400 and "\n" not in res.json()["detail"] and "\x1b" not in res.json()["detail"]


def test_foreign_host_is_refused(client) -> None:
    res = client.get("/api/health", headers={"host": "attacker.example:8000"})
    assert res.status_code == 400 and "host 'attacker.example:8000' is not allowed" in res.json()["detail"]
    assert res.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/health", headers={"host": "localhost:8000"}).status_code == 200


@pytest.mark.parametrize("path, framing", [
    ("/", "DENY"), ("/api/health", "DENY"), ("/api/countries", "DENY"), ("/docs", "DENY"),
    ("/openapi.json", "DENY"), ("/api/profile?focal=Atlantis", "DENY"),
    ("/report?focal=KOR&poles=USA,CHN&years=2012-2013", "SAMEORIGIN")])
def test_security_headers_on_every_response(client, path: str, framing: str) -> None:
    res = client.get(path)
    assert res.headers["x-content-type-options"] == "nosniff"
    assert res.headers["x-frame-options"] == framing
    assert res.headers["referrer-policy"] == "no-referrer"
    csp = res.headers["content-security-policy"]
    assert csp.startswith("default-src 'none'") and "unsafe-eval" not in csp
    assert ("frame-ancestors 'self'" if framing == "SAMEORIGIN" else "frame-ancestors 'none'") in csp
    if path in ("/", "/report?focal=KOR&poles=USA,CHN&years=2012-2013"):
        assert "script-src 'sha256-" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]


def test_docs_assets_are_served_locally(client) -> None:
    page = client.get("/docs").text
    assert "cdn." not in page and "/static/docs/swagger-ui-bundle.js" in page
    js = client.get("/static/docs/swagger-ui-bundle.js")
    assert js.status_code == 200 and len(js.content) > 500_000
    assert "fonts.googleapis" not in client.get("/redoc").text


def test_map_spine_report_and_sources(client) -> None:
    q = {"focal": "KOR", "poles": "USA,CHN", "years": "2012-2013"}
    spine = client.get("/api/spine", params=q).json()
    assert {"year", "focal", "pole", "dimension", "measure", "value", "source"} <= set(spine[0])
    mapped = client.get("/api/map", params=q).json()
    assert mapped["poles"] == ["USA", "CHN"] and "un" in mapped["layers"]
    page = client.get("/report", params=q)
    assert page.status_code == 200 and page.text.startswith("<!DOCTYPE html>")
    assert "unvotes" in {s["source"] for s in client.get("/api/sources").json()}
    assert client.get("/").status_code == 200


def test_store_is_left_unchanged(writable_store: Path) -> None:
    before = hashlib.sha256(writable_store.read_bytes()).hexdigest()
    with TestClient(create_app(writable_store), base_url=LOCAL) as c:
        assert c.get("/api/health").json()["status"] == "ok"
        assert c.get("/api/spine", params={"focal": "KOR", "poles": "USA", "years": "2001"}).status_code == 200
    assert hashlib.sha256(writable_store.read_bytes()).hexdigest() == before
    assert not writable_store.with_suffix(".duckdb.wal").exists()


def _slow_profile(con, *args, **kwargs):
    """Stands in for build_profile: a store query (on the request's own cursor, under the catalogue
    the app passes) that runs for minutes unless interrupted."""
    return catalogue(con).duckdb.execute("SELECT count(*) FROM range(100000000000) a, range(10) b").fetchall()


async def _get_all(app, requests: list[dict]) -> list[httpx.Response]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=LOCAL, timeout=60) as c:
        return await asyncio.gather(*(c.get("/api/profile", params=q) for q in requests))


def test_full_queue_answers_503_with_retry_after_and_health_stays_up(store_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(P, "build_profile", _slow_profile)
    app = create_app(store_path, limits=ServerLimits(workers=1, queue=2, timeout=3, retry_after=9))
    asks = [{"focal": "KOR", "poles": "USA", "years": str(y)} for y in (2001, 2002, 2003, 2004)]

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=LOCAL, timeout=60) as c:
            slow = [asyncio.ensure_future(c.get("/api/profile", params=q)) for q in asks]
            await asyncio.sleep(1.0)
            began = time.perf_counter()
            health = await c.get("/api/health")
            health_s = time.perf_counter() - began
            answers = await asyncio.gather(*slow)
            await asyncio.sleep(0.5)
            after = (await c.get("/api/health")).json()
            return health, health_s, answers, after

    health, health_s, answers, after = asyncio.run(scenario())
    assert health.status_code == 200 and health_s < 0.5 and health.json()["workers"]["admitted"] == 2
    codes = sorted(r.status_code for r in answers)
    assert codes == [503, 503, 503, 503]
    busy = [r for r in answers if "busy" in r.json()["detail"]]
    late = [r for r in answers if "longer than 3 s and was cancelled" in r.json()["detail"]]
    assert len(busy) == 2 and len(late) == 2
    assert {r.headers["retry-after"] for r in answers} == {"9"}
    assert after["workers"]["admitted"] == 0            # the overdue queries were interrupted


def test_abandoned_request_is_cancelled(store_path: Path, monkeypatch) -> None:
    """A client that hangs up stops its computation (uvicorn on loopback, raw socket)."""
    import socket
    import threading

    import uvicorn

    monkeypatch.setattr(P, "build_profile", _slow_profile)
    app = create_app(store_path, limits=ServerLimits(workers=1, queue=4, timeout=120))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.time() + 20
        while not server.started and time.time() < deadline:
            time.sleep(0.05)
        health = f"http://127.0.0.1:{port}/api/health"
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(f"GET /api/profile?focal=KOR&poles=USA&years=2005 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
                         .encode())
            time.sleep(1.0)
            assert httpx.get(health).json()["workers"]["admitted"] == 1
        began = time.time()
        while httpx.get(health).json()["workers"]["admitted"] and time.time() - began < 10:
            time.sleep(0.1)
        assert httpx.get(health).json()["workers"]["admitted"] == 0 and time.time() - began < 5
    finally:
        server.should_exit = True
        thread.join(10)
