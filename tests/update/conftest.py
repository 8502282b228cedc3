"""A real HTTP server on 127.0.0.1 for the updater tests, serving recorded answers.

`loopback.add(path, Reply(...), Reply(...))` scripts the answers to one path, in order (the last
repeats); `loopback.file(path, body, cut=N)` serves a file honouring HTTP Range and If-Range, and
cuts the first full answer after N bytes (Content-Length still says the whole size), as a dropped
connection would. Every request is recorded (method, path with query, headers, body).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

from latitude import store
from latitude.update.http import Client


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    cut: int | None = None          # close the connection after this many body bytes


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Loopback:
    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[Reply | Callable[[Seen], Reply]]] = {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def add(self, path: str, *replies: Reply | Callable[[Seen], Reply], method: str = "GET") -> None:
        self.routes[(method, path)] = list(replies)

    def file(self, path: str, body: bytes, cut: int | None = None, etag: str = '"v1"') -> None:
        """Serve `body` with Range support; the first full answer is cut after `cut` bytes."""
        state = {"cut": cut}

        def reply(seen: Seen) -> Reply:
            headers = {"ETag": etag, "Accept-Ranges": "bytes", "Last-Modified": "Wed, 01 Jan 2025 00:00:00 GMT"}
            wanted = seen.headers.get("Range")
            if_range = seen.headers.get("If-Range")
            if wanted and (if_range is None or if_range == etag):
                start = int(wanted.split("=")[1].split("-")[0])
                if start >= len(body):
                    return Reply(416, b"", {"Content-Range": f"bytes */{len(body)}"})
                span = f"bytes {start}-{len(body) - 1}/{len(body)}"
                return Reply(206, body[start:], {**headers, "Content-Range": span})
            cut_now, state["cut"] = state["cut"], None
            return Reply(200, body, headers, cut=cut_now)

        self.add(path, reply)

    def paths(self, prefix: str = "") -> list[str]:
        return [s.path for s in self.seen if s.path.startswith(prefix)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        loop = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                seen = Seen(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
                with loop.lock:
                    loop.seen.append(seen)
                    queue = loop.routes.get((self.command, self.path.split("?")[0]))
                    step = (queue.pop(0) if len(queue) > 1 else queue[0]) if queue else Reply(404, b"not found")
                reply = step(seen) if callable(step) else step
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body if reply.cut is None else reply.body[:reply.cut])
                self.wfile.flush()

            do_GET = _serve
            do_POST = _serve

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def loopback():
    server = Loopback()
    yield server
    server.close()


@pytest.fixture()
def client() -> Client:
    """A client that records its waits instead of sleeping (and takes no jitter)."""
    return Client(sleep=lambda seconds: None, jitter=lambda: 1.0, retries=4, timeout=5)


@pytest.fixture()
def con(tmp_path: Path):
    connection = store.connect(tmp_path / "store.duckdb")
    yield connection
    connection.close()


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private LATITUDE_HOME so download caches start empty."""
    monkeypatch.setenv("LATITUDE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def closed_port_url() -> str:
    """An address on 127.0.0.1 where nothing listens (the 'offline' case)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
