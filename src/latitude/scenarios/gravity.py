"""Structural gravity: each partner's "expected" trade with the focal.

PPML (Santos Silva & Tenreyro 2006) with exporter-year and importer-year fixed effects (the
multilateral-resistance terms of Anderson & van Wincoop 2003) and pair controls — log capital
distance, land/river contiguity and the number of shared IGO memberships — estimated with
pyfixest's `fepois` on directed goods trade from the spliced bilateral series every trade figure
reads (`measures.trade_flows`: COW to 2014, IMF DOTS to 2020, UN Comtrade totals after), each
flow as its importer reports it (else the exporter's mirror report). Fitted values are the trade
a pair "should" have given the two economies' sizes and their trade costs.

Contiguity (COW, to 2016) and shared IGOs (COW IGO, to 2014) are pair attributes published for
fewer years than trade: for a later year the pair's value in the source's last year is used, and
the fit says so in `notes`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from latitude import dyads
from latitude.catalogue import CatalogueLike, catalogue
from latitude.errors import LatitudeError

FORMULA = "trade ~ log_dist + contig + igos | exp_year + imp_year"
# pair controls published for fewer years than trade: column -> (store table, label)
CONTROLS = {"conttype": ("cow_contdir", "contiguity (COW direct contiguity)"),
            "dyadigos": ("cow_igo_dyadic", "shared IGOs (COW IGO)")}


@dataclass
class GravityFit:
    """Coefficients, fit statistics and the directed flows with their fitted values."""

    coefficients: pd.DataFrame   # term, estimate, std_error
    flows: pd.DataFrame          # exporter, importer, year, trade, fitted, source (million USD)
    n_obs: int
    years: tuple[int, int]
    source: str = "trade series (cow_trade, imf_dots, comtrade_totals); cow_states capitals, cow_contdir, cow_igo"
    notes: list[str] = field(default_factory=list)


def _last_year(cat, table: str) -> int | None:
    """The last year a control's table covers. Contiguity is a table of dated spells whose
    provenance records the whole COW state-system source (to 2024): its end is its last spell's."""
    if table == "cow_contdir":
        t = cat.table(table)
        return int(t.enddate.cast("date").year().max().to_pandas())
    return cat.coverage(table)[1]


def _control_year(cat, table: str, year: int) -> int:
    """`year`, or the last year `table` covers when `year` is after it."""
    last = _last_year(cat, table)
    return year if last is None else min(year, int(last))


def _pair_controls(cat, years: tuple[int, int]) -> tuple[pd.DataFrame, list[str]]:
    """Contiguity and shared IGOs per directed COW pair and model year, each read in the year
    itself or, after its source's last year, in that last year (with a note saying so)."""
    frames, notes = [], []
    for column, (table, label) in CONTROLS.items():
        verb = dyads.add_contiguity if column == "conttype" else dyads.add_igos
        wanted = {y: _control_year(cat, table, y) for y in range(years[0], years[1] + 1)}
        used = sorted(set(wanted.values()))
        dy = verb(dyads.create_dyadyears(cat, years=(used[0], used[-1])))
        values = dy.select("ccode1", "ccode2", "year", column).to_pandas()
        moved = {y: c for y, c in wanted.items() if y != c}
        if moved:
            notes.append(f"{label} ends {max(moved.values())}: its {max(moved.values())} values stand for "
                         f"{', '.join(str(y) for y in sorted(moved))}")
        lookup = pd.DataFrame({"year": list(wanted), "control_year": list(wanted.values())})
        values = values.rename(columns={"year": "control_year"}).merge(lookup, on="control_year")
        frames.append(values.drop(columns="control_year"))
    controls = frames[0].merge(frames[1], on=["ccode1", "ccode2", "year"], how="outer")
    return controls, notes


def gravity_data(con: CatalogueLike, years: tuple[int, int]) -> tuple[pd.DataFrame, list[str]]:
    """Directed dyad-years with trade (imports of 1 from 2, million current USD, from the spliced
    series) and pair controls; and notes on controls taken from an earlier year."""
    from latitude.measures.trade import add_trade

    cat = catalogue(con)
    dy = add_trade(dyads.add_capital_distance(dyads.create_dyadyears(cat, years=years)))
    frame = dy.select("ccode1", "ccode2", "iso3_1", "iso3_2", "year", "capdist", trade="imports1",
                      source="trade_source1").to_pandas()
    controls, notes = _pair_controls(cat, years)
    frame = frame.merge(controls, on=["ccode1", "ccode2", "year"], how="left")
    frame = frame.rename(columns={"iso3_1": "importer", "iso3_2": "exporter"})
    frame = frame.dropna(subset=["trade", "capdist", "importer", "exporter", "conttype"])
    frame = frame[frame["capdist"] > 0]
    frame["log_dist"] = np.log(frame["capdist"])
    frame["contig"] = (frame["conttype"] == 1).astype(float)
    frame["igos"] = frame["dyadigos"].fillna(0).astype(float)
    frame["exp_year"] = frame["exporter"] + "_" + frame["year"].astype(str)
    frame["imp_year"] = frame["importer"] + "_" + frame["year"].astype(str)
    return frame.reset_index(drop=True), notes


def fit_gravity(con: CatalogueLike, years: tuple[int, int]) -> GravityFit:
    """Estimate the PPML gravity model on the store's bilateral trade series for `years`."""
    try:
        import pyfixest as pf
    except ImportError:
        raise LatitudeError("the gravity model needs pyfixest: pip install 'latitude[gravity]'") from None

    from latitude.measures.trade import trade_years

    span = trade_years(con)
    if years[0] < span[0] or years[1] > span[1]:
        raise LatitudeError(f"no bilateral trade for {years[0]}-{years[1]}: the trade series covers "
                            f"{span[0]}-{span[1]}; choose years within it")
    frame, notes = gravity_data(con, years)
    if frame.empty:
        raise LatitudeError(f"no directed trade with distance and contiguity for {years[0]}-{years[1]}: choose "
                            f"years within {span[0]}-{span[1]}")
    model = pf.fepois(FORMULA, data=frame, vcov={"CRV1": "exp_year"})
    coef = model.tidy().reset_index().rename(columns={"Coefficient": "term", "Estimate": "estimate",
                                                      "Std. Error": "std_error"})
    # pyfixest drops singletons and pairs in all-zero fixed-effect groups: predict where it kept rows.
    fitted = np.asarray(model.predict(newdata=frame, type="response"), dtype=float)
    flows = frame[["exporter", "importer", "year", "trade", "source"]].assign(fitted=fitted)
    return GravityFit(coefficients=coef[["term", "estimate", "std_error"]], flows=flows,
                      n_obs=int(model._N), years=years, notes=notes)


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
