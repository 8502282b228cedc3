"""Load test of the dashboard's profile endpoint: p50/p95 latency under 50 concurrent clients.

Starts `latitude serve` on loopback in a subprocess over a built store and drives it with lean
raw-socket keep-alive clients (gzip accepted, as browsers do); measures in the same run
(1) the cold request that computes the profile, (2) one client's warm latency (the baseline),
(3) 50 concurrent clients sending a bounded number of requests; prints the percentiles, the
ratios against the baseline and whether p95 meets the 200 ms target. Loopback only, bounded in
count (--requests per client) and time (--timeout seconds).

    python benchmarks/dashboard_load.py --store PATH [--clients 50] [--requests 20]
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

QUERY = {"focal": "KOR", "poles": "USA,CHN,JPN", "years": "1990-2023"}
TARGET_P95_MS = 200.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def start_server(store: Path | None, port: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "latitude.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
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


async def load(port: int, clients: int, requests: int, timeout: float) -> tuple[list[float], float]:
    request = (f"GET /api/profile?{urlencode(QUERY)} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
               "Accept-Encoding: gzip\r\nConnection: keep-alive\r\n\r\n").encode()
    latencies: list[float] = []
    stop_at = time.perf_counter() + timeout
    start = time.perf_counter()
    await asyncio.gather(*(client(port, request, requests, latencies, stop_at) for _ in range(clients)))
    return latencies, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="store file (default: LATITUDE_STORE or user store)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=20, help="requests per client")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds for the loaded phase")
    args = parser.parse_args()

    port = free_port()
    proc = start_server(args.store, port)
    url = f"http://127.0.0.1:{port}/api/profile"
    try:
        start = time.perf_counter()
        httpx.get(url, params=QUERY, timeout=300).raise_for_status()
        cold_ms = (time.perf_counter() - start) * 1000
        baseline, _ = asyncio.run(load(port, 1, 50, args.timeout))
        loaded, elapsed = asyncio.run(load(port, args.clients, args.requests, args.timeout))
    finally:
        proc.terminate()
        proc.wait(10)
    base_p50 = statistics.median(baseline)
    p50, p95 = percentile(loaded, 50), percentile(loaded, 95)
    print(f"profile endpoint {QUERY}")
    print(f"cold request (computes the profile): {cold_ms:8.1f} ms")
    print(f"1 client, warm:   p50 {base_p50:7.1f} ms  p95 {percentile(baseline, 95):7.1f} ms  (baseline)")
    print(f"{args.clients} clients, warm: p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  "
          f"({len(loaded)} requests in {elapsed:.1f} s, {len(loaded) / elapsed:.0f} req/s)")
    print(f"ratios: p95 under load / 1-client p50 = {p95 / base_p50:.1f}x; cold / warm p50 = {cold_ms / base_p50:.0f}x")
    print(f"target p95 <= {TARGET_P95_MS:.0f} ms: {'met' if p95 <= TARGET_P95_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
