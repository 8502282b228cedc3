"""latitude's SVG chart writer (`latitude.report.svg`) on realistic series: every expected
coordinate, tick and label below is derived by hand from the axis range and the documented
layout (module docstring and `Panel.margins`), never read back from the writer's output."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from latitude.errors import LatitudeError
from latitude.report import svg
from latitude.report.svg import Chart, Panel, Style, nice_ticks, percent

NS = {"s": "http://www.w3.org/2000/svg"}

# South Korea's trade share with the USA, 1990-2000 (COW / DOTS, rounded; the README's trade
# chart): realistic shares between 0.2 and 0.27, with 1993 missing (None) and 1997 NaN.
YEARS = list(range(1990, 2001))
KOR_USA = [0.262, 0.250, 0.233, None, 0.215, 0.206, 0.197, float("nan"), 0.215, 0.206, 0.202]


def _parse(text: str) -> ET.Element:
    return ET.fromstring(text)        # raises if the SVG is not well-formed XML


def _points(polyline: ET.Element) -> list[tuple[float, float]]:
    return [tuple(float(v) for v in p.split(",")) for p in polyline.get("points").split()]


def _area(root: ET.Element) -> tuple[float, float, float, float]:
    rect = root.find(".//s:rect[@class='plot-area']", NS)
    return tuple(float(rect.get(k)) for k in ("x", "y", "width", "height"))


# The trade chart's plot area, by hand: the widest y tick label "10%" is 3 * 12.5 * 0.62 = 23.25
# wide, the left margin 23.25 + 14; the chart's padding 6 plus the panel's top margin 8 (no title);
# right margin 12; bottom 22 (x tick labels).
LEFT, TOP = 23.25 + 14, 6 + 8
WIDTH, HEIGHT = 640 - LEFT - 12, 250 - 8 - 22


def _trade_chart() -> Chart:
    panel = Panel(xlim=(1989.5, 2000.5), ylim=(0, 0.5), xinteger=True, yformat=percent())
    panel.line(YEARS, KOR_USA, Style(colour="#2563eb", marker="s"), "USA")
    panel.line(YEARS, [0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15],
               Style(colour="#dc2626", marker="^"), "CHN")
    return Chart([panel], width=640, panel_height=250)


def test_plot_area_follows_the_documented_margins() -> None:
    root = _parse(_trade_chart().svg())
    assert _area(root) == pytest.approx((LEFT, TOP, WIDTH, HEIGHT), abs=0.05)     # written to 0.1


def test_a_value_lands_where_the_axis_range_puts_it() -> None:
    root = _parse(_trade_chart().svg())
    left, top, width, height = LEFT, TOP, WIDTH, HEIGHT
    usa = root.find(".//s:g[@data-label='USA']", NS)
    first = _points(usa.findall("s:polyline", NS)[0])
    # 1990 at 0.262: x = left + (1990 - 1989.5) / 11 * width; y = top + (1 - 0.262 / 0.5) * height
    assert first[0] == pytest.approx((left + 0.5 / 11 * width, top + (1 - 0.524) * height), abs=0.11)
    # 1992 at 0.233
    assert first[2] == pytest.approx((left + 2.5 / 11 * width, top + (1 - 0.466) * height), abs=0.11)


def test_missing_years_break_the_line_and_are_never_drawn_as_zero() -> None:
    root = _parse(_trade_chart().svg())
    left, top, width, height = LEFT, TOP, WIDTH, HEIGHT
    usa = root.find(".//s:g[@data-label='USA']", NS)
    runs = [_points(p) for p in usa.findall("s:polyline", NS)]
    # 1993 (None) and 1997 (NaN) are missing: three runs 1990-92, 1994-96, 1998-2000
    assert [len(r) for r in runs] == [3, 3, 3]
    x_of = {year: left + (year - 1989.5) / 11 * width for year in YEARS}
    drawn_x = [x for run in runs for x, _ in run]
    assert all(abs(x - x_of[1993]) > 1 and abs(x - x_of[1997]) > 1 for x in drawn_x)
    zero_y = top + height                       # where 0 would be
    assert all(abs(y - zero_y) > 1 for run in runs for _, y in run)


def test_an_isolated_value_shows_as_a_marker_and_pandas_na_breaks_too() -> None:
    panel = Panel(xlim=(2009.5, 2014.5), ylim=(0, 1))
    values = pd.Series([0.4, pd.NA, 0.6, np.nan, 0.8], dtype="Float64")
    panel.line(range(2010, 2015), values, Style(colour="#059669", width=1.8), "arms")
    root = _parse(Chart([panel]).svg())
    left, top, width, height = _area(root)
    group = root.find(".//s:g[@data-label='arms']", NS)
    assert group.findall("s:polyline", NS) == []           # no two consecutive values: no line at all
    markers = group.findall("s:path[@class='marker']", NS)
    assert len(markers) == 3                              # 2010, 2012 and 2014, each alone
    # the 2012 marker is a circle centred on x = left + 2.5 / 5 * width: its path starts at x - r
    start = [float(m.get("d")[1:].split(",")[0]) for m in markers]
    # a lone point's radius is the line width, at least 2: here 2
    assert start[1] == pytest.approx(left + 0.5 * width - 2.0, abs=0.11)


def test_every_series_is_in_the_legend_in_order() -> None:
    root = _parse(_trade_chart().svg())
    entries = root.findall(".//s:g[@class='legend']/s:g[@class='legend-entry']", NS)
    assert [e.get("data-label") for e in entries] == ["USA", "CHN"]
    assert [e.find("s:text", NS).text for e in entries] == ["USA", "CHN"]


def test_ticks_are_round_numbers_with_percent_labels() -> None:
    root = _parse(_trade_chart().svg())
    assert [t.text for t in root.findall(".//s:text[@class='ytick']", NS)] == ["0%", "10%", "20%", "30%", "40%", "50%"]
    # 1989.5-2000.5 in about 7 steps: whole years, step 2 (11 / 7 = 1.6 -> 2)
    assert [t.text for t in root.findall(".//s:text[@class='xtick']", NS)] == ["1990", "1992", "1994", "1996",
                                                                               "1998", "2000"]
    assert nice_ticks(1989.5, 2024.5, 6, integer=True) == [1990, 2000, 2010, 2020]      # 35 / 6 = 5.8 -> 10
    assert nice_ticks(1989.5, 2024.5, 7, integer=True) == list(range(1990, 2021, 5))   # 35 / 7 = 5 -> 5
    assert nice_ticks(-0.036, 0.945) == pytest.approx([0, 0.2, 0.4, 0.6, 0.8])
    # small shares keep the decimals that tell them apart
    fmt = percent().fit([0, 0.002, 0.004])
    assert [fmt(v) for v in (0, 0.002, 0.004)] == ["0.0%", "0.2%", "0.4%"]


def test_automatic_range_adds_five_percent_each_side() -> None:
    panel = Panel()
    panel.line([2000, 2010], [10, 30], Style())
    (xlo, xhi), (ylo, yhi) = panel.ranges()
    assert (xlo, xhi) == pytest.approx((1999.5, 2010.5)) and (ylo, yhi) == pytest.approx((9, 31))
    panel.ylim = (0, None)                     # a set bound stays; the other gets the margin
    assert panel.ranges()[1] == pytest.approx((0, 31.5))


def test_log_axis_places_values_by_their_logarithm() -> None:
    # CINC ratio of South Korea to China and Japan (about 0.16 and 0.4): a log axis from 0.1 to 1
    panel = Panel(xlim=(1990, 2000), ylim=(0.1, 1), ylog=True)
    panel.line([1990, 2000], [0.16, 0.4], Style(), "CHN")
    root = _parse(Chart([panel]).svg())
    left, top, width, height = _area(root)
    (x0, y0), (x1, y1) = _points(root.find(".//s:g[@data-label='CHN']/s:polyline", NS))
    # log10(0.16) = -0.796 -> share (-0.796 + 1) / 1 = 0.204; log10(0.4) = -0.398 -> 0.602
    assert (x0, y0) == pytest.approx((left, top + (1 - 0.204) * height), abs=0.1)
    assert (x1, y1) == pytest.approx((left + width, top + (1 - 0.602) * height), abs=0.1)
    assert [t.text for t in root.findall(".//s:text[@class='ytick']", NS)] == ["0.1", "0.2", "0.5", "1"]


def test_categories_bars_and_notes() -> None:
    # one row per pole, first on top; a bar from 1953 to 2018 at the USA's row
    panel = Panel(xlim=(1950, 2020), ylim=(-0.5, 2.5), yticks=[(0, "JPN"), (1, "CHN"), (2, "USA")])
    panel.hbar(2, 1952.5, 2018.5, "#2563eb", 9, pixels=True, label="defence pact")
    panel.text(0.99, 0.02, "shaded: years with fewer dimensions", anchor="end", axes=True)
    root = _parse(Chart([panel]).svg())
    left, top, width, height = _area(root)
    bar = root.find(".//s:rect[@class='bar']", NS)
    assert float(bar.get("x")) == pytest.approx(left + 2.5 / 70 * width, abs=0.11)
    assert float(bar.get("width")) == pytest.approx(66 / 70 * width, abs=0.1)
    # row 2 of -0.5..2.5 is 5/6 of the way up; the bar is 9 units thick around it
    assert float(bar.get("y")) + 4.5 == pytest.approx(top + height / 6, abs=0.11)
    assert [t.text for t in root.findall(".//s:text[@class='ytick']", NS)] == ["JPN", "CHN", "USA"]
    note = root.find(".//s:text[@class='note']", NS)
    assert note.text.startswith("shaded") and float(note.get("x")) == pytest.approx(left + 0.99 * width, abs=0.11)


def test_inline_svg_scales_and_a_file_is_sized_and_whole(tmp_path: Path) -> None:
    chart = _trade_chart()
    chart.title = "Trade: trade share & <co>"       # escaped, still well-formed
    inline = _parse(chart.svg())
    assert inline.get("width") is None and inline.get("viewBox").startswith("0 0 640 ")
    assert inline.find("s:title", NS).text == "Trade: trade share & <co>"
    path = tmp_path / "trade.svg"
    chart.write(path)
    written = ET.parse(path).getroot()
    assert written.get("width") == "640" and written.get("height") == written.get("viewBox").split()[3]
    assert [p.name for p in tmp_path.iterdir()] == ["trade.svg"]            # no temporary file left behind
    with pytest.raises(LatitudeError, match="cannot write chart"):
        chart.write(tmp_path / "missing" / "x.svg")


def test_markers_are_closed_shapes_of_the_asked_size() -> None:
    for shape in ("o", ".", "s", "^", "v", "D", "P", "X", "h", "*"):
        d = svg.marker_path(shape, 100, 50, 4)
        assert d.startswith("M") and d.endswith("Z")
    # a square of radius 4 spans 0.85 * 4 each side of the centre
    assert svg.marker_path("s", 100, 50, 4) == "M96.6,46.6L103.4,46.6L103.4,53.4L96.6,53.4Z"
    with pytest.raises(ValueError):
        svg.marker_path("?", 0, 0, 1)


def test_a_point_series_shows_its_marker_alone_in_the_legend() -> None:
    # the diversification frontier's "recommended" point (a star), beside the frontier line
    panel = Panel()
    panel.line([0.0, 0.5, 1.0], [1.3, 0.26, 0.0], Style(colour="#1f77b4", marker="o", size=2.2), "frontier")
    panel.points([0.17], [0.69], Style(colour="#27ae60", marker="*", size=7), "recommended")
    root = _parse(Chart([panel]).svg())
    entries = {e.get("data-label"): e for e in root.findall(".//s:g[@class='legend-entry']", NS)}
    assert list(entries) == ["frontier", "recommended"]
    assert entries["frontier"].find("s:line", NS) is not None
    assert entries["recommended"].find("s:line", NS) is None and entries["recommended"].find("s:path", NS) is not None
