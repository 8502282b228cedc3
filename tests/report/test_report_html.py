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


@pytest.mark.xfail(strict=True, reason="since the profile reads precomputed dimension tables (main, 2026-12), the map "
                   "layer (report.mapdata, still from measures.alignment.agreement) and the profile compute UN "
                   "agreement differently; passes again when mapdata draws from the profile (the lead's rebuild)")
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
    assert html.count("<figure>") >= 4 and 'class="versions sortable"' in html
    for c in data.profile.sources:
        assert c.citation[:40] in html.replace("&#x27;", "'").replace("&amp;", "&")
    assert "Data versions in the store" in html
    assert f'value="{best_year(data.profile)}"' in html
    for m in data.profile.missing:
        assert m["fix"] in html


def test_chart_pngs_and_output_checks(kor_report, store_con, tmp_path: Path, monkeypatch) -> None:
    data, _ = kor_report
    written = output.write_png_charts(data, tmp_path / "charts")
    assert len(written) >= 4 and all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in written)
    with pytest.raises(P.LatitudeError, match="unknown report format"):
        output.write_report(store_con, "KOR", ["USA"], (2010, 2012), tmp_path / "x", "docx")
    with pytest.raises(P.LatitudeError, match=r"give --out a \.png file name .*--format charts --out FOLDER"):
        output.output_path(tmp_path / "x", "png", "KOR")
    with pytest.raises(P.LatitudeError, match="is a folder: name a file"):
        output.output_path(tmp_path, "pdf", "KOR")
    with pytest.raises(P.LatitudeError, match="does not exist: create it first"):
        output.output_path(tmp_path / "missing" / "r.html", "html", "KOR")
    assert output.output_path(None, "pdf", "South Korea") == Path("kor_report.pdf")
    monkeypatch.setenv("LATITUDE_CHROMIUM", str(tmp_path / "no-such-browser"))
    with pytest.raises(P.LatitudeError, match="apt-get install chromium"):
        output.write_report(store_con, "KOR", ["USA"], (2010, 2012), tmp_path / "r.pdf", "pdf")
    assert not (tmp_path / "r.pdf").exists()


def _lines(fig):
    ax = fig.axes[0]
    return ax, [line for line in ax.get_lines() if not line.get_label().startswith("_")]


def test_alliance_chart_gives_each_pole_its_own_row(kor_report) -> None:
    from latitude.report import charts

    data, _ = kor_report
    fig = charts.dimension_chart(data.profile, "alliance")
    ax = fig.axes[0]
    rows = {tick.get_text(): y for tick, y in zip(ax.get_yticklabels(), ax.get_yticks())}
    assert sorted(rows) == ["CHN", "JPN", "USA"] and len(set(rows.values())) == 3
    segments = [(line.get_ydata()[0], line.get_linewidth(), tuple(line.get_xdata())) for line in ax.get_lines()
                if len(line.get_xdata()) == 2]
    # README: ATOP defence pact with the USA 1953-2018; with China and Japan none.
    assert (rows["USA"], 9, (2007.5, 2014.5)) in segments
    assert {(y, w) for y, w, _ in segments if y in (rows["CHN"], rows["JPN"])} == {(rows["CHN"], 1.6), (rows["JPN"], 1.6)}
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "defence pact" and "own row" in legend[1]
    charts.plt.close(fig)


def test_spread_chart_lists_only_what_it_draws_and_coinciding_lines_stay_visible(kor_report) -> None:
    import numpy as np

    from latitude.report import charts

    data, _ = kor_report
    fig = charts.entropy_chart(data.profile)
    ax, lines = _lines(fig)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [line.get_label() for line in lines]
    low, _ = ax.get_ylim()
    for line in lines:
        y = np.asarray(line.get_ydata(), dtype=float)
        assert np.isfinite(y).any() and (y[np.isfinite(y)] > low).all()
    # Korea's arms come from the USA alone and its only pact is with the USA: both spreads are 0 in every
    # year, drawn on top of each other; their markers fall on different years.
    zero = [line for line in lines if "throughout" in line.get_label()]
    assert len(zero) == 2
    marks = [set(np.asarray(line.get_xdata())[line.get_markevery()[0]::line.get_markevery()[1]]) for line in zero]
    assert marks[0] and marks[1] and not marks[0] & marks[1]
    charts.plt.close(fig)


def test_chart_titles_name_the_focal(kor_report) -> None:
    from latitude.report import charts

    data, _ = kor_report
    figs = charts.all_charts(data.profile)
    titles = [fig.axes[0].get_title(loc="left") for fig in figs.values()]
    assert "Trade: trade share" in titles and "Alliances: ATOP defence pact with each pole" in titles
    assert not any("the focal" in t for t in titles)
    for fig in figs.values():
        charts.plt.close(fig)


def test_cli_report_writes_html(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "kor.html"
    result = CliRunner().invoke(app, ["report", "KOR", "--poles", "USA,CHN", "--years", "2013-2014",
                                      "--no-idealpoints", "--out", str(out), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
