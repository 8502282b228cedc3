"""Reading an article for claims: bounded sentence splitting, actors, years and dates.

Every sentence becomes a `Sentence`: its text, a lower-case *template* in which each country the
event coder's gazetteer finds is replaced by a placeholder `@0`, `@1`, ... (so one pattern covers
"South Korea", "Seoul", "the South Korean government" and "President Lee"), the ISO3 code behind
each placeholder, the years it states and the date it refers to.

Work is bounded whatever the input: paragraphs are cut into pieces of at most `MAX_PIECE`
characters before the sentence splitter sees them, a sentence longer than `MAX_SENTENCE`
characters is skipped (and counted), and every pattern run on a template is linear in its length.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from latitude import countries
from latitude.coding.dates import resolve_date
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import clean, fold, split_sentences, strip_dateline
from latitude.errors import LatitudeError
from latitude.scenarios.claims._patterns import count_of
from latitude.scenarios.claims.resolve import Article, gazetteer_tokens, rewrite

MAX_SENTENCE = 1_000   # characters; longer "sentences" are tables, lists or garbage, not claims
MAX_PIECE = 2_000      # characters handed to the sentence splitter at once
MAX_SENTENCES = 5_000  # sentences read per article

_END = re.compile(r"[.!?][\"')]?\s+(?=[\"'(]?[A-Z])")
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_RANGE = re.compile(rf"\b(?:between|from)?\s*({_YEAR})\s*(?:-|–|/|to|and|through)\s*['’]?(\d{{2}}|{_YEAR})\b")   # "2013-’17"
# a range after these is a reference period, not the claim's ("the first five-year period since 1960–64 when ...")
# (a decimal point is no sentence break: "compared to 4.1% (-58%) between 2013 and 2017", claims round 85)
_COMPARISON = re.compile(r"\b(?:up from|down from|compared with|compared to|than|since)\b(?:[^.;]|\.(?=\d))*$", re.I)
_ONE_YEAR = re.compile(rf"\b({_YEAR})\b")
# a fiscal year is read as its first calendar year (docs/claims.md): "the 2012-13 fiscal", "fiscal 2012-13", "FY17" (2016)
_FISCAL = re.compile(r"\bfiscal\b|\bFY\b", re.I)
_FY = re.compile(r"\bFY\s?'?((?:19|20)\d\d|\d\d)\b", re.I)
# the base of a change is not the claim's year: "taking in US$41 billion of U.S. exports last year, up 25 percent from 2004"
_BASE_YEAR = re.compile(r"\b(?:up|down|rose|fell|grew|increased|decreased|higher|lower)\b[^.;@]{0,30}\bfrom\s+(?:the\s+)?$", re.I)
_PRONOUN = re.compile(r"\b(?:its|it)\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")
_MONTH = rf"(?:{'|'.join(_MONTHS)})"
# a part of the current year: "in the January-June period", "from January to June", "in the first half", "so far this year"
_PART_OF_YEAR = re.compile(rf"\b(?:{_MONTH}\s*(?:-|–|to|through)\s*{_MONTH}|(?:first|second|third) (?:half|quarter)|"
                           r"first (?:two|three|four|five|six|seven|eight|nine|ten|eleven) months|so far this year)\b")
# one month of the article's year (claims round 65): "with 15.3 percent share in March" (an article of May), "in the
# quarter to the end of March", "in the month of June"; a month later than the article's is last year's and is left alone
_ONE_MONTH = re.compile(rf"\b(?:(?:in|during|for)\s+(?:the\s+month\s+of\s+)?|quarter\s+(?:to\s+the\s+end\s+of|"
                        rf"ending|ended|to)\s+)({_MONTH})\b(?!\s*(?:-|–|,)?\s*(?:\d|{_MONTH}))")


_COUNTRYS = re.compile(r"\bthe (?:country|nation)'s\b")
# the state whose trade a sentence tells: "Vietnam's exports to Japan", "share of Armenia's foreign exports", "exports from
# Pakistan" (not "imports from China": that is the partner)
_FLOW_OWNER = re.compile(r"@(\d+)(?:'s?|s')\s+(?:(?:total|overall|foreign|merchandise|arms)\s+)?(?:exports|imports|trade)\b|"
                         r"\b(?:exports|shipments)\s+(?:from|of)\s+@(\d+)|\bimports\s+(?:of|by|into)\s+@(\d+)")
_RANKED_BY_COUNTRY = re.compile(r"\W*@\d+\s+(?:[a-z]+\s+){0,2}?(?:is|was|are|were|remains|remained|became|followed)\s+"
                                r"(?:[a-z]+\s+){0,2}?the (?:country|nation)'s\b")
# a sentence that ranks its own subject among the partners of "the country" it leaves unnamed (claims round 144): "China
# is the country's biggest supplier of imported goods at $2.28 billion" (held134-007), "... the US was once more the
# country's biggest source of imports" (held92-004); that subject is a partner, not the owner a next sentence carries
_RANKED_SUBJECT = re.compile(r"@(?P<p>\d+)\s+(?:[a-z]+\s+){0,2}?(?:is|was|remains|remained|became)\s+"
                             r"(?:[a-z]+\s+){0,2}?the (?:country|nation)'s\s+(?:[a-z-]+\s+){0,2}?"
                             r"(?:(?:trad(?:e|ing)\s+)?partner|supplier|source|market|destination|buyer|customer)\b")


@dataclass
class Sentence:
    """One sentence ready for the claim patterns (see the module doc)."""

    text: str
    template: str
    actors: list[str]
    article_date: dt.date | None = None
    antecedent: str | None = None          # the country "it"/"its" most likely refers to
    previous: str | None = None            # the previous sentence's antecedent
    years: list[int] = field(default_factory=list)
    span: tuple[int, int] | None = None    # a stated range of years ("between 2012 and 2016")
    prior: Sentence | None = field(default=None, repr=False, compare=False)   # the article's previous sentence
    owner: str | None = None               # the owner of the article's last ranking or share before this sentence
    named: tuple[str, ...] = ()            # the states the article named before this sentence, most recent first
    ranked: dict[str, tuple[int, str | None]] = field(default_factory=dict)   # the owner's places the sentence before gave

    def actor(self, placeholder: str | None) -> str | None:
        """ISO3 behind '@3' (or behind 'its'/'it': the antecedent)."""
        if placeholder is None:
            return None
        placeholder = placeholder.strip()
        if placeholder in ("its", "it", "their"):
            return self.antecedent
        if placeholder in ("the country's", "the nation's"):   # the article's country, named in an earlier sentence
            if self.prior is not None and _COUNTRYS.search(self.prior.template):
                return self.prior.actor(placeholder)   # "the country" of two sentences in a row is one country
            if self.owner is not None and self.owner not in self.actors:
                return self.owner   # the state whose partners the article has been ranking, not the last one it named
            if _RANKED_BY_COUNTRY.match(self.template):
                return self.previous   # "Japan was the country's top trading partner": not Japan
            # never a state the sentence names itself: "... report said China accounted for 19.1 per cent of the
            # country's total trade" after "China ... became the largest export and import market for Australia"
            return next((c for c in (self.previous, self.antecedent, *self.named) if c and c not in self.actors),
                        self.previous or self.antecedent)
        if placeholder.startswith("@") and placeholder[1:].isdigit():
            index = int(placeholder[1:])
            return self.actors[index] if index < len(self.actors) else None
        return None

    @property
    def year(self) -> int | None:
        """The year the sentence is about: the last year it states, else 'last year' etc. resolved
        against the article date, else the year before the article's (the last complete year of data
        when it was written; None without an article date)."""
        if self.span:
            return self.span[1]
        if self.years:
            return max(self.years)
        stated = self.stated_span
        if stated:
            return stated[1]
        before = self._year_before()
        if before is not None:
            return before
        return self.article_date.year - 1 if self.article_date else None

    @property
    def stated_span(self) -> tuple[int, int] | None:
        """Years the sentence names (see `own_span`), else, when it names no year at all, the range of years the
        sentence before names: "Compared to 2005-2009, Azerbaijan increased weapons imports by 249 percent in
        2010-2014." then "Azerbaijan imports 85 percent of the arms from Russia." is about 2010-2014 (sixteenth round).
        One year the sentence before names is only the claim's `year` (the end of a five-year arms period: "Qatar's
        purchases during 2022 included ..." then "The Gulf country's main suppliers ...: US (42 percent) ..." are
        SIPRI's 2018-2022 shares)."""
        own = self.own_span
        if own is not None or not self._inherits():
            return own
        before = self.prior.own_span
        return before if before is not None and before[0] < before[1] else None

    def _inherits(self) -> bool:
        """Whether the sentence takes its years from the sentence before: it names none, and does not speak of the time
        since then ("It has since become one of Beijing's leading customers")."""
        return self.prior is not None and not self.years and not re.search(r"\bsince\b", self.template)

    def _year_before(self) -> int | None:
        """The last year the sentence before names, for a sentence that names none (see `stated_span`)."""
        if not self._inherits():
            return None
        before = self.prior.own_span
        if before is not None:
            return before[1]
        return max(self.prior.years) if self.prior.years else None

    @property
    def own_span(self) -> tuple[int, int] | None:
        """Years the sentence itself names: a range, one year ("in 2014"), a start ("since 2000": to the year before
        the article), a relative year ("last year") resolved against the article date or a part of the article's own
        year ("in the January-June period", "in the first half"); None when it names none."""
        if self.span:
            return self.span
        stated = [int(y) for y in re.findall(r"(?<!ending )(?<!ended )(?<!since )(?<!from )(?<!until )\b(?:in|during|for|of)\s+"
                                             r"((?:19|20)\d\d)\b", self.template)]
        if stated:
            return max(stated), max(stated)
        since = re.search(r"(?<!ever )\bsince\s+((?:19|20)\d\d)\b(?!\s*(?:-|–|to|and)\s*\d)", self.template)
        if since and self.article_date is not None and int(since.group(1)) < self.article_date.year:
            return int(since.group(1)), self.article_date.year - 1   # "since 2000": to the year before the article
        if re.search(r"\b(?:last|this|past|previous) year\b", self.template):
            when = self.date
            if when and when[:4].isdigit():
                return int(when[:4]), int(when[:4])
        if self.article_date is not None and not self.years and _PART_OF_YEAR.search(self.template):
            return self.article_date.year, self.article_date.year   # the months so far of the article's year
        month = _ONE_MONTH.search(self.template) if self.article_date is not None and not self.years else None
        if month and _MONTHS.index(month.group(1)) < self.article_date.month:
            return self.article_date.year, self.article_date.year   # a month of the article's year before its date
        return None

    @property
    def date(self) -> str | None:
        """ISO date, week, month or year of the event the sentence reports (the coder's date code)."""
        return safe_date(self.text, self.article_date)


