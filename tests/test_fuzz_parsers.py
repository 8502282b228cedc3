"""Property tests (Hypothesis) for the edge parsers and the scenario schema.

Every parser, on any input, either returns a value inside its documented bounds or raises one
LatitudeError whose message is one line once the CLI has escaped it (`errors.printable`); never
another exception. Valid inputs round-trip. Examples are bounded so the unit tier stays fast.
"""
from __future__ import annotations

import datetime as dt
import math
import string
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from latitude import countries, validate
from latitude.errors import LatitudeError, printable
from latitude.scenarios import spec

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LAST = dt.date.today().year
CODES = ["USA", "CHN", "JPN", "KOR", "DEU", "FRA", "GBR", "IND", "BRA", "RUS", "AUS", "VNM", "TUR", "IDN"]

# Text a hostile user might type: digits, separators, signs, control bytes, letters, long runs.
hostile_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="0123456789-–:,. eE+", max_size=30),
    st.text(alphabet=string.printable + "\x00\x1b\x7f\u2028", max_size=40),
    st.sampled_from(["nan", "inf", "-inf", "true", "", " ", "1e309", "99999999999999999999", "-1", "0x10"]),
    st.text(min_size=90, max_size=400),
)


def assert_one_line_error(call, *args, **kwargs):
    """Run `call`; a LatitudeError must be one line as the CLI shows it. Returns the value or None."""
    try:
        return call(*args, **kwargs)
    except LatitudeError as exc:
        shown = printable(str(exc))
        assert shown.strip() and "\n" not in shown, repr(shown)
        return None


@FAST
@given(hostile_text)
@example("1990-2023")
@example("2023-1990")
def test_year_ranges_are_bounded_or_refused(text: str) -> None:
    span = assert_one_line_error(validate.parse_years, text, None)
    if span is not None:   # a range overlapping the data span, of four-digit years at most
        assert 1 <= span[0] <= span[1] <= 9999 and span[1] >= 1816 and span[0] <= LAST


@FAST
@given(st.integers(min_value=1816, max_value=LAST), st.integers(min_value=0, max_value=40),
       st.sampled_from(["-", "–", ":", " - "]))
def test_valid_year_ranges_round_trip(start: int, length: int, sep: str) -> None:
    end = min(start + length, LAST)
    assert validate.parse_years(f"{start}{sep}{end}") == (start, end)
    assert validate.parse_years(str(start)) == (start, start)


@FAST
@given(st.one_of(st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.booleans(), hostile_text))
def test_single_years(value) -> None:
    year = assert_one_line_error(validate.year, value, "--year")
    if year is not None:
        assert isinstance(year, int) and 1816 <= year <= LAST
        assert not isinstance(value, bool)


@FAST
@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.booleans(), hostile_text))
def test_fractions_are_finite_shares(value) -> None:
    share = assert_one_line_error(validate.fraction, value, "--tie-share")
    if share is not None:
        assert math.isfinite(share) and 0.0 <= share <= 1.0 and not isinstance(value, bool)
        if isinstance(value, float):
            assert share == value


@FAST
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6))
def test_numbers_round_trip_through_text(value: float) -> None:
    assert validate.number(repr(value), "--cut") == value


@settings(max_examples=100, deadline=None)
@given(hostile_text)
@example("KOR,,CHN")
@example("USA,United States")
def test_country_lists_are_unique_codes_or_refused(text: str) -> None:
    codes = assert_one_line_error(validate.country_list, text, "--poles", exclude={"KOR": "the focal country"})
    if codes is not None:
        assert codes and len(set(codes)) == len(codes) and "KOR" not in codes
        assert all(len(c) == 3 and c.isupper() for c in codes)


@FAST
@given(st.lists(st.sampled_from(CODES), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(["", " ", "  "]), min_size=12, max_size=12), st.data())
def test_country_lists_round_trip_and_refuse_duplicates_and_gaps(codes, spaces, data) -> None:
    text = ",".join(f"{spaces[i]}{c}{spaces[-i - 1]}" for i, c in enumerate(codes))
    assert validate.country_list(text, "--with") == codes
    twice = data.draw(st.sampled_from(codes))
    with pytest.raises(LatitudeError, match=f"names {twice} twice"):
        validate.country_list(text + "," + twice, "--with")
    gap = data.draw(st.integers(min_value=0, max_value=len(codes)))
    parts = text.split(",")
    with pytest.raises(LatitudeError, match="empty item"):
        validate.country_list(",".join(parts[:gap] + [" "] + parts[gap:]), "--with")


