"""World map geometry for the diplomatic map: Natural Earth 1:110m country outlines.

The outlines ship with latitude (`assets/world_110m.json`, ~0.2 MB) so that reports work
offline. They come from Natural Earth's 1:110m "admin 0 countries" (public domain), as bundled
in geopandas 0.14's `naturalearth_lowres` dataset (PyPI), converted by `build_geometry`:
coordinates rounded to 0.01°, Antarctica dropped, Kosovo keyed XKX. The map is drawn in the
Equal Earth projection (Šavrič, Patterson & Jenny 2018), computed here, so the browser only
colours ready-made SVG paths.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
# Equal Earth spans x in ±2.7066297 and y in ±1.3173627 on the unit sphere (Šavrič et al. 2018).
X_MAX, Y_MAX = 2.7066297, 1.3173627
WIDTH = 1000.0
HEIGHT = round(WIDTH * Y_MAX / X_MAX, 1)
SOUTH_CUT = -58.0   # the map shows latitudes above this (Antarctica is not drawn)


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth projection of (lon, lat) in degrees to SVG pixels (0..WIDTH, 0..HEIGHT, y down)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return (x + X_MAX) / (2 * X_MAX) * WIDTH, (Y_MAX - y) / (2 * Y_MAX) * HEIGHT


@dataclass(frozen=True)
class CountryShape:
    """One country's outline as an SVG path, and a point inside it to anchor ties and labels."""

    iso3: str
    name: str
    path: str
    anchor: tuple[float, float]


def _ring_area(points: list[tuple[float, float]]) -> float:
    return 0.5 * abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1])))


def _centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return points[0]
    return cx / (3 * a), cy / (3 * a)


@lru_cache(maxsize=1)
def world() -> tuple[CountryShape, ...]:
    """Every country's projected outline (SVG path in a WIDTH x HEIGHT box) and anchor point."""
    with resources.files("latitude.report").joinpath("assets/world_110m.json").open("r", encoding="utf-8") as fh:
        raw = json.load(fh)
    shapes = []
    for feature in raw["countries"]:
        parts, biggest, best = [], None, -1.0
        for ring in feature["rings"]:
            pts = [equal_earth(lon, max(lat, SOUTH_CUT)) for lon, lat in ring]
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
            area = _ring_area(pts)
            if area > best:
                best, biggest = area, pts
        anchor = _centroid(biggest)
        shapes.append(CountryShape(feature["iso3"], feature["name"], "".join(parts), (round(anchor[0], 1),
                                                                                      round(anchor[1], 1))))
    return tuple(shapes)


def build_geometry(shapefile_path: str | Path, out: str | Path) -> int:
    """Convert Natural Earth's low-resolution countries shapefile into `assets/world_110m.json`.

    Needs `pyshp` (only for this conversion). Returns the number of countries written.
    """
    import shapefile

    reader = shapefile.Reader(str(shapefile_path))
    countries = []
    for record, shape in zip(reader.records(), reader.shapes()):
        if record["name"] == "Antarctica":
            continue
        iso3 = "XKX" if record["name"] == "Kosovo" else record["iso_a3"]
        bounds = list(shape.parts) + [len(shape.points)]
        rings = [[[round(x, 2), round(y, 2)] for x, y in shape.points[a:b]] for a, b in zip(bounds, bounds[1:])]
        countries.append({"iso3": iso3, "name": record["name"], "rings": rings})
    payload = {"source": "Natural Earth 1:110m admin-0 countries (public domain), via geopandas 0.14.4 "
                         "naturalearth_lowres", "countries": countries}
    Path(out).write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
    return len(countries)
