"""End to end: the dashboard served by uvicorn, driven in headless Chromium. Screenshots of the
dashboard and of an error go to artifacts/.

Needs Debian's `chromium` and the `playwright` Python package (no browser download)."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest


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


def test_dashboard_in_chromium(server: str, browser, artifacts: Path) -> None:
    errors = []
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/?focal=KOR&poles=USA,CHN,JPN&from=2010&to=2014")
    page.wait_for_selector("body[data-ready='1']", timeout=60000)
    status = page.inner_text("#status")
    summary = page.inner_text("#summary")
    report = page.frame_locator("#report")
    report.locator("body[data-map-ready='1']").wait_for(timeout=20000)
    tie_rows = report.locator("#tie-rows tr").count()
    page.screenshot(path=str(artifacts / "dashboard_KOR.png"))
    report.locator("#layer").select_option("trade")
    report.locator("#map").scroll_into_view_if_needed()
    page.wait_for_timeout(400)          # let the fill transition finish before the screenshot
    page.screenshot(path=str(artifacts / "dashboard_KOR_trade_map.png"))
    page.fill("#focal", "Atlantis")
    page.click("#go")
    page.wait_for_selector("#status.error", timeout=10000)
    error_text = page.inner_text("#status")
    page.screenshot(path=str(artifacts / "dashboard_error.png"))
    assert errors == []
    assert "KOR between USA, CHN, JPN, 2010–2014" in status
    assert "Trade" in summary and "UN alignment" in summary and "2014" in summary
    assert tie_rows == 3
    assert "unknown country 'Atlantis'" in error_text
