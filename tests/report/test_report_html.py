"""The diplomatic-map report: projection goldens, embedded geometry, and a South Korea report
whose map data and tables carry the same figures as the profile, with no external resources."""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from latitude import profile as P
from latitude.cli import app
from latitude.report import geometry, output
from latitude.report.html import ReportData, best_year, gather, render


def test_equal_earth_goldens() -> None:
    # Šavrič, Patterson & Jenny (2018): x(180°, 0°) = π / (M·A1) = 2.7066297, y(0°, 90°) = 1.3173627.
    x, y = geometry.equal_earth(0, 0)
    assert (x, y) == (pytest.approx(geometry.WIDTH / 2), pytest.approx(geometry.HEIGHT / 2))
    assert geometry.equal_earth(180, 0)[0] == pytest.approx(geometry.WIDTH, abs=1e-3)
    assert geometry.equal_earth(0, 90)[1] == pytest.approx(0, abs=1e-3)
    assert math.pi / (geometry.M * geometry.A1) == pytest.approx(geometry.X_MAX, abs=1e-6)


def test_world_geometry_has_the_poles_and_the_focal() -> None:
    shapes = {s.iso3: s for s in geometry.world()}
    assert len(shapes) > 170
    for code in ("KOR", "USA", "CHN", "JPN", "FRA", "NOR", "XKX"):
        assert shapes[code].path.startswith("M")
    # Seoul is at about 127°E, 37.5°N: South Korea's anchor lies within a few pixels of it.
    seoul = geometry.equal_earth(127.0, 37.5)
    assert math.dist(shapes["KOR"].anchor, seoul) < 12


@pytest.fixture(scope="module")
def kor_report(store_con) -> tuple[ReportData, str]:
    data = gather(store_con, "KOR", ["USA", "CHN", "JPN"], (2008, 2014), with_idealpoints=False)
    return data, render(data)


def test_report_is_self_contained(kor_report) -> None:
    _, html = kor_report
    assert "<script src" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert "url(http" not in html


def test_map_ties_carry_the_profile_figures(kor_report) -> None:
    data, html = kor_report
    payload = json.loads(re.search(r'<script type="application/json" id="map-data">(.*?)</script>', html,
                                   re.S).group(1))
    spine = data.profile.spine
    for pole in ("USA", "CHN", "JPN"):
        for measure, key in (("trade_share", "trade"), ("agreement", "un"), ("arms_import_share", "arms")):
            row = spine[(spine.year == 2012) & (spine.pole == pole) & (spine.measure == measure)]
            assert payload["ties"]["2012"][pole][key] == pytest.approx(float(row.value.iloc[0]), abs=1e-4)
    # The map layer's UN agreement of South Korea with each pole is the profile's own figure.
    un_kor = payload["layers"]["un"]["byYear"]["2012"]["KOR"]
    expected = [float(spine[(spine.year == 2012) & (spine.pole == p) & (spine.measure == "agreement")].value.iloc[0])
                for p in ("USA", "CHN", "JPN")]
    assert un_kor == pytest.approx(expected, abs=1e-4)
    assert set(payload["anchors"]) >= {"KOR", "USA", "CHN", "JPN"}


def test_report_shows_charts_citations_and_versions(kor_report) -> None:
    data, html = kor_report
    assert html.count("<figure>") >= 4
    for c in data.profile.sources:
        assert c.citation[:40] in html.replace("&#x27;", "'").replace("&amp;", "&")
    assert "Data versions in the store" in html
    assert f'value="{best_year(data.profile)}"' in html
    for m in data.profile.missing:
        assert m["fix"] in html


def test_png_and_pdf_outputs(kor_report, store_con, tmp_path: Path) -> None:
    data, _ = kor_report
    written = output.write_png_charts(data, tmp_path / "charts")
    assert len(written) >= 4 and all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in written)
    output._pdf_with_matplotlib(data, tmp_path / "r.pdf")     # the fallback when Chromium is absent
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
    with pytest.raises(P.LatitudeError, match="unknown report format"):
        output.write_report(store_con, "KOR", ["USA"], (2010, 2012), tmp_path / "x", "docx")


def test_cli_report_writes_html(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "kor.html"
    result = CliRunner().invoke(app, ["report", "KOR", "--poles", "USA,CHN", "--years", "2013-2014",
                                      "--no-idealpoints", "--out", str(out), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
