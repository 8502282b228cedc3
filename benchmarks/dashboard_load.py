"""Load test of the dashboard's profile endpoint: p50/p95 latency under 50 concurrent clients,
cached and uncached, with the server's memory before and after.

Starts `latitude serve` on loopback in a subprocess over a built store and drives it with lean
raw-socket keep-alive clients (gzip accepted, as browsers do); measures in the same run
(1) the cold request that computes one profile, (2) one client's warm latency, (3) 50 clients
sending a bounded number of requests for that same, cached, profile (the baseline), and
(4) the uncached case: 50 clients at once, each asking for a different focal, poles and years,
so no answer can come from the cache. Prints p50/p95, errors (non-200 answers, 503s included,
and requests that got no answer in time), the server's resident memory before and after each
phase, the ratios against the cached baseline and whether the uncached p95 meets the 200 ms
target. The server holds its resident tables (`latitude.resident`; the phases start once every
process has loaded them) unless --no-resident. Loopback only, bounded in count and time
(--timeout seconds per phase).

    python benchmarks/dashboard_load.py --store PATH [--clients 50] [--requests 20] [--timeout 180] [--processes 1]
                                        [--workers N] [--no-resident]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil

QUERY = {"focal": "KOR", "poles": "USA,CHN,JPN", "years": "1990-2023"}
TARGET_P95_MS = 200.0
# 50 focal states and five sets of poles (none of them a focal): the uncached phase's parameters.
FOCALS = ["AUS", "VNM", "IND", "TUR", "BRA", "IDN", "SAU", "FRA", "GBR", "ITA", "ESP", "POL", "NLD", "BEL", "SWE",
          "NOR", "DNK", "FIN", "CAN", "MEX", "ARG", "CHL", "COL", "PER", "ZAF", "NGA", "EGY", "KEN", "ETH", "MAR",
          "DZA", "IRN", "IRQ", "ISR", "PAK", "BGD", "THA", "MYS", "SGP", "PHL", "NZL", "UKR", "KAZ", "GRC", "PRT",
          "AUT", "CHE", "HUN", "KOR", "ROU"]
POLES = ["USA,CHN", "USA,CHN,JPN", "USA,RUS", "USA,CHN,RUS", "CHN,JPN"]


def uncached_queries(n: int) -> list[dict[str, str]]:
    """n parameter sets that differ in focal, poles and years from each other and from QUERY."""
    out = []
    for i in range(n):
        start = 1990 + (i * 7) % 15
        out.append({"focal": FOCALS[i % len(FOCALS)], "poles": POLES[i % len(POLES)],
                    "years": f"{start}-{start + 8 + i % 5}"})
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of the server process (and its children), in MB."""
    proc = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20


def wait_resident(port: int, processes: int, timeout: float = 120) -> dict[int, dict]:
    """Wait until every server process reports its resident tables loaded (new connections land on
    the processes at random); returns each process's report."""
    ready: dict[int, dict] = {}
    deadline = time.time() + timeout
    while len(ready) < processes and time.time() < deadline:
        health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=10).json()
        state = health["resident"]
        if state["state"] == "failed":
            raise SystemExit(f"resident tables failed to load: {state.get('reason')}")
        if state["state"] == "ready":
            ready[health["process"]] = state
        else:
            time.sleep(0.2)
    if len(ready) < processes:
        raise SystemExit(f"resident tables not loaded in every process within {timeout:g} s")
    return ready


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def start_server(store: Path | None, port: int, timeout: float, processes: int, resident: bool,
                 workers: int | None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "latitude.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--timeout", str(timeout), "--processes", str(processes), "--resident" if resident else "--no-resident"]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    if store:
        cmd += ["--store", str(store)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-500:]}")
    proc.terminate()
    raise SystemExit("server did not start within 60 s")


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    """One keep-alive HTTP/1.1 GET on an open connection; returns the status (body read, not decoded)."""
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    await reader.readexactly(length)
    return status


