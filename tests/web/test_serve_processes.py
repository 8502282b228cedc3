"""`latitude serve --processes 2`: two worker processes answer on one port from one shared
listening socket, new connections are spread over both, a process with no room leaves new
connections to the other, each answers from its resident tables as the in-process app does from
the store, keep-alive answers come without a delayed-ACK wait, and stopping the server stops
both."""
from __future__ import annotations

import json
import os
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from latitude.web import create_app

QUERY = {"focal": "KOR", "poles": "USA,CHN,JPN", "years": "2010-2014"}


def _children(pid: int) -> set[int]:
    """Process ids whose parent is `pid` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _listening(port: int) -> int:
    """How many sockets listen on 127.0.0.1:port (Linux /proc/net/tcp: state 0A)."""
    rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(1 for r in rows if r.split()[1] == f"0100007F:{port:04X}" and r.split()[3] == "0A")


def _burst(port: int, n: int) -> list[int]:
    """Open n connections at once, then ask /api/health on each: the processes that answered."""
    conns = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(n)]
    request = f"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode()
    answered = []
    for conn in conns:
        with conn:
            conn.sendall(request)
            body = b""
            while chunk := conn.recv(65536):
                body += chunk
            answered.append(json.loads(body.split(b"\r\n\r\n", 1)[1])["process"])
    return answered


def _keep_alive_ms(port: int, path: str, n: int) -> list[float]:
    """n GETs of `path` one after another on one keep-alive connection: each one's milliseconds."""
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    times = []
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        for _ in range(n):
            start = time.perf_counter()
            conn.sendall(request)
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, body = data.split(b"\r\n\r\n", 1)
            length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            while len(body) < length:
                body += conn.recv(65536)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _fresh_connections() -> httpx.Client:
    """A client that opens a new connection for each request (each may land on either process),
    made once for a polling loop: each `httpx.get` makes a client, 30 ms of CPU for its TLS context."""
    return httpx.Client(timeout=5, limits=httpx.Limits(max_keepalive_connections=0))


def _resident_ready(base: str, processes: int, deadline: float) -> set[int]:
    """Wait until `processes` different processes report their resident tables loaded (polling
    every 0.1 s: back to back, the polls took CPU from the processes loading)."""
    ready = set()
    with _fresh_connections() as client:
        while len(ready) < processes and time.time() < deadline:
            health = client.get(base + "/api/health").json()
            assert health["resident"]["state"] in ("loading", "ready"), health["resident"]
            if health["resident"]["state"] == "ready":
                ready.add(health["process"])
            if len(ready) < processes:
                time.sleep(0.1)
    return ready


def _serve(store_path: Path, *options: str) -> tuple[subprocess.Popen, int]:
    """`latitude serve --processes 2 [options]` on a free port, once it answers: (process, port)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "latitude.cli", "serve", "--port", str(port), "--processes", "2",
                               *options, "--store", str(store_path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    with _fresh_connections() as client:
        while time.time() < deadline:
            try:
                if client.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                    return server, port
            except httpx.HTTPError:
                time.sleep(0.2)
            assert server.poll() is None, server.stderr.read().decode()[-500:]
    server.kill()
    raise AssertionError("the server did not answer within 60 s")


def test_two_processes_serve_the_same_answers(store_path: Path) -> None:
    server, port = _serve(store_path)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        assert _listening(port) == 1                              # one socket, shared by both
        assert len(_resident_ready(base, 2, deadline)) == 2      # `serve` holds resident tables by default
        workers = {p for p in _children(server.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()}
        answered = _burst(port, 20)
        # 20 connections at once: the kernel spreads them over both sockets (all on one: p = 2 * 2**-20)
        assert len(workers) == 2 and set(answered) == workers
        second = subprocess.run([sys.executable, "-m", "latitude.cli", "serve", "--port", str(port), "--processes",
                                 "2", "--store", str(store_path)], capture_output=True, text=True, timeout=60)
        assert second.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in second.stderr  # no second server
        served = httpx.get(base + "/api/profile", params=QUERY, timeout=60)
        with TestClient(create_app(store_path, allow_hosts=["testserver"])) as client:
            expected = client.get("/api/profile", params=QUERY)
        # from the resident tables, the same answer as the app reading the store
        assert served.status_code == 200 and served.json() == expected.json()
        # clients that reset at once or connect and say nothing do not stop the accepting
        for _ in range(50):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as gone:
                gone.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))   # RST on close
        silent = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(10)]
        try:
            assert set(_burst(port, 20)) == workers
        finally:
            for conn in silent:
                conn.close()
        # keep-alive answers are not held back by Nagle's algorithm waiting for the client's delayed
        # ACK (40 ms on Linux): the health answer on loopback takes a few ms
        for _ in range(4):                        # each new connection may land on either process
            times = _keep_alive_ms(port, "/api/health", 6)[1:]
            assert max(times) < 35, times
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(20)
    assert not any(os.path.exists(f"/proc/{p}") for p in workers)     # the workers stopped with it


def test_a_busy_process_leaves_new_connections_to_the_other(store_path: Path) -> None:
    """With one worker thread each, a process computing a report takes no new connection: every
    request made meanwhile is answered by the other process (split by chance, ten requests would
    all land on one process with probability 2 * 2**-10)."""
    import threading

    server, port = _serve(store_path, "--workers", "1", "--no-resident")
    base = f"http://127.0.0.1:{port}"
    try:
        slow: dict[str, float] = {}

        def report() -> None:
            start = time.perf_counter()
            httpx.get(base + "/report", params={"focal": "KOR", "poles": "USA,CHN,JPN", "years": "1950-2024"},
                      timeout=120).raise_for_status()
            slow["seconds"] = time.perf_counter() - start
        thread = threading.Thread(target=report)
        started = time.perf_counter()
        thread.start()
        time.sleep(0.3)                               # the report is taken and computing
        answered = _burst(port, 10)
        asked_within = time.perf_counter() - started
        thread.join(120)
        assert slow["seconds"] > asked_within         # the ten answers came while the report was computed
        assert len(set(answered)) == 1, answered
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(20)
