"""The gravity model reads the spliced bilateral series, so it runs for any year the series covers."""
from __future__ import annotations

import csv
import gzip
import warnings

import numpy as np
import pytest

from latitude.errors import LatitudeError
from latitude.scenarios.gravity import fit_gravity


@pytest.fixture(scope="module")
def fit_2021(store_con):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)   # pyfixest: singleton fixed effects dropped
        return fit_gravity(store_con, (2021, 2021))


def test_2021_flows_are_the_importers_comtrade_reports(fit_2021, mirror) -> None:
    """Each directed flow is what the importer reported to UN Comtrade (raw 2021 imports file of
    the mirror: China from Rep. of Korea 213,445,079,935 USD; Rep. of Korea from China
    138,621,401,583 USD), in million USD."""
    path = mirror / "comtrade_totals_westonslayton" / "comtrade_all_imports_2021A.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        imports = {(r["reporter"], r["partner"]): float(r["value"]) for r in csv.DictReader(fh)}
    flows = fit_2021.flows.set_index(["exporter", "importer"])
    assert flows.loc[("KOR", "CHN"), "trade"] == pytest.approx(imports[("China", "Rep. of Korea")] / 1e6)
    assert flows.loc[("CHN", "KOR"), "trade"] == pytest.approx(imports[("Rep. of Korea", "China")] / 1e6)
    assert flows.loc[("JPN", "KOR"), "trade"] == pytest.approx(imports[("Rep. of Korea", "Japan")] / 1e6)
    assert set(flows.loc[[("KOR", "CHN"), ("CHN", "KOR")], "source"]) == {"comtrade_totals"}
    assert (fit_2021.flows["year"] == 2021).all() and fit_2021.n_obs > 10_000


def test_controls_after_their_coverage_come_from_their_last_year(fit_2021) -> None:
    # COW direct contiguity ends in 2016 and COW IGO in 2014 (their codebooks' last years).
    assert fit_2021.notes == ["contiguity (COW direct contiguity) ends 2016: its 2016 values stand for 2021",
                              "shared IGOs (COW IGO) ends 2014: its 2014 values stand for 2021"]
    terms = fit_2021.coefficients.set_index("term")["estimate"]
    # The gravity signs: trade falls with distance, rises with a shared border and shared IGOs.
    assert terms["log_dist"] < 0 and terms["contig"] > 0 and terms["igos"] > 0


def test_2005_flows_are_cow(store_con, mirror) -> None:
    """Before 2010, for states without an IMF DOTS workbook, the series answers with COW: France's
    imports from Germany are COW's flow1 of the pair (220, 255) in the raw peacesciencer file; no
    control is carried."""
    import pyreadr

    raw = next(iter(pyreadr.read_r(str(mirror / "peacesciencer" / "cow_trade_ndy.rda")).values()))
    row = raw[(raw.ccode1 == 220) & (raw.ccode2 == 255) & (raw.year == 2005)].iloc[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        fit = fit_gravity(store_con, (2005, 2005))
    flows = fit.flows.set_index(["exporter", "importer"])
    assert flows.loc[("DEU", "FRA"), "trade"] == pytest.approx(row["flow1"])
    assert flows.loc[("FRA", "DEU"), "trade"] == pytest.approx(row["flow2"])
    assert flows.loc[("DEU", "FRA"), "source"] == "cow_trade" and fit.notes == []


def test_a_year_outside_the_series_is_a_one_line_error(store_con) -> None:
    with pytest.raises(LatitudeError, match=r"no bilateral trade for 2030-2030: the trade series covers 1870-20\d\d"):
        fit_gravity(store_con, (2030, 2030))


def test_diversification_for_2021(store_con) -> None:
    """`latitude diversify KOR --year 2021` runs on the Comtrade years, naming its sources and the
    gravity controls carried from earlier years."""
    from latitude.scenarios.diversify import diversification

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        result = diversification(store_con, "KOR", ["USA", "CHN", "JPN"], 2021)
    assert (np.diff(result.points["risk"]) <= 1e-9).all()
    assert result.shifts["recommended_share"].sum() == pytest.approx(1.0)
    assert result.recommended_risk == pytest.approx(0.75 * result.current_risk, rel=1e-6)
    assert result.source.startswith("comtrade_totals;") and "unvotes" in result.source
    assert any("ends 2016" in note for note in result.notes)


def test_without_pyfixest_the_error_names_the_extra(monkeypatch) -> None:
    """The report's install leaves pyfixest out: the gravity model then says which extra to install."""
    import sys

    monkeypatch.setitem(sys.modules, "pyfixest", None)   # `import pyfixest` now raises ImportError
    with pytest.raises(LatitudeError, match=r"pip install 'latitude\[gravity\]'"):
        fit_gravity(None, (2014, 2014))
