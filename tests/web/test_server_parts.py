"""The server's parts without a store: the bounded pool (admission, cancellation), the bounded view
cache (budget, single flight), the Host check and the parameter parser (Hypothesis properties)."""
from __future__ import annotations

import asyncio
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from latitude.errors import LatitudeError
from latitude.web import params as P
from latitude.web.pool import Overloaded, ViewCache, WorkPool
from latitude.web.security import allowed_hosts, host_name, inline_script_sources


def test_pool_refuses_beyond_its_queue_and_frees_slots() -> None:
    pool = WorkPool(workers=1, queue=2, retry_after=7)
    gate = threading.Event()
    first, _ = pool.submit(lambda job: gate.wait(5))
    second, _ = pool.submit(lambda job: "queued")
    with pytest.raises(Overloaded) as refused:
        pool.submit(lambda job: "one too many")
    assert refused.value.retry_after == 7 and "try again in 7 s" in str(refused.value)
    gate.set()
    assert first.result(5) is True and second.result(5) == "queued"
    time.sleep(0.05)
    assert pool.admitted == 0
    pool.shutdown()


def test_cancelling_an_awaited_job_interrupts_its_duckdb_query() -> None:
    import duckdb

    con = duckdb.connect()
    pool = WorkPool(workers=1, queue=1)
    started = threading.Event()

    def endless(job):
        cur = job.cursor(con)
        started.set()
        return cur.execute("SELECT count(*) FROM range(100000000000) a").fetchall()   # minutes if not stopped

    async def scenario() -> float:
        task = asyncio.ensure_future(pool.run(endless))
        await asyncio.get_running_loop().run_in_executor(None, started.wait, 5)
        task.cancel()
        began = time.perf_counter()
        while pool.admitted and time.perf_counter() - began < 10:
            await asyncio.sleep(0.02)
        return time.perf_counter() - began

    assert asyncio.run(scenario()) < 5 and pool.admitted == 0       # the worker is free again
    pool.shutdown()


def test_view_cache_computes_a_miss_once_and_keeps_within_its_budget() -> None:
    pool = WorkPool(workers=2, queue=8)
    cache = ViewCache(pool, max_bytes=100)
    calls = []

    def work(job):
        calls.append(1)
        time.sleep(0.1)
        return "x" * 40

    async def scenario() -> list[str]:
        same = await asyncio.gather(*(cache.get("a", work, len) for _ in range(6)))
        await cache.get("b", lambda job: "y" * 40, len)
        await cache.get("c", lambda job: "z" * 40, len)          # 120 > 100 bytes: "a" goes
        return same

    assert asyncio.run(scenario()) == ["x" * 40] * 6 and len(calls) == 1
    assert cache.peek("a") is None and cache.peek("c") == "z" * 40 and cache.bytes == 80
    pool.shutdown()


def test_view_cache_cancels_work_nobody_waits_for() -> None:
    pool = WorkPool(workers=1, queue=4)
    cache = ViewCache(pool, max_bytes=1000)
    release = threading.Event()
    ran = []

    async def scenario() -> None:
        blocker = asyncio.ensure_future(cache.get("busy", lambda job: release.wait(5), lambda v: 1))
        waiting = asyncio.ensure_future(cache.get("later", lambda job: ran.append(1), lambda v: 1))
        await asyncio.sleep(0.05)
        waiting.cancel()                      # its only asker left before a worker was free
        await asyncio.gather(waiting, return_exceptions=True)
        release.set()
        await blocker

    asyncio.run(scenario())
    time.sleep(0.05)
    assert ran == [] and cache.peek("later") is None and pool.admitted == 0
    pool.shutdown()


@pytest.mark.parametrize("header, name", [("127.0.0.1:8000", "127.0.0.1"), ("LocalHost", "localhost"),
                                          ("[::1]:8000", "::1"), ("example.org:80", "example.org")])
def test_host_name(header: str, name: str) -> None:
    assert host_name(header) == name


def test_allowed_hosts() -> None:
    assert allowed_hosts() == {"127.0.0.1", "localhost", "::1"}
    assert "10.0.0.5" in allowed_hosts("10.0.0.5") and "0.0.0.0" not in allowed_hosts("0.0.0.0")
    assert "atlas.lan" in allowed_hosts("0.0.0.0", ["Atlas.lan:8000"])


def test_inline_script_hashes() -> None:
    # sha256("alert(1)") in base64, computed with: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    page = '<script src="/x.js"></script><script>alert(1)</script>'
    assert inline_script_sources(page) == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"


# ---------------------------------------------------------------- parameter properties (Hypothesis)

CODES = ["USA", "CHN", "JPN", "KOR", "DEU", "FRA", "IND", "BRA", "RUS", "AUS"]


@settings(max_examples=60, deadline=None)
@given(st.integers(1816, 2100), st.integers(0, 60))
def test_years_round_trip_and_reversed_ranges_fail(start: int, length: int) -> None:
    end = start + length
    assert P.parse("KOR", "USA", f"{start}-{end}").years == (start, end)
    if length:
        with pytest.raises(LatitudeError, match="must not exceed"):
            P.parse("KOR", "USA", f"{end}-{start}")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(CODES), min_size=1, max_size=P.MAX_POLES))
def test_poles_keep_their_order_and_drop_duplicates(codes: list[str]) -> None:
    expected = list(dict.fromkeys(codes))
    got = P.parse("NOR", ",".join(c.lower() for c in codes), "2000")
    assert list(got.poles) == expected and got.key == P.parse("NOR", ",".join(codes), "2000").key


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=20).filter(lambda s: any(ord(c) < 32 for c in s)))
def test_control_characters_are_refused_naming_the_parameter(text: str) -> None:
    for name in ("focal", "poles", "years", "weights"):
        values = {"focal": "KOR", "poles": "USA", "years": "2000", name: text}
        with pytest.raises(LatitudeError, match=f"parameter '{name}' contains control characters"):
            P.parse(**values)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_any_weights_text_parses_or_fails_in_one_line(text: str) -> None:
    try:
        params = P.parse("KOR", "USA", "2000", weights=text)
    except LatitudeError as exc:
        assert "\n" not in str(exc).strip("\n") or any(ord(c) < 32 for c in text)
    else:
        assert all(w >= 0 for _, w in params.weights) and sum(w for _, w in params.weights) > 0


def test_too_many_poles() -> None:
    with pytest.raises(LatitudeError, match="at most 12"):
        P.parse("KOR", ",".join(CODES + ["GBR", "ITA", "CAN"]), "2000")
