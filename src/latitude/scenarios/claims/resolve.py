"""Which state a sentence means when it does not name it: an article-level resolver (fifteenth round).

The gazetteer (`coding.gazetteer`) finds names, demonyms, capitals and office holders in one sentence. A
reader also resolves what the sentence only points at, from what the article said before. `Article` keeps,
over the whole article, the states named so far (most recent first), and
`rewrite` writes the state into the sentence before the gazetteer reads it:

- a description with a region ("the Asian country", "the South American country", "the Southeast Asian
  nation's", "the Gulf kingdom"): the nearest state of that region named before it in the sentence, else in
  the article, else later in the sentence ("Japan is the Southeast Asian nation's second biggest importer,
  ... many key Vietnamese products"). Regions are the Correlates of War state-number blocks (2-165 the
  Americas, 200-399 Europe, 400-626 Africa, 630-698 the Middle East, 700-899 Asia, 900-990 Oceania),
  split as COW numbers them;
- "the latter" (not "the latter half"): the last state named before it;
- "the mainland": China, in an article or sentence that names China;
- a region's states counted ("all five Central Asian states"): the region's states today, when the count is theirs;
- "the country", "the nation" (also opening the sentence; not the possessive, which `Sentence.actor` reads, nor one a
  relative clause describes, "The country that most consistently votes ..."): the state whose trade the article
  last told (`Article.owner`), else the previous sentence's subject, when the sentence does not name it ("China, Russia
  and Italy were the main supplier of arms to the country" after "Pakistan was ... ranked the eleventh largest arms
  importer");
- "the kingdom", "the island nation", "the emirate", "the sultanate", "the archipelago", "the republic"
  (not "the United Kingdom", "the Republic of ..."): read as "the country" (the possessive too: "the Kingdom's total
  exports" is "the country's");
- "this country", "that country" (nation, state): the nearest state named before it outside its own
  clause, else the last one the article named that the sentence does not ("Azerbaijan purchases 17 percent
  of the weapons of this country" after "... purchasing arms from Israel");
- a country name written in lower case ("russia became Armenia's number one trading partner"), except
  names that are also common words (turkey, chad, jordan, georgia, guinea, china);
- abbreviations the gazetteer lacks: "SA" (South Africa, or Saudi Arabia in an article that names it),
  "PNG", "RoK".
People are the gazetteer's (leaders table, office holders with a title and demonym).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from latitude import countries
from latitude.coding.gazetteer import find_actors
from latitude.errors import LatitudeError
from latitude.scenarios.claims._patterns import count_of

_TOKEN = re.compile(r"[A-Za-z0-9]+")
RECENT = 12   # states the article memory keeps, most recent first


def _blocks(*spans: tuple[int, int]) -> frozenset[int]:
    return frozenset(n for a, b in spans for n in range(a, b + 1))


# COW state-number blocks per region word ("Asian" is 700-899: South, East, Central and Southeast Asia)
_REGIONS = {
    "asian": _blocks((700, 899)),
    "east asian": _blocks((710, 740)),
    "northeast asian": _blocks((710, 740)),
    "southeast asian": _blocks((775, 775), (800, 860)),
    "south asian": _blocks((750, 771), (780, 790)),
    "central asian": _blocks((701, 705)),
    "south american": _blocks((100, 165)),
    "latin american": _blocks((40, 42), (70, 165)),
    "central american": _blocks((80, 95)),
    "north american": _blocks((2, 2), (20, 20), (70, 70)),
    "caribbean": _blocks((31, 60)),
    "european": _blocks((200, 399)),
    "eastern european": _blocks((290, 369)),
    "baltic": _blocks((366, 368)),
    "balkan": _blocks((339, 346), (355, 355)),
    "nordic": _blocks((375, 395)),
    "scandinavian": _blocks((375, 395)),
    "african": _blocks((400, 626), (651, 651)),
    "north african": _blocks((600, 626), (651, 651)),
    "middle eastern": _blocks((630, 698)),
    "gulf": _blocks((630, 630), (645, 645), (670, 670), (690, 698)),
    "arab": _blocks((600, 626), (645, 645), (651, 652), (660, 663), (670, 698)),
    "pacific": _blocks((900, 990)),
}
_REGION_WORDS = "|".join(sorted((w.replace(" ", r"[\s-]+") for w in _REGIONS), key=len, reverse=True))
_DESCRIBED = re.compile(
    rf"\b[Tt]he\s+(?:(?:small|tiny|landlocked|oil-rich|energy-rich|resource-rich|impoverished|communist|neighbou?ring|"
    rf"island|coastal|wealthy|poor)\s+)*(?P<region>{_REGION_WORDS}|south-east\s+asian)\s+(?:island\s+)?"
    rf"(?:country|nation|state|kingdom|republic|emirate|monarchy|economy)(?P<poss>'s|’s)?(?![\w-])", re.IGNORECASE)
_LATTER = re.compile(r"\b[Tt]he\s+latter(?P<poss>'s|’s)?(?![\w-])(?!\s+(?:half|part|parts|stages?|years?|periods?|case|"
                     r"category|group|two|one|option|type|days?|months?|decades?|of)\b)")
_THIS = re.compile(r"\b(?:this|that)\s+(?:country|nation|state)(?P<poss>'s|’s)?(?![\w-])", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\s[–—-]{1,2}\s|,\s+(?:while|whereas|but)\s|\.\s")
# "the country" in a sentence, or "The country" opening it ("The country is thus the most important business partner for the
# Czech Republic"), not "The country that most consistently votes with Israel", which points forward
_THE_COUNTRY = re.compile(r"(?:\bthe|^The) (?:country|nation)(?P<poss>)\b(?!'|’|-)(?!\s+(?:that|which|who|whose)\b)")
# a noun that stands for a state the article named before, read as "the country" ("12 percent of the Kingdom's total
# exports", "the main suppliers of arms to the Kingdom", "the island nation's largest trading partner"); not a state's own
# name ("the United Kingdom", "the Republic of Korea", "the Islamic Republic"), nor a bare "the island", which is as often a
# part of a state (Hainan, Crimea) and which, read as "the country", took the wrong state in held34-027 ("While Sri
# Lanka's largest export market, the US buys ..., 10.4 percent of the island's exports ...": the US)
_STATE_NOUN = re.compile(r"\b(?P<t>[Tt])he\s+(?:island\s+(?:nation|state|country)|kingdom|emirate|sultanate|archipelago|"
                         r"republic)(?P<poss>'s|’s)?(?![\w-])(?!\s+of\b)", re.IGNORECASE)
_MAINLAND = re.compile(r"\b[Tt]he\s+mainland(?P<poss>'s|’s)?(?![\w-])(?!\s+(?:of|chinese|china)\b)")
_REGION_GROUP = re.compile(rf"\b(?:all\s+)?(?:the\s+)?(?P<n>two|three|four|five|six)\s+(?P<region>{_REGION_WORDS})\s+"
                           rf"(?:states|countries|nations|republics)\b", re.IGNORECASE)
_AMBIGUOUS = frozenset({"turkey", "chad", "jordan", "georgia", "guinea", "china"})
_ABBREVIATIONS = {"PNG": "Papua New Guinea", "RoK": "ROK"}


@dataclass
class Article:
    """What the article has named so far (see the module doc)."""

    recent: list[str] = field(default_factory=list)      # ISO3, most recent first
    owner: str | None = None   # whose trade, ranking or shares the article last told (`_text.read`, `find_claims`)
    subject: str | None = None   # the previous sentence's subject (`_text.read`)
    ranked: dict[str, tuple[int, str | None]] = field(default_factory=dict)   # the places the last sentence gave the
    # owner's partners, partner -> (rank, flow) (`find_claims`): "China is the largest buyer. It is followed by Japan"

    def remember(self, states: list[str]) -> None:
        """Record a sentence's states (in reading order)."""
        for code in states:
            if code in self.recent:
                self.recent.remove(code)
            self.recent.insert(0, code)
        del self.recent[RECENT:]


