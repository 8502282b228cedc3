"""Country identity: resolve names and codes (ISO3, ISO2, ISO numeric, COW numeric and letter
codes, Gleditsch–Ward) in both directions, aware of time.

Every data source names countries its own way (Voeten's UN votes by ISO2 and COW, COW trade by
COW number, Comtrade by "Rep. of Korea"). latitude keys its measures on ISO3 and its dyad-years
on COW codes; this module is the one place that translates between them.

The state table (`data/countries.csv`) is derived from the COW and Gleditsch–Ward state lists
(see `tools/build_countries.py`); tricky names live in `data/country_aliases.csv`; anything else
falls back to country_converter's regular expressions (Hong Kong, Puerto Rico, ...), which
carry no COW code.

Conventions for states that ended or split (as in COW):
- COW 365 is the USSR to 1991 and Russia after: ISO3 key RUS ("SUN", "USSR" resolve to it).
- COW 345 is Yugoslavia and then Serbia: key SRB ("YUG" resolves to it).
- Germany: COW 255 (to 1945 and from 1990), 260 (West Germany 1955–1990), both key DEU;
  265 East Germany, key DDR.
- Yemen: COW 678 (North Yemen to 1990) and 679 (from 1990), both key YEM; 680 South Yemen YMD.
- Vietnam: COW 816 (North Vietnam, then Vietnam) key VNM; 817 South Vietnam RVN.
"""
from __future__ import annotations

import csv
import datetime as dt
import difflib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from numbers import Integral
from typing import TYPE_CHECKING

from latitude.errors import LatitudeError, printable

if TYPE_CHECKING:
    import pandas as pd

# A country name or code longer than this is refused before any matching: the longest real
# name in the tables has 56 characters, and matching cost grows with the length.
MAX_NAME_CHARS = 100


@dataclass(frozen=True)
class Country:
    """One resolved country: codes, English short name, and its years in the COW system."""

    iso3: str | None
    cow: int | None
    name: str
    iso2: str | None = None
    isonum: int | None = None
    gw: int | None = None
    cowc: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class _State:
    """One row of the packaged COW state table, typed (the resolver's own view of it)."""

    cow: int
    cowc: str | None
    gw: int | None
    iso3: str | None
    iso2: str | None
    isonum: int | None
    name: str
    short_name: str
    start: int | None
    end: int | None
    spells: str

    def country(self) -> Country:
        return Country(iso3=self.iso3, cow=self.cow, name=self.short_name, iso2=self.iso2, isonum=self.isonum,
                       gw=self.gw, cowc=self.cowc, start=self.start, end=self.end)

    def alive(self, year: int) -> bool:
        """Is the state a member of the COW system at some time in `year`?"""
        return any(start.year <= year <= end.year for start, end in spells(self.spells))


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.casefold().replace("&", " and ").replace("’", "'")
    keep = "".join(ch if ch.isalnum() or ch in " '" else " " for ch in text)
    return " ".join(keep.split())


def _int(text: str) -> int | None:
    return int(text) if text else None


def _read_csv(name: str) -> list[dict[str, str]]:
    with resources.files("latitude.data").joinpath(name).open("r", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def _states() -> tuple[_State, ...]:
    """The packaged state table as typed rows, in file order."""
    return tuple(_State(cow=int(r["cow"]), cowc=r["cowc"] or None, gw=_int(r["gw"]), iso3=r["iso3"] or None,
                        iso2=r["iso2"] or None, isonum=_int(r["isonum"]), name=r["name"],
                        short_name=r["short_name"], start=_int(r["start"]), end=_int(r["end"]),
                        spells=r["spells"])
                 for r in _read_csv("countries.csv"))


@lru_cache(maxsize=1)
def state_table() -> pd.DataFrame:
    """The COW state table: cow, cowc, gw, iso3, historic_iso3, iso2, isonum, name, short_name, start, end."""
    import pandas as pd

    with resources.files("latitude.data").joinpath("countries.csv").open("r", encoding="utf-8") as fh:
        table = pd.read_csv(fh, keep_default_na=False, na_values=[""])
    for col in ("cow", "gw", "isonum", "start", "end"):
        table[col] = table[col].astype("Int64")
    return table


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, str, int | None], ...]:
    """(alias, iso3, cow) for the tricky names in `data/country_aliases.csv`."""
    return tuple((r["alias"], r["iso3"], _int(r["cow"])) for r in _read_csv("country_aliases.csv"))


