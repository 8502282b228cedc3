"""The dashboard's JSON API: same figures as the profile, OpenAPI described, read-only, and
one-line 400s for bad parameters."""
from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from latitude import profile as P
from latitude.web import create_app
from latitude.web.app import ViewCache


@pytest.fixture(scope="module")
def client(store_path: Path):
    with TestClient(create_app(store_path)) as c:
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


def test_missing_focal_is_422(client) -> None:
    assert client.get("/api/profile").status_code == 422


def test_openapi_describes_every_view(client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/profile", "/api/spine", "/api/map", "/api/sources", "/api/countries", "/report"} <= set(paths)
    params = {p["name"] for p in paths["/api/profile"]["get"]["parameters"]}
    assert {"focal", "poles", "years", "weights", "patron", "rival"} <= params


def test_map_spine_report_and_sources(client) -> None:
    q = {"focal": "KOR", "poles": "USA,CHN", "years": "2012-2013"}
    spine = client.get("/api/spine", params=q).json()
    assert {"year", "focal", "pole", "dimension", "measure", "value", "source"} == set(spine[0])
    mapped = client.get("/api/map", params=q).json()
    assert mapped["poles"] == ["USA", "CHN"] and "un" in mapped["layers"]
    page = client.get("/report", params=q)
    assert page.status_code == 200 and page.text.startswith("<!DOCTYPE html>")
    assert "unvotes" in {s["source"] for s in client.get("/api/sources").json()}
    assert client.get("/").status_code == 200


def test_store_is_left_unchanged(writable_store: Path) -> None:
    before = hashlib.sha256(writable_store.read_bytes()).hexdigest()
    with TestClient(create_app(writable_store)) as c:
        assert c.get("/api/health").json()["status"] == "ok"
        assert c.get("/api/spine", params={"focal": "KOR", "poles": "USA", "years": "2001"}).status_code == 200
    assert hashlib.sha256(writable_store.read_bytes()).hexdigest() == before
    assert not writable_store.with_suffix(".duckdb.wal").exists()


def test_view_cache_computes_once_under_concurrency() -> None:
    cache, calls = ViewCache(size=2), []
    gate = threading.Event()

    def compute():
        calls.append(1)
        gate.wait(1)
        return "value"

    threads = [threading.Thread(target=lambda: cache.get("k", compute)) for _ in range(8)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join()
    assert len(calls) == 1 and cache.get("k", compute) == "value"
    cache.get("a", lambda: 1)
    cache.get("b", lambda: 2)           # evicts "k" (size 2, least recently used)
    assert cache.get("k", lambda: "recomputed") == "recomputed"
