"""`latitude serve --processes 2`: two worker processes answer on one port, each with the same
answers as the in-process app, and stopping the server stops both."""
from __future__ import annotations

import os
import signal
import socket
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


def test_two_processes_serve_the_same_answers(store_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "latitude.cli", "serve", "--port", str(port), "--processes", "2",
                               "--store", str(store_path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
            assert server.poll() is None, server.stderr.read().decode()[-500:]
        workers = {p for p in _children(server.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()}
        answered = {httpx.get(base + "/api/health", timeout=10).json()["process"] for _ in range(20)}
        assert len(workers) == 2 and answered and answered <= workers   # the workers answer, not the supervisor
        served = httpx.get(base + "/api/profile", params=QUERY, timeout=60)
        with TestClient(create_app(store_path, allow_hosts=["testserver"])) as client:
            expected = client.get("/api/profile", params=QUERY)
        assert served.status_code == 200 and served.json() == expected.json()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(20)
    assert not any(os.path.exists(f"/proc/{p}") for p in workers)     # the workers stopped with it
