"""Write the report: HTML (self-contained), PDF (headless Chromium's print, else the charts via
matplotlib) or PNG charts for papers."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Mapping, Sequence

import duckdb

from latitude.errors import LatitudeError
from latitude.profile import DEFAULT_YEARS
from latitude.report import charts
from latitude.report.html import ReportData, gather, render

FORMATS = ("html", "pdf", "png")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-pdf-header-footer"]


def chromium() -> str | None:
    """Path of a Chromium/Chrome executable, if one is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _pdf_with_chromium(html_path: Path, out: Path, browser: str) -> None:
    with tempfile.TemporaryDirectory() as profile_dir:
        cmd = [browser, *CHROMIUM_ARGS, f"--user-data-dir={profile_dir}", "--virtual-time-budget=5000",
               f"--print-to-pdf={out}", html_path.resolve().as_uri()]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not out.exists():
        raise LatitudeError(f"Chromium could not print {html_path} to PDF: "
                            f"{(done.stderr.strip().splitlines() or ['no message'])[-1]}")


def _pdf_with_matplotlib(data: ReportData, out: Path) -> None:
    from matplotlib.backends.backend_pdf import PdfPages

    with PdfPages(out) as pdf:
        for fig in charts.all_charts(data.profile).values():
            pdf.savefig(fig, bbox_inches="tight")
            charts.plt.close(fig)


def write_png_charts(data: ReportData, folder: Path) -> list[Path]:
    """Each chart as a 200 dpi PNG in `folder` (for papers)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    prefix = f"{data.profile.focal}_{data.profile.years[0]}-{data.profile.years[1]}"
    for name, fig in charts.all_charts(data.profile).items():
        path = folder / f"{prefix}_{name}.png"
        fig.savefig(path, dpi=200, bbox_inches="tight")
        charts.plt.close(fig)
        written.append(path)
    return written


def write_report(con: duckdb.DuckDBPyConnection, focal: str, poles: Sequence[str],
                 years: tuple[int, int] = DEFAULT_YEARS, out: str | Path | None = None, fmt: str = "html",
                 weights: Mapping[str, float] | None = None, patron: str | None = None, rival: str | None = None,
                 with_idealpoints: bool = True) -> list[Path]:
    """Build the report and write it; returns the files written.

    html: one self-contained file. pdf: Chromium's print of that file when Chromium is installed,
    else the charts only (matplotlib). png: one PNG per chart in a folder named after `out`.
    """
    if fmt not in FORMATS:
        raise LatitudeError(f"unknown report format '{fmt}': choose html, pdf or png")
    data = gather(con, focal, poles, years, weights, patron, rival, with_idealpoints)
    target = Path(out) if out else Path(f"{data.profile.focal.lower()}_report.{fmt if fmt != 'png' else 'html'}")
    if fmt == "png":
        folder = target.with_suffix("") if target.suffix else target
        return write_png_charts(data, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    html = render(data)
    if fmt == "html":
        target.write_text(html, encoding="utf-8")
        return [target]
    browser = chromium()
    if browser is None:
        _pdf_with_matplotlib(data, target)
        return [target]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        _pdf_with_chromium(page, target.resolve(), browser)
    return [target]
