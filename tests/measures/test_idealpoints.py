"""Ideal-point estimators: E-step moments, recovery of simulated positions, real UN votes."""
from __future__ import annotations

import io

import duckdb
import numpy as np
import pandas as pd
import pytest
from scipy.stats import truncnorm

from latitude.errors import LatitudeError
from latitude.measures import _irt
from latitude.measures.idealpoints import (
    VoteMatrix,
    dynamic_idealpoints,
    idealpoints,
    repeated_items,
    static_idealpoints,
    vote_matrix,
)

# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def un_con(store_con) -> duckdb.DuckDBPyConnection:
    """The session store built from the data mirror (un_votes, un_roll_calls)."""
    return store_con


@pytest.fixture(scope="module")
def dynamic_recent(un_con) -> pd.DataFrame:
    """Dynamic ordinal estimates 2000-2023 from the real votes."""
    return idealpoints(un_con, years=(2000, 2023), model="dynamic")


def simulate_votes(x: np.ndarray, a: np.ndarray, b: np.ndarray, rng: np.random.Generator,
                   abstain_band: float | None, missing: float) -> np.ndarray:
    """Votes from the probit model: z = a + b x + N(0,1); yes above the band, no below it."""
    z = a[None, :] + x * b[None, :] + rng.standard_normal((x.shape[0], a.size))
    if abstain_band is None:
        votes = np.where(z > 0, 1, 3)
    else:
        votes = np.where(z < 0, 3, np.where(z < abstain_band, 2, 1))
    votes[rng.random(votes.shape) < missing] = 0
    return votes


# --------------------------------------------------------------------------- E-step moments

def test_half_normal_moments_by_hand():
    # N(0,1) truncated to (0, inf): mean sqrt(2/pi) = 0.7978846, variance 1 - 2/pi = 0.3633802.
    mean, var = _irt.truncated_normal_moments(np.array([0.0]), np.array([1.0]), np.array([0.0]), np.array([np.inf]))
    assert mean[0] == pytest.approx(0.7978846, abs=1e-7)
    assert var[0] == pytest.approx(0.3633802, abs=1e-7)
    # N(2, 3^2) truncated to (-inf, 2): mean 2 - 3 sqrt(2/pi), variance 9 (1 - 2/pi).
    mean, var = _irt.truncated_normal_moments(np.array([2.0]), np.array([3.0]), np.array([-np.inf]), np.array([2.0]))
    assert mean[0] == pytest.approx(2 - 3 * 0.7978846, abs=1e-6)
    assert var[0] == pytest.approx(9 * 0.3633802, abs=1e-6)


