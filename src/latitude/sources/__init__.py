"""Data sources: one module per published source, each with `info()`, `fetch()` and `load()`.

`SOURCES` lists them in load order; `get(name)` returns a module by its name.
"""
from __future__ import annotations

from importlib import import_module
from types import ModuleType

from latitude.errors import LatitudeError

SOURCE_MODULES = (
    "unvotes",
    "atop",
    "cow_states",
    "unvotes_2020",
    "voeten",
    "cow_alliance",
    "cow_trade",
    "cow_igo",
    "cow_nmc",
    "sdp_gdp",
    "sipri",
    "gpr",
    "cameo",
    "wits",
    "archigos",
    "gdelt",
    "icews",
    "comtrade",
    "critical_minerals",
)


def all_sources() -> dict[str, ModuleType]:
    """name -> module for every source latitude knows."""
    modules = [import_module(f"latitude.sources.{name}") for name in SOURCE_MODULES]
    return {m.INFO.name: m for m in modules}


def get(name: str) -> ModuleType:
    sources = all_sources()
    if name not in sources:
        raise LatitudeError(f"unknown source '{name}': choose from {', '.join(sources)}")
    return sources[name]


def source_of_table(table: str) -> str | None:
    """Which source loads `table` (for error hints)."""
    for name, module in all_sources().items():
        if table in module.INFO.tables:
            return name
    return None