@lru_cache(maxsize=1)
def _by(field: str) -> dict[object, tuple[_State, ...]]:
    """Index of the state rows by one code column (file order kept within a key)."""
    index: dict[object, list[_State]] = {}
    for state in _states():
        key = getattr(state, field)
        if key is not None:
            index.setdefault(key, []).append(state)
    return {k: tuple(v) for k, v in index.items()}


def spells(text: str, open_end: dt.date = dt.date.max) -> list[tuple[dt.date, dt.date]]:
    """Parse "1816-01-01/1945-05-08;1990-10-03/" into date pairs (an open end becomes `open_end`)."""
    out = []
    for spell in str(text).split(";"):
        start, _, end = spell.partition("/")
        out.append((dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else open_end))
    return out


def _pick(rows: tuple[_State, ...], year: int | None) -> _State:
    """Among several COW states sharing a key (DEU: 255/260), take the one alive in `year`."""
    if len(rows) == 1 or year is None:
        # Without a year, prefer the state that still exists (open end), then the lowest code.
        return min(rows, key=lambda r: (r.end is not None, r.cow))
    alive = [r for r in rows if r.alive(year)]
    return (alive or list(rows))[0]


@lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[str | None, int | None]]:
    """Normalised name -> (iso3, cow) for every COW name, short name and alias."""
    index: dict[str, tuple[str | None, int | None]] = {}
    # Current states first, so that a name shared with an ended state ("Yemen") means today's.
    ordered = sorted(_states(), key=lambda r: (r.end is not None, r.cow))
    for column in ("name", "short_name"):
        for row in ordered:
            if row.iso3 is None and _norm(row.name) in AMBIGUOUS:
                continue
            index.setdefault(_norm(getattr(row, column)), (row.iso3, row.cow))
    for alias, iso3_code, cow_code in _aliases():
        index[_norm(alias)] = (iso3_code, cow_code)
    return index


# Names that stand for more than one state: resolving them is an error listing the choices.
AMBIGUOUS = {
    "korea": ["South Korea (KOR)", "North Korea (PRK)", "Korea 1887-1905 (COW 730)"],
    "virgin islands": ["British Virgin Islands (VGB)", "US Virgin Islands (VIR)"],
}


def _from_key(iso3: str | None, cow: int | None, year: int | None) -> Country:
    """The Country for a name-table key: its COW state if given, else the state (or territory)
    with that ISO3 alive in `year`."""
    if cow is not None and cow in _by("cow"):
        state = _by("cow")[cow][0]
        # An alias fixes the COW state (e.g. "West Germany" -> 260) unless a year says otherwise.
        if year is not None and iso3 is not None:
            same_key = _by("iso3").get(iso3, ())
            if len(same_key) > 1 and not state.alive(year):
                return _pick(same_key, year).country()
        return state.country()
    if iso3 is not None:
        rows = _by("iso3").get(iso3)
        if rows:
            return _pick(rows, year).country()
        return _non_cow(iso3)
    raise LatitudeError("internal: a country key needs an ISO3 or a COW code")


@lru_cache(maxsize=512)
def _non_cow(iso3: str) -> Country:
    """A territory or state outside the COW system (Hong Kong, Puerto Rico, ...)."""
    meta = _converter().data
    row = meta[meta["ISO3"] == iso3]
    if not len(row):
        raise LatitudeError(f"unknown ISO3 code '{iso3}': use a current ISO 3166 alpha-3 code such as KOR")
    r = row.iloc[0]
    iso2 = str(r["ISO2"]).split("|")[0].strip("^$") if _present(r["ISO2"]) else None
    return Country(iso3=iso3, cow=None, name=str(r["name_short"]), iso2=iso2,
                   isonum=int(r["ISOnumeric"]) if _present(r["ISOnumeric"]) else None,
                   gw=int(r["GWcode"]) if _present(r["GWcode"]) else None)


def _present(value: object) -> bool:
    """Not missing (None, NaN or pandas NA) in country_converter's table."""
    import pandas as pd

    return not pd.isna(value)


@lru_cache(maxsize=1)
def _coco_iso3() -> set[str]:
    return set(_converter().data["ISO3"].dropna())


