"""The full profile of one focal state, set of poles and years: the spine and every view derived
from it (headline, balance, entropy, discipline, trends, composite), with sources and leaders."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from latitude import countries
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError
from latitude.measures.dimensions import DEFAULT_WEIGHTS
from latitude.profile.composite_index import composite
from latitude.profile.coverage import Coverage, available_dimensions, sources_of
from latitude.profile.alliance_discipline import discipline
from latitude.profile.figures import DEFAULT_YEARS, check_request, spine
from latitude.profile.indices import balances, entropies, headline
from latitude.profile.leaders import in_office
from latitude.profile.trend_breaks import trends


@dataclass
class Profile:
    """Everything the report and dashboard show for one focal, set of poles and years."""

    focal: str
    poles: list[str]
    years: tuple[int, int]
    patron: str | None
    rival: str | None
    weights: dict[str, float]
    spine: pd.DataFrame
    headline: pd.DataFrame
    balance: pd.DataFrame
    entropy: pd.DataFrame
    discipline: pd.DataFrame
    trends: pd.DataFrame
    composite: pd.DataFrame
    missing: list[dict[str, str]]
    sources: list[Coverage] = field(default_factory=list)
    include_samples: bool = False
    leaders: pd.DataFrame = field(default_factory=pd.DataFrame)   # who is in office now (`profile.leaders`)

    def views(self) -> dict[str, pd.DataFrame]:
        """The profile's tables by name (for CSV/JSON output and the API)."""
        return {"spine": self.spine, "headline": self.headline, "balance": self.balance,
                "entropy": self.entropy, "discipline": self.discipline, "trends": self.trends,
                "composite": self.composite, "leaders": self.leaders}


# the first year of the span the composite is always computed over (the first UN session)
NORMALISED_FROM = 1946


def _within(frame: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """The rows of `frame` in the requested years, renumbered."""
    return frame[frame["year"].between(years[0], years[1])].reset_index(drop=True)


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
    extended = spine(cat, focal, poles, full, include_samples=include_samples)
    frame = _within(extended, years)
    frame.attrs = dict(extended.attrs)
    head_all = headline(extended)
    head = _within(head_all, years)
    present, missing = available_dimensions(cat)
    missing = missing + frame.attrs.get("failed", [])
    disc = discipline(cat, focal, patron, rival, years, with_idealpoints) \
        if rival and "un" in present else pd.DataFrame()
    return Profile(
        focal=focal, poles=poles, years=years, patron=patron, rival=rival, weights=weights,
        spine=frame, headline=head, balance=balances(head, poles), entropy=entropies(head, poles),
        discipline=disc, trends=trends(head), composite=_within(composite(head_all, poles, weights), years),
        missing=missing,
        sources=sources_of(cat, frame), include_samples=include_samples, leaders=in_office(cat, [focal, *poles]))