@lru_cache(maxsize=1)
def _lower_names() -> re.Pattern:
    names = set()
    for row in countries.state_table().itertuples():
        if row.end is None or str(row.end) in ("<NA>", "nan") or int(row.end) >= 1990:
            for name in (row.name, row.short_name):
                if isinstance(name, str) and re.fullmatch(r"[A-Za-z ]{4,}", name) and name.lower() not in _AMBIGUOUS:
                    names.add(name.lower())
    return re.compile(r"(?<![\w@'-])(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")(?![\w-])")


@lru_cache(maxsize=512)
def _cow(iso3: str) -> int | None:
    try:
        return countries.resolve(iso3, scheme="iso3").cow
    except LatitudeError:
        return None


@lru_cache(maxsize=512)
def name_of(iso3: str) -> str | None:
    """A name the gazetteer reads back as `iso3` (None when it reads none)."""
    try:
        country = countries.resolve(iso3, scheme="iso3")
    except LatitudeError:
        return None
    for name in (country.name, country.iso3):
        if [code for _, code in states_in(name)] == [iso3]:
            return name
    return None


# Punctuation between two words that ends a clause, as `coding.eventness.clause_breaks` reads the coder's sentences: a
# comma, semicolon, colon, bracket, quote or question mark, or a dash ("Georgia (Geostat)", "added to Uruguay, Mercosur
# represents", "exports to China: Yearbook"), and the end of a sentence when a text of several is read at once (a
# period after a word of three lower-case letters or more, not an abbreviation's: "from China. Photo:", not "Gen.").
# The word tokens drop it; without it the gazetteer reads a state's name and the capitalised word after the punctuation
# as a person's first name and surname (actors round 78).
_CLAUSE_GAP = re.compile(r"[,;:()\"“”?]|\s-+\s|--|[–—]|(?<=[a-z]{3})[.!]\s")