def safe_date(sentence: str, article_date: dt.date | None) -> str | None:
    """`coding.dates.resolve_date`, but never raising: a sentence whose date cannot be read has none."""
    try:
        return resolve_date(sentence, article_date)
    except (ValueError, OverflowError, KeyError, LatitudeError):
        return None


def _cut(paragraph: str) -> int:
    """Where to cut an over-long paragraph: after the last sentence end in the second half of the
    first MAX_PIECE characters, else at the last space there, else at MAX_PIECE."""
    window = paragraph[MAX_PIECE // 2: MAX_PIECE]
    ends = [m.end() for m in _END.finditer(window)]
    if ends:
        return MAX_PIECE // 2 + ends[-1]
    space = window.rfind(" ")
    return MAX_PIECE // 2 + space if space > 0 else MAX_PIECE


def _pieces(text: str) -> list[str]:
    """Paragraphs, each cut into pieces of at most MAX_PIECE characters (the sentence splitter's cost
    grows with the square of what it is given)."""
    pieces: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\r\n\s*\r\n", text):
        while len(paragraph) > MAX_PIECE:
            cut = _cut(paragraph)
            pieces.append(paragraph[:cut])
            paragraph = paragraph[cut:]
        pieces.append(paragraph)
    return [p for p in pieces if p.strip()]


def sentences(text: str) -> tuple[list[str], int]:
    """The article's sentences (dateline dropped) and how many over-long ones were skipped."""
    found: list[str] = []
    skipped = 0
    for number, piece in enumerate(_pieces(text)):
        piece = clean(piece)
        if number == 0:
            stripped = strip_dateline(piece)
            # keep the dateline when the text refers to it ("SEOUL, April 25 -- Obama arrived here"): it names the host
            piece = piece if re.search(r"\b(?:arrived|arrives|landed|lands)\s+here\b", stripped[:300]) else stripped
        for sentence in split_sentences(piece, max_chars=MAX_PIECE):   # cut no sentence: over-long ones are skipped below
            if len(sentence) > MAX_SENTENCE:
                skipped += 1
            elif len(found) < MAX_SENTENCES:
                found.append(sentence)
            else:
                skipped += 1
    return found, skipped


@lru_cache(maxsize=4096)
def _iso3(code: str) -> str | None:
    if len(code) != 3 or not code.isalpha() or not code.isupper():
        return None
    try:
        return countries.resolve(code, scheme="iso3").iso3
    except LatitudeError:
        return None


_DECADE = re.compile(r"\b(?:in|during|throughout|through|for most of|for much of)\s+the\s+((?:19|20)\d0)s\b")


def _years(text: str) -> tuple[list[int], tuple[int, int] | None]:
    span = None
    for match in _RANGE.finditer(text):
        if _COMPARISON.search(text[max(0, match.start() - 30): match.start()]):
            continue   # "down from 47 per cent in 2010-14" compares; the claim is about the other period
        start, end = int(match.group(1)), match.group(2)
        stop = int(end) if len(end) == 4 else int(str(start)[:2] + end)
        if stop == start + 1 and (re.search("['’]", match.group()) or _FISCAL.search(text[max(0, match.start() - 25):
                                                                                          match.end() + 12])):
            continue   # "2020-’21", "the 2012-13 fiscal" are fiscal years, read as their first; "2013-’17" is a SIPRI period
        # of two periods the sentence names, the claim is about the later, wherever it stands ("declined between 2020
        # and 2024 after peaking between 2015 and 2019" is about 2020-2024; claims round 116)
        if start < stop <= start + 30 and (span is None or stop > span[1]):
            span = (start, stop)
    decade = _DECADE.search(text)
    if span is None and decade:   # "in the 1980s" is that decade, not the latest data
        span = (int(decade.group(1)), int(decade.group(1)) + 9)
    # a year after "before", "until" or "since" bounds another period ("(or the Soviet Union before 1991)", "since 2000":
    # see `stated_span`); it is not the year the claim is about
    years = [int(m.group(1)) for m in _ONE_YEAR.finditer(text)
             if not re.search(r"\b(?:before|until|prior to|since)\s+$", text[max(0, m.start() - 12): m.start()], re.IGNORECASE)
             and not _BASE_YEAR.search(text[max(0, m.start() - 45): m.start()])]
    years += [int(m.group(1)) - 1 if len(m.group(1)) == 4 else 2000 + int(m.group(1)) - 1 for m in _FY.finditer(text)]
    return years, span


_PLACE = re.compile(r"(?:\b(?:in|at|to|for|into|left|leaves|visited|visit|visiting|toward|towards|near|across)\s+)$")


def _subject(template: str, actors: list[str]) -> str | None:
    """The country a later 'it', 'its' or 'he' most likely refers to: the topic of "For Mexico, ...",
    else the first actor that is not a dateline ("TOKYO -- President Lee ...") nor a place after a
    preposition ("left Tokyo for ...")."""
    topic = re.match(r"\W*(?:for|in|as for) @(\d+)\s*,", template)
    if topic:
        return actors[int(topic.group(1))]
    for match in re.finditer(r"@(\d+)", template):
        index = int(match.group(1))
        if index == 0 and re.match(r"@0\s*(?:--|-|\(|:)", template) and len(actors) > 1:
            continue
        if _PLACE.search(template[: match.start()]):
            continue
        return actors[index]
    return None


# Countries named by a description the gazetteer does not know ("The world's second largest economy maintained its
# position as Mongolia's biggest trade partner", "Europe's biggest economy", "the Asian giant"): the name they stand for
# (the economies' order as of 2010 on; before 2010 Japan was the world's second-largest). A description in apposition
# ("China, the world's second-largest economy, ...") is left alone: the country is already named.
_EPITHETS = [
    (re.compile(r"\b(?:the\s+)?southeast\s+asia'?s\s+(?:largest|biggest)\s+economy\b", re.IGNORECASE), "Indonesia"),
    (re.compile(r"\b(?:the\s+)?latin\s+america'?s\s+(?:largest|biggest)\s+economy\b", re.IGNORECASE), "Brazil"),
    (re.compile(r"\b(?:the\s+)?(?:europe|the\s+eu|the\s+euro\s?zone)'?s\s+(?:largest|biggest)\s+economy\b", re.IGNORECASE), "Germany"),
    (re.compile(r"\b(?:the\s+)?world'?s\s+(?:largest|biggest)\s+economy\b", re.IGNORECASE), "the United States"),
    (re.compile(r"\b(?:the\s+)?(?:world|asia)'?s\s+second[- ](?:largest|biggest)\s+economy\b", re.IGNORECASE), "second"),
    (re.compile(r"\b(?:the\s+)?asian\s+giant\b|\bthe\s+middle\s+kingdom\b", re.IGNORECASE), "China"),
    (re.compile(r"\bthe\s+hermit\s+(?:kingdom|state|nation)\b", re.IGNORECASE), "North Korea"),
]


def _named(text: str, article_date: dt.date | None) -> str:
    """`text` with each description of a country (`_EPITHETS`) replaced by its name, keeping the text's length
    where it can be kept so that nothing else moves."""
    for pattern, name in _EPITHETS:
        if pattern.search(text) is None:
            continue
        if name == "second":
            name = "Japan" if article_date is not None and article_date.year < 2010 else "China"
        text = pattern.sub(_naming(text, name), text)
    return text


def _naming(text: str, name: str):
    """The replacement for one description in `text`: its country's name, unless a name stands just before it."""
    return lambda m: m.group(0) if re.search(r"[,(]\s*$", text[: m.start()]) else name


# "the two countries signed a deal", "Those countries get U.S. aid and ... vote in near lock-step with Washington", "It
# was the United States' 40th most important trade partner": states named only in the sentence before
_GROUP = re.compile(r"\b(?:the two|both|(?:those|these)(?:\s+(?P<n>two|three|four|five))?|all three|the three)\s+"
                    r"(?:countries|nations|states|allies|governments|neighbou?rs|sides)\b")
_IT_OPENS = re.compile(r"^\W*it\s+(?=(?:is|was|remains|remained|has been|had been|became|becomes)\s+(?:now\s+|also\s+|"
                       r"still\s+)?(?:the\s+)?@\d+(?:'s?|s')?\s)")
# a sentence whose subject is a pronoun standing for the previous sentence's subject, before it names any state: "It is the
# 7th major source of German imports", "For example, it was the largest single recipient of French arms exports", "It made
# up 55 percent of Beijing's arms exports", "They prefer to buy from the US" (they: the states the sentence before opens
# with); not an "it" that anticipates ("It is expected that ...", "it was not until")
_PRONOUN_OPENS = re.compile(
    r"^\W*(?:(?:for example|for instance|however|similarly|likewise|in addition|moreover|meanwhile|now|today|and|but)\s*,?\s+)?"
    r"(?P<w>it|they)\s+(?=(?:also\s+|still\s+|now\s+|then\s+|currently\s+)?(?:(?:is|was|are|were|remains?|remained|"
    r"has been|had been|have been|became|becomes?|become)\s+(?!(?:expected|likely|unlikely|possible|clear|unclear|"
    r"important|true|worth|estimated|believed|reported|said|thought|not|hard|difficult|easy|time|no|also\s+not)\b)|"
    r"(?:made|makes|make) up\b|accounts? for\b|accounted for\b|ranks?\b|ranked\b|took\b|takes?\b|received\b|"
    r"receives?\b|supplied\b|supplies\b|supply\b|provided\b|provides?\b|bought\b|buys?\b|imported\b|imports?\b|"
    r"exported\b|exports?\b|sold\b|sells?\b|prefers?\b|preferred\b|purchased\b|purchases?\b|sourced\b|"
    r"gets?\b|got\b))")
# the states a sentence opens with, its plural subject ("Saudi Arabia and the United Arab Emirates are second and third ...")
_OPENING_GROUP = re.compile(r"^\W*(?:(?:in|by|since)\s+(?:19|20)\d\d\s*,?\s+)?(?P<g>@\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                            r"(?:the\s+)?@\d+)*)(?!'|’|\w)")

# a sentence that opens with a person's pronoun, before it names any state: the person the sentence before named, whose
# state is that sentence's subject ("Chinese Foreign Minister Wang Yi is on a trip to America these days." then "Here he
# met US Secretary of State Antony Blinken on Friday."; "His first flight will be to Saudi Arabia"); not after a sentence
# that itself speaks of a person by a pronoun, whose subject may be a place ("From Jerusalem, he will then meet with Pope
# Francis at the Vatican on May 24. He will then fly to Belgium")
_PERSON_OPENS = re.compile(r"^\W*(?:(?:here|there|then|later|afterwards|meanwhile|now|today|and|but)\s*,?\s+)?"
                           r"(?P<w>he|she|his|her)\b(?=[^@]*@)")
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b")


def _refer(template: str, actors: list[str], previous: Sentence | None) -> str:
    """Write the states a plural phrase or an opening "it" stands for into the template as placeholders (appended to
    `actors`): "those countries" and "the two allies" are the distinct states of the previous sentence (at least two;
    "the two ..." and "these three nations" only when there are exactly that many), an opening "It was ..." the previous
    sentence's subject, an opening "he", "she", "his" or "her" (`_PERSON_OPENS`) that subject too."""
    if previous is None:
        return template
    group = _GROUP.search(template)
    if group:
        named = list(dict.fromkeys(previous.actors))
        count = 2 if group.group(0).startswith(("the two", "both")) else count_of(group.group("n")) if group.group("n") else None
        if len(named) >= 2 and count in (None, len(named)):   # "these three nations": the three the sentence before named
            placeholders = []
            for code in named:
                placeholders.append(f"@{len(actors)}")
                actors.append(code)
            listed = ", ".join(placeholders[:-1]) + " and " + placeholders[-1]
            template = template[: group.start()] + listed + template[group.end():]
    opening = _IT_OPENS.match(template)
    if opening and previous.antecedent:
        template = f"@{len(actors)} " + template[opening.end():]
        actors.append(previous.antecedent)
        return template
    person = _PERSON_OPENS.match(template)
    if person and previous.antecedent and previous.antecedent not in actors and \
            not _PERSON_PRONOUN.search(previous.template):
        possessive = "'s" if person.group("w") in ("his", "her") else ""
        actors.append(previous.antecedent)
        return f"{template[: person.start('w')]}@{len(actors) - 1}{possessive}{template[person.end('w'):]}"
    pronoun = _PRONOUN_OPENS.match(template)
    if pronoun is None:
        return template
    if pronoun.group("w") == "it":
        named = [previous.antecedent]
    else:
        group = _OPENING_GROUP.match(previous.template)
        named = list(dict.fromkeys(previous.actor(p) for p in re.findall(r"@\d+", group.group("g")))) if group else []
        if len(named) < 2:
            return template   # "they" stands for several states
    if None in named or set(named) & set(actors):
        return template   # a state the sentence names itself is not its pronoun
    placeholders = []
    for code in named:
        placeholders.append(f"@{len(actors)}")
        actors.append(code)
    listed = placeholders[0] if len(placeholders) == 1 else ", ".join(placeholders[:-1]) + " and " + placeholders[-1]
    return template[: pronoun.start("w")] + listed + template[pronoun.end("w"):]


# "US$ 87.7 billion", "U.S. $5 billion": a currency, not the United States (same length, so nothing else moves)
_DOLLAR = re.compile(r"\bU\.?S\.?\s?\$")
# an amount in "U.S. dollars" names a currency too (claims round 143): "China was the country's biggest supplier of
# imported goods ..." after "... 7.97 billion U.S. dollars, or 60.6 percent, were imported goods" (held34-020) took the
# United States for the unnamed owner, and "goods worth 177.5 billion US dollars exported to China" (held28-004) ranked
# the United States among China's partners; only the "U.S." after a number or a number word is blanked (same length)
_DOLLARS = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|mln|bln|bn))\s+(?P<us>U\.?\s?S\.?)"
                      r"(?=\s+dollars?\b)", re.I)


