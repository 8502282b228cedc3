"""`latitude serve --processes N`: N dashboard processes answering on one port.

The supervising process opens the listening socket and hands it to N spawned processes, which all
accept from its one queue. A process takes a new connection only while it has fewer requests in
flight than it has worker threads (`PullServer`), so a burst of new requests is spread by how
busy each process is: an idle process takes the next one. (Separate SO_REUSEPORT sockets let the
kernel split the connections by a hash of their addresses instead: in bursts of 50, one process
got 28-30 and the other 20-22, and the fuller one set the burst's time. uvicorn's own workers
share one socket but accept every waiting connection at once, so one took a whole burst.) Each
process builds its app from the settings in the LATITUDE_SERVE environment variable
(`latitude.web.app.app_from_environment`).
"""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import socket
from typing import Any

from latitude.errors import LatitudeError
from latitude.web.limits import SERVE_ENV

FACTORY = "latitude.web.app:app_from_environment"


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to host:port (a one-line error if the port is taken)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, so that asyncio sets TCP_NODELAY on each accepted connection (it checks the
    # protocol): without it a keep-alive response waits 40 ms for the client's delayed ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise LatitudeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                            "choose another --port or stop what uses it") from None
    return sock


def _worker(settings: str, sock: socket.socket) -> None:
    """One server process: its own app, accepting from the shared socket (`PullServer`) while it
    has fewer requests in flight than worker threads."""
    import uvicorn

    from latitude.web.pull import PullServer

    os.environ[SERVE_ENV] = settings
    config = uvicorn.Config(FACTORY, factory=True, log_level="warning")
    PullServer(config, sock, int(json.loads(settings)["limits"]["workers"])).run()


def serve(settings: dict[str, Any], host: str, port: int, processes: int) -> None:
    """Run `processes` dashboard processes on host:port until interrupted (Ctrl-C or SIGTERM),
    then stop them all."""
    encoded = json.dumps(settings)
    # a port in use is one line here (not N tracebacks)
    sock = listening_socket(host, port)
    sock.listen(2048)
    spawn = multiprocessing.get_context("spawn")
    children = [spawn.Process(target=_worker, args=(encoded, sock), daemon=True) for _ in range(processes)]
    for child in children:
        child.start()
    stopping = False

    def stop(*_: Any) -> None:
        nonlocal stopping
        stopping = True
        for child in children:
            if child.is_alive():
                child.terminate()                  # SIGTERM: uvicorn shuts down gracefully

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stopping and all(child.is_alive() for child in children):
            children[0].join(0.5)
        if not stopping:                           # a worker died on its own: stop the others too
            failed = next(c for c in children if not c.is_alive())
            stop()
            raise LatitudeError(f"a dashboard process stopped (exit code {failed.exitcode}); the server stopped "
                                "with it: see the messages above")
    finally:
        for child in children:
            child.join(10)
            if child.is_alive():
                child.kill()
        sock.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
