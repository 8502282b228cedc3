"""Alliance discipline towards a patron against a rival, in UN General Assembly votes.

- split-vote siding: on the roll calls where patron and rival voted differently (and the focal
  voted), the share on which the focal cast the patron's vote, and the rival's;
- ideal-point distances: |x_focal − x_patron| and |x_focal − x_rival| from the dynamic UNGA ideal
  points stored at `data build` (`measures.precompute.stored_idealpoints`).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from latitude.catalogue import CatalogueLike, catalogue


def split_vote_siding(con: CatalogueLike, focal: str, patron: str, rival: str,
                      years: tuple[int, int]) -> pd.DataFrame:
    """Per calendar year: roll calls where patron and rival voted differently and the focal voted,
    and the share of them on which the focal cast the patron's vote (and the rival's)."""
    # a keyed read of three states' votes (a few thousand rows each), then pandas: no query engine to start
    votes = catalogue(con).lookup("un_votes", ["rcid", "year", "iso3", "vote"], iso3=[focal, patron, rival],
                                  year=range(years[0], years[1] + 1), vote=[1, 2, 3])
    side = {code: votes[votes["iso3"] == code].drop_duplicates("rcid").set_index("rcid") for code in (patron, rival)}
    f = votes[votes["iso3"] == focal].drop_duplicates("rcid").set_index("rcid")
    joined = f[["year", "vote"]].rename(columns={"vote": "fv"}).join(
        side[patron]["vote"].rename("pv"), how="inner").join(side[rival]["vote"].rename("rv"), how="inner")
    joined = joined[joined["pv"] != joined["rv"]]
    out = joined.assign(patron_side=(joined["fv"] == joined["pv"]).astype("float64"),
                        rival_side=(joined["fv"] == joined["rv"]).astype("float64")).groupby("year").agg(
        split_votes=("fv", "size"), sides_with_patron=("patron_side", "mean"),
        sides_with_rival=("rival_side", "mean")).reset_index()
    return out.astype({"year": "int64", "split_votes": "int64"}).sort_values("year").reset_index(drop=True)


def idealpoint_distances(points: pd.DataFrame, focal: str, patron: str, rival: str) -> pd.DataFrame:
    """|x_focal − x_patron| and |x_focal − x_rival| per year, from an idealpoints frame
    (iso3, year, idealpoint); `closer_to_patron` = distance to rival − distance to patron."""
    wide = points.pivot_table(index="year", columns="iso3", values="idealpoint")
    out = pd.DataFrame(index=wide.index)
    get = lambda code: wide[code] if code in wide else pd.Series(np.nan, index=wide.index)  # noqa: E731
    out["distance_patron"] = (get(focal) - get(patron)).abs()
    out["distance_rival"] = (get(focal) - get(rival)).abs()
    out["closer_to_patron"] = out["distance_rival"] - out["distance_patron"]
    return out.reset_index()


def discipline(con: CatalogueLike, focal: str, patron: str, rival: str, years: tuple[int, int],
               with_idealpoints: bool = True) -> pd.DataFrame:
    """Alliance discipline towards `patron` against `rival`, per year: split-vote siding shares and
    (if `with_idealpoints`) the stored dynamic ideal-point distances to both."""
    from latitude.measures.precompute import idealpoints_rows

    cat = catalogue(con)
    cat.require("un_votes")
    out = pd.DataFrame({"year": range(years[0], years[1] + 1)}).merge(
        split_vote_siding(cat, focal, patron, rival, years), on="year", how="left")
    if with_idealpoints:
        points = idealpoints_rows(cat, [focal, patron, rival], years)
        if points is not None and len(points):
            out = out.merge(idealpoint_distances(points, focal, patron, rival), on="year", how="left")
    out.insert(1, "patron", patron)
    out.insert(2, "rival", rival)
    return out