@settings(max_examples=100, deadline=None)
@given(st.one_of(hostile_text, st.integers(), st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=3)))
def test_country_resolution_never_fails_otherwise(value) -> None:
    found = assert_one_line_error(countries.resolve, value)
    if found is not None:
        assert found.iso3 is None or len(found.iso3) == 3


@FAST
@given(st.dictionaries(st.sampled_from(CODES), st.floats(min_value=0, max_value=100, allow_nan=False), min_size=1,
                       max_size=5))
def test_weights_round_trip(weights: dict[str, float]) -> None:
    text = ",".join(f"{k}={v!r}" for k, v in weights.items())
    assert validate.weights(text, "--coercion", key=validate.country, high=100.0) == weights


# ---------------------------------------------------------------- the scenario schema

toml_scalars = st.one_of(st.booleans(), st.integers(min_value=-10**20, max_value=10**20),
                         st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
                         st.sampled_from(["KOR", "CHN", "import_cut", "tariff", "export_restriction", "XVI", "8542"]))
toml_values = st.recursive(toml_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)
shock_tables = st.fixed_dictionaries(
    {"kind": st.sampled_from(["import_cut", "export_restriction", "tariff", "embargo"]),
     "by": st.sampled_from(["CHN", "JPN", "KOR", "Narnia", "x" * 200])},
    optional={"share": toml_values, "rate": toml_values, "elasticity": toml_values, "products": toml_values,
              "note": toml_values, "extra": toml_values})
scenario_tables = st.fixed_dictionaries(
    {"focal": st.one_of(st.sampled_from(["KOR", "Rep. of Korea"]), toml_values),
     "shock": st.one_of(st.lists(shock_tables, min_size=1, max_size=3), toml_values)},
    optional={"name": toml_values, "year": toml_values, "sources": toml_values, "hypothetical": toml_values,
              "description": toml_values})


@settings(max_examples=100, deadline=None)
@given(scenario_tables)
def test_scenario_schema_accepts_only_bounded_scenarios(data: dict) -> None:
    scenario = assert_one_line_error(spec.scenario_from_dict, data, "s.toml")
    if scenario is None:
        return
    assert scenario.focal == "KOR" and 1 <= len(scenario.shocks) <= validate.MAX_SHOCKS
    assert scenario.year is None or 1816 <= scenario.year <= LAST
    for shock in scenario.shocks:
        assert shock.by != "KOR" and 0 <= shock.share <= 1
        assert math.isfinite(shock.rate) and 0 <= shock.rate <= spec.MAX_RATE
        assert math.isfinite(shock.elasticity) and 0 < shock.elasticity <= spec.MAX_ELASTICITY
        assert 0 <= shock.reduction() <= 1


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([b"", b"\xff\xfe", b"\xef\xbb\xbf", b'name = "t"\n']))
def test_any_bytes_as_a_scenario_file(tmp_path_factory, body: bytes, prefix: bytes) -> None:
    path = tmp_path_factory.mktemp("scenario") / "s.toml"
    path.write_bytes(prefix + body)
    assert_one_line_error(spec.load_scenario, path)


def test_valid_scenario_text_parses(tmp_path: Path) -> None:
    text = ('name = "t"\nfocal = "KOR"\nyear = 2014\n[[shock]]\nkind = "tariff"\nby = "CHN"\nrate = 0.25\n'
            'products = ["XVI", "8542"]\n')
    assert tomllib.loads(text)["shock"][0]["rate"] == 0.25
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    scenario = spec.load_scenario(path)
    assert scenario.shocks[0].products == ("XVI", "8542")
    # 25% tariff, elasticity 4: 1 - 1.25^-4 = 0.5904 (by hand)
    assert scenario.shocks[0].reduction() == pytest.approx(0.5904)
