"""The diplomatic-map report: projection goldens, embedded geometry, and a South Korea report
whose map data and tables carry the same figures as the profile, with no external resources."""
from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
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


def test_chart_files_and_output_checks(kor_report, store_con, tmp_path: Path, monkeypatch) -> None:
    data, _ = kor_report
    written = output.write_svg_charts(data, tmp_path / "charts")
    assert len(written) >= 4 and all(p.suffix == ".svg" for p in written)
    for path in written:                                   # standalone, well-formed, sized SVG files
        root = ET.parse(path).getroot()
        assert root.tag == f"{{{SVG}}}svg" and float(root.get("width")) > 0
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


SVG = "http://www.w3.org/2000/svg"
NS = {"s": SVG}


def _chart(chart) -> ET.Element:
    return ET.fromstring(chart.svg())        # well-formed XML, or this raises


def _area(root: ET.Element) -> tuple[float, ...]:
    rect = root.find(".//s:rect[@class='plot-area']", NS)
    return tuple(float(rect.get(k)) for k in ("x", "y", "width", "height"))


def _ticks(root: ET.Element, axis: str) -> list[str]:
    return [t.text for t in root.findall(f".//s:text[@class='{axis}tick']", NS)]


def _legend(root: ET.Element) -> list[str]:
    return [e.get("data-label") for e in root.findall(".//s:g[@class='legend-entry']", NS)]


def test_trade_chart_puts_each_year_where_the_axis_range_says(kor_report) -> None:
    from latitude.report import charts

    data, _ = kor_report
    root = _chart(charts.dimension_chart(data.profile, "trade"))
    left, top, width, height = _area(root)
    head = data.profile.headline[data.profile.headline["dimension"] == "trade"]
    # The axis range by hand (charts.dimension_chart, svg module docstring): x from 2007.5 to
    # 2014.5; y from -0.04 * the largest share to that share plus 5% of the span.
    most = float(head["value"].max())
    low = -0.04 * most
    high = most + 0.05 * (most - low)
    assert _legend(root) == ["USA", "CHN", "JPN"]                   # every pole, in order
    assert _ticks(root, "x") == [str(y) for y in range(2008, 2015)]   # 7 years / about 7 ticks: step 1
    assert all(t.endswith("%") for t in _ticks(root, "y"))
    for pole in ("USA", "CHN", "JPN"):
        series = head[head["pole"] == pole].set_index("year")["value"]
        lines = root.findall(f".//s:g[@data-label='{pole}']/s:polyline", NS)
        drawn = [float(v) for line in lines for p in line.get("points").split() for v in p.split(",")]
        expected = [c for year, v in series.dropna().sort_index().items()
                    for c in (left + (year - 2007.5) / 7 * width, top + (1 - (float(v) - low) / (high - low)) * height)]
        assert len(drawn) == 14                                     # 7 years, each an (x, y) pair
        assert drawn == pytest.approx(expected, abs=0.16)          # rect and points are written to 0.1


def test_alliance_chart_gives_each_pole_its_own_row(kor_report) -> None:
    from latitude.report import charts

    data, _ = kor_report
    root = _chart(charts.dimension_chart(data.profile, "alliance"))
    left, top, width, height = _area(root)
    assert _ticks(root, "y") == ["JPN", "CHN", "USA"]                # rows from the bottom: the USA on top
    # rows 0, 1, 2 on a y range of -0.7 to 2.7: row r sits (r + 0.7) / 3.4 of the way up
    row_y = {pole: top + (1 - (r + 0.7) / 3.4) * height for r, pole in enumerate(["JPN", "CHN", "USA"])}
    bars = [(float(b.get("y")) + float(b.get("height")) / 2, float(b.get("height")), float(b.get("x")),
             float(b.get("width"))) for b in root.findall(".//s:rect[@class='bar']", NS)]
    # README: ATOP defence pact with the USA 1953-2018; with China and Japan none. 2008-2014 is one
    # 9-unit bar from 2007.5 to 2014.5 (the whole width) on the USA's row; thin 1.6 lines on the others.
    assert any((row_y["USA"], 9, left, width) == pytest.approx(b, abs=0.15) for b in bars)
    thin = sorted(round(y, 1) for y, h, _, _ in bars if h == pytest.approx(1.6))
    assert thin == pytest.approx(sorted([row_y["CHN"], row_y["JPN"]]), abs=0.15)
    assert _legend(root)[0] == "defence pact" and "own row" in _legend(root)[1]
    assert "outside ATOP's coverage" in _legend(root)[2]


def test_spread_chart_lists_only_what_it_draws_and_coinciding_lines_stay_visible(kor_report) -> None:
    from latitude.report import charts

    data, _ = kor_report
    root = _chart(charts.entropy_chart(data.profile))
    left, top, width, height = _area(root)
    series = root.findall(".//s:g[@class='series']", NS)
    assert _legend(root) == [g.get("data-label") for g in series]
    # the y range is fixed at -0.06 to 1.06: every value (0 to 1) is drawn above the axis line
    axis_y = top + height
    for g in series:
        ys = [float(p.split(",")[1]) for line in g.findall("s:polyline", NS) for p in line.get("points").split()]
        assert ys and all(y < axis_y - 0.06 / 1.12 * height + 0.2 for y in ys)
    # Korea's arms come from the USA alone and its only pact is with the USA: both spreads are 0 in every
    # year, drawn on top of each other; their markers fall on different years.
    zero = [g for g in series if "throughout" in g.get("data-label")]
    assert len(zero) == 2

    def marker_years(g) -> set[int]:
        """The year under each marker: the centre of its (symmetric) outline, back through the x range."""
        years = set()
        for m in g.findall("s:path[@class='marker']", NS):
            xs = [float(x) for x in re.findall(r"[ML](-?[\d.]+),", m.get("d"))]
            years.add(round(2007.5 + ((min(xs) + max(xs)) / 2 - left) / width * 7))
        return years

    marks = [marker_years(g) for g in zero]
    assert marks[0] and marks[1] and not marks[0] & marks[1]


def test_chart_titles_name_the_focal(kor_report) -> None:
    from latitude.report import charts

    data, _ = kor_report
    figs = charts.all_charts(data.profile)
    titles = [_chart(c).find(".//s:text[@class='title']", NS).text for c in figs.values()]
    assert "Trade: trade share" in titles and "Alliances: ATOP defence pact with each pole" in titles
    assert not any("the focal" in t for t in titles)


def test_cli_report_writes_html(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "kor.html"
    result = CliRunner().invoke(app, ["report", "KOR", "--poles", "USA,CHN", "--years", "2013-2014",
                                      "--no-idealpoints", "--out", str(out), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
