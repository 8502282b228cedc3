"""The dashboard's query parameters: declared with their bounds (so OpenAPI documents them and an
over-long value is refused before any work), then parsed once into a normalised, hashable key.

Bounds: a country is at most 60 characters (the longest name or alias latitude knows has 37),
a list of poles at most 12 entries and 400 characters, years at most 11 characters ('1990-2023'),
weights at most 200 characters. No parameter may hold control characters.
"""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Query

from latitude import countries
from latitude import profile as profiles
from latitude.errors import LatitudeError
from latitude.years import year_range

MAX_COUNTRY = 60
MAX_LIST = 400
MAX_POLES = 12
MAX_YEARS = 11
MAX_WEIGHTS = 200

FocalQ = Query(..., min_length=1, max_length=MAX_COUNTRY, description="Focal country: ISO3 code or name, e.g. KOR.",
               examples=["KOR"])
PolesQ = Query("USA,CHN,JPN", min_length=1, max_length=MAX_LIST,
               description=f"Poles, comma-separated ISO3 codes or names (at most {MAX_POLES}).")
YearsQ = Query("1990-2023", min_length=1, max_length=MAX_YEARS, description="Year range, e.g. 1990-2023, or one year.")
WeightsQ = Query(None, max_length=MAX_WEIGHTS,
                 description="Composite weights, e.g. trade=0.3,un=0.2 (others keep defaults).")
PatronQ = Query(None, max_length=MAX_COUNTRY, description="Patron for alliance discipline (default: first pole).")
RivalQ = Query(None, max_length=MAX_COUNTRY, description="Rival for alliance discipline (default: second pole).")
IdealQ = Query(False, description="Fit UNGA ideal points for alliance discipline (slow on first call).")


def _printable(name: str, value: str | None) -> str | None:
    if value is not None and any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise LatitudeError(f"parameter '{name}' contains control characters: send plain text")
    return value


def _code_case(value: str) -> str:
    """'kor' -> 'KOR': a two- or three-letter code in any case (latitude.countries reads codes in
    upper case only); names are left as typed."""
    value = value.strip()
    return value.upper() if len(value) in (2, 3) and value.isascii() and value.isalpha() else value


def codes_only(*values: str | None) -> bool:
    """True when every country given is a two- or three-letter code (resolved by a table lookup,
    cheap enough for the event loop); names need fuzzy matching and go to a worker."""
    items = [part for v in values if v for part in v.split(",") if part.strip()]
    return all(len(i.strip()) in (2, 3) and i.strip().isascii() and i.strip().isalpha() for i in items)


def _countries(focal: str, poles: str, patron: str | None, rival: str | None) -> tuple:
    """Country resolution (names go through fuzzy matching: the app runs this off the event loop
    and remembers the answer per spelling)."""
    if len([p for p in poles.split(",") if p.strip()]) > MAX_POLES:
        raise LatitudeError(f"too many poles: give at most {MAX_POLES}")
    pole_list = ",".join(_code_case(p) for p in poles.split(","))
    return (countries.iso3(_code_case(focal)), tuple(countries.parse_country_list(pole_list)),
            countries.iso3(_code_case(patron)) if patron else None, countries.iso3(_code_case(rival)) if rival else None)


@dataclass(frozen=True)
class Params:
    """Validated, normalised request parameters; `key` identifies a view in the cache."""

    focal: str
    poles: tuple[str, ...]
    years: tuple[int, int]
    weights: tuple[tuple[str, float], ...]
    patron: str | None
    rival: str | None
    idealpoints: bool

    @property
    def key(self) -> tuple:
        return (self.focal, self.poles, self.years, self.weights, self.patron, self.rival, self.idealpoints)


def check_syntax(**values: str | None) -> None:
    """The cheap checks, done on the event loop before any work: no control characters."""
    for name, value in values.items():
        _printable(name, value)


def parse(focal: str, poles: str, years: str, weights: str | None = None, patron: str | None = None,
          rival: str | None = None, idealpoints: bool = False) -> Params:
    """Parse and resolve raw query values (LatitudeError, answered 400, on bad input)."""
    check_syntax(focal=focal, poles=poles, years=years, weights=weights, patron=patron, rival=rival)
    span = year_range(years)
    if span is None:
        raise LatitudeError("missing years: give a range such as 1990-2023")
    weight_map = profiles.parse_weights(weights)
    iso, pole_codes, patron_code, rival_code = _countries(focal, poles, patron, rival)
    return Params(iso, pole_codes, span, tuple(sorted(weight_map.items())), patron_code, rival_code, idealpoints)
