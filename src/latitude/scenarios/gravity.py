"""Structural gravity: each partner's "expected" trade with the focal.

PPML (Santos Silva & Tenreyro 2006) with exporter-year and importer-year fixed effects (the
multilateral-resistance terms of Anderson & van Wincoop 2003) and pair controls — log capital
distance, land/river contiguity and the number of shared IGO memberships — estimated with
pyfixest's `fepois` on COW directed dyadic trade. Fitted values are the trade a pair "should"
have given the two economies' sizes and their trade costs.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

from latitude import dyads
from latitude.errors import LatitudeError

FORMULA = "trade ~ log_dist + contig + igos | exp_year + imp_year"


@dataclass
class GravityFit:
    """Coefficients, fit statistics and the directed flows with their fitted values."""

    coefficients: pd.DataFrame   # term, estimate, std_error
    flows: pd.DataFrame          # exporter, importer, year, trade, fitted (million USD)
    n_obs: int
    years: tuple[int, int]
    source: str = "cow_trade, cow_states (capitals, contiguity), cow_igo"


def gravity_data(con: duckdb.DuckDBPyConnection, years: tuple[int, int]) -> pd.DataFrame:
    """Directed dyad-years with trade (exports of ccode2 to ccode1 = flow1) and pair controls."""
    dy = dyads.create_dyadyears(con, years=years)
    dy = dyads.add_igos(dyads.add_contiguity(dyads.add_capital_distance(dyads.add_cow_trade(dy))))
    frame = dy.select("ccode1", "ccode2", "iso3_1", "iso3_2", "year", "flow1", "capdist", "conttype",
                      "dyadigos").to_pandas()
    frame = frame.rename(columns={"iso3_1": "importer", "iso3_2": "exporter", "flow1": "trade"})
    frame = frame.dropna(subset=["trade", "capdist", "importer", "exporter"])
    frame = frame[frame["capdist"] > 0]
    frame["log_dist"] = np.log(frame["capdist"])
    frame["contig"] = (frame["conttype"] == 1).astype(float)
    frame["igos"] = frame["dyadigos"].fillna(0).astype(float)
    frame["exp_year"] = frame["exporter"] + "_" + frame["year"].astype(str)
    frame["imp_year"] = frame["importer"] + "_" + frame["year"].astype(str)
    return frame


def fit_gravity(con: duckdb.DuckDBPyConnection, years: tuple[int, int]) -> GravityFit:
    """Estimate the PPML gravity model on the store's COW dyadic trade for `years`."""
    import pyfixest as pf

    frame = gravity_data(con, years)
    if frame.empty:
        raise LatitudeError(f"no COW dyadic trade for {years[0]}-{years[1]} (coverage 1870-2014): choose years "
                            "within it")
    model = pf.fepois(FORMULA, data=frame, vcov={"CRV1": "exp_year"})
    coef = model.tidy().reset_index().rename(columns={"Coefficient": "term", "Estimate": "estimate",
                                                      "Std. Error": "std_error"})
    # pyfixest drops singletons and pairs in all-zero fixed-effect groups: predict where it kept rows.
    fitted = np.asarray(model.predict(newdata=frame, type="response"), dtype=float)
    flows = frame[["exporter", "importer", "year", "trade"]].assign(fitted=fitted)
    return GravityFit(coefficients=coef[["term", "estimate", "std_error"]], flows=flows,
                      n_obs=int(model._N), years=years)


def expected_partner_trade(fit: GravityFit, focal: str, year: int) -> pd.DataFrame:
    """Actual and gravity-expected total trade (exports + imports) of `focal` with each partner."""
    flows = fit.flows[fit.flows["year"] == year]
    out = flows[flows["exporter"] == focal].rename(columns={"importer": "partner"})
    inc = flows[flows["importer"] == focal].rename(columns={"exporter": "partner"})
    both = pd.concat([out[["partner", "trade", "fitted"]], inc[["partner", "trade", "fitted"]]])
    table = both.groupby("partner", as_index=False)[["trade", "fitted"]].sum(min_count=1)
    table = table.dropna(subset=["fitted"])
    if table.empty:
        raise LatitudeError(f"{focal} has no trade with fitted gravity values in {year}")
    table["actual_share"] = table["trade"] / table["trade"].sum()
    table["expected_share"] = table["fitted"] / table["fitted"].sum()
    return table.sort_values("trade", ascending=False).reset_index(drop=True)