@pytest.mark.parametrize("lower, upper", [(-np.inf, 0.0), (0.0, np.inf), (0.0, 1.0), (1.0, np.inf)])
def test_truncated_moments_match_scipy(lower, upper):
    mean = np.linspace(-6.0, 7.0, 27)
    sd = np.linspace(0.4, 2.5, 27)
    m, v = _irt.truncated_normal_moments(mean, sd, np.full(27, lower), np.full(27, upper))
    ref_m, ref_v = truncnorm.stats((lower - mean) / sd, (upper - mean) / sd, loc=mean, scale=sd, moments="mv")
    np.testing.assert_allclose(m, ref_m, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(v, ref_v, rtol=1e-5, atol=1e-9)


def test_truncated_moments_stay_finite_deep_in_the_tails():
    # Intervals 40 sd from the mean, where naive Phi(b) - Phi(a) is 0 - 0.
    m, v = _irt.truncated_normal_moments(np.array([0.0, 0.0, 0.0]), np.ones(3),
                                         np.array([40.0, -np.inf, 40.0]), np.array([np.inf, -40.0, 41.0]))
    assert np.all(np.isfinite(m)) and np.all(np.isfinite(v))
    assert m[0] == pytest.approx(40.025, abs=1e-3)       # Mills ratio ~ a + 1/a
    assert m[1] == pytest.approx(-40.025, abs=1e-3)
    assert 40.0 <= m[2] <= 41.0 and m[2] == pytest.approx(40.025, abs=1e-3)


def test_kalman_smoother_matches_direct_gaussian_posterior():
    # Three years, random walk: the smoother must equal the exact posterior of the Gaussian model.
    rng = np.random.default_rng(3)
    precision = np.array([[2.0, 0.0, 5.0]])
    score = rng.normal(size=(1, 3)) * precision
    w2, p0 = 0.3, 1.5
    x, v = _irt.kalman_smooth(precision, score, np.array([0]), 0.0, p0, w2)
    # prior covariance of (x1, x2, x3) under the walk, then posterior with diagonal information
    prior = np.array([[p0, p0, p0], [p0, p0 + w2, p0 + w2], [p0, p0 + w2, p0 + 2 * w2]])
    post_cov = np.linalg.inv(np.linalg.inv(prior) + np.diag(precision[0]))
    np.testing.assert_allclose(x[0], post_cov @ score[0], rtol=1e-10)
    np.testing.assert_allclose(v[0], np.diag(post_cov), rtol=1e-10)


# --------------------------------------------------------------------------- simulated recovery

def test_static_binary_recovers_simulated_positions():
    rng = np.random.default_rng(11)
    x = rng.standard_normal(120)
    a, b = rng.normal(0, 1, 600), rng.normal(0, 1.5, 600)
    votes = simulate_votes(x[:, None], a, b, rng, None, missing=0.2)
    fit = static_idealpoints(votes, anchor=None)
    assert fit.converged
    r = np.corrcoef(fit.idealpoint, x)[0, 1]
    assert abs(r) >= 0.98
    assert fit.idealpoint.mean() == pytest.approx(0.0, abs=1e-9)       # normalised
    assert fit.idealpoint.std() == pytest.approx(1.0, abs=1e-9)


def test_dynamic_ordinal_recovers_simulated_paths():
    rng = np.random.default_rng(5)
    n, T, per_year = 100, 8, 100
    paths = rng.standard_normal(n)[:, None] + np.cumsum(rng.normal(0, 0.25, (n, T)), axis=1)
    years = np.repeat(np.arange(2000, 2000 + T), per_year)
    a, b = rng.normal(0.5, 1.0, years.size), rng.normal(0, 1.5, years.size)
    z_mean = paths[:, years - 2000]
    votes = simulate_votes(z_mean, a, b, rng, abstain_band=0.8, missing=0.15)
    assert (votes == 2).mean() > 0.1                         # abstentions really are in play
    fit = dynamic_idealpoints(VoteMatrix.from_array(votes, years=years), anchor=None)
    assert fit.converged
    r = np.corrcoef(fit.idealpoint.ravel(), paths.ravel())[0, 1]
    assert abs(r) >= 0.98
    assert np.all(fit.se > 0)


def test_shared_items_bridge_years():
    # Two years with no common voters' votes except repeated resolutions: sharing items links the
    # scales, so year-2 positions of the same countries line up with year-1 positions.
    rng = np.random.default_rng(8)
    n, J = 80, 60
    x = rng.standard_normal(n)
    a, b = rng.normal(0, 1, J), rng.normal(0, 2, J)
    v1 = simulate_votes(x[:, None], a, b, rng, None, 0.0)
    v2 = simulate_votes(x[:, None], a, b, rng, None, 0.0)
    votes = np.hstack([v1, v2])
    fit = dynamic_idealpoints(VoteMatrix.from_array(votes, years=np.repeat([1, 2], J), items=np.tile(np.arange(J), 2)),
                              anchor=None)
    assert fit.item_a.size == J
    assert np.corrcoef(fit.idealpoint[:, 0], fit.idealpoint[:, 1])[0, 1] > 0.95


def test_sign_follows_anchor():
    rng = np.random.default_rng(2)
    x = np.linspace(-2, 2, 40)
    votes = simulate_votes(x[:, None], rng.normal(0, 1, 200), rng.normal(0, 2, 200), rng, None, 0.1)
    names = [f"C{i}" for i in range(40)]
    low = static_idealpoints(VoteMatrix.from_array(votes, countries=names), anchor="C0")
    high = static_idealpoints(VoteMatrix.from_array(votes, countries=names), anchor="C39")
    assert low.idealpoint[0] > 0 and high.idealpoint[39] > 0
    np.testing.assert_allclose(low.idealpoint, -high.idealpoint, atol=1e-6)


def test_bootstrap_standard_errors():
    rng = np.random.default_rng(4)
    x = rng.standard_normal(50)
    votes = simulate_votes(x[:, None], rng.normal(0, 1, 150), rng.normal(0, 1.5, 150), rng, None, 0.1)
    fit = static_idealpoints(votes, anchor=None, se="bootstrap", n_boot=15)
    post = static_idealpoints(votes, anchor=None)
    assert fit.bootstrap.shape == (15, 50)
    assert np.all(fit.se > 0)
    ratio = np.median(fit.se / post.se)
    assert 0.5 < ratio < 3.0
    dyn = dynamic_idealpoints(VoteMatrix.from_array(votes, years=np.repeat([1, 2, 3], 50)), anchor=None,
                              se="bootstrap", n_boot=5)
    assert dyn.se_method == "bootstrap" and np.all(np.isfinite(dyn.se)) and np.all(dyn.se > 0)


def test_degenerate_inputs_give_finite_estimates():
    # A country with one vote, a vote seen by two countries, a unanimous vote (dropped), a year
    # with a single roll call: the ridge-regularised solves must not break.
    votes = np.array([
        [1, 1, 3, 0, 1, 2],
        [1, 3, 1, 0, 3, 1],
        [1, 1, 3, 1, 2, 3],
        [1, 0, 0, 3, 0, 0],
        [1, 3, 1, 0, 1, 1],
    ])
    fit = dynamic_idealpoints(VoteMatrix.from_array(votes, years=[1, 1, 2, 2, 3, 4]), anchor=None)
    assert np.all(np.isfinite(fit.to_frame()[["idealpoint", "se"]]))
    static = static_idealpoints(votes, anchor=None)
    assert np.all(np.isfinite(static.idealpoint))


# --------------------------------------------------------------------------- vote tables

def test_repeated_resolutions_share_items():
    keys = pd.Series(["SITUATION OF HUMAN RIGHTS IN X", "SITUATION OF HUMAN RIGHTS IN X",
                      "SITUATION OF HUMAN RIGHTS IN X", "AMEND", "AMEND", "NUCLEAR TESTS TREATY RESOLUTION",
                      "NUCLEAR TESTS TREATY RESOLUTION", "NUCLEAR TESTS TREATY RESOLUTION"])
    sessions = pd.Series([50, 51, 52, 50, 51, 50, 50, 51])
    item = repeated_items(keys, sessions)
    assert item[0] == item[1] == item[2]                  # same text in three sessions
    assert item[3] != item[4]                             # too short to be a safe match
    assert item[5] != item[6] and item[5] != item[7]      # twice in session 50: ambiguous there
    assert len(set(item)) == 6


def test_vote_matrix_from_long_rows():
    rows = pd.DataFrame({
        "rcid": [1, 1, 2, 2, 3],
        "year": [1990, 1990, 1990, 1990, 1991],
        "iso3": ["USA", "CUB", "USA", "CUB", "USA"],
        "vote": ["yes", "no", "abstain", "yes", "no"],
    })
    vm = vote_matrix(rows)
    assert list(vm.countries) == ["CUB", "USA"]
    np.testing.assert_array_equal(vm.votes, [[3, 1, 0], [1, 2, 3]])
    np.testing.assert_array_equal(vm.years, [1990, 1990, 1991])
    with pytest.raises(LatitudeError, match="lacks column"):
        vote_matrix(rows.drop(columns="iso3"))


# --------------------------------------------------------------------------- real UN votes

def test_real_votes_dynamic_is_finite_and_ordered(dynamic_recent):
    frame = dynamic_recent
    assert list(frame.columns) == ["iso3", "cow", "year", "idealpoint", "se"]
    assert np.isfinite(frame[["idealpoint", "se"]].to_numpy()).all()
    assert frame["iso3"].nunique() >= 190
    wide = frame.pivot(index="year", columns="iso3", values="idealpoint")
    assert (wide["USA"] > 0).all()
    spread = wide.std(axis=1)
    gap = wide[["USA", "ISR"]].min(axis=1) - wide[["CUB", "IRN", "SYR", "PRK"]].max(axis=1)
    assert (gap > 1.5 * spread).all()
    # South Korea between the United States and China, nearer Japan than China.
    assert ((wide["KOR"] < wide["USA"]) & (wide["KOR"] > wide["CHN"])).all()
    assert ((wide["KOR"] - wide["JPN"]).abs() < (wide["KOR"] - wide["CHN"]).abs()).all()
    assert frame.loc[frame["iso3"] == "USA", "cow"].eq(2).all()


def test_real_votes_static_window(un_con):
    frame = idealpoints(un_con, years="2010-2019", model="static")
    assert (frame["year"] == 2019).all() and frame.attrs["year_from"] == 2010
    pos = frame.set_index("iso3")["idealpoint"]
    assert np.isfinite(frame[["idealpoint", "se"]].to_numpy()).all()
    assert pos["USA"] > 0
    assert min(pos["USA"], pos["ISR"]) > pos.quantile(0.95)
    assert max(pos[["CUB", "IRN", "SYR", "PRK"]]) < pos.median()
    assert pos["CHN"] < pos["KOR"] < pos["USA"]
    assert abs(pos["KOR"] - pos["JPN"]) < abs(pos["KOR"] - pos["CHN"])
    # the same call on the same store is served from the cache, as an independent copy
    frame.loc[:, "idealpoint"] = 0.0
    again = idealpoints(un_con, years="2010-2019", model="static")
    assert again.set_index("iso3")["idealpoint"].equals(pos)


def test_store_errors_are_one_line(un_con):
    with pytest.raises(LatitudeError, match="outside the UN vote data"):
        idealpoints(un_con, years=(1900, 1920))
    with pytest.raises(LatitudeError, match="not understood"):
        idealpoints(un_con, years="recent")
    with pytest.raises(LatitudeError, match="no UN vote tables"):
        idealpoints(duckdb.connect(), years=(2000, 2001))


def test_cli_writes_table_and_parquet(store_path, tmp_path):
    from typer.testing import CliRunner

    from latitude.cli import app

    out = tmp_path / "points.parquet"
    chart = tmp_path / "points.png"
    result = CliRunner().invoke(app, ["idealpoints", "--years", "2015-2019", "--model", "static", "--format", "csv",
                                      "--out", str(out), "--plot", str(chart), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    printed = pd.read_csv(io.StringIO(result.stdout))
    assert list(printed.columns) == ["iso3", "cow", "year", "idealpoint", "se"]
    written = pd.read_parquet(out)
    assert len(written) == len(printed) >= 190
    assert written.set_index("iso3").loc["USA", "idealpoint"] > 0
    assert chart.read_bytes()[:4] == b"\x89PNG"
    bad = CliRunner().invoke(app, ["idealpoints", "--years", "2015-2019", "--out", str(tmp_path / "x.csv"),
                                   "--store", str(store_path)])
    assert bad.exit_code != 0


def test_session_periods(un_con):
    # Session 70 opened in September 2015; its votes of 2016 belong to "2015" by session.
    frame = idealpoints(un_con, years=(2015, 2017), model="dynamic", period="session")
    assert sorted(frame["year"].unique()) == [2015, 2016, 2017]
    wide = frame.pivot(index="year", columns="iso3", values="idealpoint")
    assert (wide["USA"] > wide["KOR"]).all() and (wide["KOR"] > wide["CUB"]).all()
    calls = un_con.execute("SELECT count(*) FROM un_roll_calls WHERE session BETWEEN 70 AND 72").fetchone()[0]
    assert calls > 0