async def client(port: int, request: bytes, n: int, out: list[float], stop_at: float) -> None:
    """A lean raw-socket client (so the harness, not the server, costs little CPU)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(n):
            if time.perf_counter() > stop_at:
                return
            start = time.perf_counter()
            if await fetch(reader, writer, request) != 200:
                raise SystemExit("the profile endpoint did not answer 200")
            out.append((time.perf_counter() - start) * 1000)
    finally:
        writer.close()


def request_for(port: int, query: dict[str, str]) -> bytes:
    return (f"GET /api/profile?{urlencode(query)} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Accept-Encoding: gzip\r\nConnection: keep-alive\r\n\r\n").encode()


async def load(port: int, clients: int, requests: int, timeout: float) -> tuple[list[float], float]:
    request = request_for(port, QUERY)
    latencies: list[float] = []
    stop_at = time.perf_counter() + timeout
    start = time.perf_counter()
    await asyncio.gather(*(client(port, request, requests, latencies, stop_at) for _ in range(clients)))
    return latencies, time.perf_counter() - start


async def one_uncached(port: int, query: dict[str, str], timeout: float) -> tuple[float, int | None]:
    """One request on its own connection: (latency in ms, status; None if no answer in time)."""
    start = time.perf_counter()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
        try:
            status = await asyncio.wait_for(fetch(reader, writer, request_for(port, query)), timeout)
        finally:
            writer.close()
    except (asyncio.TimeoutError, OSError):
        status = None
    return (time.perf_counter() - start) * 1000, status


async def load_uncached(port: int, clients: int, timeout: float) -> tuple[list[tuple[float, int | None]], float]:
    start = time.perf_counter()
    results = await asyncio.gather(*(one_uncached(port, q, timeout) for q in uncached_queries(clients)))
    return list(results), time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="store file (default: LATITUDE_STORE or user store)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=20, help="requests per client in the cached phase")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per phase (and the server's deadline)")
    parser.add_argument("--processes", type=int, default=1, help="server processes (`latitude serve --processes`)")
    parser.add_argument("--workers", type=int, default=None, help="threads per process (`latitude serve --workers`)")
    parser.add_argument("--no-resident", dest="resident", action="store_false",
                        help="serve without resident tables (`latitude serve --no-resident`): every read from the store")
    args = parser.parse_args()

    port = free_port()
    proc = start_server(args.store, port, args.timeout, args.processes, args.resident, args.workers)
    url = f"http://127.0.0.1:{port}/api/profile"
    try:
        loaded = wait_resident(port, args.processes) if args.resident else {}
        mem_start = rss_mb(proc.pid)
        start = time.perf_counter()
        httpx.get(url, params=QUERY, timeout=300).raise_for_status()
        cold_ms = (time.perf_counter() - start) * 1000
        baseline, _ = asyncio.run(load(port, 1, 50, args.timeout))
        cached, cached_s = asyncio.run(load(port, args.clients, args.requests, args.timeout))
        mem_cached = rss_mb(proc.pid)
        uncached, uncached_s = asyncio.run(load_uncached(port, args.clients, args.timeout))
        mem_uncached = rss_mb(proc.pid)
        health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=10).json()
    finally:
        proc.terminate()
        proc.wait(10)
    base_p50 = statistics.median(baseline)
    c50, c95 = percentile(cached, 50), percentile(cached, 95)
    ok = [ms for ms, status in uncached if status == 200]
    refused = sum(1 for _, status in uncached if status == 503)
    other = sum(1 for _, status in uncached if status not in (200, 503, None))
    lost = sum(1 for _, status in uncached if status is None)
    every = [ms for ms, _ in uncached]
    u50, u95 = percentile(every, 50), percentile(every, 95)
    print(f"profile endpoint, {args.processes} server process(es), "
          f"{args.workers or 'the default number of'} worker thread(s) each, cached case {QUERY}")
    print("resident tables: " + ("; ".join(f"process {pid}: {r['megabytes']} MB loaded in {r['seconds']} s"
                                           for pid, r in loaded.items()) if loaded else "off (--no-resident)"))
    print(f"cold request (computes the profile): {cold_ms:8.1f} ms")
    print(f"1 client, warm:        p50 {base_p50:8.1f} ms  p95 {percentile(baseline, 95):8.1f} ms")
    print(f"{args.clients} clients, cached:   p50 {c50:8.1f} ms  p95 {c95:8.1f} ms  "
          f"({len(cached)} requests in {cached_s:.1f} s, {len(cached) / cached_s:.0f} req/s; baseline)")
    print(f"{args.clients} clients, uncached: p50 {u50:8.1f} ms  p95 {u95:8.1f} ms  "
          f"({len(uncached)} requests, each a different focal, poles and years, in {uncached_s:.1f} s)")
    print(f"uncached answers: {len(ok)} x 200, {refused} x 503 (shed), {other} other errors, {lost} without an answer "
          f"within {args.timeout:g} s")
    print(f"ratios: uncached p95 / cached p95 = {u95 / c95:.0f}x; cached p95 / 1-client p50 = {c95 / base_p50:.1f}x")
    print(f"server memory: {mem_start:.0f} MB at start, {mem_cached:.0f} MB after the cached phase, "
          f"{mem_uncached:.0f} MB after the uncached phase; view cache {health['cache']['megabytes']} MB "
          f"in {health['cache']['views']} views")
    print(f"target uncached p95 <= {TARGET_P95_MS:.0f} ms with 0 errors: "
          f"{'met' if u95 <= TARGET_P95_MS and len(ok) == len(uncached) else 'NOT met'}")


if __name__ == "__main__":
    main()
