"""Actor gazetteer: finds countries, capitals, leaders and organisations in a sentence.

Tables:
- heads of state and government from 2016 on, from latitude's packaged leaders table
  (`latitude.leaders`, one cited row per spell): "Lee Jae-myung", "President Lee", "Prime Minister
  Takaichi", "Takaichi" with their terms;
- `data/actors_extra.tsv`: our hand-kept table of other office holders (foreign and defence
  ministers, among them the foreign ministers of the leaders table's states from 2016, earlier terms), capitals used for governments, organisations (PLA, JSDF, USFK, KCNA ...)
  and IGOs, each row with its source; these two override the Phoenix rows for the same phrase.
  Institutional metonyms and bodies (PLOVER round 21): US bodies named without the state ("Treasury
  Department", "OFAC", "USAID"), seats of government ("Foggy Bottom", "Downing Street", "Elysee",
  "Quai d'Orsay"), "the Jewish state", "the Arab coalition"; the "Foreign Office", which Britain and
  Germany both have, is only a sector word (`agents.tsv`).
- `data/igo_officials.tsv`: officials of international organisations the development actors sets name (the UN
  Secretary-General, NATO's secretary general, the IMF's managing director, the EU's High Representative ...) with
  the terms of their office (actors round 46), read after every other table and added to the terms of the same
  phrase: the organisation's term counts only when it is in force on the article's date ("Kaja Kallas" or "Rutte" in
  2025), else the phrase's other terms decide as before (`_igo_term`; with no date, a sentence that names an
  international organisation counts the organisation's term too, actors round 47); each row cites the page that states its term
  (last column `url`, not read).
- `phoenix_actors.tsv`: country names, adjectives and cities and dated government/military office holders
  derived from PETRARCH2's Phoenix country dictionary (to 2014, terms written YYMMDD or YYYYMMDD: "Hu
  Jintao"), plus Gleditsch-Ward capitals.
- two person tables that only add terms (`SUPPLEMENTS`: a phrase another table gives another state keeps
  that state): `leaders_wikidata.tsv`, heads of state and government of the states outside the leaders
  table in office from about 2015 (Wikidata via every-politician-scrapers/world-leaders-2021, terms in
  whole years: "Andrzej Duda", "President Ruto", "Pashinyan"), and `archigos_actors.tsv`, the effective
  leader of every state 1875-2015 derived by `build.build_archigos_table` from Archigos 4.1 in the
  mirror ("Gorbachev", "Nehru", "Hasina Wazed"; a last name alone only for terms that ended after 1950
  and when no other state's leader bears it, it is no word and no given name); `ministers_wikidata.tsv`,
  heads of state and government, deputies and foreign, defence and trade ministers of 56 states since
  about 2000 with their terms (Wikidata via the every-politician-scrapers repositories, built by
  `build.build_minister_table`: "Raychelle Omamo", "Zarif"), and `places_geonames.tsv`, first-level
  divisions, cities of 15,000 people or more and their other spellings whose name no other state's place
  bears (GeoNames via `build.build_place_table`: "Tamil Nadu", "Balochistan", "Rameswaram", "Arbil"; no
  sector), and `factbook_holders.tsv`, heads of
  state and government, vice presidents and deputy prime ministers of every state, each state's ambassador
  in Washington and the US ambassador in each state, with the days their terms began, from the CIA World
  Factbook's 2015-2025 editions (public domain, built by `build.build_factbook_table`: "Sanae Takaichi"
  from 2025-10-21, "Friedrich Merz", "Kang Kyung-wha"), and `places_towns.tsv`, GeoNames' places of 5,000
  people or more and their spellings (2018) and first-level divisions without GeoNames' type word, whose
  name no other state's place bears (`build.build_town_table`, actors round 22: "Kargil", "Avdiivka", "Tigray").
A leader's name followed by a word such as "Airport", "University" or "Foundation" (`NAMED_AFTER`) names
a place or body, not the person ("Jomo Kenyatta International Airport").
- `agents.tsv`: sector words ("foreign ministry", "navy", "lawmakers" ...) that refine an adjacent actor.
A surname too common to stand alone ("Kim", `SHARED_SURNAMES`) resolves only to the one person of
that surname the article named in full (`known`), never by date. Leaders resolve against the article date: "President Lee" is Lee Jae-myung from 2025-06-04 and
Lee Myung-bak in 2008-2013; a leader named outside any term keeps the country but no sector.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from latitude.coding.dates import MONTH_NAMES, WEEKDAY_NAMES
from latitude.coding.text import fold, tokens
from latitude.countries import known_names, state_table

MAX_PHRASE = 6
# Tables that add terms to the others but never take a phrase from them: heads of state and government
# after 2015 outside the leaders table (Wikidata), effective leaders 1875-2015 (Archigos), ministers of 56
# states since about 2000 (Wikidata), first-level divisions and large cities (GeoNames) and the heads, deputies
# and Washington envoys of every state in the CIA World Factbook's 2015-2025 editions, and GeoNames' smaller
# towns and divisions named without their type word (actors round 22).
TOWNS = "places_towns.tsv"
SUPPLEMENTS = ("leaders_wikidata.tsv", "archigos_actors.tsv", "ministers_wikidata.tsv", "places_geonames.tsv",
               "factbook_holders.tsv", TOWNS)
IGO_OFFICIALS = "igo_officials.tsv"  # read last: its terms are added to every table's for the phrase
SHORT_LETTERS = 3  # phrases this short ("US", "UN", "EU") must be written in capitals


@dataclass(frozen=True)
class _Entry:
    code: str
    sector: str | None
    start: str
    end: str
    town: bool = False  # from `places_towns.tsv` (read only in a place context, `_place_context`)


@dataclass(frozen=True)
class Mention:
    """An actor found in a sentence: token span [start, end), code (ISO3, IGO, NGO) and sector."""

    start: int
    end: int
    code: str
    sector: str | None
    text: str
    person: bool = False  # a named office holder ("Lee Jae-myung", "Prime Minister Takaichi")
    office: bool = False  # a leader named only by the office ("the Emir of Kuwait", "the Saudi crown prince")


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(tokens(phrase))


@lru_cache(maxsize=1)
def _longest_by_first_word() -> dict[str, int]:
    """Longest phrase length (in tokens) per first word, so most tokens are skipped at once."""
    longest: dict[str, int] = {}
    for key in _tables()[0]:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


FAMILY_NAME_FIRST = frozenset({"KOR", "PRK", "CHN", "TWN"})  # "Lee Jae-myung": the surname is "Lee"
_NO_TITLE = frozenset({"Monarch", "Emperor"})
_PATRONYMIC = frozenset({"bin", "ibn", "bint"})  # "Salman bin Abdulaziz", "Mohammed bin Salman"
# A head of state the leaders table lists for several states at once, a personal union (the Commonwealth realms'
# monarch: Australia, Canada and the United Kingdom in the table), is read as the head of the state whose office
# it is; the other realms keep their governments. Without it "King Charles III" read as Australia, the first row.
_UNION_SEAT = {"Monarch": "GBR"}
_MONARCH_STYLES = ("King", "Queen")  # how a monarch is written: "King Charles III", "Queen Elizabeth"
_REGNAL = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
# Surnames too common, or too much like other words, to stand alone for a leader ("May" is a month).
SHARED_SURNAMES = frozenset({"Kim", "Park", "Choi", "Han", "Hwang", "Li", "Wang", "May", "Johnson", "Ma"})


def leader_rows() -> list[tuple[str, str, str, str, str]]:
    """(phrase, ISO3, sector, start, end) rows for heads of state and government from 2016 on, from
    latitude's packaged leaders table (`latitude.leaders`): the full name, title + full name, title +
    surname ("President Lee", "Prime Minister Takaichi") and the surname alone. `end` is the day after
    the last day in office (the table counts both ends, the gazetteer's terms end before `end`)."""
    from latitude import leaders

    rows = []
    table = leaders.since_2016()
    holders = table.groupby(["leader", "startdate"])["iso3"].transform("nunique")
    for row, shared in zip(table.itertuples(), holders):
        if shared > 1 and _UNION_SEAT.get(row.title, row.iso3) != row.iso3:
            continue
        name = fold(row.leader)
        parts = name.replace("-", " ").split()
        start = row.startdate.isoformat()
        end = (row.enddate + dt.timedelta(days=1)).isoformat() if row.enddate is not None else ""
        phrases = {name}
        if len(parts) > 2 and parts[1] in _PATRONYMIC and row.title not in _NO_TITLE:
            # "King Salman" for Salman bin Abdulaziz: an Arabic name "X bin Y" is called by its given name after
            # each of the row's titles ("King and Prime Minister"; thirty-first round, from held-out 31's b074-b079)
            phrases |= {f"{title} {parts[0]}" for title in row.title.split(" and ")}
        if row.title not in _NO_TITLE and len(parts) > 1:
            surname = name.split()[0] if row.iso3 in FAMILY_NAME_FIRST else name.split()[-1]
            phrases |= {f"{row.title} {name}", f"{row.title} {surname}"}
            if (row.iso3 in FAMILY_NAME_FIRST or len(name.split()) == 2) and surname not in SHARED_SURNAMES:
                phrases.add(surname)
        if row.title == "Monarch":
            regnal = " ".join(p for p in parts if p.lower() not in _REGNAL)
            phrases |= {f"{style} {given}" for style in _MONARCH_STYLES for given in (name, regnal)}
        rows.extend((phrase, row.iso3, "government", start, end) for phrase in phrases)
    return rows


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, ...], list[_Entry]], dict[tuple[str, ...], str]]:
    data = resources.files("latitude.coding") / "data"
    actors: dict[tuple[str, ...], list[_Entry]] = {}
    overridden: set[tuple[str, ...]] = set()
    sources = [("leaders", leader_rows())] + [
        (name, [tuple(line.split("\t")[:5]) for line in (data / name).read_text(encoding="utf-8").splitlines()[1:]])
        for name in ("actors_extra.tsv", "phoenix_actors.tsv", *SUPPLEMENTS, IGO_OFFICIALS)
    ]
    main_codes: dict[tuple[str, ...], set[str]] = {}
    for name, rows in sources:
        if name in SUPPLEMENTS and not main_codes:
            main_codes = {key: {e.code for e in entries} for key, entries in actors.items()}
        for phrase, code, sector, start, end in rows:
            key = _key(phrase)
            if not key or len(key) > MAX_PHRASE:
                continue
            if name in SUPPLEMENTS:
                if main_codes.get(key, {code}) != {code}:
                    continue  # a phrase the other tables give another state ("Lee", a city) keeps theirs
            elif name != "phoenix_actors.tsv":
                overridden.add(key)
            elif key in overridden:
                continue
            actors.setdefault(key, []).append(_Entry(code, sector or None, start, end, name == TOWNS))
    agents = {}
    for line in (data / "agents.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        phrase, sector = line.split("\t")
        agents[_key(phrase)] = sector
    return actors, agents


@lru_cache(maxsize=1)
def tables_date() -> dt.date:
    """The latest day the leader and office-holder tables record a term starting: the date they are current
    to. An undated article with no year of its own is read as of it (`coder.code_article`, coder round 43), so
    that "Lee" and "Xi" resolve to the terms then in force, the reading a user pasting an opinion piece expects,
    the same on every day the tables are unchanged."""
    starts = [e.start for entries in _tables()[0].values() for e in entries if e.start]
    return dt.date.fromisoformat(max(starts)[:10])


# The bare titles a head of state or government's office is written as ("the president", "the chancellor", "the
# king"), by the office the leaders tables give it: latitude's leaders table's `title`, the Wikidata table's source
# note ("Wikidata: President of Egypt, 2014-"); "Acting" and "Federal" dropped, "King and Prime Minister" both, a
# monarch every monarch's style (coder round 69).
# Every style a monarch is written with (also `context`'s "the monarch", "the sovereign").
MONARCH_TITLES = (("king",), ("queen",), ("emir",), ("amir",), ("sultan",), ("monarch",))
_OFFICE_TITLES = {
    "president": (("president",),), "prime minister": (("prime", "minister"),), "chancellor": (("chancellor",),),
    "premier": (("premier",),), "king": (("king",),), "emperor": (("emperor",),), "taoiseach": (("prime", "minister"),),
    "monarch": MONARCH_TITLES,
}
_OFFICE_PREFIXES = ("acting ", "federal ")
_NAME_FILLERS = frozenset({"al", "el", "bin", "ibn", "bint", "de", "da", "van", "von"})


def _office_titles(office: str) -> tuple[tuple[str, ...], ...]:
    titles: tuple[tuple[str, ...], ...] = ()
    for part in office.lower().split(" and "):
        for prefix in _OFFICE_PREFIXES:
            part = part.removeprefix(prefix)
        titles += _OFFICE_TITLES.get(part.strip(), ())
    return titles


@lru_cache(maxsize=1)
def leader_offices() -> dict[tuple[str, str], frozenset[tuple[str, ...]]]:
    """(lower-case word of a leader's name, ISO3) -> the bare titles of the offices the leaders tables give
    the heads of state and government of that state whose names hold the word: ("obama", "USA") -> {("president",)},
    ("khalifa", "ARE") -> {("president",)}. A story that names "Obama" or "Sheikh Khalifa" with no title and then
    writes "The president visits Japan ..." or "The President will be the guest of the queen" means him
    (`context.ArticleContext`, coder round 69)."""
    from latitude import leaders

    named: list[tuple[str, str, str]] = [(row.leader, row.iso3, row.title) for row in leaders.since_2016().itertuples()]
    data = resources.files("latitude.coding") / "data"
    for line in (data / "leaders_wikidata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        phrase, code, _, _, _, note = (line.split("\t") + [""] * 6)[:6]
        if note.startswith("Wikidata: "):
            named.append((phrase, code, note.removeprefix("Wikidata: ").split(" of ")[0].split(",")[0]))
    offices: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for name, code, office in named:
        titles = _office_titles(office)
        for word in fold(name).lower().replace("-", " ").split():
            if titles and len(word) >= 3 and word not in _NAME_FILLERS:
                offices.setdefault((word, code), set()).update(titles)
    return {key: frozenset(titles) for key, titles in offices.items()}


# Words after a leader's name that make it the name of a place or body named after him ("Jomo Kenyatta
# International Airport", "the Nelson Mandela Foundation"): no person, no state (dev: PLOVER news B).
NAMED_AFTER = frozenset(
    "International Airport University Street Avenue Road Stadium Hall Bridge Square Foundation Center Centre "
    "Library Memorial Museum Institute School College Hospital Prize Award".split()
)
STRICT_SURNAME_LETTERS = 4  # a one-word leader name this short ("Lee", "Xi", "Moon") is a common surname


def _resolve(entries: list[_Entry], date: dt.date | None, strict: bool = False) -> _Entry | None:
    """Pick the entry in force on `date` (leaders), else a timeless one, else the latest former term.

    `strict` (a short surname alone): only a term in force on a known date counts, else None.
    """
    if strict:
        day = date.isoformat() if date is not None else None
        current = [e for e in entries if day and (not e.start or e.start <= day) and (not e.end or day < e.end)]
        return max(current, key=lambda e: e.start) if current else None
    dated = [e for e in entries if e.start or e.end]
    timeless = [e for e in entries if not (e.start or e.end)]
    if dated:
        if date is None:
            return max(dated, key=lambda e: e.start)
        day = date.isoformat()
        current = [e for e in dated if (not e.start or e.start <= day) and (not e.end or day < e.end)]
        if current:
            return max(current, key=lambda e: e.start)
        if timeless:
            return timeless[0]
        earlier = [e for e in dated if e.start <= day] or dated
        former = max(earlier, key=lambda e: e.start)
        return _Entry(former.code, None, former.start, former.end)
    with_sector = [e for e in timeless if e.sector]
    return (with_sector or timeless)[0]


_YEAR = re.compile(r"(1[89]\d\d|20\d\d)(s?)")


def named_years(raw_tokens: list[str]) -> list[tuple[int, int]]:
    """The years a sentence names, each as a (first, last) span: "in 1972" (1972, 1972), "the 1980s" (1980, 1989);
    only years from 1875, the first of the leader tables, on."""
    spans = []
    for word in raw_tokens:
        match = _YEAR.fullmatch(word)
        if match and int(match.group(1)) >= 1875:
            first = int(match.group(1))
            spans.append((first, first + 9 if match.group(2) and first % 10 == 0 else first))
    return spans


def _in_years(entry: _Entry, years: list[tuple[int, int]]) -> bool:
    """The term overlaps one of the named years (a term's `end` is the day after it ended)."""
    first = int(entry.start[:4]) if entry.start else 0
    last = int(entry.end[:4]) - (entry.end[5:] == "01-01") if entry.end else 9999
    return any(first <= to and since <= last for since, to in years)


@lru_cache(maxsize=1)
def _name_word_states() -> dict[str, frozenset[str]]:
    """The states of the people whose names, as the tables write them in full, have each word ("lee": Korea's Lee
    Jae-myung, Singapore's Lee Kuan Yew, Taiwan's Lee Teng-hui)."""
    states: dict[str, set[str]] = {}
    for key, entries in _tables()[0].items():
        if len(key) > 1 and all(e.start or e.end for e in entries):
            for word in key:
                states.setdefault(word, set()).update(e.code for e in entries)
    return {word: frozenset(codes) for word, codes in states.items()}


def _outside_term(key: str, entries: list[_Entry], date: dt.date | None, years: list[tuple[int, int]]) -> _Entry | None:
    """A short surname alone with no term in force on the article's date (actors round 21): the holder whose term
    covers a year the sentence names ("Kohl and Mitterrand at Verdun in 1984"), when those holders are all of one
    state; with no article date and no year named, the latest holder when the name, alone and as a word of the full
    names the tables give, is of one state only ("Modi", "Xi", "Tito" in an undated text), as a longer name
    resolves undated. A name people of two states bear ("Lee": Korea's Lee Jae-myung, Singapore's Lee Kuan Yew)
    stays unresolved without a year, and so does one whose holders' terms miss the years named."""
    if years:
        covering = [e for e in entries if _in_years(e, years)]
        return max(covering, key=lambda e: e.start) if len({e.code for e in covering}) == 1 else None
    codes = {e.code for e in entries}
    if len(codes) != 1 or _name_word_states().get(key, frozenset(codes)) != codes:
        return None
    latest = max(entries, key=lambda e: e.start)
    return latest if date is None else _Entry(latest.code, None, latest.start, latest.end)


_ARTICLES = frozenset({"al", "el"})
# Letters the press writes one way and the tables another: "Khaqan"/"Khakan", "Pashinyan"/"Pashinian"
_SPELLINGS = (("kh", "k"), ("q", "k"), ("ph", "f"), ("dh", "d"), ("y", "i"), ("ou", "u"), ("ee", "i"), ("oo", "u"))
_DOUBLED = re.compile(r"(.)\1+")
SKELETON_LETTERS = 7  # a name this long at least is matched by its skeleton ("Pashinian", not "Sisi")


def _skeleton(words: tuple[str, ...] | list[str]) -> str:
    """A name's letters as transliterations vary them: the words joined ("Amir-Abdollahian", "Amirabdollahian"), the
    Arabic article dropped ("el-Sisi", "al-Sisi"), doubled letters single ("el-Sissi") and `_SPELLINGS` alike."""
    joined = "".join(w for w in words if w not in _ARTICLES)
    for written, alike in _SPELLINGS:
        joined = joined.replace(written, alike)
    return _DOUBLED.sub(r"\1", joined)


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, tuple[str, ...]]:
    """Office holders' names by skeleton, when the skeleton is of one state's people only (the longest of their
    phrases); names shorter than `SKELETON_LETTERS` are left out, and so is a one-word name whose skeleton is that
    of a given name, the first word of a person's full name ("Mohammed" for a table's "Mohamed")."""
    by_skeleton: dict[str, set[tuple[str, ...]]] = {}
    given: set[str] = set()
    for key, entries in _tables()[0].items():
        if all(e.start or e.end for e in entries):
            if len(key) > 1:
                given.add(_skeleton(key[:1]))
            if sum(map(len, key)) >= SKELETON_LETTERS:
                by_skeleton.setdefault(_skeleton(key), set()).add(key)
    actors = _tables()[0]
    return {
        skeleton: max(keys, key=len)
        for skeleton, keys in by_skeleton.items()
        if len(skeleton) >= SKELETON_LETTERS and len({e.code for key in keys for e in actors[key]}) == 1
        and not (skeleton in given and all(len(key) == 1 for key in keys))
    }


def _spelled_otherwise(raw_tokens: list[str], words: list[str], i: int, date: dt.date | None, found: list[Mention]) -> int:
    """A name at position i the tables write otherwise (actors round 21, from the development misses "Hossein Amir
    Abdollahian" and "Amir Abdollahian" for the table's "Amirabdollahian", "Pashinian", "Shahid Khakan Abbasi"): the
    run of capitalised words (and Arabic articles) from i, four at most, whose `_skeleton` is that of one state's
    office holder, that holder; appended to `found`. The whole run or nothing, so that a given name followed by a
    surname ("Mohammed Bazoum") is never read alone, and a lone word only where a name starts (PLOVER news W078's
    "Bismillah Khan Muhammadi" is no Tunisian "Mohamadi"). Returns the position after it, else i + 1."""
    if not (raw_tokens[i][:1].isupper() and raw_tokens[i][1:].islower()):
        return i + 1
    end = i
    while end < len(words) and end - i <= 4 and (
        (raw_tokens[end][:1].isupper() and raw_tokens[end][1:].islower()) or words[end] in _ARTICLES
    ):
        end += 1
    if end - i > 4 or words[end - 1] in _ARTICLES or (end - i == 1 and i > 0 and raw_tokens[i - 1][:1].isupper()):
        return i + 1  # a lone word after a capitalised one is the end of a longer name ("Bismillah Khan Muhammadi")
    if sum(map(len, words[i:end])) < SKELETON_LETTERS:
        return i + 1  # a skeleton is never longer than the letters it is made of, and `_skeletons` has none this short
    key = _skeletons().get(_skeleton(words[i:end]))
    entry = _resolve(_tables()[0][key], date) if key is not None else None
    if entry is None:
        return i + 1
    found.append(Mention(i, end, entry.code, entry.sector, " ".join(raw_tokens[i:end]), True))
    return end


def _written_as_name(raw: list[str], phrase_letters: int, person: bool = False) -> bool:
    """Capitalised; a short phrase in capitals ('US', not 'us'), unless it names a person ('Xi', 'Lee'); the
    Arabic article may be lower case ('al-Shabab', dev K)."""
    if raw[0] in ("al", "el") and len(raw) > 1:
        raw = raw[1:]
    if not raw[0][:1].isupper():
        return False
    if phrase_letters <= SHORT_LETTERS and not person:
        return all(w.isupper() for w in raw)
    return True


# A name only the town table gives (GeoNames' places of 5,000 people, actors round 22) is a place only where the
# sentence writes it as one (actors round 22b): after a locative preposition or a verb of visiting or taking a place
# ("in Kupwara", "from Plesetsk", "the village of Selydove", "the recently captured Avdiivka"), a place noun or
# "capital" ("the capital Naypyitaw"), or a state's "'s" ("Armenia's Ijevan region"), or before a place noun ("the Kargil sector", "the Dalbandin region", "the Nagrota-based corps"). Read
# anywhere, its 30,794 one-word names were words and names that are no place ("across the Atlantic", an Iowa town;
# "Hurricane Maria", a Utah town; "Klockner Humboldt Deutz"), and the actors they added cost the is-it-an-event
# model's cross-validated recall of events on every source (docs/coding.md, "Actors round 22b").
LOCATIVES = frozenset(
    "in near at from outside around across into towards toward to of via through inside "
    "visit visits visited visiting reached entered captured seized shelled hit struck".split()
)  # the prepositions of place, and verbs whose object is a place ("captured Avdiivka", "visiting Mekelle")
PLACE_NOUNS = frozenset(
    word + ending
    for word in "district province town village region area sector base airport port valley cosmodrome corridor "
    "division governorate oblast municipality township prefecture capital border".split()
    for ending in ("", "s")
) | {"city", "cities", "county", "counties", "regional", "based", "war"}


def _arabic_family_name(raw_tokens: list[str], words: list[str], i: int) -> bool:
    """Whether the word at i is the family name of an Arabic full name, after "Al" ("the house of") that goes on
    a capitalised name: "Sheikh Sabah Khalid Al Hamad Al Mubarak Al Sabah", "Sheikh Mishal Al-Ahmad Al-Jaber
    Al-Sabah" (Kuwait's ruling family, not the Malaysian state Sabah). A place written with "Al" is read from
    "Al" ("in Al Anbar"), so it is not at i (coder round 92, from held-out 84's DH010 and 43's r007)."""
    return i >= 2 and words[i - 1] == "al" and raw_tokens[i - 1][:1] == "A" and raw_tokens[i - 2][:1].isupper()


def _place_context(raw_tokens: list[str], words: list[str], start: int, end: int, found: list[Mention]) -> bool:
    """The words around tokens [start, end) write them as a place (`LOCATIVES`, `PLACE_NOUNS`, a state's "'s"), or
    as one of a list of places that is: "the eastern towns of Maryinka, Avdiivka and Bakhmut", "the Khuzdar and
    Basima areas" (the list's names capitalised, joined by "and" or "or", four words at most either side; the
    commas are no tokens)."""
    if start > 1 and words[start - 1] == "s" and found and found[-1].end == start - 1:
        return True
    first, last = start, end
    listed = words[start - 1 : start] in (["and"], ["or"]) or words[end : end + 1] in (["and"], ["or"])
    while listed and first > 0 and start - first < 4 and (raw_tokens[first - 1][:1].isupper() or words[first - 1] in ("and", "or")):
        first -= 1
    while listed and last < len(words) and last - end < 4 and (raw_tokens[last][:1].isupper() or words[last] in ("and", "or")):
        last += 1
    before = words[first - 1] if first > 0 else ""
    after = words[last] if last < len(words) else ""
    return before in LOCATIVES or before in PLACE_NOUNS or after in PLACE_NOUNS


def find_actors(
    raw_tokens: list[str], date: dt.date | None = None, known: frozenset[tuple[str, str]] = frozenset(),
    surnames: frozenset[tuple[str, str]] | None = None, breaks: frozenset[int] = frozenset(),
    organisation: bool = False,
) -> list[Mention]:
    """Actor mentions in a sentence given its tokens in original case (see `text.raw_tokens`).

    `known`: (lower-case name word, ISO3) pairs of people the article has already named in full
    ("Lee Jae Myung" -> ("lee", "KOR")), so that a short surname alone resolves without an article
    date ("Lee met Xi" after "South Korean President Lee Jae Myung"), as a reader resolves it.
    `surnames`: (lower-case last name, ISO3) of people the article named in full before, so that a
    surname the tables do not list alone resolves too, as does one named in full earlier in the same
    sentence (`_named_surnames`); None (the default, as the claim checker calls it) leaves both out.
    `breaks`: the positions of tokens that start a clause after a comma or other punctuation the tokens drop
    (`eventness.clause_starts`), so that holders listed with commas are read as a list (`_joined_holder`); empty (the
    default) reads the tokens alone.
    `organisation`: an earlier sentence of the article named an international organisation (`context.ArticleContext`),
    so that on an undated page a name the tables hold for an organisation's office reads as its official as when the
    sentence itself names one (`_igo_term`, actors round 62).
    """
    actors, agents = _tables()
    longest = _longest_by_first_word()
    words = [w.lower() for w in raw_tokens]
    found: list[Mention] = []
    i = 0
    while i < len(words):
        if not (raw_tokens[i][:1].isupper() or words[i] in ("al", "el")):
            i += 1  # a shared surname and a couple are capitalised too: most tokens are passed here at once
            continue
        shared = _shared_surname(words[i], raw_tokens[i], known)
        if shared is not None and not any(len(key) > 1 for key in _phrases_at(actors, longest, words, i)):
            found.append(Mention(i, i + 1, shared, None, raw_tokens[i], True))
            i += 1
            continue
        couple = _couple(actors, raw_tokens, words, i, date)
        if couple is not None:
            found.append(couple)
            i += 1
            continue
        if words[i] not in longest:
            i = _spelled_otherwise(raw_tokens, words, i, date, found)
            continue
        for n in range(min(longest[words[i]], len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            entries = actors.get(key)
            person = bool(entries) and all(e.start or e.end for e in entries)
            if entries and _written_as_name(raw_tokens[i : i + n], sum(len(w) for w in key), person) and (
                not all(e.town for e in entries) or _place_context(raw_tokens, words, i, i + n, found)
            ) and (person or not _arabic_family_name(raw_tokens, words, i)):
                strict = person and n == 1 and len(key[0]) <= STRICT_SURNAME_LETTERS
                entry = _resolve(entries, date, strict)
                if entry is not None and entry.code == "IGO" and person and entry.start:
                    entry = _igo_term(
                        entries, entry, date, strict, raw_tokens, words, i, n, found, surnames, organisation
                    )
                if entry is None and strict:
                    named = [e for e in entries if (key[0], e.code) in known]
                    if named:
                        entry = _resolve(named, date)
                    elif raw_tokens[i][1:].islower():  # written as a name: "Kohl", not "LoC" (PLOVER news M)
                        entry = _outside_term(key[0], entries, date, named_years(raw_tokens))
                if entry is None:
                    i += n
                    break
                code = "IGO" if person and n == 1 and _igo_surname(words, i, surnames) else entry.code
                found.append(Mention(i, i + n, code, entry.sector, " ".join(raw_tokens[i : i + n]), person))
                i += n
                break
        else:
            i = _spelled_otherwise(raw_tokens, words, i, date, found)
    found = [m for m in found if not (m.person and m.end < len(raw_tokens) and raw_tokens[m.end] in NAMED_AFTER)]
    found = [m for m in found if not _first_of_longer_name(m, raw_tokens, words, breaks, longest, found)]
    found = [m for m in found if m.person or m.start == 0 or words[m.start - 1] not in RANKS]
    found = [m for m in found if not _place_word_in_titled_name(m, raw_tokens, words, breaks, longest, found)]
    found = [m for m in found if not _place_word_as_first_name(m, raw_tokens, words, breaks, longest, agents, found)]
    found = [m for m in found if not _former_holder_after_first_name(m, raw_tokens, words, breaks, date, found)]
    found.extend(_the_north(raw_tokens, words, found))
    found.extend(_the_koreas(raw_tokens, words, found))
    if surnames is not None:
        found = _article_surnames(actors, raw_tokens, words, found, surnames, date)
        found = _demonym_surnames(raw_tokens, words, found, surnames, date)
        found.extend(_named_surnames(raw_tokens, words, found, surnames))
        found.extend(_honorific_names(raw_tokens, words, found, known))
    found.sort(key=lambda m: m.start)
    holders: dict[int, Mention] = {}  # the tables' holders a state's office before the name makes its (round 52)
    found = sorted(found + _titled_names(raw_tokens, words, found, breaks, holders), key=lambda m: m.start)
    found = [holders.get(m.start, m) if m.person and not m.office else m for m in found]
    found = sorted(found + _joined_to_holders(raw_tokens, words, found), key=lambda m: m.start)
    found = sorted(found + _long_office_names(raw_tokens, words, found, breaks), key=lambda m: m.start)
    found = sorted(found + _names_from(raw_tokens, words, found), key=lambda m: m.start)
    found = sorted(found + _sited_places(raw_tokens, words, found), key=lambda m: m.start)
    found = _merge(_office_holders(found, raw_tokens, words), raw_tokens, agents)
    found = _igo_office_holders(found, raw_tokens, words, breaks)
    found = [_secretary_general(m, words, breaks, found) for m in found]
    found = _apposed_holders(found, raw_tokens, words)
    found = sorted(found + _appositive_names(raw_tokens, words, found), key=lambda m: m.start)
    found = sorted(found + _body_leaders(raw_tokens, words, found, breaks), key=lambda m: m.start)
    found = sorted(found + _broad_names(actors, raw_tokens, words, found, breaks), key=lambda m: m.start)
    return _attach_agents(found, words, agents)


STATE_OFFICE_HEADS = frozenset("president minister ministers premier chancellor counterpart fm".split())
STATE_OFFICE_REACH = 5  # words before the name searched for the state the office is of


def _igo_term(
    entries: list[_Entry],
    entry: _Entry,
    date: dt.date | None,
    strict: bool,
    raw_tokens: list[str],
    words: list[str],
    i: int,
    n: int,
    found: list[Mention],
    surnames: frozenset[tuple[str, str]] | None = None,
    organisation: bool = False,
) -> _Entry | None:
    """A person the tables hold as an organisation's office holder (`igo_officials.tsv`, actors round 46) is the
    organisation's only in the term of that office: on a date outside it, or with no date, the phrase's other terms
    decide (a state office before or after: "Kaja Kallas" in 2022 is Estonia's prime minister, "Josep Borrell" undated
    keeps Spain's minister, as main's tables read him), and a name the tables hold for the organisation alone is
    the organisation's undated, unread before its term ("Tedros Adhanom" in 2014, Ethiopia's foreign minister, is left
    to the state office rules), and unread undated after a state's head of state, government or minister office with
    its state right before it ("the Ethiopian counterpart, Tedros Adhanom"; actors 41 AJ033 "replacing former Chilean
    president Michelle Bachelet"). With no date, the organisation's term counts too when the sentence names an
    international organisation, no state's office with its state stands right before the name and the article did
    not name the person in full as a state's ("the European Union's new chief diplomat, Kaja Kallas", "African Union
    (AU) Commission chairperson Moussa Faki Mahamat", "Mark Rutte said NATO allies ..."; actors round 47, from actors
    41 AJ012, 42 AK010, 44 AM029 and 46 AO042), and no word of a state's post at the organisation
    (`STATE_AT_IGO_WORDS`) stands right before the name ("The EU's new foreign ministers Kaja Kallas and ...": a
    state's minister at the organisation keeps the state; actors round 47's follow-up, from actors round 44's probe)."""
    day = date.isoformat() if date is not None else None
    if day and entry.start <= day and (not entry.end or day < entry.end):
        return entry
    others = [e for e in entries if e.code != "IGO"]
    named = {code for name, code in surnames or () if name == words[i + n - 1]}
    if (
        others
        and day is None
        and not named - {"IGO"}
        and (organisation or _names_organisation(raw_tokens, words, i, i + n))
        and not _state_office_before(words, i, found)
        and not (i > 0 and words[i - 1] in STATE_AT_IGO_WORDS)
    ):
        return entry
    if others:
        return _resolve(others, date, strict)
    if day and day < entry.start:
        return None
    if day is None and i > 0 and words[i - 1] in STATE_OFFICE_HEADS and any(
        not m.person and m.code != "IGO" and i - STATE_OFFICE_REACH <= m.start < i for m in found
    ):
        return None
    return entry


def _names_organisation(raw_tokens: list[str], words: list[str], start: int, end: int) -> bool:
    """Whether the sentence names an international organisation outside the name at [start, end): a capitalised
    phrase the tables hold for `IGO` alone and with no term ("the EU's new foreign policy chief", "NATO Secretary
    General", "African Union (AU) Commission chairperson", "WHO chief"; actors round 47), or the World Health
    Organization's acronym in capitals right before an organisation's office (`IGO_OFFICE_HEADS`: "WHO chief Tedros
    Adhanom Ghebreyesus", "WHO Director-General Tedros Adhanom Ghebreyesus"), which the tables cannot hold, its word
    being the pronoun "who" (actors round 68, from actors 45 AN029 and 59 BB043)."""
    actors, _ = _tables()
    longest = _longest_by_first_word()
    for k, word in enumerate(words):
        if start <= k < end or not raw_tokens[k][:1].isupper():
            continue
        if raw_tokens[k] == "WHO" and k + 1 < len(words) and words[k + 1] in IGO_OFFICE_HEADS:
            return True
        for key in _phrases_at(actors, longest, words, k):
            entries = actors[key]
            if k + len(key) <= start or k >= end:
                if all(e.code == "IGO" and not (e.start or e.end) for e in entries):
                    return True
    return False


def _state_office_before(words: list[str], i: int, found: list[Mention]) -> bool:
    """A state's office with its state right before the name, held then or before: "Estonian Prime Minister Kaja
    Kallas", "Spain's foreign minister Josep Borrell", "former Chilean president Michelle Bachelet" (actors 41 AJ031)."""
    if not (i > 0 and words[i - 1] in STATE_OFFICE_HEADS):
        return False
    return any(not m.person and m.code != "IGO" and i - STATE_OFFICE_REACH <= m.start < i for m in found)


def _igo_surname(words: list[str], i: int, surnames: frozenset[tuple[str, str]] | None) -> bool:
    """A surname alone that the article named in full before as an international organisation's official (`surnames`
    holds it with `IGO` and with no state) stands for that official, not for the state the tables give the name (a
    former prime minister or minister): "Rutte said" after "NATO Secretary General Mark Rutte", "Kallas said" after
    "the EU's High Representative for Foreign Affairs Kaja Kallas" (actors round 45, from actors 41 AJ038, 42 AK014 and
    44 AM002-AM008, AM040). A state's office right before the surname ("former Prime Minister Rutte") keeps the
    tables' reading."""
    if not surnames or (words[i], "IGO") not in surnames:
        return False
    if any(name == words[i] and code != "IGO" for name, code in surnames):
        return False
    return not (i > 0 and words[i - 1] in OFFICE_HEADS)


def _secretary_general(mention: Mention, words: list[str], breaks: frozenset[int], found: list[Mention]) -> Mention:
    """A state's office holder in the tables named right after "Secretary General" (or "Secretary-General") with no
    state before the office is an international organisation's secretary general, `IGO`: the office is the
    organisation's, not the state's the tables give the name (a former prime minister or president: "Forum
    Secretary-General Baron Waqa" is not Nauru's president of 2013-2019, "the outgoing Secretary General Jens
    Stoltenberg" not Norway's prime minister, "Forum Secretary-General Henry Puna" not the Cook Islands' prime
    minister (whom the tables file under New Zealand, the Cook Islands having no state code); actors round 82, from
    actors sets 18-81's wrong readings: 41 AJ023, 42 AK043, 62 BE022, 70 SMX020, 74 QVA002). A state's mention right
    before the office or inside it keeps the state's reading ("Sri Lankan Defence Secretary General ...", "Hezbollah
    Secretary-General ..."), and so does the holder's state, or a place of it, named anywhere in the sentence (as
    `_former_holder_after_first_name`'s guard: the sentence is that state's affairs). Only a name whose entries are
    all dated (a state's office holder) moves: a name the tables hold undated is left."""
    start = mention.start
    if not mention.person or mention.office or len(mention.code) != 3 or mention.code in ("IGO", "NGO") or start < 2:
        return mention
    if words[start - 2 : start] != ["secretary", "general"] or any(k in breaks for k in range(start - 1, start + 1)):
        return mention
    office = start - 2
    while office > 0 and (words[office - 1] in OFFICE_WORDS or words[office - 1] in IGO_OFFICE_ADJECTIVES) and (
        office not in breaks
    ):
        office -= 1
    if any(_is_state(m) and m is not mention and office - 1 <= m.end - 1 and m.start < start for m in found):
        return mention  # a state's office: "Sri Lankan Defence Secretary General Kamal Gunaratne"
    entries = _tables()[0].get(tuple(words[start : mention.end]), [])
    if not entries or not all(e.start or e.end for e in entries):
        return mention
    codes = {e.code for e in entries if e.code != "IGO"}
    if any(_is_state(m) and m.code in codes for m in found if m is not mention):
        return mention  # the holder's state or one of its places named in the sentence: the state's person
    return Mention(mention.start, mention.end, "IGO", mention.sector, mention.text, True, mention.office)


# The offices an international organisation's own official holds, written after its name ("UN Secretary-General",
# "the EU High Representative", "NATO Secretary General", "the EU's foreign policy chief"), and the words of an office
# a state's official holds at the organisation ("UN Ambassador", "Permanent Representative to NATO", "EU foreign
# ministers"), which keep the tables' state (actors round 41).
IGO_OFFICE_HEADS = frozenset(
    "secretary general director president chairperson chairman chairwoman chair commissioner chief head "
    "representative coordinator prosecutor".split()  # "ICC Prosecutor Karim Khan" (actors round 63, actors 51 AT003)
)
STATE_AT_IGO_WORDS = frozenset(
    "ambassador ambassadors envoy envoys permanent delegate delegates minister ministers counterpart counterparts "
    "mission member members leader leaders".split()
)
IGO_OFFICE_GAP = 8  # words of the office between the organisation's mention and the name at most
# Lower-case words of an organisation's office before its head (actors round 44, from actors 42 AK013): "the European
# Union's incoming foreign policy chief Kaja Kallas", "NATO's outgoing secretary general Jens Stoltenberg".
IGO_OFFICE_ADJECTIVES = frozenset("new incoming outgoing acting interim current foreign top".split())


def _igo_office_holders(
    found: list[Mention], raw_tokens: list[str], words: list[str], breaks: frozenset[int]
) -> list[Mention]:
    """A person the tables give a state (a former leader or minister) named right after an office of an
    international organisation that the organisation's mention opens is the organisation's official, `IGO`, as the
    sets label them: "UN Secretary-General Antonio Guterres" is no Portuguese prime minister, "the EU High
    Representative for Foreign Affairs and Security Policy Josep Borrell" no Spanish minister, "Secretary General of
    the Council of Europe Marija Pejcinovic Buric" no Croatian one (actors round 41, from actors 19 N044, 33 AB024
    and 37 AF021). The office between the mention and the name is capitalised words or office words with a head
    (`IGO_OFFICE_HEADS`) and none of a state's post at the organisation (`STATE_AT_IGO_WORDS`: "UN Ambassador",
    "EU foreign ministers"), with no clause break before the name; or, with nothing between, the head stands right
    before the mention ("the President of the European Council, Charles Michel"; "Secretary General of the Council of
    Europe Marija ...") or ends the mention itself ("UN Secretary General")."""
    out = list(found)
    for k, person in enumerate(found):
        if not person.person or person.code in ("IGO", "NGO"):
            continue
        for other in found:
            if other.person or other.code != "IGO" or other.end > person.start:
                continue
            gap = range(other.end, person.start)
            if len(gap) > IGO_OFFICE_GAP:
                continue
            if any(m.start < person.start and other.end < m.end and m.code != "IGO" for m in found if m is not person):
                continue
            lead = other.start - (2 if words[other.start - 2 : other.start] == ["of", "the"] else 1)
            lead = lead - 1 if lead > 0 and words[lead] == "of" else other.start  # "High Representative of the EU"
            office = words[lead : person.start]
            if any(w in STATE_AT_IGO_WORDS for w in office):
                continue
            if gap:
                if any(j in breaks for j in range(other.end, person.start + 1)):
                    continue
                if not all(raw_tokens[j][:1].isupper() or words[j] in OFFICE_WORDS or words[j] in IGO_OFFICE_HEADS
                           or words[j] in ("s", "policy", "high") or words[j] in IGO_OFFICE_ADJECTIVES for j in gap):
                    continue
                if not any(w in IGO_OFFICE_HEADS for w in office):
                    continue
            elif words[other.end - 1] in IGO_OFFICE_HEADS and person.start not in breaks:
                pass  # the office is in the mention: "UN Secretary-General Antonio Guterres"
            else:
                before = words[max(0, other.start - 3) : other.start]
                if not (before and (before[0] in IGO_OFFICE_HEADS or (len(before) > 1 and before[1] in IGO_OFFICE_HEADS))
                        and "of" in before):
                    continue
                if any(w in STATE_AT_IGO_WORDS for w in before):
                    continue
            out[k] = Mention(person.start, person.end, "IGO", person.sector, person.text, True, person.office)
            break
    return out


# Capitalised words after a leader's one-word name that make no longer name of someone else ("the Biden Administration",
# "Putin Tuesday", "the Modi Government").
_NOT_GIVEN_NAMES = MONTH_NAMES | WEEKDAY_NAMES | frozenset(
    "administration government cabinet regime doctrine era camp family campaign team presidency premiership "
    "visit summit plan policy statement jr sr ii iii".split()
)
# Arabic name particles that go on a longer name ("Khalid bin Ahmed", "Salem Abdullah Al-Jaber Al-Sabah").
_NAME_PARTICLES = frozenset("bin bint ibn al el".split())
# Offices and forms of address written right before a person's name, never a place's ("Spokesman Nasser Kanaani").
_NAME_TITLES = frozenset(
    "spokesman spokeswoman spokesperson minister secretary ambassador envoy adviser advisor director chief head "
    "deputy commander governor counselor counsellor general gen dr mr mrs ms sheikh mp mps".split()
)


# Offices a place's name is read as a first name after, beside `_NAME_TITLES` (only for a place's or a state's name:
# a person the tables give keeps "President"): "Paraguayan President Santiago Peña", "US Deputy Secretary of State
# Victoria Nuland" (actors round 54).
_PLACE_NAME_TITLES = frozenset({"president", "mayor"})


def _place_name_title(words: list[str], start: int) -> bool:
    """Whether "President", "Mayor" or "Secretary of State" stands right before position start."""
    return words[start - 1] in _PLACE_NAME_TITLES or words[max(0, start - 3) : start] == ["secretary", "of", "state"]


def _first_of_longer_name(
    mention: Mention, raw_tokens: list[str], words: list[str], breaks: frozenset[int], longest: dict,
    found: list[Mention],
) -> bool:
    """A one-word name the tables give a state (a surname they list alone, or a Phoenix name such as "Nasser") that
    is the first word of a longer name after an office another state's name or adjective owns: it names that
    state's office holder, whose first name is that word, not the tables' person ("Iranian Foreign Ministry
    Spokesman Nasser Kanaani" is no Egyptian Nasser, "Bahrain Foreign Minister Khalid bin Ahmed ... Al Khalifa" no
    Saudi king; actors round 40, from actors 37 AF010 and 18 M002). The longer name goes on with no comma between:
    a capitalised word that starts no name or body the tables give, or an Arabic particle ("bin", "Al"); an office
    or form of address (`_NAME_TITLES`) stands right before it, and the state opens that office (`_owned_title`).
    Where no other state owns the office the table's reading stays: "Chief of Army Staff (COAS), General Qamar Javed
    Bajwa" is Pakistan's by the minister Naveed Qamar's surname, "First Deputy Foreign Minister Vladimir Titov"
    Russia's by Phoenix's "Vladimir".

    The office may be written in lower case after the state's "'s" and before a comma ("Iran's foreign ministry
    spokesman, Nasser Kanaani", actors 37 AF014), and the longer name may instead stand right before an apposition that
    gives another state's office or an organisation's own ("Nasser Kanaani, the spokesperson for Iran's Foreign
    Ministry", actors 37 AF019; "Philippe Lazzarini, the Commissioner-General of the United Nations Relief and Works
    Agency", actors 42 AK022; `_apposed_name`): then too the first word is not the tables' person, and the longer
    name is read by its office (`_appositive_names`; actors round 43).

    A place's or a state's name (no person) is a first name after two more offices another state opens
    (`_place_name_title`): "Paraguayan President Santiago Peña" is no Chilean city, "US Deputy Secretary of
    State Victoria Nuland" no Seychelles (actors round 54, from actors 53 AV008 and 39 AH003)."""
    start, end = mention.start, mention.end
    if end - start != 1 or end >= len(words) or end in breaks:
        return False
    title = start > 0 and (words[start - 1] in _NAME_TITLES or (not mention.person and _place_name_title(words, start)))
    titled = title and _owned_title(mention, raw_tokens, words, found)
    if not titled and not mention.person and start in breaks:  # a long office before a comma (actors round 55)
        office = None if words[end] in OFFICE_WORDS else _long_office_state(raw_tokens, words, found, start)
        titled = office is not None and office.code != mention.code
    if not (titled or _apposed_name(mention, raw_tokens, words, found)):
        return False
    if words[end] in _NAME_PARTICLES:
        return True
    following = raw_tokens[end]
    if not (following[:1].isupper() and following[1:].islower()) or words[end] in _NOT_GIVEN_NAMES:
        return False
    return words[end] not in longest


# Titles a person's name follows, never a place's, beside `_NAME_TITLES` and `_PLACE_NAME_TITLES`: a legislator's
# ("Rep. Jim Jordan", "MEP Jordan Bardella") and a chair's (actors round 57).
_PERSON_TITLES = _NAME_TITLES | _PLACE_NAME_TITLES | frozenset(
    "rep reps sen senator congressman congresswoman mep chairman chairwoman chairperson".split()
)
# Title words that also open a body's name ("the General Assembly, China and Russia ...", "Chief Justice",
# "Head Office"): no surname is read after a capitalised word that follows them (actors round 57, claims held10-009).
_BODY_OPENERS = frozenset("general gen chief head deputy director".split())


@lru_cache(maxsize=1)
def _one_word_state_names() -> frozenset[str]:
    """The states' names and short names of one word, in lower case ("jordan", "israel", "chad", "georgia")."""
    table = state_table()
    names = set(table["name"].dropna()) | set(table["short_name"].dropna())
    return frozenset(name.lower() for name in names if " " not in name and "-" not in name)


@lru_cache(maxsize=1)
def _one_word_capitals() -> frozenset[str]:
    """The states' capitals of one word, in lower case ("paris", "santiago", "victoria", "sofia"): the Phoenix
    table's undated government rows, the Gleditsch-Ward capitals `build.build_phoenix_table` adds."""
    rows = (resources.files("latitude.coding") / "data" / "phoenix_actors.tsv").read_text(encoding="utf-8")
    return frozenset(
        phrase.lower() for phrase, _, sector, start, *_ in (line.split("\t") for line in rows.splitlines()[1:])
        if sector == "government" and not start and " " not in phrase and "-" not in phrase
    )


# Articles and determiners: a person's name follows none of them, a place's name in a longer one does ("the Taiwan
# Strait", "the Iran Agreement", "a Beijing Brompton bike shop"; `_place_word_as_first_name`, actors round 76).
_NAME_DETERMINERS = frozenset("the a an this that these those its their our his her".split())


def _title_word(word: str, found: list[Mention], index: int) -> bool:
    """A capitalised word that may stand right before a person's name: an office or title word ("President",
    "MEP", "Affairs") or a state's word the sentence reads ("Paraguayan", "French")."""
    return word in OFFICE_WORDS or word in _PERSON_TITLES or any(m.start <= index < m.end for m in found)


# Nouns of a state's body or medium written right after its name ("Pakistan Radio", "Israel Television"), and words
# that open a clause after a state's name and a colon or dash the tokens drop ("Turkey: If ..."): neither is a surname
# (`_place_word_as_first_name`, actors round 69's guards).
_BODY_NOUNS = frozenset("radio television tv telecom press post daily today airline railway bank".split())
# Nouns of a place's institution, building or site and of a treaty written after its place's name ("Cairo
# University", "Warsaw Pact", "Canberra Hospital"): the pair names the body, not a person (actors round 77).
_PLACE_NOUNS = frozenset(
    "university college school academy institute hospital clinic airport port harbour station street road avenue "
    "square bridge stadium park hotel museum palace tower prison pact treaty accord agreement declaration convention "
    "summit conference forum protocol process club board committee commission council authority".split()
)
# Prepositions of place: a name right after one is a place's ("in Islamabad", "at Cairo University"), and a name
# after "and" or "or" that follows a place's name is the next of a list of places ("between England and Spain --
# Gibraltar") (`_place_word_as_first_name`, actors round 77).
_PLACE_PREPOSITIONS = frozenset("in at near inside outside across throughout".split())
_CLAUSE_WORDS = frozenset(
    "if when while as but and or so yet the this that these those it its he she they we i with from for after before "
    "since although though because whether what how why".split()
)


# Names of HTML character entities a scraped page leaves glued to a word when its "&" is lost ("quot;Russia
# Todayquot;"): the word is a quoted title's, not a surname (`_place_word_as_first_name`, actors round 77).
_ENTITY_NAMES = ("quot", "amp", "apos", "nbsp")


# Verbs of speech a person's name is the subject of ("Randhir Jaiswal said ...") and prepositions whose object is a
# destination or a counterpart, not the speaker's state ("talks with the United States", "a visit to Japan").
BROAD_SAID = frozenset("said says told tells added adds stated noted warned urged".split())
BROAD_OBJECT_WORDS = frozenset("to against with toward towards in on by".split())
# Words of a meeting ("met with General ...", "paid a courtesy call on ...", "a meeting with ..."): a state named across
# one from the name is the other side's, the counterpart's.
BROAD_MEETING = frozenset(
    "met meet meets meeting meetings with call called calls received receives hosted hosts".split()
)
# Nouns of force a state's word stands right before ("Cambodian rockets", "a Ukrainian drone attack", "a US ship"): the
# state is a side of the fighting the sentence reports, the attacker's or the target's, not the speaker's.
BROAD_FORCE_NOUNS = frozenset(
    "rocket rockets missile missiles drone drones attack attacks strike strikes airstrike airstrikes ship ships vessel "
    "vessels warship warships shelling artillery troops soldiers forces".split()
)
BROAD_OBJECT_REACH = 3  # lower-case words between the preposition and the state's mention at most
_BROAD_NOT_NAMES = _CLAUSE_WORDS | _NAME_DETERMINERS | frozenset("on at by of".split())
# Words a body's full title may hold between its noun and its last word ("Ministry of Foreign Affairs", "Department
# for International Development"): a name right after such a title is not read (actors round 88).
_BROAD_TITLE_JOINS = frozenset("of for and the".split())


def _broad_name_word(raw: str, word: str, actors: dict) -> bool:
    """A capitalised word that may be part of a person's name no table holds: no office, title, body, month or weekday
    word, no function word, and no phrase of the tables."""
    return (
        raw[:1].isupper() and any(c.islower() for c in raw[1:]) and word.isalpha() and word not in OFFICE_WORDS
        and word not in _TITLE_WORDS and word not in _NAME_TITLES and raw not in NOT_NAME_WORDS
        and word not in _BROAD_NOT_NAMES and (word,) not in actors
    )


def _broad_object(raw_tokens: list[str], words: list[str], start: int) -> bool:
    """The mention at `start` is the object of one of `BROAD_OBJECT_WORDS`, right after it or after lower-case words
    ("to the United States", "in the new Georgian government", "to senior Chinese leadership")."""
    for k in range(start - 1, max(start - 1 - BROAD_OBJECT_REACH, -1), -1):
        if words[k] in BROAD_OBJECT_WORDS:
            return True
        if not raw_tokens[k].islower():
            return False
    return False


def _broad_verb_object(words: list[str], m: Mention) -> bool:
    """The mention `m` stands right after a verb, "the" between or not ("criticised Pakistan", "condemned the Israeli
    regime", "said North Korea launched"): it is the verb's object or the reported clause's subject, not the speaker's
    state (actors round 88). A possessive is not: the verb's object is what the state owns ("emphasized Pakistan's
    stance")."""
    from latitude.coding.verbs import verb_form  # verbs reads this module's mentions through grammar

    if m.end < len(words) and words[m.end] == "s":
        return False
    k = m.start - 1
    if k >= 0 and words[k] == "the":
        k -= 1
    return k >= 0 and verb_form(words[k])


def _in_body_name(raw_tokens: list[str], words: list[str], start: int) -> bool:
    """The mention at `start` ends a body's own name, after "of" or "for" and a capitalised word of no office ("the
    National Union for the Total Independence of Angola"): the state is the body's, which ties no one (actors round
    88)."""
    return (
        start >= 2 and words[start - 1] in ("of", "for") and raw_tokens[start - 2][:1].isupper()
        and words[start - 2] not in OFFICE_WORDS
    )


def _after_body_title(raw_tokens: list[str], i: int) -> bool:
    """The name at `i` follows a body's full title, with no office between ("The Norwegian Ministry of Foreign
    Affairs Torke Hattrem said"): the title's capitalised words and their joins, read back to a body's noun, hold no
    office head (actors round 88)."""
    for k in range(i - 1, -1, -1):
        raw, word = raw_tokens[k], raw_tokens[k].lower()
        if word in OFFICE_HEADS:
            return False
        if raw in BODY_NOUNS or raw in NOT_NAME_WORDS:
            return True
        if not raw[:1].isupper() and word not in _BROAD_TITLE_JOINS:
            return False
    return False


def _broad_names(
    actors: dict, raw_tokens: list[str], words: list[str], found: list[Mention], breaks: frozenset[int]
) -> list[Mention]:
    """A person's name no table holds and no other rule reads, in a person's slot (two or more capitalised words right
    after an office head or right before a verb of speech: "MEA spokesperson Randhir Jaiswal said that India ...",
    "Legislator Ayamu Lawan Gwasha said ..."), gets the state the sentence ties it to by the simplest rule: the one
    state (or a place of it) the sentence names that is no object of a destination's or counterpart's preposition
    (`BROAD_OBJECT_WORDS`) and lies across no meeting's word from the name (`BROAD_MEETING`: "General Metin Gürak met
    with General Sahir Shamshad Mirza, ..., Rawalpindi" gives neither general a state), nor a side of the fighting
    the sentence reports (`BROAD_FORCE_NOUNS`), nor right after a verb, the verb's object (`_broad_verb_object`),
    nor the end of a body's own name (`_in_body_name`).
    Guards: two or more such states, an organisation in the sentence, a person mention of a state no such mention
    names, or a name right after a body's full title (`_after_body_title`): no reading. Run after every other people
    reader (actors rounds 87 and 88, kept under a precision budget: over actors sets 18-87 it reads 42 more people
    right alone and 49 by article, and 4 and 5 more wrong)."""
    if BROAD_SAID.isdisjoint(words) and OFFICE_HEADS.isdisjoint(words):
        return []  # no slot for a name: most sentences have neither a verb of speech nor an office head
    return _broad_tied(actors, raw_tokens, words, found, breaks, slotted=True)


def _broad_tied(
    actors: dict, raw_tokens: list[str], words: list[str], found: list[Mention], breaks: frozenset[int], slotted: bool
) -> list[Mention]:
    """The names `_broad_names` reads (`slotted`), or every run of two or more capitalised words no table holds and no
    rule read, in a person's slot or not, with the state the same rule ties it to (not `slotted`: `tied_names`)."""
    if any(m.code in ("IGO", "NGO") for m in found):
        return []
    states = [
        m for m in found if not m.person and not _broad_object(raw_tokens, words, m.start)
        and not (m.end < len(words) and words[m.end] in BROAD_FORCE_NOUNS)
        and not _in_body_name(raw_tokens, words, m.start)
        and (slotted or not _tie_object(raw_tokens, words, m, found))
    ]
    codes = {m.code for m in states}
    # a state named only as a verb's object ties no one, but still counts as a second state of the sentence
    subjects = {m.code for m in states if not _broad_verb_object(words, m)}
    if not codes or any(m.person and m.code not in codes for m in found):
        return []
    taken = {i for m in found for i in range(m.start, m.end)}
    names: list[Mention] = []
    i = 0
    while i < len(words):
        if not raw_tokens[i][:1].isupper():
            i += 1  # no name word: most tokens are passed here at once
            continue
        end = i
        while (
            end < len(words) and end not in taken and (end == i or end not in breaks)
            and _broad_name_word(raw_tokens[end], words[end], actors)
        ):
            end += 1
        if end - i >= 2 and not _after_body_title(raw_tokens, i) and (
            (end < len(words) and words[end] in BROAD_SAID and end not in breaks)
            or (i > 0 and words[i - 1] in OFFICE_HEADS and i not in breaks)
            or (not slotted and _tie_shaped(raw_tokens, words, i, end, breaks))
        ):
            ties = {m.code for m in states if not BROAD_MEETING.intersection(words[min(m.end, end):max(m.start, i)])}
            if len(ties) == 1 and ties <= subjects:
                names.append(Mention(i, end, ties.pop(), None, " ".join(raw_tokens[i:end]), True))
        i = max(end, i + 1)
    return names


TIE_OBJECT_WORDS = frozenset("for from".split())  # "head for Washington", "a delegation from Belarus", "Special
# Representative for Ukraine": out of a person's slot the name's state is no destination, origin or portfolio


def _tie_object(raw_tokens: list[str], words: list[str], m: Mention, found: list[Mention]) -> bool:
    """The mention `m` ties no name out of a person's slot (`tied_names`): the object of "for" or "from" (as
    `_broad_object` reads its prepositions), a later conjunct of a state that is an object ("visit to Eswatini and
    Lesotho"), or a word written in capitals that may be an acronym ("multilateral MILAN exercise")."""
    if m.text.isupper() and len(m.text.replace(" ", "")) >= 4:
        return True
    for k in range(m.start - 1, max(m.start - 1 - BROAD_OBJECT_REACH, -1), -1):
        if words[k] in TIE_OBJECT_WORDS:
            return True
        if not raw_tokens[k].islower():
            break
    if m.start >= 1 and words[m.start - 1] in ("and", "or"):
        before = [o for o in found if not o.person and o.end == m.start - 1]
        return any(
            _broad_object(raw_tokens, words, o.start) or _tie_object(raw_tokens, words, o, found) for o in before
        )
    return False


# Words a person's name out of a slot may stand before (`_tie_shaped`): a function word or a verb, not a noun the run
# would qualify ("Iron Dome missile defense batteries", "the key Red Sea trade route").
TIE_FOLLOWERS = frozenset("as and or of who whose which that to in on at for from with by".split()) | frozenset(
    "is was has had have will would can could may might should must also".split()
)
TIE_PLACE_WORDS = frozenset("on at in near from over into".split())  # "on Mount Meron", "from Vandenberg ..."


def _tie_shaped(raw_tokens: list[str], words: list[str], i: int, end: int, breaks: frozenset[int]) -> bool:
    """The run of capitalised words [i, end) is shaped as a person's name out of a person's slot: no determiner or
    place's preposition right before it ("the Escoda Shoal", "on Mount Meron") nor a name's particle (the run ends a
    longer name: "bin Mohammed Al-Ansari"), no word of an organisation's office in
    it ("High Commissioner"), and after it a clause break, the sentence's end, a function word, an auxiliary or a tensed
    verb, not a noun it qualifies or a capitalised word of a longer title ("Iron Dome missile", "Red Sea trade route",
    "Main Intelligence Directorate"; actors round 89, from the development prose's records the draft moved)."""
    from latitude.coding.verbs import verb_form  # verbs reads this module's mentions through grammar

    if i > 0 and i not in breaks and (words[i - 1] in _NAME_DETERMINERS or words[i - 1] in TIE_PLACE_WORDS):
        return False
    if i > 0 and i not in breaks and words[i - 1] in _NAME_FILLERS:
        return False  # the run is the end of a longer name ("Majid bin Mohammed Al-Ansari"), whose whole it is not
    if _IGO_TITLE_WORDS.intersection(words[i:end]):
        return False
    if not _person_run(words, i, end):
        return False
    if end >= len(words) or end in breaks or not words[end].isalpha():
        return True
    # a verb's bare form may be a noun the run qualifies ("the key Red Sea trade route"): only a tensed form counts
    follower = words[end]
    return raw_tokens[end].islower() and (
        follower in TIE_FOLLOWERS or (follower.endswith(("ed", "s")) and bool(verb_form(follower)))
    )


# Words of a thing's name, never of a person's (`_person_run`): a sea, a shoal, a strait, a weapon or its system, a unit
# or force, an exercise or operation, a compass direction, besides the nouns of places, bodies and force the tables of
# this module hold ("Red Sea", "Iron Dome", "Rocket Force", "Freedom Shield", "Southeast Asia"; actors round 90, from
# the model-training sentences round 89's reader moved).
TIE_THING_WORDS = frozenset(
    "sea seas ocean gulf bay strait straits channel canal shoal reef reefs island islands peninsula lake river mount "
    "dome shield sword spear arrow fleet force forces guard corps brigade battalion regiment division army navy "
    "exercise exercises drill drills operation operations system systems missile missiles rocket rockets "
    "north south east west northern southern eastern western northeast northwest southeast southwest "
    "central middle upper lower".split()
) | PLACE_NOUNS | _PLACE_NOUNS | BROAD_FORCE_NOUNS


@lru_cache(maxsize=1)
def _people_given_names() -> frozenset[str]:
    """The first words of the names of two words or more that the tables give a person, an office holder with a
    term's dates ("vasyl" of "Vasyl Shevchuk", "keith" of "Keith Rowley"); places and bodies, undated, give none
    ("red", "freedom", "united")."""
    actors, _ = _tables()
    return frozenset(
        key[0] for key, entries in actors.items()
        if len(key) >= 2 and all(e.start or e.end for e in entries) and not any(e.town for e in entries)
    ) - NAME_PARTICLES  # "Le Kha Phieu" gives no given name: "Le Téméraire" is a submarine


# Nouns of an analyst or scholar ("Fabian Hinz, a missile expert", "Nicholas Kitchen, assistant professor"): the state
# the sentence names is the one the analyst speaks of, not the one they serve (`_person_run`; actors round 90, from the
# model-training sentences the draft moved).
TIE_EXPERT_WORDS = frozenset(
    "expert experts analyst analysts researcher researchers professor specialist fellow scholar historian".split()
)
# Verbs of speech or writing a name stands right after in an inverted attribution ("...,” wrote Michael Elleman"): the
# quote before it holds the state, its topic, not the writer's (`_person_run`; actors round 90).
TIE_INVERTED_SAID = BROAD_SAID | frozenset("wrote writes".split())


def _person_run(words: list[str], i: int, end: int) -> bool:
    """The run of capitalised words [i, end) out of a person's slot reads as a person's name (`tied_names`): its first
    word is a given name of a person the tables hold (`_people_given_names`), or a rank, form of address or office
    stands right before it ("General", "Ambassador"), or a verb of speech right after it; and no word of it names a
    thing (`TIE_THING_WORDS`: "the Red Sea", "Iron Dome", "the Rocket Force" are no one's names) and the sentence
    names no analyst or scholar (`TIE_EXPERT_WORDS`), nor a verb of speech or writing stands right before it, after
    a quote (`TIE_INVERTED_SAID`; actors round 90)."""
    if TIE_THING_WORDS.intersection(words[i:end]) or TIE_EXPERT_WORDS.intersection(words):
        return False
    if i > 0 and words[i - 1] in TIE_INVERTED_SAID:
        return False
    return (
        words[i] in _people_given_names()
        or (i > 0 and words[i - 1] in RANKS | _NAME_TITLES | OFFICE_HEADS)
        or (end < len(words) and words[end] in BROAD_SAID)
    )


def tied_names(raw_tokens: list[str], found: list[Mention], breaks: frozenset[int]) -> frozenset[tuple[str, str]]:
    """(lower-case surname, ISO3) of the people a sentence names in full whom no table holds and no rule reads, tied to
    the one state the sentence names by `_broad_names`'s rule wherever the name stands (a person's slot or not), for
    the article's later sentences (`context.ArticleContext.remember`): "Abbas Araqchi" after "Foreign Minister" and a
    comma, "Keith Kellogg, Washington's ... envoy", "Vasyl Maliuk" in a sentence of one state give "Araqchi",
    "Kellogg", "Maliuk" alone later their state (`_named_surnames`), as a reader carries a name the article tied to a
    state (actors round 89, from actors sets 18-88's surnames whose full name an earlier sentence named unread), when
    the run reads as a person's name (`_person_run`: a given name, a title before it or a verb of speech after it, and
    no thing's word; actors round 90). The full name itself stays unread: out of a person's slot two capitalised words
    are no sure name. `found`: the sentence's mentions (`find_actors`); `breaks` its clause breaks."""
    actors, _ = _tables()
    words = [w.lower() for w in raw_tokens]
    return surnames_of(_broad_tied(actors, raw_tokens, words, found, breaks, slotted=False))


def _headline(raw_tokens: list[str], found: list[Mention], pair: range) -> bool:
    """Whether the text is written in title case, as a headline is: of its words of four letters or more outside the
    pair and the names the tables read (no month or weekday), at least two are capitalised and twice as many as are
    not ("Russia Test-launches Sarmat Missile", "Zimbabwe Rejects Annex to Annex"), where a person's name cannot be told
    from a capitalised noun (actors round 77)."""
    named = {i for m in found for i in range(m.start, m.end)} | set(pair)
    rest = [
        raw for i, raw in enumerate(raw_tokens)
        if i not in named and len(raw) >= 4 and raw[:1].isalpha() and raw.lower() not in _NOT_GIVEN_NAMES
    ]
    upper = sum(raw[:1].isupper() for raw in rest)
    return upper >= 2 and upper >= 2 * (len(rest) - upper)


def _place_word_as_first_name(
    mention: Mention, raw_tokens: list[str], words: list[str], breaks: frozenset[int], longest: dict,
    agents: dict[tuple[str, ...], str], found: list[Mention],
) -> bool:
    """A state's or a capital's one-word name read alone as the state (no person) right before one capitalised word
    written as a name that the tables start nothing with (`_name_shaped`), with no capitalised word after that, and
    the state named nowhere else in the sentence: the pair is a person's first name and surname, title or none
    ("Jordan Bardella, the media-savvy leader", "Victoria Nuland, the third-ranking American diplomat", "Paraguayan
    President Santiago Peña", "Paris Hilton still managed"; actors round 76, from actors sets 18-75's wrong readings,
    Bardella 9, Nuland 7, Peña 6, Hilton 5). The second word is no office, force or body word of the tables
    (`OFFICE_WORDS`, the agents' words: "Bangladesh Navy"), no noun of a state's body or medium (`_BODY_NOUNS`:
    "state-run Pakistan Radio"), no word that opens a clause (`_CLAUSE_WORDS`: "Turkey: If the country buys ..."), no
    plural ("Pakistan Rangers") and no verb form of the lexicon (a headline's "Iran Fails to Launch Satellite"): actors
    round 69's guards. A state's name right after another's is one of a pair ("India-China Tawang crisis",
    "the China-Vietnam Year"); a name follows no article or name particle ("the Taiwan Strait", "José de Lima
    Massano") and no capitalised word that is no title or state's word ("Agence France Presse"). Actors round 77's
    guards keep every model-training sentence's reading: no lower-case word between an article and the name ("the
    first Warsaw Pact"), no headline in title case (`_headline`), no entity's name glued to the second word ("quot;Russia
    Todayquot;") and no possessive after it ("Canberra Hospital's maternity unit"). When the sentence names the same state elsewhere the word may be the person's own
    state's and is left. Only a state's own name or its capital's: a town's word before a surname is at times the person's own
    state's (Phoenix's "Vladimir" before "Medinsky", actors round 69)."""
    start, end = mention.start, mention.end
    if mention.person or mention.office or end - start != 1:
        return False
    if words[start] not in _one_word_state_names() and words[start] not in _one_word_capitals():
        return False
    if start and words[start - 1] in _one_word_state_names():
        return False  # two states joined by a hyphen the tokens drop: "India-China Tawang crisis"
    if start and (words[start - 1] in _NAME_DETERMINERS or words[start - 1] in _NAME_FILLERS):
        return False  # "the Taiwan Strait", "a Beijing Brompton bike shop", "José de Lima Massano"
    if start and raw_tokens[start - 1][:1].isupper() and not _title_word(words[start - 1], found, start - 1):
        return False  # inside a longer name: "Agence France Presse", "(Cape Town) Haiti Delegate"
    if start and (words[start - 1] in _PLACE_PREPOSITIONS or words[start - 1] == "of"):
        return False  # "in Islamabad Trend", "at Cairo University", "a unit of Tokyo Electron"
    if start > 1 and words[start - 1] in ("and", "or") and any(
        m.end == start - 1 and not m.person for m in found
    ):
        return False  # a list of places: "between England and Spain -- Gibraltar"
    if start > 1 and words[start - 2] in _NAME_DETERMINERS and raw_tokens[start - 1][:1].islower():
        return False  # a noun phrase's modifier: "the first Warsaw Pact foreign minister"
    if _headline(raw_tokens, found, range(start, end + 1)):
        return False  # title case writes every noun capitalised: "Russia Test-launches Sarmat Missile"
    if end >= len(words) or end in breaks or not _name_shaped(raw_tokens[end], words[end], longest):
        return False
    if any(words[end] in group for group in (OFFICE_WORDS, _BODY_NOUNS, _PLACE_NOUNS, _CLAUSE_WORDS)):
        return False
    if any(words[end] in key for key in agents) or words[end].endswith("s"):
        return False
    from latitude.coding.verbs import verb_form  # verbs reads this module's mentions through grammar

    if verb_form(words[end]) or words[end].endswith(_ENTITY_NAMES):
        return False  # "Iran Fails ...", an entity's name glued to a title: "quot;Russia Todayquot;"
    if end + 1 < len(words) and words[end + 1] == "s":
        return False  # a possessive noun's: "Canberra Hospital's maternity unit"
    if any(m.code == mention.code for m in found if m is not mention):
        return False
    after = end + 1
    return after >= len(words) or after in breaks or not raw_tokens[after][:1].isupper()


def _former_holder_after_first_name(
    mention: Mention, raw_tokens: list[str], words: list[str], breaks: frozenset[int], date: dt.date | None,
    found: list[Mention],
) -> bool:
    """The tables' one-word surname of a state's former holder read right after a first name that an office with no
    state before it heads, when the first name is another state's: the office's holder is another person who shares
    the surname ("Deputy Secretary of State Kurt Campbell" is not Canada's prime minister of 1993, "Trade Minister Don
    Farrell" is not Argentina's president of 1944; actors rounds 79-81, from actors sets 18-80's wrong readings:
    Campbell 41, 57, 74; Farrell 73, 79; Jason Smith 57; McMahon and Abbott 80). Round 75's `_surname_held` makes the name the office's
    state's when a state's mention stands before the office; with none there, the first name is the only sign. The
    reading is dropped only where the tables give the first name as a given name of some state's people and of none
    of the former holder's state ("kurt": Austria's, Liechtenstein's, ..., never Canada's); the holder's own given
    name, or one the holder's state's people bear, keeps it, the same person or the same state's ("Secretary of State
    Antony J. Blinken", "President Tayyip Erdogan", "Vice President Sara Duterte", "Foreign Minister Bilawal Bhutto"),
    and so does a first name the tables do not know ("Interior Minister Kalin Stoyanov", "Information Minister
    Attaullah Tarar": no sign of another state; round 79's draft without this guard lost those 13 right readings).
    The holder's state, or a place of it, named anywhere in the sentence keeps it too: the sentence is that state's
    affairs ("... Nicaraguan President Daniel Ortega, ..., Foreign Minister Denis Moncada", "The UN Mission to
    Katanga ... missing independence leader Patrice Lumumba", model-training sentences that round 80's draft lost).
    The first name is one capitalised word that is no office word (a middle initial may follow it: "Kurt M.
    Campbell") and that no other mention covers, with no clause break before the surname; the office words before it
    hold a state's office head that is no rank, and no plural and no "and" (as `_surname_held`'s). Only a surname
    whose entries are all dated and none in force on the article's date (the tables' date when it has none) is a
    former holder's: a sitting leader's surname after another first name is left ("Prime Minister Anthony
    Albanese")."""
    start = mention.start
    if not mention.person or mention.office or mention.end - start != 1 or mention.code in ("IGO", "NGO"):
        return False
    first = start - 1
    if first > 0 and len(raw_tokens[first]) == 1 and raw_tokens[first].isupper():
        first -= 1  # a middle initial: "Kurt M. Campbell"
    name = raw_tokens[first]
    if first < 1 or not (name[:1].isupper() and name[1:].islower()) or words[first] in OFFICE_WORDS:
        return False
    if any(k in breaks for k in range(first, start + 1)) or any(m.start < start and first < m.end for m in found):
        return False
    office = first
    while office > 0 and words[office - 1] in OFFICE_WORDS and office not in breaks:
        office -= 1
    heads = set(words[office:first]) & OFFICE_HEADS
    if not heads - RANK_HEADS or heads & PLURAL_HEADS or "and" in words[office:first]:
        return False
    if any(m.end == office and _is_state(m) for m in found):
        return False  # a state's office: `_surname_held` reads the name as the state's (actors round 75)
    entries = _tables()[0].get((words[start],), [])
    day = (date or tables_date()).isoformat()
    dated = [e for e in entries if e.start or e.end]
    if not dated or len(dated) < len(entries) or any(
        (not e.start or e.start <= day) and (not e.end or day < e.end) for e in dated
    ):
        return False
    codes = {e.code for e in entries}
    if any(_is_state(m) and m.code in codes for m in found):
        return False  # the holder's state or one of its places named in the sentence: the same state's person
    offices = leader_offices()
    held = [title for code in codes for title in offices.get((words[start], code), ())]
    if any(words[k:k + len(title)] == list(title) for title in held for k in range(office, first)):
        return False  # the holder's own office: the same person under another spelling ("Prime Minister Dimitri Medvedev")
    states = _given_name_states().get(words[first], frozenset())
    return bool(states) and not states & codes


@lru_cache(maxsize=1)
def _given_name_states() -> dict[str, frozenset[str]]:
    """The states whose people the tables' names of two words or more give each given-name word ("kurt": AUT, COK,
    CYM, LIE; "sara": CPV, PHL, THA), from every word before a name's last."""
    states: dict[str, set[str]] = {}
    for key, entries in _tables()[0].items():
        for word in key[:-1]:
            states.setdefault(word, set()).update(e.code for e in entries)
    return {word: frozenset(codes) for word, codes in states.items()}


def _name_shaped(raw: str, word: str, longest: dict) -> bool:
    """A capitalised word written as a name ("Bardella") that starts no name, place or body the tables give."""
    return raw[:1].isupper() and raw[1:].islower() and word not in longest and word not in _NOT_GIVEN_NAMES


def _place_word_in_titled_name(
    mention: Mention, raw_tokens: list[str], words: list[str], breaks: frozenset[int], longest: dict,
    found: list[Mention],
) -> bool:
    """A state's one-word name read alone as the state (no person) that is a word of a person's name right after a
    title (`_PERSON_TITLES`), whoever opens the office: the first name, with a capitalised name word after it that
    the tables do not start ("MEP Jordan Bardella"); the surname alone, with no capitalised word after it ("Rep.
    Jordan refused to comply"); or the surname after one capitalised given name the tables read nothing in, with no
    capitalised word after it ("Republican Rep. Jim Jordan (R-Ohio)", "House Judiciary Committee Chairman Jim
    Jordan"), the title not one that also opens a body's name (`_BODY_OPENERS`: "In the General Assembly, China and
    Russia ...", whose comma a caller may not give). A person's name follows a title; a state's does not (actors
    round 57, from actors 49 AR034-AR038, 52 AU010-AU012 and 55 AX022; rounds 32, 40 and 54 took a place's word after
    a rank or an office another state opens). Only a state's own name: a town's or a region's word after a title is
    at times the person's own state's ("Defence Minister Nirmala Sitharaman", "First Deputy Foreign Minister Vladimir
    Titov")."""
    start, end = mention.start, mention.end
    if mention.person or mention.office or end - start != 1 or words[start] not in _one_word_state_names():
        return False
    capital_after = end < len(words) and end not in breaks and raw_tokens[end][:1].isupper()
    if start > 0 and words[start - 1] in _PERSON_TITLES and start not in breaks:
        return not capital_after or _name_shaped(raw_tokens[end], words[end], longest)
    title = words[start - 2] if start > 1 else ""
    if title in _PERSON_TITLES - _BODY_OPENERS and start - 1 not in breaks and start not in breaks:
        given = raw_tokens[start - 1]
        read = any(m.start <= start - 1 < m.end for m in found)
        return given[:1].isupper() and given[1:].islower() and not read and not capital_after
    return False


# A long office written before a comma and its holder's name (actors round 55): "The Minister of Foreign Affairs,
# African Cooperation and Moroccan Expatriates, Nasser Bourita, held ...", "the Ambassador of the Democratic Republic
# of Congo, Geneviève Victorine Lukusa Kayembe", "The United States Undersecretary of State for Political Affairs,
# Victoria Nuland is arriving ...".
LONG_OFFICE_REACH = 14  # words of the office before the comma, its own commas included
_LONG_OFFICE_LINKS = frozenset("of and for the s to".split())
_LONG_OFFICE_HEADS = frozenset({"undersecretary", "commissioner"})  # "Undersecretary of State for", "High Commissioner"


def _long_office_state(raw_tokens: list[str], words: list[str], found: list[Mention], start: int) -> Mention | None:
    """The state's mention that opens the office written right before a clause break at `start`, or None.

    The office runs back from the comma over capitalised words, office words and "of", "and", "for", "the", "'s",
    "to" (`LONG_OFFICE_REACH` words at most, the office's own commas passed over, never a person's name), opens with
    an office word or a mention (after "the"); it holds a state's office head (`OFFICE_HEADS`, "Undersecretary" or
    "Commissioner", no rank; the first of them no plural: "Foreign Ministers of ..." heads a list, "Speaker of the
    House of Representatives" one office) and the mentions inside it that are a state's (or a state's office
    holder's: "China's Ambassador") give one state; a mention after "to" is the post, not the office's state
    ("India's High Commissioner to the UK", "China's Ambassador to the WTO"); the state is a state's name or
    adjective (no body: "the Deputy Chairman of the National Security Council, Gil Reich" is no American) or a state's
    office holder named by the office ("the new Ambassador of Oman")."""
    named = {k for m in found if m.person and not m.office for k in range(m.start, m.end)}
    first = start
    while first > 0 and start - first < LONG_OFFICE_REACH and first - 1 not in named and (
        raw_tokens[first - 1][:1].isupper() or words[first - 1] in _LONG_OFFICE_LINKS
        or words[first - 1] in OFFICE_WORDS
    ):
        first -= 1
    opening = first + (words[first : first + 1] == ["the"])
    opens = opening < start and words[opening] in OFFICE_WORDS
    if not (opens or any(m.start <= opening < m.end for m in found)):
        return None  # the office opens the phrase ("Jerome Powell, Chairman of the Federal Reserve System, ...": not)
    span = words[first:start]
    heads = [w for w in span if (w in OFFICE_HEADS or w in _LONG_OFFICE_HEADS) and w not in RANK_HEADS]
    if not heads or heads[0] in PLURAL_HEADS:  # "Foreign Ministers of ...": a list's offices
        return None
    post = next((first + k for k, w in enumerate(span) if w == "to"), start)
    states = [
        m for m in found
        if first <= m.start and m.end <= min(post, start) and len(m.code) == 3 and m.code not in ("IGO", "NGO")
        and (m.office or (not m.person and m.sector is None))  # a state's name or adjective, or its office's holder
    ]
    if len({m.code for m in states}) != 1:
        return None
    return states[0]


def _long_office_names(
    raw_tokens: list[str], words: list[str], found: list[Mention], breaks: frozenset[int]
) -> list[Mention]:
    """A name the tables do not hold, written right after a comma that ends a state's long office, and ending at a
    comma, the sentence's end or a word in lower case: the state's office holder (actors round 55, from actors 36
    AE001 "The Minister of Foreign Affairs of the Republic of Azerbaijan, Jeyhun Bayramov, met with ...", 32 AA057, 51
    AT014); the office and its state as `_long_office_state` reads them."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for start in sorted(breaks):
        if start <= 0 or start >= len(words) or start in taken:
            continue
        end = _holder_name_end(raw_tokens, words, start, taken)
        if end == start or not (end == len(words) or end in breaks or raw_tokens[end][:1].islower()):
            continue
        state = _long_office_state(raw_tokens, words, found, start)
        if state is None:
            continue
        sector = state.sector if state.office else "government"  # a state's office holder, as `_office_holders` reads
        out.append(Mention(start, end, state.code, sector, " ".join(raw_tokens[start:end]), True))
        taken |= set(range(start, end))
    return out


def _apposed_name(mention: Mention, raw_tokens: list[str], words: list[str], found: list[Mention]) -> bool:
    """Whether the longer name a one-word mention opens (capitalised words, particles and initials, six words at most,
    none an office word, and no other mention starting right after the mention) stands right before an apposition
    that gives another state's office or an organisation's own (`_apposition_start`, `_apposition_state`,
    `_apposition_igo`, as `_apposed_holders` reads it): "Nasser Kanaani, the spokesperson for Iran's Foreign
    Ministry", "Philippe Lazzarini, the head of the United Nations Relief and Works Agency for Palestine Refugees"
    (actors round 43). A plural office in the apposition is of a list of names and says nothing of this one."""
    end = mention.end
    while end < len(words) and end - mention.start < 6 and (
        (raw_tokens[end][:1].isupper() and raw_tokens[end][1:].islower() and words[end] not in OFFICE_WORDS)
        or words[end] in NAME_PARTICLES or _initial(raw_tokens, end)
    ):
        end += 1
    if end == mention.end or any(m.start == mention.end for m in found):
        return False
    others = [m for m in found if m is not mention]
    taken = {i for m in others for i in range(m.start, m.end)}
    starts = {m.start: m for m in others}
    start = _apposition_start(raw_tokens, words, end, taken)
    if PLURAL_OFFICES & set(words[start : start + APPOSITION_WORDS]):
        return False
    state = _apposition_state(raw_tokens, words, starts, start) or _apposition_igo(raw_tokens, words, starts, start)
    return state is not None and state.code != mention.code and (
        _is_state(state) or state.code == "IGO" or (state.person and state.office)
    )


def _owned_title(mention: Mention, raw_tokens: list[str], words: list[str], found: list[Mention]) -> bool:
    """Whether another state's name or adjective opens the office right before the mention, five words at most
    of capitals, "'s" and office words between: "Iranian Foreign Ministry Spokesman Nasser ...", "Iran's Foreign
    Ministry spokesperson, Nasser ...", and office or ministry words in lower case: "Iran's foreign ministry
    spokesman, Nasser ..." (actors round 43)."""
    for other in found:
        gap = range(other.end, mention.start)
        if other.person or other.code == mention.code or not 0 < len(gap) <= 5:
            continue
        if all(raw_tokens[k][:1].isupper() or words[k] in _NAME_TITLES or words[k] in ("s", "of")
               or words[k] in OFFICE_WORDS or words[k] in MINISTRY_WORDS for k in gap):
            return True
    return False


# Ranks and forms of address a person's name follows, never a place's: "Vice Admiral Kanchana Banagoda" is no Thai
# place "Kanchana" (actors round 32, from actors 23 Q083 and 28 W041).
RANKS = frozenset("admiral adm gen lt col colonel brig brigadier marshal commodore mr mrs ms dr".split())


# Offices of a state's leader, written as a title of the state ("the Emir of Kuwait", "the King of Jordan") or after its
# name or adjective ("Qatar's emir", "the Saudi crown prince"): the person who holds it (coder round 36).
LEADER_TITLES = (
    ("crown", "prince"), ("prime", "minister"), ("vice", "president"), ("emir",), ("amir",), ("sultan",), ("king",),
    ("queen",), ("monarch",), ("ruler",), ("president",), ("premier",), ("chancellor",), ("sovereign",),
)


# Other offices a state's minister or envoy holds, read like a leader's title only where the state names it ("the Saudi
# foreign minister", "China's top diplomat", "the U.S. secretary of state"): the person, a guest or a host (coder
# round 40, from the development prose's "Saudi Foreign Minister Faisal bin Farhan's June 17 visit to Tehran",
# "China's top diplomat will come to the United States", "the Chinese foreign minister could visit South Korea"); a
# state's envoys too ("the Ambassador of Canada", "the High Commissioner of South Africa", "Qatar's envoy"; coder round
# 84, from held-out 72's ND061 and held-out 76's VR002).
MINISTER_TITLES = tuple(
    (*deputy, *office, "minister")
    for deputy in ((), ("deputy",))
    for office in (("foreign",), ("defence",), ("defense",), ("interior",), ("finance",), ("trade",))
) + (("top", "diplomat"), ("foreign", "secretary"), ("secretary", "of", "state"), ("state", "councillor")) + (
    ("ambassador",), ("high", "commissioner"), ("envoy",)
)
OFFICE_TITLES = LEADER_TITLES + MINISTER_TITLES


def _leader_title(words: list[str], i: int, titles: tuple[tuple[str, ...], ...] = LEADER_TITLES) -> tuple[str, ...]:
    """The leader's title (or another of `titles`) that starts at position i, else ()."""
    first = words[i] if i < len(words) else None  # a title's first word is compared before its slice is built
    return next((t for t in titles if t[0] == first and tuple(words[i : i + len(t)]) == t), ())


def _with_given_names(mention: Mention, raw_tokens: list[str], words: list[str], taken: set[int]) -> Mention:
    """A person found by the surname, after a leader's title and given names or a nickname the tables do not list
    ("President Joko “Jokowi” Widodo", its quotes dropped by the tokenizer): the title and the names are the person's
    too, so that "the visit of President Joko “Jokowi” Widodo to Malaysia" has its visitor (coder round 36, from
    held-out 31's b090)."""
    start = mention.start
    while mention.start - start < 2 and start > 0 and start - 1 not in taken and raw_tokens[start - 1][:1].isupper() and (
        raw_tokens[start - 1][1:].islower() and not _leader_title(words, start - 1)
    ):
        start -= 1
    title = next((t for t in LEADER_TITLES if tuple(words[max(0, start - len(t)) : start]) == t), ())
    if start == mention.start or not title or taken & set(range(start - len(title), start)):
        return mention
    start -= len(title)
    return Mention(start, mention.end, mention.code, mention.sector, " ".join(raw_tokens[start : mention.end]), True)


def _is_state(mention: Mention) -> bool:
    """Whether a mention is a state's or a state's place's (an ISO3 code, not an IGO or NGO), not a person's."""
    return not mention.person and len(mention.code) == 3 and mention.code not in ("IGO", "NGO")


def _office_holders(found: list[Mention], raw_tokens: list[str], words: list[str]) -> list[Mention]:
    """A state named with a leader's title is that leader, a person: "the Sultan of Oman received the Saudi crown
    prince" is two people meeting, not a place and an adjective (coder round 36, from the development prose's
    "the Emir of Qatar welcomed the Crown Prince", "the third Gulf leader to arrive in Riyadh this week after the
    Emir of Kuwait and the Crown Prince of Abu Dhabi"). The title before "of" (or "of the") and the state, or the
    state (its "'s") and the title after it; a mention that is a person already, or no state's, is left as it is."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for mention in found:
        if mention.person and not mention.office:
            out.append(_with_given_names(mention, raw_tokens, words, taken))
            continue
        if not _is_state(mention):
            out.append(mention)
            continue
        start, end = mention.start, mention.end
        of = start - 2 if words[start - 2 : start] == ["of", "the"] else start - 1
        if of > 0 and words[of] == "of":
            title = next((t for t in OFFICE_TITLES if tuple(words[max(0, of - len(t)) : of]) == t), ())
            if title and not taken & set(range(of - len(title), of)):
                start = of - len(title)
        if start == mention.start:
            after = end + 1 if words[end : end + 1] == ["s"] else end
            title = _leader_title(words, after, OFFICE_TITLES)
            if title in MINISTER_TITLES and raw_tokens[after + len(title) : after + len(title) + 1] != [] and (
                raw_tokens[after + len(title)][:1].isupper()
            ):
                title = ()  # "Pakistan's Foreign Minister Shah Mahmood Qureshi": the name that follows is the person
            if title and not taken & set(range(after, after + len(title))):
                end = after + len(title)
        if (start, end) == (mention.start, mention.end):
            out.append(mention)
        else:
            out.append(Mention(start, end, mention.code, "government", " ".join(raw_tokens[start:end]), True, True))
    return out


def _couple(actors: dict, raw_tokens: list[str], words: list[str], i: int, date: dt.date | None) -> Mention | None:
    """"the Trumps", "the Obamas": a leader and spouse named by the plural of a surname the tables give alone
    (a leader's), after "the" (thirty-first round, from held-out 31's "the Trumps dined with Chinese President
    Xi" and "gave the Trumps a tour"); None otherwise."""
    word = words[i]
    if not (i > 0 and words[i - 1] == "the" and len(word) > 4 and word.endswith("s") and raw_tokens[i][:1].isupper()):
        return None
    entries = actors.get((word[:-1],))
    if not entries or not all(e.start or e.end for e in entries):
        return None
    entry = _resolve(entries, date)
    return None if entry is None else Mention(i, i + 1, entry.code, entry.sector, raw_tokens[i], True)


# Words that end a person's mention but are no surname ("... Prime Minister", "Jr."), and capitalised
# words a surname must not be taken for.
_NOT_SURNAMES = MONTH_NAMES | WEEKDAY_NAMES | frozenset(
    "president minister premier chancellor secretary leader king queen emir amir sultan prince monarch ruler sovereign jr sr ii "
    "iii".split()
)


# Generational suffixes written after a person's name ("Ferdinand Marcos Jr.", "Lloyd J. Austin III"): neither the
# person's surname nor a title (actors round 35).
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


# The words of a person mention's titles, before the name itself ("Indonesian President Prabowo Subianto").
_TITLE_WORDS = _NOT_SURNAMES | frozenset(
    "foreign defense defence prime vice deputy general state chief supreme national security adviser advisor "
    "special envoy ambassador first lady party chairman chairwoman chair speaker governor mayor".split()
) | frozenset(
    "datuk dato seri tun".split()  # Malaysian honorifics: "Datuk Seri Anwar Ibrahim" is "Anwar" (coder round 107)
)


# A name the tables do not hold, written after a state (or a state's place or body) and an office: "Iranian Foreign
# Minister Abbas Araghchi", "his Omani counterpart Badr bin Hamad Al Busaidi", "Tamil Nadu Chief Minister MK Stalin",
# "Russian Ambassador Alexander Matsegora", "Finland's top diplomat Elina Valtonen" (actors round 23). `OFFICE_HEADS`
# end an office, `OFFICE_WORDS` may stand before or after them ("Industry and Energy Minister", "Secretary of Foreign
# Affairs", "Army chief Gen"); "to" or "in" and a mention after an envoy's office is its post ("Kenya's Ambassador to
# Ethiopia Catherine Mwangi"). "Head" and "chair" head an office too ("the head of the Russian Direct Investment
# Fund", "the Federal Reserve Chair": actors round 29).
OFFICE_HEADS = frozenset(
    "minister ministers secretary president premier chancellor envoy ambassador counterpart governor diplomat fm "
    "leader commander chief adviser advisor spokesman spokeswoman spokesperson chairman chairwoman speaker mayor admiral marshal "
    "general king queen emir amir sultan prince colleague colleagues representative representatives head chair "
    "senator negotiator".split()  # "United States senator Chris Coons", "Ukraine's senior negotiator Rustem Umerov"
) | frozenset(
    # a state's consul and attaché (actors round 63, from actors 61 BD002 "US Consul General Kristin Hawkins", 51
    # AT019 "British Military Attaché Colonel Jonathan Frame"); the tokens fold "Attaché" to "attache"
    "consul attache".split()
)
OFFICE_WORDS = OFFICE_HEADS | frozenset(
    "foreign defense defence interior home finance trade commerce industry energy economy economic affairs external "
    "of and for the state national security vice deputy prime top acting chief first special army navy naval air "
    "military armed forces staff lt lieutenant gen maj major col colonel brig brigadier rear adm cabinet crown "
    "supreme middle east dr mr mrs ms h e sheikh non resident government second third "
    "assistant".split()  # "Celeste Wallander, US Assistant Secretary of Defence" (actors round 33, from actors 23 Q044)
) | frozenset(
    # an office's modifiers (actors round 36): "US presidential special envoy Steve Witkoff", "the German Federal
    # Defence Minister, Boris Pistorius", "Seoul's chief nuclear envoy Noh Kyu-duk", "former Johannesburg executive
    # mayor Mpho Phalatse", "Ukraine's senior negotiator Rustem Umerov"
    "presidential federal nuclear executive senior".split()
) | frozenset(
    # a spy chief and a prosecutor general (actors round 63, from actors 38 AG041, AG043 "Canadian spy chief Daniel
    # Rogers", 51 AT008 "Ukraine's Prosecutor General Iryna Venediktova"): "prosecutor" heads no state's office alone
    # ("British prosecutor Karim Khan" is the ICC's, actors 58 BA029), an organisation's it does (`IGO_OFFICE_HEADS`)
    "spy prosecutor".split()
)
NAME_PARTICLES = frozenset("bin bint ibn al el de la da do dos del van von der le".split())
# Capitalised words after an office that name a body, a place, an occasion or the news agency or broadcaster that
# reports it, not the holder ("the US Ambassador Residence", "the Defence Minister Award", "France's ambassador,
# Reuters reports": the tokens drop the comma; PLOVER news AD045; "Asean's chair, Myawaddy TV reported", actors 18
# M080).
NOT_NAME_WORDS = NAMED_AFTER | frozenset(
    "Ministry Office Department Council Committee House Palace Residence Embassy Consulate Command Corps Agency Duma "
    "Majlis Senate Congress Service Directorate "
    "Bureau Commission Government Parliament Assembly Party Visit Summit Meeting Talks Statement Delegation "
    "Reuters Xinhua Tass Yonhap Kyodo Anadolu Bernama Interfax Ukrinform Sputnik Tasnim Reported Reports Said "
    "TV Television Radio".split()
)


def _titled_names(
    raw_tokens: list[str], words: list[str], found: list[Mention], breaks: frozenset[int] = frozenset(),
    holders: dict[int, Mention] | None = None,
) -> list[Mention]:
    """A person the tables do not know, named right after a state's mention and an office: the state's person. The
    office must end in one of `OFFICE_HEADS` (in the state's mention itself, as "Omani counterpart", or after it), may
    hold an office's acronym before another office word ("Pakistan's Chief of Naval Staff (CNS) Admiral ...": the tokens
    drop the brackets), and the name is one to eight capitalised words (with `NAME_PARTICLES`: "Juan Ramon de la
    Fuente") that no other mention covers, with a word in lower case after its capital, no office word, month or
    weekday, and none of `NOT_NAME_WORDS`; it takes the sector of the state's mention ("Australian Defence Minister":
    military); an office head's "'s" owns the office after it ("the U.S. President's Special Envoy Steve Witkoff":
    actors round 30). A person's mention ("Putin's envoy") is no state here: a first draft of actors round 30 read a
    person's "'s" and an office as the person's state's ("Lee's spokesperson Kang Yu-jung"), and the coder then read the
    spokesperson's later "Kang said the meeting ..." as a party of the meeting (held-out 7 U035 lost its labelled
    KOR>JPN meeting), so it was dropped; in an apposition after a name a person's office is read (`_owned_office`). A
    second office and name joined to the first by "and" are the same state's ("South Korea's Industry and Energy
    Minister Kim Jung-kwan and Trade Minister Yeo Han-koo", actors round 26, `_joined_holder`), and so are those joined
    by a comma or a semicolon the sentence had (`breaks`: "Chinese Foreign Minister Wang Yi, Defence Minister Dong Jun";
    actors round 34). An envoy's or a
    minister's complement after "for" or "on" is passed over ("Japan's special envoy for national reconciliation in
    Myanmar, Yohei Sasakawa", `_complement_end`), and a spokesperson "for" a state's mention, or an office holder "from"
    it, is that state's ("a spokesperson for the Israeli military Avichay Adraee", "his counterpart from Bosnia and
    Herzegovina Elmedin Konakovic": actors round 27, `_office_before`). An office "of" the state's mention heads it too,
    when office words stand between the mention and the name or the mention is the state's own name or a body's acronym
    ("Deputy Foreign Minister of Russia Mikhail Galuzin", "the Governor of Katsina State Dr. Dikko Radda": actors round
    28, `_office_of`, `_names_state`; "the head of the SBU Vasyl Malyuk": actors round 30), also with a body of the
    state between the mention and the name ("the Speaker of the Sri Lanka Parliament Mahinda Yapa Abeywardana", "Deputy
    Head of the Russian Foreign Ministry Andrey Rudenko": actors round 29, `_body_end`). The leader of a delegation or side
of the state's mention is the state's ("An Iranian delegation headed by Foreign Minister Abbas Araqchi", `_led_by`),
and a capitalised field before a capitalised minister or governor is part of the office ("Vice Unification Minister
Chun Hae-sung", `_office_field`: actors round 31). With `holders` (as `find_actors` passes it), the state's office
written before a name also beats the tables' holder of it (actors round 52): a person's mention of another state that
the office reaches is recorded in `holders` by its start as the state's (`_office_holder_held`: "Lebanese Foreign
Minister Abdullah Bou Habib"), and a holder named after a body the tables give another state is the state's whose
office is written before the body (`_body_owner`: "US Chairman of the Joint Chiefs of Staff General Mark Milley")."""
    taken = {i for m in found for i in range(m.start, m.end)}
    starts = {m.start: m for m in found}
    out = []
    for mention in found:
        if mention.person or mention.code in ("NGO",):
            continue
        headed = any(w in OFFICE_HEADS for w in words[mention.start : mention.end])
        headed = headed or _office_before(words, mention.start)
        first = i = mention.end + 1 if words[mention.end : mention.end + 1] == ["s"] else mention.end
        i = _led_by(words, i)
        if _envoy_of(words, mention.start):
            i = _destination_end(words, i, starts)
        headed = headed or i > first
        sector = mention.sector
        heads = OFFICE_HEADS | IGO_OFFICE_HEADS if mention.code == "IGO" else OFFICE_HEADS
        while i < len(words) and i not in taken and (
            words[i] in OFFICE_WORDS or (mention.code == "IGO" and words[i] in _IGO_TITLE_WORDS)
            or _office_acronym(raw_tokens, words, i) or _office_owns(words, i)
            or _office_field(raw_tokens, words, i) or _ministry_office(words, i) or _force_owns(raw_tokens, words, i)
        ):
            if _force_owns(raw_tokens, words, i):  # "the Israeli army's Military Intelligence Directorate" (round 39)
                i = _force_owns(raw_tokens, words, i)
                continue
            headed = headed or words[i] in heads
            sector = "government" if _ministry_office(words, i) else sector  # a ministry's spokesperson (round 37)
            i = _complement_end(raw_tokens, words, i + 1, starts) if words[i] in heads else i + 1
            if words[i - 1] in ENVOY_HEADS:
                i = _destination_end(words, i, starts)
        if _office_of(words, mention.start) or _body_office_of(raw_tokens, words, mention.start):
            i = _body_end(raw_tokens, words, i, taken)
            headed = headed or i > first or _names_state(raw_tokens, words, mention)
        if i in taken and holders is not None:  # a holder the tables give another state (actors round 52)
            held = _office_holder_held(found, raw_tokens, words, mention, i, breaks)
            if held is not None:
                code, text = mention.code, held.text
                holders[held.start] = Mention(held.start, held.end, code, sector or held.sector, text, True)
            continue
        if not headed or i in taken:
            continue
        end = _holder_name_end(raw_tokens, words, i, taken)
        owner = _body_owner(raw_tokens, words, found, mention, breaks) if holders is not None else None  # round 52
        code = mention.code if owner is None else owner.code
        held = _surname_held(found, raw_tokens, words, mention, i, end, breaks) if holders is not None else None
        if held is not None:  # the first name and the tables' surname of another state are one name (round 74)
            holders[held.start] = Mention(held.start, held.end, code, sector or held.sector, held.text, True)
        while end > i:
            out.append(Mention(i, end, code, sector, " ".join(raw_tokens[i:end]), True))
            i = _joined_holder(raw_tokens, words, end, taken, breaks)
            end = _holder_name_end(raw_tokens, words, i, taken) if i > end else i
    return out


# The last words of a state's body whose holder may be named after it, besides `BODY_NOUNS` ("the Security Council"):
# a staff's, a force's or a command's ("the Joint Chiefs of Staff").
OWNED_BODY_ENDS = frozenset("Staff Forces Command".split())
OWNED_BODY_REACH = 4  # office words between a state's mention and the body it owns ("US Chairman of the")
# Office heads that are military ranks: they head no state's office that would tell the person's state ("Islamabad
# Major General Ibrahim Hilmy" names a Maldivian general in Islamabad, actors 28 W040).
RANK_HEADS = frozenset("general admiral marshal".split())
# Plural office heads: the holders of a list, each of whom may be another state's ("UK and Italian Foreign and Defence
# Ministers Yvette Cooper, Antonio Tajani, ...", actors 19 N057).
PLURAL_HEADS = frozenset("ministers counterparts colleagues representatives".split())


def _body_owner(
    raw_tokens: list[str], words: list[str], found: list[Mention], mention: Mention, breaks: frozenset[int]
) -> Mention | None:
    """The state whose office is written right before a body's mention that the tables give another state or an
    organisation: "US Chairman of the Joint Chiefs of Staff General Mark Milley" (actors 42 AK038: the tables hold
    "Joint Chiefs of Staff" for South Korea's). The body's mention spans two or more words, ends in one of
    `BODY_NOUNS` or `OWNED_BODY_ENDS` and is no state's name; the state's mention (not a person's) ends at most
    `OWNED_BODY_REACH` office words before it, with no "and" and no clause break between ("UK and Italian ..." lists
    two states). The holder named after the body is that state's (actors round 52); None when no such state stands
    there."""
    if mention.end - mention.start < 2 or (raw_tokens[mention.end - 1] not in BODY_NOUNS and raw_tokens[mention.end - 1] not in OWNED_BODY_ENDS):
        return None
    if tuple(words[mention.start : mention.end]) in _state_names():
        return None
    before = [m for m in found if m.end <= mention.start and _is_state(m) and not m.person]
    if not before:
        return None
    owner = max(before, key=lambda m: m.end)
    between = words[owner.end : mention.start]
    if owner.code == mention.code or len(between) > OWNED_BODY_REACH or "and" in between:
        return None
    if not all(w in OFFICE_WORDS for w in between) or any(k in breaks for k in range(owner.end, mention.start + 1)):
        return None
    return owner


def _office_holder_held(
    found: list[Mention], raw_tokens: list[str], words: list[str], mention: Mention, i: int, breaks: frozenset[int]
) -> Mention | None:
    """The person's mention from the tables that the state's office written before it makes the state's: a state's
    mention, office words ending in a state's office head (not a rank, not a plural), and the name, where the tables
    hold the office's last words and the name's first word as another state's holder ("Lebanese Foreign Minister
    Abdullah Bou Habib": the tables' "Foreign Minister Abdullah" is Afghanistan's, actors 40 AI036). `i` is where the
    office words after the state's mention reach a word another mention covers; the person's mention must cover it,
    be another state's (not an organisation's: "Austrian diplomat Volker Türk" is the UN's, actors 41 AJ033), and hold
    a name after the office words that the written name goes on past (the tables hold a part of it: "Abdullah" of
    "Abdullah Bou Habib"; "HANOI, Vietnam—President Joe Biden arrived" names Biden in full, held-out 16 P024); no
    clause break and no "and" stands between the state and the name ("the Venezuelan ambassador, Raisi stated",
    actors 31 Z027). None otherwise (actors round 52)."""
    held = next((m for m in found if m.start <= i < m.end and m.person and not m.office), None)
    if held is None or held.code == mention.code or held.code in ("IGO", "NGO") or not _is_state(mention):
        return None
    j = i
    while j < held.end and words[j] in OFFICE_WORDS:
        j += 1
    office = words[mention.end : j]
    if j == held.end or not any(w in OFFICE_HEADS and w not in RANK_HEADS for w in office):
        return None
    if any(k in breaks for k in range(mention.end, j + 1)) or "and" in office or set(office) & PLURAL_HEADS:
        return None
    if held.end >= len(words) or not raw_tokens[held.end][:1].isupper() or raw_tokens[held.end] in NOT_NAME_WORDS:
        return None
    return held


def _surname_held(
    found: list[Mention], raw_tokens: list[str], words: list[str], mention: Mention, i: int, end: int,
    breaks: frozenset[int],
) -> Mention | None:
    """The tables' one-word person mention of another state right after a first name that a state's office written
    before it heads: the surname of the office's holder, whose name the tables split ("U.S. Deputy Secretary of State
    Kurt Campbell": the first name "Kurt" is the office's holder, the tables' "Campbell" is Canada's prime minister of
    1993, and the article's later "Campbell" then kept the tables' reading, actors 57 AZ001-AZ008). `i` to `end` is the
    first name that `_holder_name_end` read up to the word the tables' mention covers; the office's checks are
    `_office_holder_held`'s (a state's mention, a state's office head that is no rank, no plural, no "and", no clause
    break), and the first name is one or two words (a given name and an initial: "Kurt M. Campbell") with no break
    before the surname. A wire dateline's place is no office's state (`_dateline_opening`: "BEIJING: Foreign Minister
    Shah Mehmood Qureshi ..." names Pakistan's minister in Beijing). None otherwise (actors rounds 74-75)."""
    if not 0 < end - i <= 2 or end in breaks or _dateline_opening(raw_tokens, mention):
        return None
    held = next((m for m in found if m.start == end and m.end == end + 1 and m.person and not m.office), None)
    if held is None or held.code == mention.code or held.code in ("IGO", "NGO") or not _is_state(mention):
        return None
    office = words[mention.end : i]
    if not any(w in OFFICE_HEADS and w not in RANK_HEADS for w in office) or set(office) & PLURAL_HEADS:
        return None
    if any(k in breaks for k in range(mention.end, end)) or "and" in office:
        return None
    return held


def _dateline_opening(raw_tokens: list[str], mention: Mention) -> bool:
    """Whether a state's mention is the place of a wire dateline: it opens the sentence and is written in capitals,
    longer than a code ("BEIJING: Foreign Minister ...", "ISLAMABAD - ..."; not "US", "UAE" or "U.S."). Read with the
    clause breaks, the dateline's colon or dash is a break too; read alone, the tokens drop it, and the capitals are
    what is left of it (actors round 75)."""
    text = "".join(raw_tokens[mention.start : mention.end])
    return mention.start == 0 and len(text) > SHORT_LETTERS and text.isalpha() and text.isupper()


# An international organisation's office words that the state office rule above did not follow: after the
# organisation's mention they head an office too, and a name the tables do not know after them is the organisation's
# official ("IAEA Director General Raphael Grossi", "UN High Commissioner for Refugees Filippo Grandi": actors round
# 45, from actors 41 AJ004 and 44 AM041), which the article then keeps by surname (`_named_surnames`).
_IGO_TITLE_WORDS = IGO_OFFICE_HEADS | IGO_OFFICE_ADJECTIVES | frozenset("high policy under".split())


# A state's armed force whose "'s" owns a unit or an office after it (actors round 39).
FORCE_WORDS = frozenset("army navy military".split())


def _force_owns(raw_tokens: list[str], words: list[str], i: int) -> int:
    """Where the office after a state's armed force's "'s" at position i continues, past a unit of the force named in
    up to `BODY_WORDS` capitalised words ending in one of `BODY_NOUNS` or `UNIT_NOUNS` ("the head of the Israeli army's
    Military Intelligence Directorate, Aharon Haliva": actors round 39, from actors 38 AG008), or right after the "'s"
    when office words follow it ("the Israeli army's Chief of Staff Herzi Halevi"); 0 when no such "'s" stands at i
    (the tokens drop the apostrophe, so "army's" is "army" and "s"; the force is an office word, so it is read as part
    of the office before its "'s")."""
    if not (0 < i < len(words) - 1 and words[i] == "s" and words[i - 1] in FORCE_WORDS):
        return 0
    end = 0
    for k in range(i + 1, min(i + 1 + BODY_WORDS, len(words))):
        if not raw_tokens[k][:1].isupper():
            break
        if raw_tokens[k] in BODY_NOUNS or raw_tokens[k] in UNIT_NOUNS:
            end = k + 1
    if end:
        return end
    return i + 1 if words[i + 1] in OFFICE_WORDS else 0


def _ministry_office(words: list[str], i: int) -> bool:
    """A state's ministry before its own office: "ministry" at `i` with office words after it that end in one of
    `OFFICE_HEADS` ("Iranian Foreign Ministry spokesman Esmaeil Baghaei", "China's Foreign Ministry spokeswoman Mao
    Ning": actors round 37). Round 36 made "ministry" an office word and lost the ministry's own mention and sector;
    here the ministry is passed over only on the way to its office, so "the Foreign Ministry said" and "the Norwegian
    Ministry of Foreign Affairs Torke Hattrem" are read as before."""
    if words[i] not in MINISTRY_WORDS:
        return False
    j = i + 1
    while j < len(words) and words[j] in OFFICE_WORDS:
        if words[j] in OFFICE_HEADS:
            return True
        j += 1
    return False


MINISTRY_WORDS = frozenset(("ministry",))


# The groups a state's mention names that a holder leads ("the Russian side was headed by", "An Iranian delegation
# headed by"), the words between the group and "led" or "headed" ("the Ukrainian delegation is led by", "The South Korean
# side will be led by") and the words that may stand before the group ("Russian parliamentary delegation").
LED_GROUPS = frozenset("delegation delegations side team".split())
LED_AUXILIARIES = frozenset("is was will be has been".split())
GROUP_MODIFIERS = frozenset("parliamentary official government military high level".split())


def _led_by(words: list[str], i: int) -> int:
    """Where the holder's office or name starts when a group the state's mention names, "led" or "headed" and "by" stand
    from position i ("An Iranian delegation headed by Foreign Minister Abbas Araqchi", "the Russian side was headed by
    Deputy Foreign Minister Mikhail Galuzin", "the Chinese delegation, led by Chen Zhou": the group's leader is the
    state's; actors round 31, from actors 21 H038, 24 R052, 27 V019, 29 X028 and 30 Y017), else i."""
    j = i
    while j < len(words) and words[j] in GROUP_MODIFIERS:
        j += 1
    if words[j : j + 1] == [] or words[j] not in LED_GROUPS:
        return i
    j += 1
    while j < len(words) and words[j] in LED_AUXILIARIES:
        j += 1
    return j + 2 if words[j : j + 2] in (["led", "by"], ["headed", "by"]) else i


# The office heads whose holder speaks for a body: "a spokesperson for the Israeli military Avichay Adraee".
SPOKESPERSONS = frozenset("spokesman spokeswoman spokesperson".split())
COMPLEMENT_WORDS = 6  # lower-case words and mentions of an office's complement ("for national reconciliation in")


# An envoy's office: its holder is the state's that sends the envoy, whatever state or body the envoy is sent "to" or
# sits "in" ("Russian Ambassador to the United Nations Vassily Nebenzia", "Permanent Representative of Russia to the UN
# Vasily Nebenzya"; actors round 66).
ENVOY_HEADS = frozenset("ambassador envoy counterpart representative".split())


def _destination_end(words: list[str], i: int, starts: dict[int, Mention]) -> int:
    """Where the name may start after an envoy's office that ends at `i`: past "to" or "in", "the" allowed, and the
    mention the envoy is sent to ("... Ambassador to the United States Princess Reema bint Bandar",
    "the Deputy US Ambassador to the United Nations Lisa Carty"; actors round 66, from the people not read right over
    actors sets 18-65 whose state's adjective or possessive stands two or more words before them: the destination
    was read only right after "to" and only after "ambassador", "envoy" or "counterpart"), else `i`."""
    if words[i : i + 1] not in (["to"], ["in"]):
        return i
    j = i + 2 if words[i + 1 : i + 2] == ["the"] else i + 1
    return starts[j].end if j in starts else i


def _envoy_of(words: list[str], start: int) -> bool:
    """Whether an envoy's office and "of" (or "of the") stand right before the state's mention at `start`: "Permanent
    Representative of Russia to the UN" (actors round 66)."""
    k = start - 1 if start > 0 and words[start - 1] == "the" else start
    return k >= 2 and words[k - 1] == "of" and words[k - 2] in ENVOY_HEADS


def _office_before(words: list[str], start: int) -> bool:
    """Whether an office stands before the state's mention at `start` that makes its holder the state's: a head and
    "from" ("his counterpart from Bosnia and Herzegovina"), or a spokesperson and "for" ("a spokesperson for the
    Israeli military"), "the" allowed before the mention. An envoy "for" a state is not that state's."""
    j = start - 1 if start > 0 and words[start - 1] == "the" else start
    if j < 2:
        return False
    return (words[j - 1] == "from" and words[j - 2] in OFFICE_HEADS) or (
        words[j - 1] == "for" and words[j - 2] in SPOKESPERSONS
    )


def _office_of(words: list[str], start: int) -> bool:
    """Whether an office and "of" (or "of the") stand right before the mention at `start`, the office words before "of"
    holding an office head: "Deputy Foreign Minister of Russia Mikhail Galuzin", "Minister of Foreign Affairs of
    Thailand Maris Sangiampongsa", "the Governor of Katsina State Dr. Dikko Radda" (actors round 28)."""
    k = start - 1 if start > 0 and words[start - 1] == "the" else start
    if k < 2 or words[k - 1] != "of":
        return False
    k -= 1
    while k > 0 and words[k - 1] in OFFICE_WORDS:
        k -= 1
        if words[k] in OFFICE_HEADS:
            return True
    return False


def _body_office_of(raw_tokens: list[str], words: list[str], start: int) -> bool:
    """Whether an office "of" a body "of" the state stands right before the mention at `start`: an office head, "of"
    ("of the"), up to `BODY_WORDS` capitalised words (and "and") ending in one of `BODY_NOUNS`, and "of" ("of the"):
    "Secretary of the National Security and Defense Council of Ukraine Rustem Umerov" (actors round 38, from actors 32
    AA038), "the head of the Security Council of Armenia Armen Grigoryan". The body is the state's own, so its holder
    named after the state's mention is the state's, as after an office "of" the state itself (`_office_of`)."""
    k = start - 1 if start > 0 and words[start - 1] == "the" else start
    if k < 3 or words[k - 1] != "of" or raw_tokens[k - 2] not in BODY_NOUNS:
        return False
    k -= 2
    body = 0
    while k > 0 and body < BODY_WORDS + 2 and (raw_tokens[k][:1].isupper() or words[k] == "and"):
        k -= 1
        body += 1
    if words[k] == "the":
        k -= 1
    return k > 0 and words[k] == "of" and words[k - 1] in OFFICE_HEADS


# Office heads that name a holder by a relation to another's office, not by one of their own: a person's "counterpart"
# or "colleague" is another state's ("Xi's Russian counterpart Vladimir Putin").
RELATIVE_HEADS = frozenset("counterpart counterparts colleague colleagues".split())


def _office_owns(words: list[str], i: int) -> bool:
    """Whether the "'s" at position i joins an office head to the office it owns ("the U.S. President's Special Envoy
    Steve Witkoff", "the Russian President's Special Envoy": the tokens drop the apostrophe; actors round 30, from
    actors 26 U043 and U044)."""
    return 0 < i < len(words) - 1 and words[i] == "s" and words[i - 1] in OFFICE_HEADS and words[i + 1] in OFFICE_WORDS


# The nouns that end a state's body named between an office "of" the state and its holder ("the Speaker of the Sri Lanka
# Parliament Mahinda Yapa Abeywardana", "Deputy Head of the Russian Foreign Ministry Andrey Rudenko").
BODY_NOUNS = frozenset("Ministry Parliament Assembly Council Majlis Duma Senate Congress".split()) | frozenset(
    "Service Directorate Agency Committee Bureau".split()  # a security service's, a directorate's (actors round 38)
)
BODY_WORDS = 4  # capitalised words of such a body after the state's mention, its noun included


def _body_end(raw_tokens: list[str], words: list[str], i: int, taken: set[int]) -> int:
    """Where a state's body ends that stands from position i between an office "of" the state's mention and the
    holder: up to `BODY_WORDS` capitalised words ending in one of `BODY_NOUNS` ("Legislative Assembly", "Foreign
    Ministry" after "Maltese"), else i (actors round 29, from actors 26 U039 and U042, 27 V023 and V034)."""
    end = i
    for k in range(i, min(i + BODY_WORDS, len(words))):
        if k in taken or not raw_tokens[k][:1].isupper():
            break
        if raw_tokens[k] in BODY_NOUNS:
            end = k + 1
    return end


@lru_cache(maxsize=1)
def _state_names() -> frozenset[tuple[str, ...]]:
    """The lower-case words of every name and code of a state (`countries.known_names`: "russia", "u s", "turkiye")."""
    return frozenset(tuple(tokens(fold(name))) for name in known_names())


def _names_state(raw_tokens: list[str], words: list[str], mention: Mention) -> bool:
    """Whether the mention is a state's own name, not a place in it nor its demonym, or a body's acronym: a holder named
    right after "of" and the mention is the state's ("Deputy Foreign Minister of Russia Mikhail Galuzin", "the head of
    the SBU Vasyl Malyuk": actors round 30, from actors 28 W024), while after a place the capitalised word is most often
    the rest of the place's name ("the governor of Krasnodar Krai region", "Inspector General of Assam Rifles", actors
    25 T002 and 23 Q078)."""
    text = "".join(raw_tokens[mention.start : mention.end])
    return tuple(words[mention.start : mention.end]) in _state_names() or (
        2 <= len(text) <= 5 and text.isalpha() and text.isupper()
    )


def _complement_end(raw_tokens: list[str], words: list[str], i: int, starts: dict[int, Mention]) -> int:
    """Where an office's complement ends when "for" or "on" at position i follows an office head and is followed by
    lower-case words and mentions up to a capitalised word ("special envoy for national reconciliation in Myanmar
    Yohei Sasakawa", "special envoy for Ukraine Keith Kellogg": the envoy's post, not the holder's state), else i."""
    if words[i : i + 1] not in (["for"], ["on"]):
        return i
    j = i + 1
    while j < len(words) and j - i <= COMPLEMENT_WORDS:
        if j in starts and not starts[j].person:
            j = starts[j].end
        elif raw_tokens[j].isalpha() and raw_tokens[j].islower():
            j += 1
        else:
            break
    if j < len(words) and words[j] in OFFICE_WORDS and "and" in words[i + 1 : j]:
        return i  # a second office joined by "and" ("second minister for foreign affairs and ASEAN Secretary-General")
    return j if j > i + 1 and j < len(words) and raw_tokens[j][:1].isupper() else i


def _names_from(raw_tokens: list[str], words: list[str], found: list[Mention]) -> list[Mention]:
    """A person the tables do not know, named right before "from" and a state's mention: the state's person ("Foreign
    Minister Peter Burke from Ireland", "Ahmed Ali from Egypt"; actors round 27). The name is two to five capitalised
    words no other mention covers, each in lower case after its capital, none of `NOT_NAME_WORDS`, `PLACE_NOUNS` or
    `SITE_NOUNS` ("separated the Chagos Islands from Mauritius" names a place), not ending in one of `OFFICE_TITLES`
    ("the Non-Resident High Commissioner from South Africa" names an office), after the sentence's start, a lower-case
    word or an office word."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for mention in found:
        if mention.person or mention.code in ("NGO",) or mention.start < 3 or words[mention.start - 1] != "from":
            continue
        end = mention.start - 1
        start = end
        while start > 0 and end - start < 5 and start - 1 not in taken and raw_tokens[start - 1][:1].isupper() and (
            words[start - 1] not in OFFICE_WORDS and words[start - 1] not in _NOT_SURNAMES
        ):
            start -= 1
        name, before = raw_tokens[start:end], start - 1
        if len(name) < 2 or set(name) & NOT_NAME_WORDS or set(words[start:end]) & (PLACE_NOUNS | SITE_NOUNS):
            continue
        if not all(w[1:] and w[1:].islower() for w in name) or any(
            tuple(words[end - len(title) : end]) == title for title in OFFICE_TITLES
        ):
            continue
        if before >= 0 and (before in taken or not (raw_tokens[before].islower() or words[before] in OFFICE_WORDS)):
            continue
        out.append(Mention(start, end, mention.code, mention.sector, " ".join(name), True))
    return out


def _office_acronym(raw_tokens: list[str], words: list[str], i: int) -> bool:
    """Whether the token at position i is an office's acronym inside the office: two to five capital letters before
    another office word ("Chief of Naval Staff CNS Admiral", "Military TNI commander")."""
    token = raw_tokens[i]
    return 2 <= len(token) <= 5 and token.isalpha() and token.isupper() and words[i + 1 : i + 2] != [] and (
        words[i + 1] in OFFICE_WORDS
    )


# The office heads that a capitalised field may stand before ("Unification Minister", "Health Minister"); titles a name
# may hold ("Maulvi Amir Khan Muttaqi") are left out.
FIELD_HEADS = frozenset("minister ministers secretary governor".split()) | SPOKESPERSONS


def _office_field(raw_tokens: list[str], words: list[str], i: int) -> bool:
    """Whether the capitalised word at position i is the field of the capitalised office head right after it, not a
    holder's name ("Vice Unification Minister Chun Hae-sung": actors round 31, from actors 24 R052)."""
    return (
        i + 1 < len(words)
        and raw_tokens[i][:1].isupper()
        and words[i + 1] in FIELD_HEADS
        and raw_tokens[i + 1][:1].isupper()
    )


def _holder_name_end(raw_tokens: list[str], words: list[str], i: int, taken: set[int]) -> int:
    """The end of an office holder's name from position i (see `_titled_names`), or i when no name stands there."""
    if i in taken:
        return i
    end = i
    while end < len(words) and end - i < 8 and end not in taken and (
        (raw_tokens[end][:1].isupper() and words[end] not in OFFICE_WORDS and words[end] not in _NOT_SURNAMES)
        or (words[end] in NAME_PARTICLES and end > i)
        or (words[end] in ("jr", "sr") and end > i)
    ):
        end += 1
    while end > i and words[end - 1] in NAME_PARTICLES:
        end -= 1
    name = raw_tokens[i:end]
    return end if name and any(w[1:] and w[1:].islower() for w in name) and not set(name) & NOT_NAME_WORDS else i


def _joined_to_holders(raw_tokens: list[str], words: list[str], found: list[Mention]) -> list[Mention]:
    """A person named with a capitalised office after "and" that follows a state's office holder the tables know, and
    read by no table in this sentence: that holder's state's, as a second holder after a state's titled holder is
    (`_joined_holder`; actors round 65, from the people not read right over actors sets 18-64 whose state the sentence
    gives only through the holder before them: "Prime Minister Shehbaz Sharif and Deputy Prime Minister Ishaq Dar",
    "President Vladimir Putin and Defense Minister Sergei Shoigu" on a date past his term). Only "and" joins them: a
    list written with commas often names each state's leader in turn ("Prime Minister Carney, President Macron, Prime
    Minister Martin, ...", actors 34 AC015). A rank alone heads no such office (a general named beside a minister may
    serve another state: "... Campbell and General Mirza", actors 34 AC014), and a name the tables give only other
    states, in full or as a surname alone, keeps theirs ("Secretary Blinken and President Marcos", actors 29 X047)."""
    actors, _ = _tables()
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for mention in found:
        if not mention.person or mention.office or mention.code in ("IGO", "NGO"):
            continue
        end = mention.end
        while True:
            i = _joined_holder(raw_tokens, words, end, taken)
            if i == end or not set(words[end:i]) & (OFFICE_HEADS - RANK_HEADS):
                break
            end = _holder_name_end(raw_tokens, words, i, taken)
            held = {e.code for e in actors.get(tuple(words[i:end]), [])}
            held = held or (_name_word_states().get(words[i], frozenset()) if end == i + 1 else held)
            if end == i or (held and mention.code not in held):
                break
            out.append(Mention(i, end, mention.code, mention.sector, " ".join(raw_tokens[i:end]), True))
            taken.update(range(i, end))
    return out


def _joined_holder(
    raw_tokens: list[str], words: list[str], end: int, taken: set[int], breaks: frozenset[int] = frozenset()
) -> int:
    """Where the name of a second office holder starts when "and" and a capitalised office that ends in one of
    `OFFICE_HEADS` follow a holder's name that ends at `end` ("... and Trade Minister Yeo Han-koo"), else `end`. The
    tokens split a hyphenated given name, so its tail in lower case may stand before "and" ("Kim Jung-kwan and"); "and"
    itself is no such tail ("U.S. Commerce Secretary Howard Lutnick and Energy Secretary Chris Wright": actors round 32,
    from actors 26 U026). A comma or semicolon of the sentence (a clause break in `breaks`) joins the office as "and"
    does, "and" after it or not ("Foreign Minister Wang Yi, Defence Minister Dong Jun", actors round 34)."""
    tail = end < len(words) and raw_tokens[end].isalpha() and raw_tokens[end].islower() and words[end] != "and"
    joint = end + 1 if tail else end
    if words[joint : joint + 1] == ["and"]:
        i = joint + 1
    elif joint in breaks:
        i = joint
    else:
        return end
    headed = False
    while i < len(words) and i not in taken and raw_tokens[i][:1].isupper() and (
        words[i] in OFFICE_WORDS - {"and", "of", "the"}
    ):
        headed = headed or words[i] in OFFICE_HEADS
        i += 1
    return i if headed else end


# A place no table holds, written as a site of a state the sentence names: after the state's (or its place's) "'s"
# ("Armenia's Berd district", "Arunachal Pradesh's Tawang sector", "Jammu and Kashmir's Poonch district") or before
# "in" or "of" and the state ("the al-Asad base in western Iraq", "the town of Mays al Jabal in south Lebanon",
# "Berkaber village of Armenia's Ijevan region", "the Ge Laung and Lone Kauk villages of Rakhine state"), with a site noun
# (`SITE_NOUNS`) after its name or "of" before it: the state's place (actors round 24, from the development place
# misses; a base abroad is its host state's, as CAMEO codes a location by the state it lies in). Not an airport, most
# often named after a person or with an adjective ("the Presidential Airport in Abu Dhabi", held-out 43 r010), and not
# the tail of a longer capitalised name ("a U.S. Air Force base in California": not "Force").
SITE_NOUNS = PLACE_NOUNS - {
    "regional", "based", "war", "capital", "border", "division", "corridor", "airport", "airports"
} | frozenset(
    word + ending for word in "island airbase airfield terminal tehsil".split() for ending in ("", "s")
)
SITE_MODIFIERS = frozenset("air naval army military oil gas nuclear border sub".split())  # "the al-Harir air base"
SITE_ADJECTIVES = 2  # lower-case words between "in" or "'s" and the name or the state ("in western Iraq", "'s remote")
# A place no table holds, named after a state's demonym or "'s" and a site noun and "of": "the southern Lebanese village
# of Khiam", "the Russian Black Sea port city of Novorossiysk", "Yemen's Red Sea port city of Hodeidah" (actors round
# 25). Up to `SITE_REGION_WORDS` words between the state and the site nouns, lower-case adjectives or capitalised words
# no table holds ("Black Sea"). Not before a base noun, whose demonym is most often the state that uses the base, not the
# one it lies in ("the Russian naval base of Tartus"), nor after a word that makes the state the place's holder or
# backer rather than its state ("the Turkish-backed town of Azaz", "the Russian-held town of Vuhledar").
SITE_REGION_WORDS = 3
BASE_NOUNS = frozenset(word + ending for word in "base airbase airfield terminal".split() for ending in ("", "s"))
HOLDER_WORDS = frozenset("backed held controlled occupied annexed run led built funded speaking".split())


def _site_state(starts: dict[int, Mention], raw_tokens: list[str], words: list[str], i: int) -> Mention | None:
    """The state's mention after "in" or "of" at position i, with up to `SITE_ADJECTIVES` words in lower case between
    ("in western Iraq", "of the Tovuz district"; not "of Azad Jammu and Kashmir", whose "Jammu and
    Kashmir" is India's), if it is a state's or a state's place's (ISO3, no person), else None."""
    if words[i : i + 1] not in (["in"], ["of"]):
        return None
    i += 1
    for _ in range(SITE_ADJECTIVES + 1):
        mention = starts.get(i)
        if mention is not None:
            return mention if _is_state(mention) else None
        if i >= len(words) or not raw_tokens[i].isalpha() or not raw_tokens[i].islower() or words[i] in ("and", "or"):
            return None
        i += 1
    return None


def _site_name_end(raw_tokens: list[str], words: list[str], i: int, taken: set[int]) -> int:
    """The end of a place's name of up to four capitalised words (with "al", "el") from position i no mention covers,
    not right after a capitalised word (else i: no name)."""
    if i > 0 and raw_tokens[i - 1][:1].isupper():
        return i
    end = i
    while end < len(words) and end - i < 4 and end not in taken and (
        (raw_tokens[end][:1].isupper() and raw_tokens[end][1:].islower() and raw_tokens[end] not in NOT_NAME_WORDS
         and words[end] not in OFFICE_WORDS and words[end] not in _NOT_SURNAMES)
        or (words[end] in _ARTICLES and end + 1 < len(words) and raw_tokens[end + 1][:1].isupper())
    ):
        end += 1
    return end


def _sited_places(raw_tokens: list[str], words: list[str], found: list[Mention]) -> list[Mention]:
    """Places no table holds, each named as a site of a state the sentence names (see `SITE_NOUNS`); a list of names
    joined by "and" before a plural site noun takes the state too."""
    if SITE_NOUNS.isdisjoint(words):
        return []  # every reading below needs a site noun; most sentences have none
    taken = {i for m in found for i in range(m.start, m.end)}
    starts = {m.start: m for m in found}
    out = []
    i = 0
    while i < len(words):
        end = _site_name_end(raw_tokens, words, i, taken)
        if end == i:
            i += 1
            continue
        names, after = [(i, end)], end
        while words[after : after + 1] == ["and"] and (following := _site_name_end(raw_tokens, words, after + 1, taken)) > after + 1:
            names.append((after + 1, following))
            after = following
        noun = after
        while noun < len(words) and words[noun] in SITE_MODIFIERS:
            noun += 1
        state = None
        if noun < len(words) and words[noun] in SITE_NOUNS:
            state = _site_state(starts, raw_tokens, words, noun + 1) or _owner_before(starts, raw_tokens, words, i)
        elif i > 0 and words[i - 1] == "of" and i > 1 and words[i - 2] in SITE_NOUNS:
            state = _site_state(starts, raw_tokens, words, after) or _demonym_owner(starts, raw_tokens, words, i - 2)
        if state is not None:
            out.extend(Mention(a, b, state.code, None, " ".join(raw_tokens[a:b])) for a, b in names)
        i = after
    return out


def _demonym_owner(starts: dict[int, Mention], raw_tokens: list[str], words: list[str], noun: int) -> Mention | None:
    """The state (or its place) whose demonym or "'s" stands before the site nouns that end at position `noun` ("the
    southern Lebanese village", "Yemen's Red Sea port city"), with up to `SITE_REGION_WORDS` words between; None before
    a base noun (`BASE_NOUNS`), after a holder's word (`HOLDER_WORDS`), or when the mention is no state's."""
    ends = {m.end: m for m in starts.values()}
    k = noun
    while k >= 0 and words[k] in SITE_NOUNS:
        if words[k] in BASE_NOUNS:
            return None
        k -= 1
    for _ in range(SITE_REGION_WORDS + 1):
        if k < 0:
            return None
        mention = ends.get(k + 1) or (ends.get(k) if words[k] == "s" else None)
        if mention is not None:
            return mention if _is_state(mention) else None
        if not raw_tokens[k].isalpha() or words[k] in HOLDER_WORDS or words[k] in ("and", "or", "the", "of", "in", "s"):
            return None
        k -= 1
    return None


def _owner_before(starts: dict[int, Mention], raw_tokens: list[str], words: list[str], i: int) -> Mention | None:
    """The state's (or its place's) mention whose "'s" stands before position i, up to `SITE_ADJECTIVES` lower-case
    words before it ("Yemen's strategic"), if it is no person's, else None."""
    for k in range(i - 1, max(i - 2 - SITE_ADJECTIVES, -1), -1):
        if words[k] == "s":
            mention = next((m for m in starts.values() if m.end == k), None)
            return mention if mention is not None and _is_state(mention) else None
        if not raw_tokens[k].isalpha() or not raw_tokens[k].islower() or words[k] in ("and", "or", "the", "of", "in"):
            return None
    return None


# Words after an office's head that are still the office ("the president-elect of Guinea Bissau", "the ambassador-designate").
OFFICE_SUFFIXES = frozenset("elect designate".split())


def _appositive_names(raw_tokens: list[str], words: list[str], found: list[Mention]) -> list[Mention]:
    """A person the tables do not know, named in full before an apposition that gives the office and its state (the
    tokens drop the commas): "Umaro Cissoko Embalo, the president-elect of Guinea Bissau", "Jurgen Borsch Ambassador of
    the Federal Republic of Germany", "Meng Jianzhu, the secretary of the Central Political and Legal Affairs Commission
    of the Chinese Communist Party", "Annalena Berbock, German Foreign Minister": the state's person, so that a meeting
    or a visit has that party, and a later mention of the surname alone has the state too (coder round 84, from the
    development prose's visits and meetings whose party is such a name). The name is two to six capitalised words (with
    `NAME_PARTICLES`), or one before "is", "was" or "as" that is no pronoun (actors round 32), no other mention
    covers, with none of the office or name-ending words; the apposition (`_apposition_start`) is an office holder's
    mention ("the Prime Minister of Sri Lanka"), or a state's mention and an office that ends in one of `OFFICE_HEADS`,
    or an office, "of" or "at", and a body or the state itself ("of the US Central Command")."""
    taken = {i for m in found for i in range(m.start, m.end)}
    starts = {m.start: m for m in found}
    out = []
    i = 0
    while i < len(words):
        if not raw_tokens[i][:1].isupper():
            i += 1  # a particle or an initial never opens the run below: most tokens are passed here at once
            continue
        end = i
        while end < len(words) and end not in taken and end - i < 6 and (
            (raw_tokens[end][:1].isupper() and raw_tokens[end][1:].islower()
             and words[end] not in OFFICE_WORDS and words[end] not in _NOT_SURNAMES and raw_tokens[end] not in NOT_NAME_WORDS)
            or (words[end] in NAME_PARTICLES and end > i)
            or (end > i and _initial(raw_tokens, end))
        ):
            end += 1
        while end > i and words[end - 1] in NAME_PARTICLES:
            end -= 1
        if end == i:
            i += 1
            continue  # no name starts here (most tokens), so no apposition is read
        start = _apposition_start(raw_tokens, words, end, taken)
        predicated = start > end and words[start - 1] in PREDICATES
        if sum(raw_tokens[k][:1].isupper() for k in range(i, end)) >= 2 or (
            end - i == 1 and predicated and words[i] not in NOT_PREDICATED_NAMES
        ):
            state = _apposition_state(raw_tokens, words, starts, start) or _apposition_igo(raw_tokens, words, starts, start)
            if state is not None:
                out.append(Mention(i, end, state.code, state.sector, " ".join(raw_tokens[i:end]), True))
        i = max(end, i + 1)
    return out


# A state's body and the person who leads it: "Defence Minister Rustem Umerov will lead the Ukrainian delegation",
# "Ana Maria Mari Machado, who is leading Cuba's delegation", "The head of the Saudi delegation, Major General (R) Dr.
# Abdulrahman Al-Harbi, ...", "the delegation of the Republic of Azerbaijan was led by ..." (actors round 70).
LEAD_VERBS = frozenset("lead leads led leading head heads headed heading".split())
LEAD_AUXILIARIES = frozenset("who will would is was are were has had have been be".split())
LEADER_NOUNS = frozenset("head leader chief".split())
LED_BODY_WORDS = 3  # the lower-case words of the body after the state's mention ("central bank", "delegation")
# Words that end a body's lower-case words: the body is a noun phrase, not a clause or a second phrase ("led the
# Kenyan side to talks with ..."), and "of" or "by" reads the body as a leader's or a passive's, as the shapes do.
BODY_STOPS = frozenset("of by to with and or in on at for from against as that which who the a an was is were".split())
# Participles the tokens split from a state's name ("Tunisia-inspired protests", "Iran-backed militias"): the state
# is no owner of the thing after them (actors round 70, from a ConfliBERT training sentence).
STATE_COMPOUNDS = frozenset("inspired backed led based sponsored funded aligned allied brokered style born".split())
# The bodies a state sends whose head's noun the name follows after a comma ("the head of the Saudi delegation, ..."):
# a state's own institutions keep their offices' readings (actors rounds 37-39), and "the leader of Libya's military
# union, General ..." is an NGEC training story's, which would move the committed is-it-an-event model.
SENT_BODIES = frozenset("delegation delegations team side mission".split())


def _body_after(
    raw_tokens: list[str], words: list[str], starts: dict[int, Mention], i: int
) -> tuple[Mention, int] | None:
    """The state's mention that opens a body at position i, after "the" or "a" and up to two lower-case words ("a
    high-level Bangladesh delegation"), and where the body's one to `LED_BODY_WORDS` lower-case words end ("Ghana's
    central bank"); else None."""
    if words[i : i + 1] in (["the"], ["a"], ["an"]):
        i += 1
    k = i
    while k < min(i + 2, len(words)) and k not in starts and not raw_tokens[k][:1].isupper() and (
        words[k] not in BODY_STOPS | LEAD_VERBS
    ):
        k += 1
    state = starts.get(k)
    if state is None or not _is_state(state):
        return None
    end = state.end + 1 if words[state.end : state.end + 1] == ["s"] else state.end
    if words[end : end + 1] != [] and words[end] in STATE_COMPOUNDS:
        return None
    body = end
    while body < min(end + LED_BODY_WORDS, len(words)) and body not in starts and words[body].isalpha() and (
        raw_tokens[body].islower() and words[body] not in BODY_STOPS | LEAD_VERBS | LEAD_AUXILIARIES
    ):
        body += 1
    return (state, body) if body > end else None


def _name_before(raw_tokens: list[str], words: list[str], i: int, taken: set[int], breaks: frozenset[int]) -> int:
    """The start of a name of two to six capitalised words (with `NAME_PARTICLES` inside) that ends right before
    position i, within its clause (`breaks`: "... of People's Power, Ana Maria Mari Machado, who ..."), and that no
    mention covers, none of them an office or a name-ending word; else i."""
    start = i
    while start > 0 and i - start < 6 and start - 1 not in taken and (start == i or start not in breaks) and (
        (raw_tokens[start - 1][:1].isupper() and raw_tokens[start - 1][1:].islower()
         and words[start - 1] not in OFFICE_WORDS and words[start - 1] not in _NOT_SURNAMES
         and raw_tokens[start - 1] not in NOT_NAME_WORDS)
        or (words[start - 1] in NAME_PARTICLES and start - 1 > 0 and raw_tokens[start - 2][:1].isupper())
    ):
        start -= 1
    while start < i and words[start] in NAME_PARTICLES:
        start += 1
    return start if sum(raw_tokens[k][:1].isupper() for k in range(start, i)) >= 2 else i


def _name_after_titles(
    raw_tokens: list[str], words: list[str], i: int, taken: set[int], breaks: frozenset[int]
) -> tuple[int, int] | None:
    """The name of two or more capitalised words that follows position i after the holder's titles, ranks and
    forms of address ("Major General (R) Dr. Abdulrahman Al-Harbi", "Minister of Health Teymur Musayev": one
    capitalised field after "of" passed over); None when no such name stands there or a mention covers it."""
    k = i
    while k < len(words) and k not in taken and (
        words[k] in OFFICE_WORDS or words[k] in FORMS_OF_ADDRESS or raw_tokens[k] in NOT_NAME_WORDS
        or (len(raw_tokens[k]) == 1 and raw_tokens[k].isupper() and raw_tokens[k + 1 : k + 2] != []
            and raw_tokens[k + 1][:1].isupper() and k > i)
        or (k > i and words[k - 1] in ("of", "for") and raw_tokens[k][:1].isupper()
            and sum(raw_tokens[j][:1].isupper() for j in range(k + 1, min(k + 3, len(words)))) == 2)
    ):
        k += 1
    end = _holder_name_end(raw_tokens, words, k, taken)
    if end - k < 2 or any(j in taken for j in range(k, end)) or _split_tail(raw_tokens, end, breaks):
        return None
    return k, end


def _split_tail(raw_tokens: list[str], end: int, breaks: frozenset[int]) -> bool:
    """Whether the one lower-case token at `end`, right after a name, ends its clause: the tail of a hyphenated given
    name the tokens split ("Finance Minister Koo Yun-cheol, pledged ..."), which leaves the name cut."""
    return end < len(raw_tokens) and raw_tokens[end].islower() and (end + 1 == len(raw_tokens) or end + 1 in breaks)


def _body_leaders(
    raw_tokens: list[str], words: list[str], found: list[Mention], breaks: frozenset[int]
) -> list[Mention]:
    """A person no mention covers, named as the one who leads or heads a state's body: the subject of a verb of leading
    whose object is the body ("Defence Minister Rustem Umerov will lead the Ukrainian delegation", "Ana Maria Mari
    Machado, who is leading Cuba's delegation", "X, who heads Ghana's central bank"), the name after its head's noun
    ("The head of the Saudi delegation, Major General (R) Dr. Abdulrahman Al-Harbi, ...") or after the passive "led by"
    or "headed by" that follows the body ("the Azerbaijani delegation was led by Deputy Foreign Minister ...",
    "the delegation of the Republic of Azerbaijan was headed by ..."): that state's person (actors round 70, from the
    people not read over actors sets 18-69 whose state the sentence gives only as the body's: 29 X008, 29 X015, 29
    X021, 62 BE027, 64 BG011). The body is the state's mention (a state's own body counts: "the country's SBU security
    service") and one to `LED_BODY_WORDS` lower-case words right after it, or a lower-case noun "of" or "from" the state;
    a place in the state ("led the march in Nairobi") is no body. The name after a head's noun stands after a comma
    (`breaks`: "The leader of France's far-right National Rally (RN) Jordan Bardella" goes on with the body's own
    name), and the body is one a state sends (`SENT_BODIES`)."""
    taken = {i for m in found for i in range(m.start, m.end)}
    starts = {m.start: m for m in found}
    out = []

    def add(span: tuple[int, int] | None, state: Mention) -> None:
        if span is not None and not any(j in taken for j in range(*span)):
            start, end = span
            out.append(Mention(start, end, state.code, state.sector, " ".join(raw_tokens[start:end]), True))
            taken.update(range(start, end))

    for i, word in enumerate(words):
        if word in LEADER_NOUNS and words[i + 1 : i + 2] == ["of"] and raw_tokens[i].islower():
            body = _body_after(raw_tokens, words, starts, i + 2)
            if body is not None and body[1] in breaks and words[body[1] - 1] in SENT_BODIES:
                add(_name_after_titles(raw_tokens, words, body[1], taken, breaks), body[0])
        elif word in LEAD_VERBS:
            body = _body_after(raw_tokens, words, starts, i + 1)
            if body is not None:
                cue = i
                while cue > 0 and words[cue - 1] in LEAD_AUXILIARIES:
                    cue -= 1
                start = _name_before(raw_tokens, words, cue, taken, breaks)
                if start < cue:
                    add((start, cue), body[0])
        elif word == "by" and i > 0 and words[i - 1] in ("led", "headed"):
            k = i - 1
            while k > 0 and words[k - 1] in LEAD_AUXILIARIES:
                k -= 1
            state = _state_body_before(raw_tokens, words, found, k)
            if state is not None:
                add(_name_after_titles(raw_tokens, words, i + 1, taken, breaks), state)
    return out


# The words of a state's long form before "of" and its name ("the Republic of Azerbaijan", "the Kingdom of Bahrain").
STATE_FORMS = frozenset("republic kingdom state federation sultanate emirate principality commonwealth".split())


def _state_body_before(raw_tokens: list[str], words: list[str], found: list[Mention], k: int) -> Mention | None:
    """The state's mention of a body that ends right before position k: the state and one to `LED_BODY_WORDS` lower-case
    words ("the Azerbaijani delegation"), or a lower-case noun "of" or "from" the state ("the delegation of the
    Republic of Azerbaijan", "a delegation from Kenya"); else None."""
    for m in found:
        if not _is_state(m):
            continue
        end = m.end + 1 if words[m.end : m.end + 1] == ["s"] else m.end
        if 1 <= k - end <= LED_BODY_WORDS and all(
            raw_tokens[j].islower() and words[j].isalpha() and words[j] not in BODY_STOPS | LEAD_AUXILIARIES
            for j in range(end, k)
        ):
            return m
        if m.end == k:
            j = m.start
            while j >= 2 and words[j - 1] == "of" and words[j - 2] in STATE_FORMS:
                j -= 2  # "the Republic of Azerbaijan"
            j = j - 1 if j > 0 and words[j - 1] == "the" else j
            if j >= 2 and words[j - 1] in ("of", "from") and raw_tokens[j - 2].islower() and (
                words[j - 2].isalpha() and words[j - 2] not in BODY_STOPS
            ):
                return m
    return None


# Words before a name that give no office of a state: ranks and forms of address ("General Angus J. Campbell", "H.E.
# Jabor Bin Ali Al-Dosari", "Admiral M Nazmul Hassan"); any other office word in a person's mention is the titled
# name's own office, which gave its state ("Iranian Deputy Foreign Minister Kazem Gharibabadi, Zimbabwean Deputy
# Minister ...": a list, not an apposition; actors round 42).
FORMS_OF_ADDRESS = RANKS | frozenset("general admiral marshal lieutenant major maj rear vice sheikh h e".split())

# The offices of several holders: an apposition with one of them is of a list of names, and its states go to the names
# in their order, not each to the last name ("Anthony Albanese and Rishi Sunak, the prime ministers of Australia and
# Britain respectively", held-out 101 OA038; actors round 42).
PLURAL_OFFICES = frozenset(
    "ministers secretaries presidents leaders heads chiefs envoys ambassadors commanders representatives "
    "counterparts colleagues officials".split()
)
APPOSITION_WORDS = 6  # the apposition's first words searched for such an office


def _apposed_holders(found: list[Mention], raw_tokens: list[str], words: list[str]) -> list[Mention]:
    """A person the tables give one state, named right before an apposition that gives another state's office (the
    apposition `_appositive_names` reads for a name the tables do not know: `_apposition_start`, `_apposition_state`),
    is that state's holder: the tables hold someone else of the same name, and the apposition says whose office the
    person holds. "Nasser Kanaani, the spokesperson for Iran's Foreign Ministry" is no Egyptian Nasser, "Nasser
    Bourita, the Moroccan Minister of Foreign Affairs" none either, "General Angus J. Campbell, Chief of Defence Forces
    Australia" no Canadian Campbell, "Kandia Kamissoko Camara, Minister of Foreign Affairs ... of the Republic of Cote
    d'Ivoire" no Guinean Camara (actors round 42, from actors 37 AF019, 40 AI037, 34 AC012 and 23 Q064). Only a
    person named (not an office alone) is read again; a list of holders ("Blinken, Ukraine's Foreign Minister Dmytro
    Kuleba") gives no apposition, as `_apposition_state` reads it."""
    taken = {i for m in found for i in range(m.start, m.end)}
    starts = {m.start: m for m in found}
    out = []
    for m in found:
        titled = any(w in OFFICE_WORDS and w not in FORMS_OF_ADDRESS for w in words[m.start : m.end])
        if m.person and not m.office and not titled and m.code not in ("IGO", "NGO"):
            start = _apposition_start(raw_tokens, words, m.end, taken)
            if PLURAL_OFFICES & set(words[start : start + APPOSITION_WORDS]):
                out.append(m)  # "Anthony Albanese and Rishi Sunak, the prime ministers of Australia and Britain"
                continue
            state = _apposition_state(raw_tokens, words, starts, start) or _apposition_igo(raw_tokens, words, starts, start)
            if state is not None and state is not m and state.code != m.code and (
                _is_state(state) or state.code == "IGO" or (state.person and state.office)  # "the Australian Ambassador"
            ):
                m = Mention(m.start, m.end, state.code, state.sector, m.text, True, m.office)
        out.append(m)
    return out


POSTNOMINAL_TOKENS = 3  # capitals of honours after a name: "NI (M)", "OBE" (the tokens drop the brackets)
PREDICATES = frozenset("is was as became becomes".split())
STANDING_WORDS = frozenset("new first current former".split())  # "the first US national security advisor"
# Capitalised words before "is" or "was" that name no person ("It is the Chinese embassy's ..."): a surname alone is one
# only before them ("Sullivan is the first US national security advisor to visit China", actors 26 U003).
NOT_PREDICATED_NAMES = frozenset("he she it they we i you this that these those there here what which who".split())


def _apposition_start(raw_tokens: list[str], words: list[str], end: int, taken: set[int]) -> int:
    """Where the apposition of a name ending at `end` starts: after the letters of its honours, a few tokens in
    capitals no mention covers ("General Syed Asim Munir, NI (M), Chief of Army Staff (COAS) of Pakistan", actors 29
    X001), and after "is", "was" or "as", whose office tells the name's as an apposition does ("General Syed Asim Munir
    is the Pakistan Army Chief", actors 31 Z019; "General Christopher Gwabin Musa as Nigeria's new Minister of
    Defence", actors 23 Q014): actors round 32."""
    i = end
    while i < min(end + POSTNOMINAL_TOKENS, len(words)) and i not in taken and raw_tokens[i].isupper() and (
        len(raw_tokens[i]) <= 3
    ):
        i += 1
    if words[i : i + 1] != [] and words[i] in PREDICATES:
        return i + 1
    return i if i > end and words[i : i + 1] != [] and words[i] in OFFICE_WORDS else end


def _initial(raw_tokens: list[str], i: int) -> bool:
    """Whether the token at position i is a middle initial inside a name: one capital letter before a capitalised
    word ("Admiral Dinesh K Tripathi, the Chief of Naval Staff of the Indian Navy", actors 28 W041)."""
    return len(raw_tokens[i]) == 1 and raw_tokens[i].isupper() and raw_tokens[i + 1 : i + 2] != [] and (
        raw_tokens[i + 1][:1].isupper() and raw_tokens[i + 1][1:].islower()
    )


def _apposition_state(raw_tokens: list[str], words: list[str], starts: dict[int, Mention], i: int) -> Mention | None:
    """The state's mention of the apposition that starts at position i (see `_appositive_names`), else None. The
    apposition may open with "the" or "a" ("Gan Yu, a spokesman for China's coastguard"); an office "in chief" keeps
    its words ("Oleksandr Syrskyi, Commander-in-Chief of the Armed Forces of Ukraine"), and a spokesperson's office
    "for" a body or a state is of it, as an office "of" it is (actors round 29). A person's office (`_owned_office`:
    "Trump's envoy on the war") is the person's state's, and an office "for" a complement ends the apposition ("Shimizu
    Shinsuke, Japan's Special Envoy for Horn of Africa": actors round 30). "New", "first", "current" or "former" may
    stand before the state's mention and in its office ("the first US national security advisor", "Nigeria's new
    Minister of Defence": actors round 32). An office with no "of" before a state's command or force is of it, and a
    body "of" which an office is may hold a unit's number ("Commander, United States Pacific Fleet", "commander of the
    7th Fleet of the U.S. Navy": actors round 33, `_state_body`)."""
    if words[i : i + 1] in (["the"], ["a"], ["an"]):
        i += 1
    # a standing word before the state's mention, or before an office that opens the apposition ("Yair Golan, the
    # former deputy chief of staff of the Israeli army", actors 65 HZ003: actors round 71)
    if words[i : i + 1] != [] and words[i] in STANDING_WORDS and (
        i + 1 in starts or (words[i + 1 : i + 2] != [] and words[i + 1] in OFFICE_WORDS)
    ):
        i += 1
    mention = starts.get(i)
    if mention is not None and mention.person:
        return mention if mention.office or _owned_office(words, mention.end) else None
    if mention is not None:
        after = mention.end + 1 if words[mention.end : mention.end + 1] == ["s"] else mention.end
        office = after
        office_words = (OFFICE_WORDS | STANDING_WORDS) - {"of", "and", "the"}
        while office < len(words) and words[office] in office_words:
            office += 1
        headed = any(w in OFFICE_HEADS for w in words[mention.start : office])
        complement = office >= after + 2 and words[office - 1] in ("for", "on") and words[office - 2] in OFFICE_HEADS
        if not complement and (office in starts or (office < len(raw_tokens) and raw_tokens[office][:1].isupper())):
            return None  # "Jiji Press Japanese Prime Minister Sanae Takaichi": the office is the name's after it
        return mention if headed and _is_state(mention) else None
    office = i
    while office < len(words) and not _spokesperson_for(words, office) and (
        words[office] in OFFICE_WORDS - {"of", "and", "the"} | OFFICE_SUFFIXES or _in_chief(words, office)
    ):
        office += 2 if _in_chief(words, office) else 1
    long_office = None
    if not any(w in OFFICE_HEADS for w in words[i:office]) or not (
        _state_body(raw_tokens, starts, office) or words[office : office + 1] in (["of"], ["at"])
        or _spokesperson_for(words, office) or _adviser_to(words, office)
    ):
        long_office = _long_apposed_office(raw_tokens, words, starts, i)  # actors round 64
        office = long_office or office
    if not any(w in OFFICE_HEADS for w in words[i:office]):
        return None
    if _state_body(raw_tokens, starts, office):
        return starts[office]
    advising = _adviser_to(words, office)
    linked = words[office : office + 1] in (["of"], ["at"]) or _spokesperson_for(words, office) or advising
    if not linked:
        return None
    # the body the office is of, up to the state: capitalised words, office words, a unit's number and "of", "the",
    # "and" ("of the US Central Command", "vice-chief of the defense staff of Canada": actors round 32, from actors 31
    # Z006; "commander of the 7th Fleet of the U.S. Navy": actors round 33, from actors 24 R027), not a clause ("the
    # secretary of commerce recently concluded her visit to China")
    k = office + 1
    while k < min(office + 11, len(words)) and k not in starts and (
        raw_tokens[k][:1].isupper() or raw_tokens[k][:1].isdigit() or words[k] in OFFICE_WORDS
    ):
        k += 1
    state = starts.get(k)
    # an office of a state's office holder ("Aram Torosyan, the spokesperson of the Armenian defense minister": actors
    # round 38, from actors 37 AF001) is that holder's state's, as the holder's own office is (above); an adviser "to"
    # one is only a holder's (an adviser to a state may be a foreigner)
    if advising:
        return state if state is not None and state.person and state.office else None
    if long_office and state is not None and state.end < len(words) and state.end not in starts and (
        raw_tokens[state.end][:1].isupper() and raw_tokens[state.end][1:].islower()
    ):
        return None  # a list of offices, each before its holder ("..., Minister for Defence Industry & Capability
        # Delivery of Australia Pat Conroy and ...", actors 36 AE011): the office is the next name's
    return state if state is not None and (_is_state(state) or (state.person and state.office)) else None



# The words of an apposition's office before its "of" that `_long_apposed_office` passes over: 8 since actors round 71
# ("Shirley Ayorkor Botchwey, Minister for Foreign Affairs and Regional Integration of the Republic Ghana", actors
# 23 Q063, six words before the "of").
LONG_APPOSED_OFFICE = 8


def _long_apposed_office(raw_tokens: list[str], words: list[str], starts: dict[int, Mention], i: int) -> int | None:
    """Where an apposition's long office starting at position i ends, right before its "of", when the office holds
    words the office lists lack: one word (no mention, no acronym) before a state's office head ("Vassily Nebenzia,
    permanent representative of Russia to the United Nations", actors 49 AR028) and capitalised words and "and"
    after it ("Teferi Fikre Gossaye, Ambassador Extraordinary and Plenipotentiary of the Federal Democratic Republic
    of Ethiopia", actors 23 Q063); the office opens with an office word (after that one word), passes at most
    `LONG_APPOSED_OFFICE` words, no mention, holds one office head (repeated for a second office of the same kind,
    "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan", actors
    43 AL017: actors round 71) and no plural (actors round 64); else None. The body up to the state is read as for
    any office "of" (`_apposition_state`), and a state followed by a capitalised name is that name's office in a
    list, not the apposition's."""
    k = i
    if k + 1 < len(words) and k not in starts and not raw_tokens[k].isupper() and words[k] not in OFFICE_WORDS and (
        words[k + 1] in OFFICE_HEADS
    ):
        k += 1  # "permanent representative", "the Permanent Representative" (no acronym: "RDIF")
    if k >= len(words) or words[k] not in OFFICE_WORDS - {"of", "and", "the", "for", "to"}:
        return None  # the office opens the apposition ("Kirill Dmitriev, ... Fund (RDIF) and Special Representative")
    while k < min(i + LONG_APPOSED_OFFICE, len(words)) and k not in starts and words[k] != "of" and (
        words[k] in OFFICE_WORDS - {"the"} or raw_tokens[k][:1].isupper() or words[k] == "and"
    ):
        k += 1
    span = words[i:k]
    heads = [w for w in span if w in OFFICE_HEADS]
    if len(set(heads)) != 1 or set(span) & (PLURAL_HEADS | PLURAL_OFFICES) or words[k : k + 1] != ["of"]:
        return None
    return k


def _apposition_igo(raw_tokens: list[str], words: list[str], starts: dict[int, Mention], i: int) -> Mention | None:
    """The international organisation's mention of an apposition at position i that gives the organisation's own
    office, else None: the organisation's mention (with or without "'s") and an office with one of `IGO_OFFICE_HEADS`
    ("Kaja Kallas, the EU High Representative for Foreign Affairs", "Christine Lagarde, European Central Bank (ECB)
    President"), or such an office "of" (the) the organisation ("Rafael Grossi, Director General of the International
    Atomic Energy Agency (IAEA)"); no word of a state's post at the organisation (`STATE_AT_IGO_WORDS`: "Linda
    Thomas-Greenfield, the US Ambassador to the UN", "X, the EU's foreign ministers") (actors round 42, from actors 27
    V005, 28 W006 and 41 AJ007)."""
    if words[i : i + 1] in (["the"], ["a"], ["an"]):
        i += 1
    office_words = OFFICE_WORDS | IGO_OFFICE_HEADS | {"high", "policy"}
    mention = starts.get(i)
    if mention is not None:
        if mention.person or mention.code != "IGO":
            return None
        k = mention.end + 1 if words[mention.end : mention.end + 1] == ["s"] else mention.end
        office = k
        while office < len(words) and words[office] in office_words - {"of", "and", "the", "for"}:
            office += 1
        head = words[mention.start : mention.end] + words[k:office]  # "the EU High Representative" is one mention
        if office < len(raw_tokens) and (office in starts or raw_tokens[office][:1].isupper()):
            return None  # the office is the name's after it: "EU foreign policy chief Kaja Kallas"
        return mention if any(w in IGO_OFFICE_HEADS for w in head) and not STATE_AT_IGO_WORDS & set(head) else None
    office = i
    while office < len(words) and words[office] in office_words - {"of", "and", "the", "for"}:
        office += 1
    head = words[i:office]
    if not any(w in IGO_OFFICE_HEADS for w in head) or STATE_AT_IGO_WORDS & set(head):
        return None
    if words[office : office + 1] != ["of"]:
        return None
    k = office + 2 if words[office + 1 : office + 2] == ["the"] else office + 1
    found = starts.get(k)
    return found if found is not None and not found.person and found.code == "IGO" else None


UNIT_NOUNS = frozenset("Command Fleet Army Navy Force Forces Corps Division".split())
BODY_NAME_WORDS = 3  # capitalised words of a body after its state's mention, its noun included ("Pacific Fleet")


def _state_body(raw_tokens: list[str], starts: dict[int, Mention], i: int) -> bool:
    """Whether a state's command or force starts at position i, right after an office with no "of" (the tokens drop
    the comma between them): a state's mention whose last word, or one of the few capitalised words after it, is one
    of `UNIT_NOUNS` ("Admiral Samuel J. Paparo, Commander, United States Indo-Pacific Command", "Admiral Stephen T.
    Koehler, Commander, United States Pacific Fleet": actors round 33, from actors 32 AA015), not another holder's
    office and name ("Chief Minister Abdul Qudus Bizenjo, Governor Balochistan Syed Zahoor Agha", actors 22 P069)."""
    mention = starts.get(i)
    if mention is None or not _is_state(mention):
        return False
    k = mention.end
    last = min(mention.end + BODY_NAME_WORDS, len(raw_tokens))
    while k < last and k not in starts and raw_tokens[k][:1].isupper() and raw_tokens[k - 1] not in UNIT_NOUNS:
        k += 1
    return raw_tokens[k - 1] in UNIT_NOUNS


def _owned_office(words: list[str], i: int) -> bool:
    """Whether "'s" at position i, after a person's mention, opens an office of that person's own: office words with a
    head and no `RELATIVE_HEADS` ("Keith Kellogg, US President Donald Trump's special envoy for Russia and Ukraine",
    "Keith Kellogg, Trump's envoy on the war": actors round 30, from actors 27 V029 and V056)."""
    if words[i : i + 1] != ["s"]:
        return False
    k = i + 1
    while k < len(words) and words[k] in OFFICE_WORDS - {"of", "and", "the"}:
        k += 1
    office = set(words[i + 1 : k])
    return bool(office & OFFICE_HEADS) and not office & RELATIVE_HEADS


# The office heads whose holder serves another holder: "advisor to the President of Ukraine" (actors round 51).
ADVISERS = frozenset("adviser advisor".split())


def _adviser_to(words: list[str], i: int) -> bool:
    """Whether "to" at position i follows an adviser's office ("Dmytro Lytvyn, advisor to the President of Ukraine",
    "Jake Sullivan, the National Security Advisor to the U.S. President", "Massad Boulos, Senior Advisor to the U.S.
    President": actors round 51, from actors 28 W023, 42 AK034 and 43 AL026): the adviser is the state's whose office
    holder the office serves, as a spokesperson "for" a body is the body's (`_spokesperson_for`)."""
    return i > 0 and words[i : i + 1] == ["to"] and words[i - 1] in ADVISERS


def _spokesperson_for(words: list[str], i: int) -> bool:
    """Whether "for" at position i follows a spokesperson ("a spokesman for China's coastguard")."""
    return i > 0 and words[i : i + 1] == ["for"] and words[i - 1] in SPOKESPERSONS


def _in_chief(words: list[str], i: int) -> bool:
    """Whether "in chief" at position i ends an office head ("Commander-in-Chief": the tokens drop the hyphens)."""
    return i > 0 and words[i - 1] in OFFICE_HEADS and words[i : i + 2] == ["in", "chief"]


def surnames_of(mentions: list[Mention]) -> frozenset[tuple[str, str]]:
    """(lower-case name, ISO3) of the people named in full (two words or more) among `mentions`: the last name, and
    the first word of the name after its titles, by which writers call people whose names put the family name first
    or who go by their first name ("Anwar's visit" after "Datuk Seri Anwar Ibrahim", "Prabowo's visit" after
    "Indonesian President Prabowo Subianto"; coder round 61, from the development sets' visits of people called by
    that name lost). A generational suffix after the name is no part of either ("Marcos" after "President Ferdinand
    Marcos Jr.", "Austin" after "Lloyd J. Austin III": actors round 35, from held-out actors 29's Marcos rows)."""
    out = set()
    for mention in mentions:
        parts = mention.text.split()
        while len(parts) > 2 and parts[-1].lower().rstrip(".") in NAME_SUFFIXES:
            parts = parts[:-1]
        if not mention.person or mention.office or len(parts) < 2:
            continue
        if parts[-1].lower() not in _NOT_SURNAMES and len(parts[-1]) >= 3:
            out.add((parts[-1].lower(), mention.code))
        name = parts[max((k + 1 for k, part in enumerate(parts) if part.lower() in _TITLE_WORDS), default=0) :]
        if len(name) >= 2 and name[0].lower() not in _NOT_SURNAMES and len(name[0]) >= 3 and name[0][:1].isupper():
            out.add((name[0].lower(), mention.code))
    return frozenset(out)


def _article_surnames(
    actors: dict[tuple[str, ...], list[_Entry]],
    raw_tokens: list[str],
    words: list[str],
    found: list[Mention],
    surnames: frozenset[tuple[str, str]],
    date: dt.date | None,
) -> list[Mention]:
    """A surname alone that the tables hold only for a former holder of another state is the one person of that
    surname the article named in full before, or this sentence did: "Hussein said Iraq welcomed ..." after "Iraqi
    Foreign Minister Fuad Hussein" is Iraq's, not Jordan's late king; "Minister Vieira" after "Brazilian Foreign
    Minister Mauro Vieira" Brazil's, not Guinea-Bissau's late president (actors round 72, from the surnames after a
    full mention read right that the tables read as another state: actors 19 N054, 52 AU002-AU009, 58
    BA002-BA006). As `_shared_surname` does for the surnames too common to stand alone, here for any surname written
    as a name, when the article's people of that surname are of one state. A holder whose term is open, or ended
    after the page's date, keeps the tables' reading: a sitting leader's surname alone is that leader ("Trump" after
    the article misread "the Trump White House" as a South African's name, held-out 27 V061), and the tables pick by
    date between one person's two offices ("Youssouf" after Djibouti's foreign minister "Mahmoud Ali Youssouf" is
    the African Union Commission's chairperson in his term, actors 45 AN033)."""
    pool = surnames | surnames_of(found)
    out = []
    for m in found:
        if m.person and not m.office and m.end == m.start + 1 and m.text == raw_tokens[m.start]:
            raw, word = raw_tokens[m.start], words[m.start]
            codes = {code for name, code in pool if name == word}
            entries = actors.get((word,), [])
            former = bool(entries) and all(e.end and (date is None or e.end < date.isoformat()) for e in entries)
            if len(codes) == 1 and raw[:1].isupper() and raw[1:].islower() and m.code not in codes and former:
                m = Mention(m.start, m.end, codes.pop(), None, raw, True)
        out.append(m)
    return out


def _named_surnames(
    raw_tokens: list[str], words: list[str], found: list[Mention], surnames: frozenset[tuple[str, str]]
) -> list[Mention]:
    """'Brown's visit to the U.S.' after 'British Prime Minister Gordon Brown' (in an earlier sentence
    or earlier in this one): the surname alone of a person named in full stands for that person's
    state, when it is written as a name and names one state (ninth round, from held-out 11)."""
    pool = surnames | surnames_of(found)
    if not pool:
        return []
    taken = {i for m in found for i in range(m.start, m.end)}
    first = min((m.start for m in found if m.person and len(m.text.split()) >= 2), default=len(words))
    out = []
    for i, (raw, word) in enumerate(zip(raw_tokens, words)):
        if i in taken or not (raw[:1].isupper() and raw[1:].islower()) or word in _NOT_SURNAMES:
            continue
        codes = {code for name, code in pool if name == word}
        if len(codes) == 1 and (i > first or (word, next(iter(codes))) in surnames):
            out.append(Mention(i, i + 1, codes.pop(), None, raw, True))
    return out


# Words before a people's word that make it the people's, not a person's name ("a Turk", "the young Turks").
PEOPLE_WORD_DETERMINERS = frozenset("a an the one every each another this that young many some".split())


def _demonym_surnames(
    raw_tokens: list[str],
    words: list[str],
    found: list[Mention],
    surnames: frozenset[tuple[str, str]],
    date: dt.date | None = None,
) -> list[Mention]:
    """A one-word people's word the tables read as a state ("Turk", "Türk": Türkiye's) that is the surname of one
    person the article named in full before, or this sentence did, stands for that person, written as a name and not
    after a determiner: "Turk said", "Türk cautioned" after "UN High Commissioner for Human Rights Volker Turk" is the
    organisation's official, not Türkiye (actors round 47, from actors 41 AJ031-AJ032, AJ034 and 45 AN043-AN044). A
    state's own name ("Jordan", "Chad", "Israel") keeps the state: it is too often the state in the same article.
    With no such person, a singular people's word (`_people_singulars`) where English writes a person's name and never
    the people's word (`_bare_name_position`: "Türk stressed", "Turk, an Austrian lawyer ...") stands for an
    international organisation's official the tables name in full with that last name (`_igo_surname_in_office`:
    Volker Turk) when the page's date is in that official's term, or the page has no date and the sentence names an
    international organisation or the article named one of its officials in full before (actors round 59, from round
    50's reading, which read every such word by the tables' people whatever the date and lost actors 50's Ahmet Türk,
    the mayor of Mardin, on undated pages naming no organisation)."""
    pool = surnames | surnames_of(found)
    out = []
    for m in found:
        if not m.person and not m.office and m.end == m.start + 1 and m.code != "IGO":
            raw, word = raw_tokens[m.start], words[m.start]
            codes = {code for name, code in pool if name == word}
            if (
                not codes
                and word in _people_singulars()
                and _bare_name_position(words, m.end)
                and _igo_surname_in_office(word, date)
                and (
                    date is not None
                    or _names_organisation(raw_tokens, words, m.start, m.end)
                    or any(code == "IGO" for _, code in surnames)
                )
            ):
                codes = {"IGO"}
            if (
                len(codes) == 1
                and m.code not in codes
                and raw[:1].isupper()
                and raw[1:].islower()
                and (tuple(tokens(fold(word))) not in _state_names())
                and not (m.start > 0 and words[m.start - 1] in PEOPLE_WORD_DETERMINERS)
            ):
                out.append(Mention(m.start, m.end, codes.pop(), None, m.text, True))
                continue
        out.append(m)
    return out


# Verbs of saying a bare people's word is the subject of when it is a person's name ("Turk said", "Türk noted",
# "Türk called for"), and the words that open an apposition or relative clause after a name (the comma is no token:
# "Turk, an Austrian lawyer ...", "Turk, who most recently served ..."); actors round 50, taken again in round 59.
_NAME_SAYING = frozenset(
    "said says told tells noted notes stressed stresses added adds stated states warned warns cautioned cautions "
    "called calls urged urges highlighted highlights emphasized emphasised insisted explained argued wrote "
    "tweeted expressed welcomed condemned denounced".split()
)
_NAME_APPOSITION = frozenset("a an who".split())


def _bare_name_position(words: list[str], end: int) -> bool:
    """Whether the word before `end` stands where English writes a person's name and never a bare singular people's
    word: the subject of a verb of saying, "also" allowed between ("Turk said", "Türk also noted"), or before an
    apposition or a relative clause ("Turk, an Austrian lawyer ...", "Turk, who ... said"); actors round 50."""
    after = words[end : end + 2]
    if after[:1] == ["also"]:
        after = after[1:]
    return bool(after) and (after[0] in _NAME_SAYING or after[0] in _NAME_APPOSITION)


@lru_cache(maxsize=1)
def _people_singulars() -> frozenset[str]:
    """The singular of each one-word people's noun the tables take from the World Factbook's nationality nouns
    ("Turks" -> "turk", "Poles" -> "pole", "Danes" -> "dane", "Thais" -> "thai"), folded and in lower case."""
    data = resources.files("latitude.coding") / "data"
    out = set()
    for line in (data / "actors_extra.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        phrase, _, _, _, _, note = (line.split("\t") + [""] * 6)[:6]
        key = _key(phrase)
        if "Nationality (noun and adjective)" in note and len(key) == 1 and key[0].endswith("s"):
            out.add(key[0][:-1])
    return frozenset(out)


@lru_cache(maxsize=1)
def _surname_entries() -> dict[str, list[_Entry]]:
    """Last word of every person the tables name in full (two words or more, each entry with a term) -> the people's
    entries."""
    index: dict[str, list[_Entry]] = {}
    for key, entries in _tables()[0].items():
        if len(key) >= 2 and entries and all(e.start or e.end for e in entries):
            index.setdefault(key[-1], []).extend(entries)
    return index


def _igo_surname_in_office(word: str, date: dt.date | None) -> bool:
    """Whether the tables name in full an international organisation's official whose last name is `word` ("turk":
    Volker Turk, the UN High Commissioner for Human Rights) and no person of a state with it, in office on `date`
    when there is one (actors round 59)."""
    folded = tokens(fold(word))
    if not folded:
        return False
    entries = _surname_entries().get(folded[-1], [])
    if not entries or any(e.code != "IGO" for e in entries):
        return False
    if date is None:
        return True
    day = date.isoformat()
    return any((not e.start or e.start[:10] <= day) and (not e.end or day < e.end[:10]) for e in entries)


# Honorifics a person named in full before is called by with one of the names ("Sheikh Tamim" after "Qatari Emir Sheikh
# Tamim Bin Hamad Al Thani", "King Salman" after "King Salman bin Abdulaziz Al Saud").
HONORIFICS = frozenset("sheikh sheikha shaikh king queen prince princess emir amir sultan".split())


def _honorific_names(
    raw_tokens: list[str], words: list[str], found: list[Mention], known: frozenset[tuple[str, str]]
) -> list[Mention]:
    """A name after an honorific ("Sheikh Tamim") that is a name of one person the article named in full before
    (`known`): that person (coder round 36, from held-out 31's "King Salman Bin Abdulaziz of Saudi Arabia met with
    Sheikh Tamim at the Royal Palace")."""
    if HONORIFICS.isdisjoint(words):
        return []  # the word every reading needs, in few sentences: no scan of the rest
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for i in range(1, len(words)):
        if i in taken or i - 1 in taken or words[i - 1] not in HONORIFICS or not raw_tokens[i - 1][:1].isupper():
            continue
        if not (raw_tokens[i][:1].isupper() and raw_tokens[i][1:].islower()) or words[i] in _NOT_SURNAMES:
            continue
        codes = {code for name, code in known if name == words[i]}
        if len(codes) == 1:
            out.append(Mention(i - 1, i + 1, codes.pop(), None, " ".join(raw_tokens[i - 1 : i + 1]), True))
    return out


def _shared_surname(word: str, raw: str, known: frozenset[tuple[str, str]]) -> str | None:
    """A surname too common to stand for a leader on its own ("Kim", "Park", "Wang") stands for the one
    person of that surname the article has named in full ("Kim" after "North Korean leader Kim Jong
    Un"): the state of that person, or None when the article named none or people of two states."""
    if not raw[:1].isupper() or word.capitalize() not in SHARED_SURNAMES or not raw[1:].islower():  # most words fail the capital first
        return None
    codes = {code for name, code in known if name == word}
    return codes.pop() if len(codes) == 1 else None


def _phrases_at(actors: dict, longest: dict[str, int], words: list[str], i: int) -> list[tuple[str, ...]]:
    """The gazetteer phrases that start at position i ("Kim Jong Un" wins over the surname "Kim")."""
    reach = min(longest.get(words[i], 0), len(words) - i)
    return [tuple(words[i : i + n]) for n in range(reach, 0, -1) if tuple(words[i : i + n]) in actors]


def _the_north(raw_tokens: list[str], words: list[str], found: list[Mention]) -> list[Mention]:
    """'the North' (not 'the North Atlantic ...') is North Korea in news that names Korea, as Korean
    and wire news use it; only when a Korean actor is mentioned in the same sentence."""
    if not any(m.code in ("KOR", "PRK") for m in found):
        return []
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for i in range(1, len(words)):
        if words[i] == "north" and words[i - 1] == "the" and raw_tokens[i] == "North" and i not in taken:
            following = raw_tokens[i + 1] if i + 1 < len(raw_tokens) else ""
            if not following[:1].isupper():
                out.append(Mention(i, i + 1, "PRK", None, "North"))
    return out


_KOREAS_PLACE = frozenset("in across throughout on into from within inside".split())


def _the_koreas(raw_tokens: list[str], words: list[str], found: list[Mention]) -> list[Mention]:
    """'the two Koreas', 'both Koreas', 'the Koreas' name both Korean states: South Korea on the word before
    'Koreas' and North Korea on 'Koreas' (coder round 159: "The current leaders of the two Koreas met in April")."""
    if "Koreas" not in raw_tokens:
        return []  # the word every reading needs, in few sentences: no scan of the rest
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for i in range(1, len(words)):
        first = i - 2 if words[i - 1] == "two" else i - 1  # "the" of "the two Koreas"
        place = first > 0 and words[first - 1] in _KOREAS_PLACE  # "rivers in the Koreas": a place, no party
        pair = raw_tokens[i] == "Koreas" and words[i - 1] in ("the", "two", "both")
        if pair and not place and not {i - 1, i} & taken:
            out += [Mention(i - 1, i, "KOR", None, raw_tokens[i - 1]), Mention(i, i + 1, "PRK", None, "Koreas")]
    return out


def _merge(mentions: list[Mention], raw_tokens: list[str], agents: dict[tuple[str, ...], str]) -> list[Mention]:
    """Pieces of one actor joined by titles or sector words are one actor: 'South Korean' + 'President
    Lee Jae-myung', 'US' + 'Secretary of State' + 'Marco Rubio', 'Japanese' + 'counterpart' + 'Motegi'."""
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        gap = raw_tokens[last.end : mention.start] if last else []
        title_gap = len(gap) <= 4 and all(w[:1].isupper() or w in ("of", "the", "s") or (w,) in agents for w in gap)
        # "In Gyeongju, Lee is expected to hold meetings with ...": a place after "in", "at" or "near" and a person named
        # with no title right after it (the comma is no token) are two actors, the place and the clause's subject
        # (coder round 52); "In Japan, Prime Minister Shinzo Abe said ..." stays one
        fronted = last is not None and not gap and mention.person and not last.person and last.start > 0 and (
            raw_tokens[last.start - 1].lower() in ("in", "at", "near")
            and not _leader_title([w.lower() for w in raw_tokens], mention.start, LEADER_TITLES + MINISTER_TITLES)
        )
        # "Iranian Foreign Ministry spokesman Esmaeil Baghaei": the ministry is an actor of its own, the spokesman
        # another (actors round 37, `_ministry_office`), so the state's mention keeps the ministry and its sector (the
        # gap read last, only where the two would be joined otherwise)
        if last and last.code == mention.code and title_gap and not fronted and not _ministry_gap(gap):
            merged[-1] = Mention(
                last.start, mention.end, last.code, mention.sector or last.sector,
                " ".join(raw_tokens[last.start : mention.end]), last.person or mention.person, last.office and mention.office,
            )  # fmt: skip
        else:
            merged.append(mention)
    return merged


def _ministry_gap(gap: list[str]) -> bool:
    """Whether the tokens between two pieces of an actor hold a state's ministry before its own office
    (`_ministry_office`)."""
    gap_words = [w.lower() for w in gap]
    return any(_ministry_office(gap_words, k) for k in range(len(gap)))


def _attach_agents(mentions: list[Mention], words: list[str], agents: dict[tuple[str, ...], str]) -> list[Mention]:
    """A sector word right after an actor ('Chinese navy', 'Japan's foreign ministry') sets its sector."""
    out = []
    for mention in mentions:
        position = mention.end
        if position < len(words) and words[position] == "s":
            position += 1
        sector = mention.sector
        end = mention.end
        for n in (3, 2, 1):
            key = tuple(words[position : position + n])
            if len(key) == n and key in agents:
                sector, end = agents[key], position + n
                break
        out.append(Mention(mention.start, end, mention.code, sector, mention.text, mention.person, mention.office))
    return out
