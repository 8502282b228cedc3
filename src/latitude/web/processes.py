"""`latitude serve --processes N`: N dashboard processes sharing one port, each with its own socket.

uvicorn's own worker processes share one listening socket, and the first to wake accepts every
connection waiting (asyncio accepts up to the backlog at once), so a burst of requests lands on one
process while the others idle. Here each process opens its own socket on the same address with
SO_REUSEPORT, and the kernel spreads new connections across them. Each process builds its app from
the settings in the LATITUDE_SERVE environment variable (`latitude.web.app.app_from_environment`).
Where SO_REUSEPORT is missing (Windows), uvicorn's shared-socket workers are used instead.
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


def listening_socket(host: str, port: int, shared: bool = True) -> socket.socket:
    """A socket bound to host:port; with `shared`, other processes may bind it too (SO_REUSEPORT)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, so that asyncio sets TCP_NODELAY on each accepted connection (it checks the
    # protocol): without it a keep-alive response waits 40 ms for the client's delayed ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise LatitudeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                            "choose another --port or stop what uses it") from None
    return sock


def _worker(settings: str, host: str, port: int) -> None:
    """One server process: its own socket on the shared address, its own app."""
    import uvicorn

    os.environ[SERVE_ENV] = settings
    sock = listening_socket(host, port)
    config = uvicorn.Config(FACTORY, factory=True, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


def serve(settings: dict[str, Any], host: str, port: int, processes: int) -> None:
    """Run `processes` dashboard processes on host:port until interrupted (Ctrl-C or SIGTERM),
    then stop them all."""
    encoded = json.dumps(settings)
    if not hasattr(socket, "SO_REUSEPORT"):
        import uvicorn

        os.environ[SERVE_ENV] = encoded
        uvicorn.run(FACTORY, factory=True, workers=processes, host=host, port=port, log_level="warning")
        return
    # a port in use, also by another server's shared sockets, is one line here (not N tracebacks,
    # nor two servers splitting one port's connections)
    listening_socket(host, port, shared=False).close()
    spawn = multiprocessing.get_context("spawn")
    children = [spawn.Process(target=_worker, args=(encoded, host, port), daemon=True) for _ in range(processes)]
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
        for sig, handler in previous.items():
            signal.signal(sig, handler)
