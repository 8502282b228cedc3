"""`latitude serve`: the dashboard (FastAPI + uvicorn), read-only over the store."""
from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Optional

import typer

from latitude import validate
from latitude.commands._common import StoreOption, console


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
              port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8000,
              allow_host: Annotated[Optional[list[str]], typer.Option(
                  "--allow-host", help="Another host name clients may use (repeatable); 127.0.0.1, localhost and "
                                       "the --host address are always allowed.", show_default=False)] = None,
              workers: Annotated[Optional[int], typer.Option(
                  help="Threads computing views in each process [default: 4 with one process; 1 with several, "
                       "which then take new connections one request at a time: profiles are computed in Python, "
                       "and threads of one process only contend for it]", min=1, max=64, show_default=False)] = None,
              queue: Annotated[int, typer.Option(help="Computations admitted at once (running + waiting); "
                                                      "more get 503 with Retry-After.", min=1, max=10_000)] = 64,
              timeout: Annotated[float, typer.Option(help="Seconds a request may take before it gets 503 and its "
                                                          "work is cancelled.", min=1, max=3600)] = 60.0,
              cache_mb: Annotated[int, typer.Option("--cache-mb", help="Memory for computed views (MB), shared "
                                                    "out among the processes.", min=16, max=65_536)] = 256,
              processes: Annotated[int, typer.Option(help="Server processes, each with its own --workers threads "
                                                          "and share of the cache: one per core lets new views be "
                                                          "computed on every core at once.", min=1, max=64)] = 1,
              resident: Annotated[bool, typer.Option(help="Hold the tables profiles read in memory (a few hundred "
                                                          "MB per process, loaded in the background at start): "
                                                          "new profiles in milliseconds instead of reading the store.")] = True,
              store_path: StoreOption = None) -> None:
        """Start the dashboard: choose focal, poles, years and weights; JSON API at /api, docs at /docs."""
        port = validate.port(port)
        host = validate.host(host)
        timeout = validate.number(timeout, "--timeout", 1, 3600)   # nan passes a range check
        import uvicorn

        from latitude import store
        from latitude.errors import LatitudeError
        from latitude.web.limits import ServerLimits
        from latitude.web.processes import serve as serve_processes

        if workers is None:
            workers = 4 if processes == 1 else 1
        if queue < workers:
            raise LatitudeError(f"--queue {queue} is smaller than --workers {workers}: give a queue at least as large")
        limits = ServerLimits(workers=workers, queue=queue, timeout=timeout, cache_mb=max(16, cache_mb // processes),
                              resident=resident)
        banner = f"latitude dashboard on http://{host}:{port}  (API docs: /docs; Ctrl-C to stop)"
        if processes == 1:
            from latitude.web.app import create_app

            web_app = create_app(store_path, host=host, allow_hosts=allow_host or (), limits=limits)
            console.print(banner)
            uvicorn.run(web_app, host=host, port=port, log_level="warning")
            return
        # Each process builds its own app from these settings; the store is checked here first,
        # so a missing one is one line.
        store.connect(store_path, read_only=True).close()
        console.print(f"{banner}; {processes} processes")
        serve_processes({"store": str(store_path) if store_path else None, "host": host,
                         "allow_hosts": list(allow_host or ()), "limits": asdict(limits)}, host, port, processes)
