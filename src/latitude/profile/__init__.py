"""The autonomy profile: how a focal state's ties are spread across great powers ("poles").

For a focal state, a set of poles and a year range, the profile gathers every dimension of the
registry (`latitude.measures.dimensions`: trade, critical products, alliances, arms, UN alignment,
capabilities, events) into one long table, the spine, and derives from it:

- each dimension's headline figure across the poles, carried forward (with its age) where a year
  is not observed, small samples left out (`indices.headline`);
- a balance index between any two poles and the normalised entropy across all poles;
- alliance discipline towards a patron (split-vote siding; ideal-point distances);
- trends with change points;
- a weighted composite (Lowy Asia Power Index style) whose dimensions never drop out
  (`composite`).

Every figure keeps its source and years; a dimension whose data is not in the store is listed as
missing with the command that would load it, never filled in. Formulas: docs/profile.md.
"""
from __future__ import annotations

from latitude.lazy import lazy_exports

# what the package offers, by the module that defines it: imported on first use, so that
# `latitude profile`'s default view (`figures.spine_data`) runs without pandas
_EXPORTS = {
    "DEFAULT_WEIGHTS": "latitude.measures.dimensions", "DIMENSIONS": "latitude.measures.dimensions",
    "Dimension": "latitude.measures.dimensions", "LatitudeError": "latitude.errors",
    "Profile": "latitude.profile.assemble", "build_profile": "latitude.profile.assemble",
    "VIEWS": "latitude.profile.assemble", "Columns": "latitude.profile.columns",
    "NORMALISED_FROM": "latitude.profile.assemble",
    "composite": "latitude.profile.composite_index", "min_max": "latitude.profile.composite_index",
    "parse_weights": "latitude.measures.dimensions",
    "Coverage": "latitude.profile.coverage", "available_dimensions": "latitude.profile.coverage",
    "coverages": "latitude.profile.coverage", "sources_of": "latitude.profile.coverage",
    "discipline": "latitude.profile.alliance_discipline", "idealpoint_distances": "latitude.profile.alliance_discipline",
    "split_vote_siding": "latitude.profile.alliance_discipline",
    "in_office": "latitude.profile.leaders",
    "balance_index": "latitude.profile.indices", "balances": "latitude.profile.indices",
    "entropies": "latitude.profile.indices", "headline": "latitude.profile.indices",
    "normalised_entropy": "latitude.profile.indices",
    "DEFAULT_YEARS": "latitude.profile.figures", "SPINE_COLUMNS": "latitude.profile.figures",
    "check_request": "latitude.profile.figures", "spine": "latitude.profile.figures",
    "spine_wide": "latitude.profile.figures",
    "change_points": "latitude.profile.trend_breaks", "trends": "latitude.profile.trend_breaks",
}
__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
