"""Write the report: the self-contained HTML page, that page printed to PDF or captured as one
full-page PNG by headless Chromium, or one SVG per chart in a folder (for papers).

PDF and PNG are made from the HTML itself, so they hold everything the page holds (title, map,
tables, charts, caveats, sources); Chromium is driven through Playwright's Python package with
the system's own browser (`apt-get install chromium`; never a browser download), offline.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

import duckdb

from latitude import countries
from latitude.errors import LatitudeError
from latitude.profile import DEFAULT_YEARS
from latitude.report import charts
from latitude.report.html import ReportData, gather, render

FORMATS = ("html", "pdf", "png", "charts")
SUFFIX = {"html": ".html", "pdf": ".pdf", "png": ".png"}
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PNG_WIDTH = 1400          # CSS pixels: the desktop layout
READY_TIMEOUT_MS = 60_000  # the page is ready when its map script has run


def chromium() -> str | None:
    """Path of a Chromium/Chrome executable: LATITUDE_CHROMIUM if set, else the first on PATH."""
    named = os.environ.get("LATITUDE_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _require_chromium() -> str:
    browser = chromium()
    if browser is None:
        raise LatitudeError("PDF and PNG reports are printed by headless Chromium, which is not installed: "
                            "apt-get install chromium (or set LATITUDE_CHROMIUM to a Chrome or Chromium binary), "
                            "or write --format html")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:
        raise LatitudeError("PDF and PNG reports drive Chromium with the playwright package: "
                            "pip install 'latitude[export]' (no browser download needed), or write --format html") from exc
    return browser


def _in_chromium(html: str, width: int, action: Callable[[Any], None]) -> None:
    """Open the report in headless Chromium, offline, wait for its map, and run `action(page)`.

    Runs on a thread of its own: Playwright's sync API refuses to run where an asyncio loop is
    running (a notebook, a web server), and a fresh thread has none.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    browser_path = _require_chromium()

    def run() -> None:
        with tempfile.TemporaryDirectory(prefix="latitude-report-") as tmp:
            page_file = Path(tmp) / "report.html"
            page_file.write_text(html, encoding="utf-8")
            try:
                with sync_playwright() as pw:
                    browser = pw.chromium.launch(executable_path=browser_path, args=CHROMIUM_ARGS)
                    try:
                        context = browser.new_context(viewport={"width": width, "height": 1000}, offline=True)
                        page = context.new_page()
                        page.goto(page_file.as_uri())
                        page.wait_for_selector("body[data-map-ready='1']", timeout=READY_TIMEOUT_MS)
                        action(page)
                    finally:
                        browser.close()
            except PlaywrightError as exc:
                first = (str(exc).strip().splitlines() or ["no message"])[0]
                raise LatitudeError(f"Chromium ({browser_path}) could not render the report: {first}") from exc

    with ThreadPoolExecutor(1, thread_name_prefix="latitude-chromium") as pool:
        pool.submit(run).result()


def write_pdf(html: str, target: Path) -> None:
    """The report printed by Chromium with its print styles (A4, backgrounds and colours kept)."""
    tmp = target.with_name(f".{target.name}.part")
    try:
        _in_chromium(html, PNG_WIDTH, lambda page: page.pdf(path=str(tmp), prefer_css_page_size=True,
                                                             print_background=True))
        os.replace(tmp, target)       # never a half-written target
    finally:
        tmp.unlink(missing_ok=True)


def write_png(html: str, target: Path, width: int = PNG_WIDTH) -> None:
    """The whole report as one full-page screenshot, `width` CSS pixels wide."""
    tmp = target.with_name(f".{target.name}.part.png")

    def capture(page: Any) -> None:
        page.wait_for_timeout(350)            # let the map's colour transition end
        page.screenshot(path=str(tmp), full_page=True)

    try:
        _in_chromium(html, width, capture)
        os.replace(tmp, target)       # never a half-written target
    finally:
        tmp.unlink(missing_ok=True)


def write_svg_charts(data: ReportData, folder: Path) -> list[Path]:
    """Each chart as a standalone SVG file in `folder` (vector: for papers, any size, any printer)."""
    folder.mkdir(exist_ok=True)
    written = []
    prefix = f"{data.profile.focal}_{data.profile.years[0]}-{data.profile.years[1]}"
    for name, chart in charts.all_charts(data.profile).items():
        path = folder / f"{prefix}_{name}.svg"
        chart.write(path)
        written.append(path)
    return written


def output_path(out: str | Path | None, fmt: str, focal: str) -> Path:
    """Where a report goes, checked before any work: a file of the right kind in an existing folder
    (for `charts`, a folder whose parent exists)."""
    if fmt not in FORMATS:
        raise LatitudeError(f"unknown report format '{fmt}': choose html, pdf, png or charts")
    if out is None:
        target = Path(f"{countries.iso3(focal).lower()}_report" + SUFFIX.get(fmt, "_charts"))
    else:
        target = Path(out)
    if fmt == "charts":
        if target.exists() and not target.is_dir():
            raise LatitudeError(f"--format charts writes one SVG per chart into a folder, and {target} is a file: "
                                "name a folder")
    else:
        if target.is_dir():
            raise LatitudeError(f"--out {target} is a folder: name a file such as {target / ('report' + SUFFIX[fmt])}")
        if fmt == "png" and target.suffix.lower() != ".png":
            raise LatitudeError(f"--format png writes one image of the whole report: give --out a .png file name "
                                f"(not '{target.name}'); for one SVG per chart use --format charts --out FOLDER")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise LatitudeError(f"folder {parent} does not exist: create it first or choose another --out")
    if not os.access(parent, os.W_OK):
        raise LatitudeError(f"folder {parent} is not writable: choose another --out")
    return target


def write_report(con: duckdb.DuckDBPyConnection, focal: str, poles: Sequence[str],
                 years: tuple[int, int] = DEFAULT_YEARS, out: str | Path | None = None, fmt: str = "html",
                 weights: Mapping[str, float] | None = None, patron: str | None = None, rival: str | None = None,
                 with_idealpoints: bool = True, include_samples: bool = False) -> list[Path]:
    """Build the report and write it; returns the files written.

    html: one self-contained file. pdf: that page printed by headless Chromium. png: that page as
    one full-page image. charts: one SVG file per chart in the folder `out`.
    """
    target = output_path(out, fmt, focal)
    if fmt in ("pdf", "png"):
        _require_chromium()                    # fail before the minutes of computing
    data = gather(con, focal, poles, years, weights, patron, rival, with_idealpoints, include_samples)
    if fmt == "charts":
        return write_svg_charts(data, target)
    html = render(data)
    if fmt == "html":
        tmp = target.with_name(f".{target.name}.part")
        try:
            tmp.write_text(html, encoding="utf-8")
            os.replace(tmp, target)       # never a half-written target
        finally:
            tmp.unlink(missing_ok=True)
    elif fmt == "pdf":
        write_pdf(html, target)
    else:
        write_png(html, target)
    return [target]
