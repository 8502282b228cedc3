"""Country names as the trade and reserve publishers spell them -> ISO3, resolved once per name.

`latitude.countries.resolve` costs a few milliseconds a name; the Comtrade and DOTS files repeat
the same few hundred names across hundreds of thousands of rows and several files, so each
distinct name is resolved once per process. Labels that are not states (World, areas n.e.s.,
IMF country groups) are listed by each source and stay missing, never a guess.
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from latitude import countries
from latitude.errors import LatitudeError


@lru_cache(maxsize=4096)
def iso3_of(name: str) -> str | None:
    """ISO3 of one name (None if it is unknown or not a state with an ISO3)."""
    try:
        return countries.resolve(name).iso3
    except LatitudeError:
        return None


def names_to_iso3(names: pd.Series, not_states: set[str] | frozenset[str] = frozenset(),
                  overrides: dict[str, str | None] | None = None) -> pd.Series:
    """ISO3 for a column of names: `overrides` first (exact name), then NULL for `not_states`
    (compared lower-case), then `latitude.countries`."""
    overrides = overrides or {}

    def one(name: str) -> str | None:
        if name in overrides:
            return overrides[name]
        if name.strip().lower() in not_states:
            return None
        return iso3_of(name)

    mapping = {name: one(name) for name in pd.unique(names.dropna())}
    return names.map(mapping).astype("string")
