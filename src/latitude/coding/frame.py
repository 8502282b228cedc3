"""Coded events in the layout of the store's `events` table, to load them next to GDELT's."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from latitude import cameo
from latitude.coding.dates import period_bounds

FRAME_COLUMNS = [
    "date", "source_iso3", "source_sector", "target_iso3", "target_sector", "cameo", "root_code",
    "quad_class", "goldstein", "source_id", "origin",
]  # fmt: skip


def _first_day(value: str | None) -> pd.Timestamp:
    """First day of an ISO day/week/month/year string ('2026-W03' -> Monday of that week); NaT if unknown."""
    bounds = period_bounds(value)
    if bounds is None or not (pd.Timestamp.min.date() <= bounds[0] <= pd.Timestamp.max.date()):
        return pd.NaT
    return pd.Timestamp(bounds[0])


def _iso3(code: str | None) -> str | None:
    return code if code and len(code) == 3 and code not in ("IGO", "NGO") else None


def coded_events_frame(records: Iterable[dict]) -> pd.DataFrame:
    """Coder records -> frame with the store's `events` columns (origin 'latitude-coder').

    Dates coarser than a day (month, ISO week, year) become the period's first day; IGO/NGO actors
    have no ISO3 code and are left missing; `source_id` is the record's file (and article id).
    """
    rows = [
        {
            "date": _first_day(record["date"]),
            "source_iso3": _iso3(record["source"]),
            "source_sector": record["source_sector"],
            "target_iso3": _iso3(record["target"]),
            "target_sector": record["target_sector"],
            "cameo": record["cameo"],
            "root_code": record["cameo"][:2],
            "quad_class": cameo.quad_class(record["cameo"]),
            "goldstein": record["goldstein"],
            "source_id": record["file"],
            "origin": "latitude-coder",
        }
        for record in records
    ]
    frame = pd.DataFrame(rows, columns=FRAME_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["quad_class"] = frame["quad_class"].astype("Int8")
    frame["goldstein"] = frame["goldstein"].astype("Float64")
    return frame
