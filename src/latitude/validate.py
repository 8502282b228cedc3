"""Every value a user or a client sends, checked once at the edge (CLI and web API alike).

Each parser takes the raw value (a string from the command line or a query, or what Typer or
TOML already typed), returns a typed, bounded value, or raises `LatitudeError` with one line
naming the parameter, what was wrong and how to fix it. Nothing here touches the store: a
parameter is refused before any work starts. Coverage of a particular source (UN votes end
in 2023, COW trade in 2014) is checked later, by the measure that reads it.

Bounds (documented in docs/scenarios.md and the README):
- years: within latitude's data, 1816 (the COW state system) to the current year (a range
  must overlap it; each source then checks its own coverage);
- country names and codes: at most 100 characters, no control characters; lists at most
  60 countries, without empty items, duplicates or the focal country;
- numbers: finite (no nan, inf or true/false), in the range each parameter documents;
- files read: a regular, non-empty file of the expected text encoding (UTF-8), at most
  `MAX_FILE_BYTES` unless a reader streams it;
- files written: the parent directory exists and is writable (never created), the suffix
  matches the format.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Mapping
from numbers import Integral, Real
from pathlib import Path

from latitude.errors import LatitudeError, printable
from latitude.years import data_span, year_range

MAX_NAME_CHARS = 100              # a country name or code (the longest real one has 56 characters)
MAX_COUNTRIES = 60                # countries in one list (poles, partners)
MAX_LIST_CHARS = MAX_COUNTRIES * (MAX_NAME_CHARS + 1)
MAX_FILE_BYTES = 10_000_000       # a text file read whole (scenario, article, distance table)
MAX_BOOTSTRAP = 200               # idealpoints --bootstrap replicates (each refits the model)
MAX_SHOCKS = 100                  # shocks in one scenario
MAX_PRODUCTS = 6_000              # product codes in one shock (HS 2022 has 5,613 HS6 codes)
MAX_TOP = 1_000                   # rows asked of a ranking (--top)


def _show(value: object, limit: int = 40) -> str:
    """A value as the user typed it, shortened and with control characters escaped."""
    text = value if isinstance(value, str) else repr(value)
    text = printable(text)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


# ---------------------------------------------------------------- numbers

def number(value: object, what: str, low: float | None = None, high: float | None = None,
           low_open: bool = False, high_open: bool = False, hint: str = "") -> float:
    """A finite real number in [low, high] (bounds open where asked); strings are parsed.

    Booleans, nan, inf and text that is not a number are refused.
    """
    if isinstance(value, bool) or value is None:
        raise LatitudeError(f"{what} must be a number, got {_show(value)}{hint and '; ' + hint}")
    if isinstance(value, str):
        text = value.strip()
        if text.lower().lstrip("+-") in ("nan", "inf", "infinity"):
            raise LatitudeError(f"{what} must be a finite number, got {_show(value)}{hint and '; ' + hint}")
        if len(text) > 40 or not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text):
            raise LatitudeError(f"{what} must be a number, got {_show(value)}{hint and '; ' + hint}")
        result = float(text)
    elif isinstance(value, Real):
        result = float(value)
    else:
        raise LatitudeError(f"{what} must be a number, got {_show(value)}{hint and '; ' + hint}")
    if not math.isfinite(result):
        raise LatitudeError(f"{what} must be a finite number, got {_show(value)}{hint and '; ' + hint}")
    too_low = low is not None and (result <= low if low_open else result < low)
    too_high = high is not None and (result >= high if high_open else result > high)
    if too_low or too_high:
        lo = "" if low is None else f"{'above' if low_open else 'at least'} {low:g}"
        hi = "" if high is None else f"{'below' if high_open else 'at most'} {high:g}"
        raise LatitudeError(f"{what} must be {' and '.join(p for p in (lo, hi) if p)}, got {_show(value)}"
                            f"{hint and '; ' + hint}")
    return result


def fraction(value: object, what: str, hint: str = "write 20% as 0.2") -> float:
    """A share or rate in [0, 1]."""
    return number(value, what, 0.0, 1.0, hint=hint)


def integer(value: object, what: str, low: int | None = None, high: int | None = None, hint: str = "") -> int:
    """A whole number in [low, high]; strings are parsed, booleans and fractions refused."""
    if isinstance(value, bool) or value is None:
        raise LatitudeError(f"{what} must be a whole number, got {_show(value)}{hint and '; ' + hint}")
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 20 or not re.fullmatch(r"[+-]?\d+", text):
            raise LatitudeError(f"{what} must be a whole number, got {_show(value)}{hint and '; ' + hint}")
        result = int(text)
    elif isinstance(value, Integral):
        result = int(value)
    elif isinstance(value, Real) and math.isfinite(float(value)) and float(value).is_integer():
        result = int(value)
    else:
        raise LatitudeError(f"{what} must be a whole number, got {_show(value)}{hint and '; ' + hint}")
    if (low is not None and result < low) or (high is not None and result > high):
        span = (f"between {low} and {high}" if low is not None and high is not None
                else f"at least {low}" if low is not None else f"at most {high}")
        raise LatitudeError(f"{what} must be {span}, got {_show(value)}{hint and '; ' + hint}")
    return result


def port(value: object, what: str = "--port") -> int:
    """A TCP port to listen on: 1-65535."""
    return integer(value, what, 1, 65_535, hint="e.g. 8000")


def host(value: str, what: str = "--host") -> str:
    """An interface name or address to listen on (letters, digits, '.', ':', '-', at most 253)."""
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9.:\-\[\]%]{1,253}", value):
        raise LatitudeError(f"{what} must be a host name or IP address such as 127.0.0.1, got {_show(value)}")
    return value


# ---------------------------------------------------------------- years

def year(value: object, what: str = "--year", span: tuple[int, int] | None = None) -> int:
    """One year within `span` (default: latitude's data span, 1816 to this year)."""
    lo, hi = span or data_span()
    if isinstance(value, str) and not re.fullmatch(r"\s*\d{1,4}\s*", value):
        raise LatitudeError(f"{what} must be a year between {lo} and {hi}, got {_show(value)}")
    try:
        return integer(value, what, lo, hi, hint=f"latitude's data cover {lo}-{hi}" if span is None else "")
    except LatitudeError as exc:
        raise LatitudeError(f"{what} must be a year between {lo} and {hi}, got {_show(value)}") from exc


def parse_years(value: object, default: tuple[int, int] | None = None, what: str = "--years",
                span: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """A year range ('1990-2023', '2015', (1990, 2023)) as (start, end); None or blank gives
    `default`. The range must overlap `span` (default: the data span, 1816 to this year) and
    its years have at most four digits; how it fits a particular source's coverage is the
    measure's check (`years.within`), which names that source's years."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, str) and len(value) > 40:
        raise LatitudeError(f"{what} must be a year or a range such as 1990-2023, got {_show(value)}")
    try:
        start, end = year_range(value)  # type: ignore[misc]
    except LatitudeError as exc:
        raise LatitudeError(f"{what}: {exc}") from exc
    lo, hi = span or data_span()
    if start < 1 or end > 9999:
        raise LatitudeError(f"{what} {_show(value)} is not a range of years: write it like 1990-2023")
    if end < lo or start > hi:
        raise LatitudeError(f"{what} {start}-{end} is outside {lo}-{hi}, the years latitude's data cover: "
                            "choose years within them")
    return start, end


def date(value: object, what: str = "--date") -> dt.date:
    """A calendar date YYYY-MM-DD within the data span."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise LatitudeError(f"{what} must be a date written YYYY-MM-DD, got {_show(value)}")
    try:
        parsed = dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise LatitudeError(f"{what} {_show(value)} is not a calendar date (YYYY-MM-DD)") from exc
    lo, hi = data_span()
    if not lo <= parsed.year <= hi:
        raise LatitudeError(f"{what} {parsed} is outside {lo}-{hi}, the years latitude's data cover")
    return parsed


# ---------------------------------------------------------------- countries

def name(value: object, what: str = "country") -> str:
    """A country name or code as typed: text of at most 100 characters, no control characters.

    Bounding the length first keeps every later step (matching, suggestions) cheap.
    """
    if isinstance(value, bool) or not isinstance(value, (str, Integral)):
        raise LatitudeError(f"{what} must be a country name or code such as KOR, got {_show(value)}")
    text = str(value).strip()
    if not text:
        raise LatitudeError(f"{what} is empty: give a country name or code such as KOR or 'South Korea'")
    if len(text) > MAX_NAME_CHARS:
        raise LatitudeError(f"{what} has {len(text):,} characters, more than the {MAX_NAME_CHARS} any country name "
                            "needs: give a name or code such as KOR")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise LatitudeError(f"{what} {_show(text)} contains control characters: type the name or code plainly")
    return text


def country(value: object, what: str = "country", year: int | None = None) -> str:
    """ISO3 code of one country name or code."""
    from latitude import countries

    text = name(value, what)
    try:
        return countries.iso3(text, year)
    except LatitudeError as exc:   # the resolver's message first ("unknown country 'X'; closest: ..."), then where
        raise LatitudeError(f"{exc} ({what})") from exc


def country_list(value: object, what: str, exclude: Mapping[str, str] | None = None,
                 max_items: int = MAX_COUNTRIES) -> list[str]:
    """ISO3 codes of a comma-separated list ('USA,CHN,Japan') or a list of names and codes.

    Refused, each with its own line: an empty list, an empty item ('KOR,,CHN'), a country
    named twice (also as 'USA,United States'), more than `max_items` countries, and any of
    `exclude` ({iso3: role}, e.g. {"KOR": "the focal country"}).
    """
    if isinstance(value, str):
        if len(value) > MAX_LIST_CHARS:
            raise LatitudeError(f"{what} has {len(value):,} characters: give at most {max_items} countries, "
                                "comma-separated, such as USA,CHN,JPN")
        items: list[object] = value.split(",")
    elif isinstance(value, Iterable):
        items = list(value)
    else:
        raise LatitudeError(f"{what} must be a comma-separated list of countries such as USA,CHN,JPN")
    if not items or (len(items) == 1 and isinstance(items[0], str) and not items[0].strip()):
        raise LatitudeError(f"{what} is empty: give countries such as USA,CHN,JPN")
    if len(items) > max_items:
        raise LatitudeError(f"{what} names {len(items)} countries, more than {max_items}: shorten the list")
    for position, item in enumerate(items, start=1):
        if isinstance(item, str) and not item.strip():
            raise LatitudeError(f"{what} {_show(value)} has an empty item (number {position}): "
                                "remove the extra comma, e.g. USA,CHN")
    out: list[str] = []
    typed: dict[str, str] = {}
    for position, item in enumerate(items, start=1):
        code = country(item, f"{what}, item {position}")
        if code in typed:
            raise LatitudeError(f"{what} names {code} twice ({_show(typed[code])} and {_show(str(item).strip())}): "
                                "list each country once")
        if exclude and code in exclude:
            raise LatitudeError(f"{what} includes {code}, {exclude[code]}: list only the other countries")
        typed[code] = str(item).strip()
        out.append(code)
    return out


def weights(value: str | None, what: str, key: Callable[[str], str] = str.strip, low: float = 0.0,
            high: float | None = None, example: str = "CHN=3,JPN=2") -> dict[str, float]:
    """'CHN=3,JPN=2' -> {key('CHN'): 3.0, key('JPN'): 2.0}: finite numbers in [low, high], each
    key once; `key` checks and normalises a key (e.g. resolves a country)."""
    if value is None or not value.strip():
        return {}
    if len(value) > MAX_LIST_CHARS:
        raise LatitudeError(f"{what} has {len(value):,} characters: write it like {example}")
    out: dict[str, float] = {}
    for part in value.split(","):
        raw_key, sep, raw_value = part.partition("=")
        if not part.strip():
            raise LatitudeError(f"{what} {_show(value)} has an empty item: write it like {example}")
        if not sep or not raw_key.strip():
            raise LatitudeError(f"{what}: bad item {_show(part.strip())}: write it like {example}")
        name_ = key(raw_key.strip())
        if name_ in out:
            raise LatitudeError(f"{what} gives {name_} twice: give each one weight")
        out[name_] = number(raw_value, f"{what} {name_}", low, high)
    return out


# ---------------------------------------------------------------- files read

def _regular(path: Path, what: str) -> os.stat_result:
    if not isinstance(path, (str, os.PathLike)) or not str(path).strip():
        raise LatitudeError(f"{what}: give a file name")
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise LatitudeError(f"{what} {_show(str(path), 200)} not found: check the path") from exc
    except OSError as exc:
        raise LatitudeError(f"{what} {_show(str(path), 200)} cannot be read ({exc.strerror})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise LatitudeError(f"{what} {_show(str(path), 200)} is a directory: give a file")
    if not stat.S_ISREG(info.st_mode):
        raise LatitudeError(f"{what} {_show(str(path), 200)} is not a regular file: give a file")
    if not os.access(path, os.R_OK):
        raise LatitudeError(f"{what} {_show(str(path), 200)} is not readable: check its permissions")
    return info


def input_file(path: str | os.PathLike, what: str, text: bool = True, suffixes: Iterable[str] = (),
               max_bytes: int | None = None) -> Path:
    """A file to read: exists, a regular file, readable, not empty, at most `max_bytes`, with one
    of `suffixes` if given; with `text`, its start is checked to be UTF-8 text (not binary or
    UTF-16). For files a reader streams (large event or BACI files)."""
    path = Path(path)
    info = _regular(path, what)
    if info.st_size == 0:
        raise LatitudeError(f"{what} {_show(str(path), 200)} is empty")
    if max_bytes is not None and info.st_size > max_bytes:
        raise LatitudeError(f"{what} {_show(str(path), 200)} has {info.st_size:,} bytes, more than the "
                            f"{max_bytes:,} latitude reads for it")
    wanted = tuple(s.lower() for s in suffixes)
    if wanted and not str(path).lower().endswith(wanted):
        raise LatitudeError(f"{what} {_show(str(path), 200)} should end in {' or '.join(wanted)}")
    if text:
        with open(path, "rb") as fh:
            head = fh.read(65_536)
        _check_text(head, path, what, whole=len(head) == info.st_size)
    return path


def _check_text(data: bytes, path: Path, what: str, whole: bool) -> str:
    """Decode UTF-8 text (a BOM is allowed), refusing binary and UTF-16/32 files."""
    where = _show(str(path), 200)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LatitudeError(f"{what} {where} is UTF-16 text, not UTF-8: save it as UTF-8")
    if b"\x00" in data:
        raise LatitudeError(f"{what} {where} is a binary file, not UTF-8 text: give a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A cut at the end of the head may split one character: only the whole file must decode.
        if not whole and exc.start >= len(data) - 3:
            return data[:exc.start].decode("utf-8-sig")
        raise LatitudeError(f"{what} {where} is not UTF-8 text (byte {exc.start + 1}): save it as UTF-8") from exc


def text_file(path: str | os.PathLike, what: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The whole text of a small UTF-8 file (scenario, article, table), checked as `input_file`."""
    path = input_file(path, what, text=False, max_bytes=max_bytes)
    return _check_text(path.read_bytes(), path, what, whole=True)


# ---------------------------------------------------------------- files written

def output_file(path: str | os.PathLike, what: str, suffixes: Iterable[str]) -> Path:
    """A file to write: its suffix is one of `suffixes`, it is not a directory, and its parent
    directory exists and is writable. Missing directories are never created."""
    path = Path(path)
    where = _show(str(path), 200)
    wanted = tuple(s.lower() for s in suffixes)
    if not str(path).strip() or path.name in ("", ".", ".."):
        raise LatitudeError(f"{what}: give a file name ending in {' or '.join(wanted)}")
    if wanted and not path.name.lower().endswith(wanted):
        raise LatitudeError(f"{what} {where} should end in {' or '.join(wanted)}")
    if path.is_dir():
        raise LatitudeError(f"{what} {where} is a directory: give a file name ending in {' or '.join(wanted)}")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise LatitudeError(f"{what}: directory {_show(str(parent), 200)} does not exist: create it first "
                            "or write elsewhere")
    if path.exists() and not path.is_file():
        raise LatitudeError(f"{what} {where} is not a regular file: choose another name")
    try:  # os.access says yes to root even on a read-only mount: try for real
        with tempfile.NamedTemporaryFile(dir=parent, prefix=".latitude-probe-"):
            pass
    except OSError as exc:
        raise LatitudeError(f"{what}: cannot write in {_show(str(parent), 200)} ({exc.strerror}): "
                            "choose a writable directory") from exc
    if path.exists() and not os.access(path, os.W_OK):
        raise LatitudeError(f"{what} {where} exists and is not writable: choose another name")
    return path


def output_folder(path: str | os.PathLike, what: str) -> Path:
    """A folder to write files into: an existing directory, or a new one whose parent exists and
    is writable (only the folder itself is created, by the writer)."""
    path = Path(path)
    if path.is_dir():
        output_file(path / "x.probe", what, (".probe",))
        return path
    if path.exists():
        raise LatitudeError(f"{what} {_show(str(path), 200)} is a file: give a folder for the charts")
    output_file(path.with_name(path.name + ".probe"), what, (".probe",))
    return path
