"""The full profile of one focal state, set of poles and years: the spine and every view derived
from it (headline, balance, entropy, discipline, trends, composite), with sources and leaders."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from latitude import countries
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures.dimensions import DEFAULT_WEIGHTS
from latitude.profile.alliance_discipline import discipline_columns
from latitude.profile.columns import Columns, records_of
from latitude.profile.composite_index import composite_columns
from latitude.profile.coverage import Coverage, available_dimensions, sources_of
from latitude.profile.figures import DEFAULT_YEARS, check_request, spine_data
from latitude.profile.indices import balance_columns, entropy_columns, headline_columns
from latitude.profile.leaders import leader_columns
from latitude.profile.trend_breaks import trend_columns

if TYPE_CHECKING:
    import pandas as pd

VIEWS = ("spine", "headline", "balance", "entropy", "discipline", "trends", "composite", "leaders")


class _View:
    """A profile table read as a pandas frame (built on first use, then kept)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, prof: Profile | None, owner: type | None = None) -> Any:
        return self if prof is None else prof.frame(self.name)


@dataclass
class Profile:
    """Everything the report and dashboard show for one focal, set of poles and years.

    `tables` holds every view as lists (`Columns`): the dashboard answers from them directly
    (`records`); `prof.spine`, `prof.headline`, ... and `views()` give them as pandas frames.
    """

    focal: str
    poles: list[str]
    years: tuple[int, int]
    patron: str | None
    rival: str | None
    weights: dict[str, float]
    tables: dict[str, Columns]
    missing: list[dict[str, str]]
    sources: list[Coverage] = field(default_factory=list)
    include_samples: bool = False
    _frames: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    spine = _View()
    headline = _View()
    balance = _View()
    entropy = _View()
    discipline = _View()
    trends = _View()
    composite = _View()
    leaders = _View()   # who is in office now (`profile.leaders`)

    def frame(self, name: str) -> pd.DataFrame:
        """One view as a pandas frame."""
        if name not in self._frames:
            self._frames[name] = self.tables[name].frame()
        return self._frames[name]

    def views(self) -> dict[str, pd.DataFrame]:
        """The profile's tables by name (for CSV/JSON output and the API)."""
        return {name: self.frame(name) for name in VIEWS}

    def records(self, name: str, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """One view as JSON-ready rows (missing as None), without pandas."""
        return self.tables[name].records(columns)

    def all_records(self, columns: Mapping[str, Sequence[str]] | None = None) -> dict[str, list[dict[str, Any]]]:
        """Every view's `records` (with `columns[name]` only, where given), computed together."""
        return records_of({name: (self.tables[name], (columns or {}).get(name)) for name in VIEWS})

    def nbytes(self) -> int:
        """A rough size of the tables in bytes (what a cache budget counts)."""
        return sum(t.nbytes() for t in self.tables.values())


# the first year of the span the composite is always computed over (the first UN session)
NORMALISED_FROM = 1946


def _within(table: Columns, years: tuple[int, int]) -> Columns:
    """The rows of `table` in the requested years."""
    keep = [i for i, y in enumerate(table["year"]) if years[0] <= y <= years[1]]
    return Columns({c: [v[i] for i in keep] for c, v in table.data.items()}, dict(table.dtypes), dict(table.attrs))


def build_profile(con: CatalogueLike, focal: str, poles: Sequence[str],
                  years: tuple[int, int] = DEFAULT_YEARS, weights: Mapping[str, float] | None = None,
                  patron: str | None = None, rival: str | None = None,
                  with_idealpoints: bool = True, include_samples: bool = False) -> Profile:
    """Compute the full autonomy profile (see `latitude.profile`'s docstring)."""
    cat = catalogue(con)
    focal, poles = check_request(focal, poles, years)
    patron = countries.iso3(patron) if patron else poles[0]
    rival = countries.iso3(rival) if rival else (poles[1] if len(poles) > 1 else None)
    if patron == rival:
        raise LatitudeError("patron and rival are the same country: pick two different poles")
    if patron == focal or rival == focal:
        raise LatitudeError(f"the focal state {focal} cannot be its own patron or rival: pick poles")
    weights = dict(weights or DEFAULT_WEIGHTS)
    # the composite carries values forward and min-max normalises over every pole-year: compute it over
    # one fixed span (NORMALISED_FROM, or the first requested year if earlier, to this year), so a year's
    # figures do not depend on the span requested
    full = (min(years[0], NORMALISED_FROM), max(years[1], date.today().year))
    extended = spine_data(cat, focal, poles, full, include_samples=include_samples, detail=years)
    frame = _within(Columns(extended.columns, attrs={"failed": extended.failed}), years)
    head_all = headline_columns(extended)
    head = _within(head_all, years)
    present, missing = available_dimensions(cat)
    missing = missing + extended.failed
    disc = discipline_columns(cat, focal, patron, rival, years, with_idealpoints) \
        if rival and "un" in present else Columns({})
    tables = {"spine": frame, "headline": head, "balance": balance_columns(head, poles),
              "entropy": entropy_columns(head, poles), "discipline": disc, "trends": trend_columns(head),
              "composite": _within(composite_columns(head_all, poles, weights), years),
              "leaders": leader_columns(cat, [focal, *poles])}
    return Profile(focal=focal, poles=poles, years=years, patron=patron, rival=rival, weights=weights,
                   tables=tables, missing=missing, sources=sources_of(cat, frame), include_samples=include_samples)