@lru_cache(maxsize=1)
def _converter():
    """One country_converter instance (building it parses its whole table: keep it)."""
    import logging

    import country_converter as coco

    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    return coco.CountryConverter()


def _coco_name(text: str) -> str | None:
    found = _converter().convert(text, src="regex", to="ISO3", not_found="-")
    return found if isinstance(found, str) and found in _coco_iso3() else None


def known_names() -> list[str]:
    """Every name and code the resolver knows exactly (for suggestions and docs)."""
    names = {r.short_name for r in _states()} | {r.name for r in _states()} | {a[0] for a in _aliases()}
    names |= {r.iso3 for r in _states() if r.iso3}
    return sorted(names)


def resolve(value: str | int, year: int | None = None, scheme: str | None = None) -> Country:
    """Resolve a name or code to a Country, aware of `year` where a code changed.

    `scheme` forces how a code is read: "iso3", "iso2", "isonum", "cow", "cowc" or "gw";
    otherwise integers are COW codes, two letters ISO2, three letters ISO3 then COW letter
    codes, anything else a name. Unknown or ambiguous input raises LatitudeError listing the
    closest matches; a name over 100 characters or with control characters is refused before
    any matching. Answers are cached (the report resolves the same few names hundreds of times).
    """
    if isinstance(value, bool) or not isinstance(value, (str, Integral)):
        raise LatitudeError(f"a country must be a name or code such as KOR, not {printable(repr(value))[:40]}")
    if isinstance(value, Integral):
        value = int(value)
    else:
        if len(value) > MAX_NAME_CHARS and len(value.strip()) > MAX_NAME_CHARS:
            raise LatitudeError(f"country name of {len(value.strip()):,} characters is longer than any country's "
                                f"(at most {MAX_NAME_CHARS}): give a name or code such as KOR")
        if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in value):
            raise LatitudeError(f"country name '{printable(value)}' contains control characters: "
                                "type the name or code plainly")
    return _resolve(value, year, scheme)


@lru_cache(maxsize=4096)
def _resolve(value: str | int, year: int | None, scheme: str | None) -> Country:
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit() and scheme is None):
        scheme = scheme or "cow"
    text = str(value).strip()
    if not text:
        raise LatitudeError("empty country name: give a name or code such as KOR or 'South Korea'")
    if scheme in ("cow", "gw", "isonum"):
        try:
            code = int(text)
        except ValueError as exc:
            raise LatitudeError(f"'{text}' is not a numeric {scheme} code") from exc
        rows = _by(scheme).get(code, ())
        if scheme == "gw" and len(rows) > 1:
            rows = tuple(r for r in rows if r.cow == code) or rows
        if not rows:
            if scheme == "isonum":
                meta = _converter().data
                iso3 = meta.loc[meta["ISOnumeric"] == code, "ISO3"]
                if len(iso3):
                    return _non_cow(str(iso3.iloc[0]))
            raise LatitudeError(f"unknown {scheme.upper()} code {code}: check the code or pass a name")
        return _pick(rows, year).country()
    upper = text.upper()
    is_code = text.isalpha() and text.isupper() and text.isascii()
    if scheme in (None, "iso3") and len(text) == 3 and is_code:
        if upper in _by("iso3"):
            return _from_key(upper, None, year)
        alias = _name_index().get(_norm(text))    # aliases first: country_converter is slow to load
        if alias is not None:
            return _from_key(alias[0], alias[1], year)
        if upper in _coco_iso3():
            return _from_key(upper, None, year)
        if scheme == "iso3":
            raise LatitudeError(f"unknown ISO3 code '{text}': use a code such as KOR, CHN, JPN or USA")
    if scheme in (None, "cowc") and len(text) == 3 and is_code:
        rows = _by("cowc").get(upper)
        if rows:
            return _pick(rows, year).country()
    if scheme in (None, "iso2") and len(text) == 2 and is_code:
        rows = _by("iso2").get(upper)
        if rows:
            return _pick(rows, year).country()
        meta = _converter().data
        hit = meta[meta["ISO2"].astype(str).str.fullmatch(rf"\^?{upper}\$?(\|.*)?")]
        if len(hit):
            return _non_cow(str(hit.iloc[0]["ISO3"]))
        if scheme == "iso2":
            raise LatitudeError(f"unknown ISO2 code '{text}'")
    key = _name_index().get(_norm(text))
    if key is not None:
        return _from_key(key[0], key[1], year)
    if _norm(text) in AMBIGUOUS:
        if _norm(text) == "korea" and year is not None and year <= 1905:
            return _from_key(None, 730, year)
        raise LatitudeError(f"ambiguous country '{text}': did you mean {', '.join(AMBIGUOUS[_norm(text)])}?")
    iso3 = _coco_name(text)
    if iso3 is not None:
        return _from_key(iso3, None, year)
    close = difflib.get_close_matches(text, known_names(), n=4, cutoff=0.6)
    hint = f"; closest: {', '.join(close)}" if close else "; use an ISO3 code such as KOR"
    raise LatitudeError(f"unknown country '{text}'{hint}")


