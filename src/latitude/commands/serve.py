"""`latitude serve`: the dashboard (FastAPI + uvicorn), read-only over the store."""
from __future__ import annotations

from typing import Annotated

import typer

from latitude import validate
from latitude.commands._common import StoreOption, console


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
              port: Annotated[int, typer.Option(help="Port.")] = 8000,
              store_path: StoreOption = None) -> None:
        """Start the dashboard: choose focal, poles, years and weights; JSON API at /api, docs at /docs."""
        port = validate.port(port)
        host = validate.host(host)
        import uvicorn

        from latitude.web import create_app

        web_app = create_app(store_path)
        console.print(f"latitude dashboard on http://{host}:{port}  (API docs: /docs; Ctrl-C to stop)")
        uvicorn.run(web_app, host=host, port=port, log_level="warning")