def _no_dollar_states(text: str) -> str:
    """`text` with the currency's "US$" read as "USD" and the "U.S." of an amount in "U.S. dollars" blanked (see
    `_DOLLAR`, `_DOLLARS`), so neither is read as the United States; nothing else moves."""
    text = _DOLLAR.sub(lambda m: "USD".ljust(len(m.group())), text)
    return _DOLLARS.sub(lambda m: m.group()[: m.start("us") - m.start()] + " " * len(m.group("us")), text)


def read(sentence: str, article_date: dt.date | None = None, previous: Sentence | None = None,
         article: Article | None = None) -> Sentence:
    """A `Sentence` from raw sentence text (see the module doc); `article` is what the article named before (`resolve`),
    updated with this sentence."""
    original = fold(clean(sentence)).replace("`", "'")
    text = rewrite(_no_dollar_states(_named(original, article_date)), article_date, article)
    tokens, breaks = gazetteer_tokens(text)
    mentions = find_actors([t.group() for t in tokens], article_date, breaks=breaks)
    actors: list[str] = []
    parts: list[str] = []
    cursor = 0
    for mention in mentions:
        iso3 = _iso3(mention.code)
        if iso3 is None or mention.start >= len(tokens):
            continue
        begin = tokens[mention.start].start()
        own_end = min(mention.start + max(1, len(mention.text.split())), mention.end, len(tokens))
        last = tokens[own_end - 1]   # the actor's own words, not a sector word the gazetteer attached
        end = last.end()
        if len(last.group()) == 1 and last.group().isupper() and text[end:end + 1] == ".":
            end += 1   # "U.S." and "U.K." keep their final period inside the placeholder
        if "(" in text[begin:end] and ")" not in text[begin:end] and text[end:end + 1] == ")":
            end += 1   # "The United States of America (USA)": the gazetteer's name ends at the abbreviation, its bracket too
        if begin < cursor:
            continue
        parts.append(text[cursor:begin].lower().replace("@", " "))   # '@' marks placeholders only
        parts.append(f"@{len(actors)}")
        actors.append(iso3)
        cursor = end
    parts.append(text[cursor:].lower().replace("@", " "))
    for match in re.finditer(r"democratic people's (?:republic of )?@(\d+)", "".join(parts)):
        if actors[int(match.group(1))] == "KOR":   # the gazetteer reads only "Korea" in the DPRK's long name
            actors[int(match.group(1))] = "PRK"
    template = re.sub(r"\b(?:the\s+)?(?:republic|kingdom|state|commonwealth|federation|union) of (?:the\s+)?(?=@\d)", "",
                      "".join(parts))
    template = re.sub(r"\bthe\s+(?=@\d)", "", template)
    template = re.sub(r"\b(?:mr|mrs|ms|dr)\.?\s+(?=@\d)", "", template)   # "Mr Xi and Mr Putin met": the leaders' states
    template = re.sub(r"(@\d+)(?:\s?[´`]|\s)s\b", r"\1's", template)   # "Vietnam´s", "Russia s top client"
    template = _refer(template, actors, previous)
    # a relative clause says what its state is: "Russia, which has been Vietnam's key arms provider" reads as "Russia
    # has been Vietnam's key arms provider", "... from the United States, which accounts for 17.95% of Brazilian
    # imports" as "the United States accounts for ..."
    template = re.sub(r"(@\d+)\s*,\s*(?:which|who)\s+(?=(?:is|was|has been|had been|remains|remained|became|has become|"
                      r"accounts for|accounted for|makes up|made up|represents|represented)\s)", r"\1 ", template)
    # "the only ally of the hermit kingdom and its main trade partner": its = the state just named after "of"
    template = re.sub(r"(\bof\s+(@\d+)\s+and\s+)its\b", r"\1\2's", template)
    years, span = _years(original)
    # a pronoun before the sentence names any state points back: "It depends on the US for arms", "According to the SIPRI
    # report, its top three customers are Qatar, ...": it = the previous sentence's subject, not a state named after it
    leading_pronoun = re.match(r"[^@]*?\b(?:it|its|they|their)\b", template) is not None
    if leading_pronoun and previous is not None and previous.antecedent:
        antecedent = previous.antecedent
    else:
        antecedent = _subject(template, actors) or (previous.antecedent if previous else None)
    named = tuple(article.recent) if article is not None else ()
    if article is not None:
        article.remember(actors)
    owner = article.owner if article is not None else None
    flow = _FLOW_OWNER.search(template)
    if flow and article is not None:
        article.owner = actors[int(next(g for g in flow.groups() if g is not None))]
    if article is not None:
        article.subject = antecedent
    if previous is not None and previous.prior is not None:
        previous.prior.prior = None   # keep two sentences of context, not a chain through the whole article
    ranked = dict(article.ranked) if article is not None else {}
    return Sentence(original, template, actors, article_date, antecedent, _carried(previous), years, span, previous,
                    owner, named, ranked)


def _carried(previous: Sentence | None) -> str | None:
    """The state a sentence carries from the one before (`Sentence.previous`): that sentence's subject, unless it ranked
    that subject as a partner of "the country" (`_RANKED_SUBJECT`; claims round 144). Then it is the country that
    sentence means, or none when the article has not named it: "China is the country's biggest supplier of imported
    goods ..." then "Other major import partners include Japan, Indonesia, the United States, and Thailand"
    (held134-007) made China the owner of four partners of the Philippines', which the row never names; "Korea emerged
    as the second biggest supplier of imports ..., followed by Japan" after "China has remained the country's top
    supplier" (held117-004) likewise."""
    if previous is None:
        return None
    if any(previous.actor(f"@{m.group('p')}") == previous.antecedent
           for m in _RANKED_SUBJECT.finditer(previous.template)):
        country = previous.actor("the country's")
        return country if country != previous.antecedent else None
    return previous.antecedent
