"""`latitude serve`: the dashboard (FastAPI + uvicorn), read-only over the store."""
from __future__ import annotations

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
              workers: Annotated[int, typer.Option(help="Threads computing views.", min=1, max=64)] = 4,
              queue: Annotated[int, typer.Option(help="Computations admitted at once (running + waiting); "
                                                      "more get 503 with Retry-After.", min=1, max=10_000)] = 64,
              timeout: Annotated[float, typer.Option(help="Seconds a request may take before it gets 503 and its "
                                                          "work is cancelled.", min=1, max=3600)] = 60.0,
              cache_mb: Annotated[int, typer.Option("--cache-mb", help="Memory for computed views (MB).",
                                                    min=16, max=65_536)] = 256,
              store_path: StoreOption = None) -> None:
        """Start the dashboard: choose focal, poles, years and weights; JSON API at /api, docs at /docs."""
        port = validate.port(port)
        host = validate.host(host)
        timeout = validate.number(timeout, "--timeout", 1, 3600)   # nan passes a range check
        import uvicorn

        from latitude.errors import LatitudeError
        from latitude.web import create_app
        from latitude.web.app import ServerLimits

        if queue < workers:
            raise LatitudeError(f"--queue {queue} is smaller than --workers {workers}: give a queue at least as large")
        limits = ServerLimits(workers=workers, queue=queue, timeout=timeout, cache_mb=cache_mb)
        web_app = create_app(store_path, host=host, allow_hosts=allow_host or (), limits=limits)
        console.print(f"latitude dashboard on http://{host}:{port}  (API docs: /docs; Ctrl-C to stop)")
        uvicorn.run(web_app, host=host, port=port, log_level="warning")
