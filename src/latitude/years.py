"""Year arguments: one normaliser for every way a caller names years, and one coverage check.

Functions and commands take years as None (all of them), one year (2015), a CLI string
('1990-2023', '2015', '1990:2023'), a pair (1990, 2023) or the years themselves (a list or
range). `year_range` turns any of them into an inclusive (start, end); `within` fits that span
to a source's coverage. `data_span` is the widest span any of latitude's sources can cover.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from numbers import Integral

from latitude.errors import LatitudeError

FIRST_YEAR = 1816   # the COW state system starts in 1816: no source of latitude reaches further back

Years = int | str | tuple[int, int] | range | list[int] | None

_RANGE = re.compile(r"\s*(\d+)\s*(?:[-–:]\s*(\d+)\s*)?")


def year_range(years: Years | Iterable[int]) -> tuple[int, int] | None:
    """Inclusive (start, end) for a year argument; None stays None (meaning: no restriction).

    A pair (tuple of two) is (start, end); any other list or range stands for the years in it.
    """
    if years is None:
        return None
    if isinstance(years, bool):
        raise LatitudeError(f"bad year {years!r}: give a year such as 2015 or a range such as 1990-2023")
    if isinstance(years, Integral):
        return int(years), int(years)
    if isinstance(years, str):
        match = _RANGE.fullmatch(years)
        if not match:
            raise LatitudeError(f"bad year range '{years}': not understood, write it as 1990-2023 or 2015")
        start, end = int(match[1]), int(match[2] or match[1])
    else:
        values = list(years)
        if not values:
            raise LatitudeError("empty year range: give a year or a range such as 1990-2014")
        if isinstance(years, tuple) and len(values) == 2:
            start, end = int(values[0]), int(values[1])
        else:
            start, end = int(min(values)), int(max(values))
    if start > end:
        raise LatitudeError(f"bad year range {start}-{end}: the first year must not exceed the last")
    return start, end


def data_span() -> tuple[int, int]:
    """(first, last) year latitude's data can cover: 1816 to the current calendar year."""
    return FIRST_YEAR, dt.date.today().year


def within(years: Years, coverage: tuple[int, int], where: str, whole: bool = False) -> tuple[int, int]:
    """The requested span (default: all of `coverage`), checked against the coverage.

    It is an error if the span misses the coverage entirely or, with `whole=True`, if it reaches
    outside it at all. `where` names the data and its coverage in the message, e.g.
    "COW trade coverage 1870-2014".
    """
    span = year_range(years) or coverage
    if span[1] < coverage[0] or span[0] > coverage[1]:
        raise LatitudeError(f"years {span[0]}-{span[1]} are outside {where}: choose years within it")
    if whole and (span[0] < coverage[0] or span[1] > coverage[1]):
        raise LatitudeError(f"years {span[0]}-{span[1]} reach outside {where}: choose years within it")
    return span
