"""The report renders in headless Chromium with the network off: no request leaves the page,
the map paints every country and the year slider redraws the ties. Screenshots go to artifacts/.

Needs Debian's `chromium` and the `playwright` Python package (no browser download)."""
from __future__ import annotations

from pathlib import Path

from latitude.report.html import gather, render


def test_report_renders_offline(store_con, tmp_path: Path, browser, artifacts: Path) -> None:
    page_file = tmp_path / "report.html"
    page_file.write_text(render(gather(store_con, "KOR", ["USA", "CHN", "JPN"], (2005, 2014),
                                       with_idealpoints=False)), encoding="utf-8")
    requests, errors = [], []
    context = browser.new_context(viewport={"width": 1300, "height": 1000}, offline=True)

    def block(route):
        if not route.request.url.startswith("file://"):
            requests.append(route.request.url)
            return route.abort()
        return route.continue_()

    context.route("**/*", block)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(page_file.as_uri())
    page.wait_for_selector("body[data-map-ready='1']", timeout=15000)
    filled = page.eval_on_selector_all("path.country", "els => els.filter(e => e.style.fill).length")
    total = page.eval_on_selector_all("path.country", "els => els.length")
    ties = page.eval_on_selector_all("path.tie", "els => els.map(e => e.getAttribute('stroke-width'))")
    page.screenshot(path=str(artifacts / "report_KOR_top.png"))
    page.locator("#year").fill("2005")
    ties_2005 = page.eval_on_selector_all("path.tie", "els => els.map(e => e.getAttribute('stroke-width'))")
    page.locator("#map").scroll_into_view_if_needed()
    page.wait_for_timeout(400)          # let the fill transition finish before the screenshot
    page.screenshot(path=str(artifacts / "report_KOR_map.png"))
    page.screenshot(path=str(artifacts / "report_KOR_full.png"), full_page=True)
    resources = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert errors == []
    assert requests == [] and all(r.startswith(("file:", "data:")) for r in resources)
    assert filled == total > 170
    assert len(ties) == 3 and ties != ties_2005      # trade shares changed between 2005 and 2014


def test_pdf_printed_by_chromium(store_con, tmp_path: Path, chromium_path: str) -> None:
    from latitude.report import output

    written = output.write_report(store_con, "KOR", ["USA", "CHN"], (2012, 2014), tmp_path / "kor.pdf", "pdf",
                                  with_idealpoints=False)
    data = written[0].read_bytes()
    assert data[:5] == b"%PDF-" and data.count(b"/Type /Page") >= 3     # the whole page, not just charts
