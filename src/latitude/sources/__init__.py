"""Data sources: one module per published source, each with `info()`, `fetch()` and `load()`.

`SOURCE_MODULES` lists the default build in load order, `OPTIONAL_MODULES` the sources loaded
from a user's own files (BACI); `get(name)` returns a module by its name.
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
    "leaders_current",
    "gdelt",
    "icews",
    "comtrade",
    "critical_minerals",
    "comtrade_totals",
    "imf_dots",
    "sipri_register_2024",
    "wdi_gdp",
    "imf_cofer",
)


# Sources a user loads from their own files (not in the default build): they can be cited,
# looked up and reported on once loaded.
OPTIONAL_MODULES = (
    "baci",
)


def all_sources(include_optional: bool = False) -> dict[str, ModuleType]:
    """name -> module for every source in the default build (and the optional ones if asked)."""
    names = SOURCE_MODULES + (OPTIONAL_MODULES if include_optional else ())
    modules = [import_module(f"latitude.sources.{name}") for name in names]
    return {m.INFO.name: m for m in modules}


def get(name: str) -> ModuleType:
    sources = all_sources(include_optional=True)
    if name in sources:
        return sources[name]
    from latitude.update import provenance_sources   # sources written by `latitude data update`

    updates = provenance_sources()
    if name not in updates:
        raise LatitudeError(f"unknown source '{name}': choose from {', '.join(sources)}")
    return updates[name]


def table_owners() -> dict[str, str]:
    """Every table any source loads -> the source's name (the store keeps a copy for error hints)."""
    return {table: name for name, module in all_sources(include_optional=True).items()
            for table in module.INFO.tables}


def source_of_table(table: str) -> str | None:
    """Which source loads `table` (for error hints)."""
    return table_owners().get(table)
