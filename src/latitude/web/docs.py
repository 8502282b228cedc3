"""API documentation pages that work offline: Swagger UI at /docs and ReDoc at /redoc, with their
scripts and styles served by the app itself from the `fastapi-offline` package (which ships
Swagger UI 5 and ReDoc; Swagger UI 4, as in `swagger-ui-bundle`, cannot read the OpenAPI 3.1
schema FastAPI writes), never from a CDN."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from latitude.web.security import inline_script_sources

STATIC = "/static/docs"


def assets_dir() -> Path:
    """The folder of Swagger UI and ReDoc files shipped by fastapi-offline."""
    return Path(str(resources.files("fastapi_offline").joinpath("static")))


def swagger_page(title: str, openapi_url: str) -> str:
    return get_swagger_ui_html(openapi_url=openapi_url, title=f"{title} – API docs",
                               swagger_js_url=f"{STATIC}/swagger-ui-bundle.js",
                               swagger_css_url=f"{STATIC}/swagger-ui.css",
                               swagger_favicon_url=f"{STATIC}/favicon.png").body.decode()


def redoc_page(title: str, openapi_url: str) -> str:
    return get_redoc_html(openapi_url=openapi_url, title=f"{title} – API reference",
                          redoc_js_url=f"{STATIC}/redoc.standalone.js", redoc_favicon_url=f"{STATIC}/favicon.png",
                          with_google_fonts=False).body.decode()


def add_docs(app: FastAPI) -> dict[str, str]:
    """Mount the assets and the two pages; returns each page's Content-Security-Policy by path."""
    openapi_url = app.openapi_url or "/openapi.json"
    swagger_html, redoc_html = swagger_page(app.title, openapi_url), redoc_page(app.title, openapi_url)
    app.mount(STATIC, StaticFiles(directory=assets_dir()), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(swagger_html)

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return HTMLResponse(redoc_html)

    common = ("default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
              "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    return {"/docs": f"{common}; script-src 'self' {inline_script_sources(swagger_html)}",
            "/redoc": f"{common}; script-src 'self'; worker-src 'self' blob:"}
