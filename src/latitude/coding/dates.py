"""Resolve the date an event sentence refers to, relative to the article date.

The result is an ISO 8601 string as precise as the text allows: a day ("2026-01-15"), an ISO week
("2026-W02" for "last week"), a month ("2026-01" for "in January", "early January" or "the January visits"), or a year.
Relative expressions look backwards from the article date, as news reports past events: "on Thursday"
is the Thursday on or before the article date, "in December" in a January article is last December;
in a sentence about the future ("will", "plans to", "scheduled") they look forwards instead.
The leftmost expression wins; a bare year ("in 1988") is used only when nothing more precise is there.
Without any expression the event takes the article date.

Without an article date only what the text itself pins down resolves: "in January 2026" -> "2026-01",
"Nov. 2, 2025" -> "2025-11-02", "in 1988" -> "1988"; expressions that need the article date ("early
January", "on Thursday", "last week", "yesterday") give None (unknown), never today's date.
`resolve_date` never raises; `period_bounds` turns any of its results into first and last day.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# The day and month names written in full, for the readers that must not take them for a place, a surname or an
# aim ("fired a missile on Sunday", "Prime Minister May"): one list for the coder's modules.
WEEKDAY_NAMES = frozenset(_WEEKDAYS)
MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    ("month_day", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?", re.I)),
    ("day_month", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?", re.I)),
    ("month", re.compile(r"\b(?:in|during|since|by|until|of|early|mid|late|end of|beginning of|last|this)[\s-]+(?:(?:early|mid|late)[\s-]+)?" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b", re.I)),
    # a month used as an adjective: "the January visits", "their March 2024 summit"
    ("month_attr", re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\s+(?=[a-z])", re.I)),
    ("month_year", re.compile(r"\b" + _MONTH + r"\s+(?P<year>\d{4})\b", re.I)),
    ("weekday", re.compile(r"\b(?P<last>last\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("relative_day", re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b", re.I)),
    ("relative_period", re.compile(r"\b(?P<which>last|this|next|past)\s+(?P<unit>week|month|year)\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|by)\s+(?P<year>(?:19|20)\d{2})\b", re.I)),
]


# every month's name starts with one of jan feb mar apr may jun jul aug sep oct nov dec, written by their shared first
# letters: a scan tries eight branches at each character, not twelve, and the same strings match
_MONTH_STARTS = "j(?:an|u[nl])|feb|ma[ry]|a(?:pr|ug)|sep|oct|nov|dec"
_ANY_DATE_WORD = re.compile(r"\d|" + _MONTH_STARTS + r"|day|tonight|tomorrow|week|month|year", re.I)
# A sentence is scanned only with the patterns whose digit or month it has: one scan for each instead of one for
# each pattern (every `_MONTH` starts with one of the twelve three-letter prefixes)
_DIGIT_KINDS = frozenset({"iso", "month_day", "day_month", "month_year", "year"})
_MONTH_KINDS = frozenset({"month_day", "day_month", "month", "month_attr", "month_year"})
_DIGIT = re.compile(r"\d")
_MONTH_PREFIX = re.compile(_MONTH_STARTS, re.I)
_FUTURE = re.compile(r"\b(?:will|shall|plans? to|planning to|is to|are to|scheduled|set to|expected to|next)\b", re.I)


def _month_year(month: int, year: str | None, article: dt.date | None, future: bool) -> int | None:
    if year:
        return int(year)
    if article is None:
        return None
    if future:
        return article.year if month >= article.month else article.year + 1
    return article.year if month <= article.month else article.year - 1


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _previous_month(day: dt.date) -> str:
    first = day.replace(day=1) - dt.timedelta(days=1)
    return f"{first.year:04d}-{first.month:02d}"


def _resolve(kind: str, match: re.Match, article: dt.date | None, future: bool) -> str | None:
    groups = match.groupdict()
    if kind == "iso":
        try:
            return dt.date(int(groups["year"]), int(groups["mon"]), int(groups["day"])).isoformat()
        except ValueError:
            return None
    if kind in ("month_day", "day_month"):
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        year = _month_year(month, groups.get("year"), article, future)
        if year is None:
            return None
        try:
            return dt.date(year, month, int(groups["day"])).isoformat()
        except ValueError:
            return None
    if kind in ("month", "month_attr", "month_year"):
        month = _MONTHS[groups["month"].lower().rstrip(".")]
        if groups["month"].lower() == "may" and kind != "month_year" and not groups.get("year"):
            if re.match(r"(?i)(in|by|of|last|this)\s", match.group(0)) is None:
                return None
        year = _month_year(month, groups.get("year"), article, future)
        return None if year is None else f"{year:04d}-{month:02d}"
    if kind == "year":
        return groups["year"]
    if article is None:
        return None
    if kind == "weekday":
        weekday = _WEEKDAYS[groups["weekday"].lower()]
        if future and not groups.get("last"):
            return (article + dt.timedelta(days=(weekday - article.weekday()) % 7)).isoformat()
        back = (article.weekday() - weekday) % 7
        if groups.get("last") and back == 0:
            back = 7
        return (article - dt.timedelta(days=back)).isoformat()
    if kind == "relative_day":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[groups["word"].lower()]
        return (article + dt.timedelta(days=shift)).isoformat()
    if kind == "relative_period":
        which, unit = groups["which"].lower(), groups["unit"].lower()
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "week":
            return _iso_week(article + dt.timedelta(weeks=step))
        if unit == "month":
            if step == -1:
                return _previous_month(article)
            month = article.month + step
            year = article.year + (month - 1) // 12
            return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
        return f"{article.year + step:04d}"
    return None


MIN_YEAR, MAX_YEAR = 1000, 2999  # years outside this range are not read as dates ("in 0000", "year 9999+1")


def _plausible(value: str) -> bool:
    return value[:4].isdigit() and MIN_YEAR <= int(value[:4]) <= MAX_YEAR


def resolve_date(sentence: str, article: dt.date | None) -> str | None:
    """ISO date (day, week, month or year) of the event a sentence reports; see the module doc.

    Never raises: impossible dates ("Feb. 30") and years outside 1000-2999 are skipped.
    """
    if article is not None and not (dt.date(MIN_YEAR + 1, 1, 1) <= article <= dt.date(MAX_YEAR - 1, 12, 31)):
        article = None  # an article date at the edge of the calendar cannot anchor relative dates
    return _resolve_sentence(str(sentence), article)


def _resolve_sentence(sentence: str, article: dt.date | None) -> str | None:
    found: list[tuple[int, str]] = []
    bare_years: list[tuple[int, str]] = []
    if not _ANY_DATE_WORD.search(sentence):
        return article.isoformat() if article is not None else None
    future = bool(_FUTURE.search(sentence))
    digits = _DIGIT.search(sentence) is not None
    months = _MONTH_PREFIX.search(sentence) is not None
    for kind, pattern in _PATTERNS:
        if (not digits and kind in _DIGIT_KINDS) or (not months and kind in _MONTH_KINDS):
            continue
        for match in pattern.finditer(sentence):
            try:
                value = _resolve(kind, match, article, future)
            except (ValueError, OverflowError):
                value = None
            if value is None or not _plausible(value):
                continue
            (bare_years if kind == "year" else found).append((match.start(), value))
    if found:
        return min(found)[1]
    if article is not None:
        return article.isoformat()
    if bare_years:
        return min(bare_years)[1]
    return None


def period_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a `resolve_date` result: '2026-01-15', '2026-W02' (Monday to Sunday),
    '2026-01' or '2026'; None for None or anything else (never raises)."""
    if not value:
        return None
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = dt.date.fromisoformat(text)
            return day, day
        week = re.fullmatch(r"(\d{4})-W(\d{2})", text)
        if week:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return monday, monday + dt.timedelta(days=6)
        month = re.fullmatch(r"(\d{4})-(\d{2})", text)
        if month:
            first = dt.date(int(month.group(1)), int(month.group(2)), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", text) and int(text) >= 1:
            return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    except (ValueError, OverflowError):
        return None
    return None


def parse_article_date(value: str | None) -> dt.date | None:
    """Article date from 'YYYY-MM-DD' (a longer ISO timestamp is cut to its date); None stays None."""
    if value is None or not str(value).strip():
        return None
    return dt.date.fromisoformat(str(value).strip()[:10])


# A publication date written in a page's address: ".../2019/12/24/..." or "...-20220525-..." (a day),
# ".../2019/12/..." (a month: its 15th, the middle of the days it may have been published on).
_ADDRESS_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([/-]?)([01]\d)\2([0-3]\d)(?!\d)")
_ADDRESS_MONTH = re.compile(r"/((?:19|20)\d\d)/([01]\d)/")


def date_in_address(address: str) -> dt.date | None:
    """The publication date a web page's address carries, if any; an undated article is read with it, as a
    reader reads "koreatimes.co.kr/www/opinion/2019/12/..." as December 2019, so that a leader named by
    surname alone ("Moon") resolves by the term in force (issue 13, round 29). Only http(s) addresses: a
    local file's name never sets the date (`--date` does; without it relative dates stay null)."""
    if not address.startswith(("http://", "https://")):
        return None
    for match in _ADDRESS_DAY.finditer(address):
        try:
            return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        except ValueError:
            continue
    match = _ADDRESS_MONTH.search(address)
    if match and 1 <= int(match.group(2)) <= 12:
        return dt.date(int(match.group(1)), int(match.group(2)), 15)
    return None


_TEXT_YEAR = re.compile(r"(?<![\d.,$])(1[89]\d\d|20\d\d)(?![\d,])")


def year_in_text(text: str, today: dt.date) -> dt.date | None:
    """The last day of the latest past or current year an undated article's text names ("... since the first
    one in 2017", "the 2025 APEC summit"), if any: a reader of an undated piece takes it as written that year
    or later, so that a leader named by surname alone ("Lee", "Xi") resolves by the term in force then. For
    the names only (`coder.code_article`): the article's events keep no date the text does not give. Years
    after `today`'s (forecasts, "by 2030") are not read. Coder round 43, from the undated development pages
    (1,682 of 4,452 rows)."""
    last = today.year
    years = [int(y) for y in _TEXT_YEAR.findall(text) if int(y) <= last]
    return dt.date(max(years), 12, 31) if years else None
