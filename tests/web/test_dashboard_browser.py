"""End to end: the dashboard served by uvicorn on loopback, driven in headless Chromium at a phone's,
a tablet's and a desktop's width, and the API docs (Swagger UI, ReDoc) rendered with every
request to anything but 127.0.0.1 blocked. Screenshots go to artifacts/.

Needs Debian's `chromium` and the `playwright` Python package (no browser download)."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

WIDTHS = (420, 768, 1400)


@pytest.fixture(scope="module")
def server(store_path: Path):
    import uvicorn

    from latitude.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(store_path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


def _local_only(browser, width: int):
    """A page whose requests may go to 127.0.0.1 only; returns it and the list of blocked URLs."""
    blocked: list[str] = []
    context = browser.new_context(viewport={"width": width, "height": 900})

    def route(r):
        if r.request.url.startswith("http://127.0.0.1:"):
            return r.continue_()
        blocked.append(r.request.url)
        return r.abort()

    context.route("**/*", route)
    return context, blocked


@pytest.mark.parametrize("width", WIDTHS)
def test_dashboard_at_every_width(server: str, browser, artifacts: Path, width: int) -> None:
    context, blocked = _local_only(browser, width)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(server + "/?focal=KOR&poles=USA,CHN,JPN&from=2010&to=2014")
    page.wait_for_selector("body[data-ready='1']", timeout=90000)
    report = page.frame_locator("#report")
    report.locator("body[data-map-ready='1']").wait_for(timeout=20000)
    page.wait_for_timeout(400)
    status, summary = page.inner_text("#status"), page.inner_text("#summary")
    overflow = page.evaluate("document.documentElement.scrollWidth")
    frame_box = page.locator("#report").bounding_box()
    map_box = report.locator("#worldmap").bounding_box()
    frame_height = page.evaluate("document.getElementById('report').contentDocument.documentElement.scrollHeight")
    tie_rows = report.locator("#tie-rows tr").count()
    page.screenshot(path=str(artifacts / f"dashboard_{width}.png"), full_page=True)
    context.close()

    assert errors == [] and blocked == []
    assert "KOR between USA, CHN, JPN, 2010–2014" in status
    assert "Trade" in summary and "UN alignment" in summary and "2014" in summary
    assert overflow <= width                                         # nothing runs off the screen
    assert frame_box["width"] >= (0.7 if width > 900 else 0.9) * width - 40
    assert abs(frame_box["height"] - frame_height) <= 4               # the report sets the frame's height
    assert map_box["width"] >= 0.5 * frame_box["width"] and map_box["height"] >= 150
    assert tie_rows == 3


def test_bad_focal_shows_one_line(server: str, browser, artifacts: Path) -> None:
    context, _ = _local_only(browser, 1400)
    page = context.new_page()
    page.goto(server + "/?focal=Atlantis")
    page.wait_for_selector("#status.error", timeout=20000)
    text = page.inner_text("#status")
    page.screenshot(path=str(artifacts / "dashboard_error.png"))
    context.close()
    assert text.startswith("unknown country 'Atlantis'")


@pytest.mark.parametrize("path, ready", [("/docs", ".swagger-ui .opblock"), ("/redoc", "[data-section-id]")])
def test_api_docs_render_offline(server: str, browser, artifacts: Path, path: str, ready: str) -> None:
    context, blocked = _local_only(browser, 1280)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(server + path)
    page.wait_for_selector(ready, timeout=20000)
    text = page.inner_text("body")
    page.screenshot(path=str(artifacts / f"api{path.replace('/', '_')}.png"))
    context.close()
    # ReDoc's "API docs by Redocly" badge points at an image on its CDN; the page's CSP blocks it (and the
    # route would too): the only thing missing offline is that badge.
    assert blocked == [] and [e for e in errors if "cdn.redoc.ly/redoc/logo-mini.svg" not in e] == []
    for endpoint in ("/api/profile", "/api/map", "/report"):
        assert endpoint in text
