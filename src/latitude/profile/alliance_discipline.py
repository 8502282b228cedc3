"""Alliance discipline towards a patron against a rival, in UN General Assembly votes.

- split-vote siding: on the roll calls where patron and rival voted differently (and the focal
  voted), the share on which the focal cast the patron's vote, and the rival's;
- ideal-point distances: |x_focal − x_patron| and |x_focal − x_rival| from the dynamic UNGA ideal
  points stored at `data build` (`measures.precompute.stored_idealpoints`).

Computed on lists from keyed reads of the store (`discipline_columns`: no pandas); `discipline`
and `split_vote_siding` give frames.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from latitude.catalogue import CatalogueLike, catalogue
from latitude.profile.columns import NAN, Columns

if TYPE_CHECKING:
    import pandas as pd

SIDING_COLUMNS = ["year", "split_votes", "sides_with_patron", "sides_with_rival"]
DISTANCE_COLUMNS = ["distance_patron", "distance_rival", "closer_to_patron"]


def _siding(con: CatalogueLike, focal: str, patron: str, rival: str,
            years: tuple[int, int]) -> dict[int, tuple[int, float, float]]:
    """{year: (split votes, share on the patron's side, share on the rival's side)}, years ascending."""
    import numpy as np

    votes = catalogue(con).arrays("un_votes", ["rcid", "year", "iso3", "vote"], iso3=[focal, patron, rival],
                                  year=range(years[0], years[1] + 1), vote=[1, 2, 3])

    def cast(code: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A state's (roll call, year, vote), one vote per roll call (the first), by roll call."""
        mine = np.flatnonzero(votes["iso3"] == code)
        rcids, first = np.unique(votes["rcid"][mine], return_index=True)
        return rcids, votes["year"][mine][first], votes["vote"][mine][first]

    (f_rc, f_year, f_vote), (p_rc, _, p_vote), (r_rc, _, r_vote) = cast(focal), cast(patron), cast(rival)
    both, in_f, in_p = np.intersect1d(f_rc, p_rc, assume_unique=True, return_indices=True)
    _, in_both, in_r = np.intersect1d(both, r_rc, assume_unique=True, return_indices=True)
    fv, pv, rv = f_vote[in_f][in_both], p_vote[in_p][in_both], r_vote[in_r]
    split = pv != rv
    year = f_year[in_f][in_both][split].astype(np.int64)
    found, at = np.unique(year, return_inverse=True)
    n = np.bincount(at, minlength=len(found))
    with_patron = np.bincount(at, weights=(fv[split] == pv[split]).astype(float), minlength=len(found))
    with_rival = np.bincount(at, weights=(fv[split] == rv[split]).astype(float), minlength=len(found))
    return {int(y): (int(k), float(p) / int(k), float(r) / int(k))
            for y, k, p, r in zip(found, n, with_patron, with_rival)}


def split_vote_siding(con: CatalogueLike, focal: str, patron: str, rival: str,
                      years: tuple[int, int]) -> pd.DataFrame:
    """Per calendar year: roll calls where patron and rival voted differently and the focal voted,
    and the share of them on which the focal cast the patron's vote (and the rival's)."""
    import pandas as pd

    found = _siding(con, focal, patron, rival, years)
    out = pd.DataFrame([(y, *v) for y, v in found.items()], columns=SIDING_COLUMNS)
    return out.astype({"year": "int64", "split_votes": "int64", "sides_with_patron": "float64",
                       "sides_with_rival": "float64"})


def idealpoint_distances(points: pd.DataFrame, focal: str, patron: str, rival: str) -> pd.DataFrame:
    """|x_focal − x_patron| and |x_focal − x_rival| per year, from an idealpoints frame
    (iso3, year, idealpoint); `closer_to_patron` = distance to rival − distance to patron."""
    import pandas as pd

    cells = {(iso3, int(year)): float(x) for iso3, year, x in zip(points["iso3"], points["year"], points["idealpoint"])}
    years = sorted({year for _, year in cells})
    rows = [(year, *_distances(cells, focal, patron, rival, year)) for year in years]
    return pd.DataFrame(rows, columns=["year", *DISTANCE_COLUMNS], dtype=float).astype({"year": "int64"})


def _distances(cells: dict[tuple[str, int], float], focal: str, patron: str, rival: str,
               year: int) -> tuple[float, float, float]:
    x = cells.get((focal, year), NAN)
    to_patron, to_rival = abs(x - cells.get((patron, year), NAN)), abs(x - cells.get((rival, year), NAN))
    return to_patron, to_rival, to_rival - to_patron


def discipline_columns(con: CatalogueLike, focal: str, patron: str, rival: str, years: tuple[int, int],
                       with_idealpoints: bool = True) -> Columns:
    """Alliance discipline towards `patron` against `rival`, per year of `years`: split-vote siding
    shares and (if `with_idealpoints`) the stored dynamic ideal-point distances to both."""
    from latitude.measures.precompute import idealpoints_records

    cat = catalogue(con)
    cat.require("un_votes")
    span = list(range(years[0], years[1] + 1))
    siding = _siding(cat, focal, patron, rival, years)
    # whole numbers, or floats with NaN for the years without a split vote (as a left join gives)
    counts: list[Any] = [siding[y][0] for y in span] if all(y in siding for y in span) else \
        [float(siding[y][0]) if y in siding else NAN for y in span]
    out: dict[str, list[Any]] = {"year": span, "patron": [patron] * len(span), "rival": [rival] * len(span),
                                 "split_votes": counts,
                                 "sides_with_patron": [siding[y][1] if y in siding else NAN for y in span],
                                 "sides_with_rival": [siding[y][2] if y in siding else NAN for y in span]}
    if with_idealpoints:
        cells = idealpoints_records(cat, [focal, patron, rival], years)
        if cells:
            observed = {year for _, year in cells}
            found = [_distances(cells, focal, patron, rival, y) if y in observed else (NAN, NAN, NAN) for y in span]
            for j, column in enumerate(DISTANCE_COLUMNS):
                out[column] = [row[j] for row in found]
    return Columns(out)


def discipline(con: CatalogueLike, focal: str, patron: str, rival: str, years: tuple[int, int],
               with_idealpoints: bool = True) -> pd.DataFrame:
    """`discipline_columns` as a frame."""
    return discipline_columns(con, focal, patron, rival, years, with_idealpoints).frame()
