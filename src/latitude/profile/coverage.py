"""What the store can answer: each loaded source's citation and years, and the dimensions that are
missing (with the command that would load them)."""
from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from latitude.catalogue import Catalogue, CatalogueLike, int_or_none, catalogue
from latitude.measures.dimensions import DIMENSIONS, Dimension


@dataclass(frozen=True)
class Coverage:
    """A loaded source's citation, version and years covered (from the provenance table)."""

    source: str
    title: str
    version: str
    citation: str
    start: int | None
    end: int | None

    def covers(self, year: int) -> bool:
        return (self.start is None or year >= self.start) and (self.end is None or year <= self.end)


def coverages(con: CatalogueLike) -> dict[str, Coverage]:
    """Provenance rows of the loaded sources, keyed by source name."""
    out = {}
    for r in catalogue(con).provenance_rows():
        out[r["source"]] = Coverage(r["source"], str(r["title"]), str(r["version"]), str(r["citation"]),
                                    int_or_none(r["coverage_start"]), int_or_none(r["coverage_end"]))
    return out


def load_hint(cat: Catalogue, dim: Dimension, tables: list[str] | None = None) -> str:
    """The command that would load a dimension's data."""
    if dim.load:
        return dim.load
    names = [cat.owner(t) or dim.sources[0] for t in (tables or dim.inputs)]
    return "latitude data build " + " ".join(dict.fromkeys(names))


def available_dimensions(con: CatalogueLike) -> tuple[list[str], list[dict[str, str]]]:
    """Which dimensions the store can answer, and why each other one is missing (with the fix)."""
    cat = catalogue(con)
    present, missing = [], []
    for dim in DIMENSIONS.values():
        absent = [t for t in dim.inputs if not cat.has(t)]
        if dim.any_input and len(absent) < len(dim.inputs):
            absent = []
        module = _MODULES.get(dim.key)
        if module and not _installed(module):
            missing.append({"dimension": dim.key, "label": dim.label,
                            "reason": f"its measure ({module}) is not in this installation",
                            "fix": load_hint(cat, dim)})
        elif absent:
            missing.append({"dimension": dim.key, "label": dim.label,
                            "reason": f"table {', '.join(absent)} not in the store",
                            "fix": load_hint(cat, dim, absent)})
        else:
            present.append(dim.key)
    return present, missing


@lru_cache(maxsize=None)
def _installed(module: str) -> bool:
    """Whether this installation has `module` (asked once per process: it cannot change meanwhile)."""
    return importlib.util.find_spec(module) is not None


_MODULES = {"trade": "latitude.measures.trade_flows", "products": "latitude.measures.products",
            "alliance": "latitude.measures.security", "arms": "latitude.measures.security",
            "un": "latitude.measures.alignment", "capabilities": "latitude.measures.security",
            "events": "latitude.measures.events"}


def sources_of(con: CatalogueLike, frame: Mapping[str, Iterable[Any]]) -> list[Coverage]:
    """Provenance of the sources named in the `source` column of a frame (or of a mapping of
    column names to values, such as `figures.SpineData.columns`)."""
    cover = coverages(con)
    names = sorted({part.strip() for s in set(frame["source"]) if isinstance(s, str) for part in s.split(";")})
    return [cover[s] for s in names if s in cover]