def gazetteer_tokens(text: str) -> tuple[list[re.Match[str]], frozenset[int]]:
    """The word tokens of `text` (a hyphen splits words: "India-China") and the positions of those that start a clause
    after punctuation the tokens drop (`find_actors`' `breaks`), so the gazetteer reads the claim checker's sentence as
    it reads the coder's."""
    tokens = list(_TOKEN.finditer(text.replace("-", " ")))
    breaks = frozenset(
        i for i in range(1, len(tokens)) if _CLAUSE_GAP.search(text, tokens[i - 1].end(), tokens[i].start())
    )
    return tokens, breaks


def states_in(text: str, date: dt.date | None = None) -> list[tuple[int, str]]:
    """(character offset, ISO3) of each state the gazetteer finds in `text`."""
    tokens, breaks = gazetteer_tokens(text)
    mentions = find_actors([t.group() for t in tokens], date, breaks=breaks)
    out = []
    for mention in mentions:
        code = mention.code
        if len(code) == 3 and code.isalpha() and code.isupper() and _cow(code) is not None and mention.start < len(tokens):
            out.append((tokens[mention.start].start(), code))
    return out


def _region(words: str) -> frozenset[int]:
    return _REGIONS[re.sub(r"[\s-]+", " ", words.lower()).replace("south east", "southeast")]


@lru_cache(maxsize=64)
def _members(region: frozenset[int]) -> tuple[str, ...]:
    """ISO3 of the states of a region today (the COW state table's rows with no end)."""
    out = []
    for row in countries.state_table().itertuples():
        if int(row.cow) in region and (row.end is None or str(row.end) in ("<NA>", "nan")) and isinstance(row.iso3, str):
            out.append(row.iso3)
    return tuple(dict.fromkeys(out))


def _clause(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def _pick(candidates: list[str], region: frozenset[int] | None) -> str | None:
    for code in candidates:
        if region is None or _cow(code) in region:
            return code
    return None


def _put(text: str, match: re.Match, code: str | None) -> str:
    name = name_of(code) if code else None
    if name is None:
        return text
    return text[: match.start()] + name + (match.group("poss") or "") + text[match.end():]


def rewrite(text: str, date: dt.date | None, article: Article | None) -> str:
    """`text` with the states it only points at written in by name (see the module doc)."""
    recent = article.recent if article else []
    if re.search(r"[a-z]{4}", text):
        text = _lower_names().sub(lambda m: m.group(0).title() if m.group(0).islower() else m.group(0), text)
    if re.search(r"\b(?:SA|PNG|RoK)\b", text):
        saudi = "SAU" in recent or "Saudi" in text
        text = re.sub(r"\b(SA|PNG|RoK)\b(?!-)", lambda m: _ABBREVIATIONS.get(m.group(1)) or
                      ("Saudi Arabia" if saudi else "South Africa"), text)
    group = _REGION_GROUP.search(text)
    if group:
        members = _members(_region(group.group("region")))
        names = [name_of(code) for code in members]
        if len(members) == count_of(group.group("n")) and all(names):
            text = text[: group.start()] + ", ".join(names[:-1]) + " and " + names[-1] + text[group.end():]
    mainland = _MAINLAND.search(text)
    if mainland and ("CHN" in recent or "CHN" in [code for _, code in states_in(text, date)]):
        text = _put(text, mainland, "CHN")
    if article is not None:
        text = _STATE_NOUN.sub(lambda m: f"{m.group('t')}he country" + ("'s" if m.group("poss") else ""), text)
    the = _THE_COUNTRY.search(text)
    if the and article is not None:
        own = {code for _, code in states_in(text, date)}
        text = _put(text, the, next((c for c in (article.owner, article.subject) if c and c not in own), None))
    for pattern in (_DESCRIBED, _LATTER, _THIS):
        match = pattern.search(text)
        if match is None:
            continue
        masked = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end():]
        named = states_in(masked, date)
        before = [code for at, code in named if at < match.start()][::-1]
        if pattern is _DESCRIBED:
            after = [code for at, code in named if at > match.end()]
            text = _put(text, match, _pick(before + recent + after, _region(match.group("region"))))
        elif pattern is _LATTER:
            text = _put(text, match, _pick(before + recent, None))
        else:
            start = _clause(text, match.start())
            own = {code for at, code in named if at >= start}
            outside = [code for at, code in named if at < start][::-1]
            sentence = {code for _, code in named}
            text = _put(text, match, _pick([c for c in outside if c not in own] +
                                           [c for c in recent if c not in sentence], None))
    return text
