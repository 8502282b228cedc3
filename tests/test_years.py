"""The one year normaliser and coverage check every measure and command uses."""
import numpy as np
import pytest

from latitude.errors import LatitudeError
from latitude.years import within, year_range


@pytest.mark.parametrize("value, expected", [
    (None, None), (2015, (2015, 2015)), (np.int64(2015), (2015, 2015)),
    ("1990-2023", (1990, 2023)), (" 1990 – 2023 ", (1990, 2023)), ("1946:2023", (1946, 2023)), ("2015", (2015, 2015)),
    ((1990, 2014), (1990, 2014)), ([2014, 1990, 2000], (1990, 2014)), (range(1990, 2015), (1990, 2014)),
    ((2001, 2002, 2000), (2000, 2002)),
])
def test_year_range_accepts_every_form(value, expected) -> None:
    assert year_range(value) == expected


@pytest.mark.parametrize("value, message", [
    ("recent", "bad year range 'recent': not understood"), ("1990-2000-2010", "not understood"), ("", "not understood"),
    ("2010-2000", "bad year range 2010-2000: the first year must not exceed the last"),
    ((2010, 2000), "first year must not exceed"), ([], "empty year range"),
])
def test_year_range_errors_are_one_line(value, message) -> None:
    with pytest.raises(LatitudeError, match=message) as err:
        year_range(value)
    assert "\n" not in str(err.value)


def test_within_defaults_to_coverage_and_checks_it() -> None:
    assert within(None, (1990, 2000), "X") == (1990, 2000)
    assert within((1985, 1992), (1990, 2000), "X") == (1985, 1992)          # overlap is enough by default
    with pytest.raises(LatitudeError, match="years 1980-1985 are outside X 1990-2000"):
        within((1980, 1985), (1990, 2000), "X 1990-2000")
    with pytest.raises(LatitudeError, match="years 1985-1992 reach outside X"):
        within((1985, 1992), (1990, 2000), "X", whole=True)
    assert within("1991-1999", (1990, 2000), "X", whole=True) == (1991, 1999)