def iso3(value: str | int, year: int | None = None) -> str:
    """ISO3 key of a name or code (error if the state has none, e.g. Bavaria)."""
    country = resolve(value, year)
    if country.iso3 is None:
        raise LatitudeError(f"'{value}' ({country.name}) has no ISO3 code: refer to it by COW code {country.cow}")
    return country.iso3


def cow(value: str | int, year: int | None = None) -> int:
    """COW state number of a name or code in `year` (error for territories outside the COW system)."""
    country = resolve(value, year)
    if country.cow is None:
        raise LatitudeError(f"'{value}' ({country.name}) is not a state in the COW system")
    return country.cow


@lru_cache(maxsize=1)
def _cow_iso3_map() -> dict[int, str | None]:
    return {r.cow: r.iso3 for r in _states()}


def cow_to_iso3(codes: pd.Series | int) -> pd.Series | str | None:
    """ISO3 key for COW codes (vectorised); codes without one give missing."""
    import pandas as pd

    mapping = _cow_iso3_map()
    if isinstance(codes, pd.Series):
        return codes.map(lambda c: None if pd.isna(c) else mapping.get(int(c))).astype("string")
    return mapping.get(int(codes))


def iso3_to_cow(iso3_codes: pd.Series, years: pd.Series | None = None) -> pd.Series:
    """COW code for ISO3 keys (vectorised), picking 260 vs 255 for DEU and 678 vs 679 for YEM by year."""
    import pandas as pd

    out = []
    year_values = years if years is not None else pd.Series([None] * len(iso3_codes), index=iso3_codes.index)
    cache: dict[tuple[str, int | None], int | None] = {}
    for code, year in zip(iso3_codes, year_values):
        if pd.isna(code):
            out.append(pd.NA)
            continue
        key = (str(code), None if year is None or pd.isna(year) else int(year))
        if key not in cache:
            rows = _by("iso3").get(key[0])
            cache[key] = _pick(rows, key[1]).cow if rows else None
        out.append(pd.NA if cache[key] is None else cache[key])
    return pd.Series(out, index=iso3_codes.index, dtype="Int64")


def names_to_iso3(names: pd.Series) -> pd.Series:
    """ISO3 for a column of names or codes as sources spell them; unresolvable names give missing."""
    import pandas as pd

    def one(name: object) -> str | None:
        if pd.isna(name):
            return None
        try:
            return resolve(str(name)).iso3
        except LatitudeError:
            return None

    uniques = {n: one(n) for n in pd.unique(names)}
    return names.map(uniques).astype("string")


def cow_codes(iso3_code: str) -> tuple[int, ...]:
    """Every COW state number carrying an ISO3 key, in table order (DEU: 255 and 260); () if none."""
    return tuple(r.cow for r in _by("iso3").get(iso3_code, ()))


def parse_country_list(values: str | Iterable[str | int]) -> list[str]:
    """'USA,CHN, Japan' or ['USA', 'CHN', 'Japan'] -> ['USA', 'CHN', 'JPN'] (ISO3 keys, order kept,
    duplicates dropped)."""
    items = [part for part in values.split(",") if part.strip()] if isinstance(values, str) else values
    out: list[str] = []
    for item in items:
        code = iso3(item.strip() if isinstance(item, str) else item)
        if code not in out:
            out.append(code)
    if not out:
        raise LatitudeError("empty country list: give codes such as USA,CHN,JPN")
    return out
