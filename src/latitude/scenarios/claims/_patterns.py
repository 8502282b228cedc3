"""Pattern pieces shared by the claim kinds (run on a `Sentence.template`: lower case, countries as @0, @1...)."""
from __future__ import annotations

import re

POSS = r"(?:'s?|s')?"


RELATIVE = r"(?:\s*,\s*(?:which|who)\b[^;]{0,90}?,)?"   # "The USA, which has given military aid to Egypt since 1978, was ..."


def actor(name: str, its: bool = True) -> str:
    """A named group matching a country placeholder (and 'its'/'their' when `its`)."""
    pronouns = "|its|their|the country's|the nation's" if its else ""
    return rf"(?P<{name}>@\d+{pronouns})"


COPULA = (r"(?:is|was|are|were|remains|remained|has been|had been|have been|became|becomes|become|followed as|followed|"
          r"serves as|served as|acts as|"
          r"emerged as|continues to be|continued to be|stays|stayed|ranks as|ranked as|ranks|ranked|"
          r"came in as|is now|was now|would be|will be|will remain|is still|remains the|"
          r"(?:overtook|displaced|replaced|surpassed|ousted|passed) (?:@\d+|[a-z]+) as|"
          # claims round 93: "this/last year" between the displaced partner and "as", after the verb's past or its
          # infinitive ("China is set to replace the United States this year as Peru's biggest trade partner")
          r"(?:overtook|overtake|displaced|displace|replaced|replace|surpassed|surpass|ousted|oust) @\d+ (?:this|last) year as|"
          # claims round 139: the active verb of displacement in its other tenses and verbs, "as" or "to become" after
          # the displaced partner: the place is the subject's ("The US has overtaken China to once more become the top
          # destination for Japan's exports", "Vietnam outpaced Japan to become South Korea's third-largest trading
          # partner", "Pakistan overthrew Uganda as the leading importer of Kenyan products")
          r"(?:(?:has|have|had)\s+(?:far\s+|now\s+|also\s+)?)?(?:overtaken|overtook|superseded|supplanted|outpaced|"
          r"outstripped|overthrew|overthrown|dethroned|unseated|eclipsed|toppled|leapfrogged|edged out|replaced|displaced|"
          r"surpassed|ousted|took the place of|taken the place of) @\d+ (?:as|to (?:once more |once again |again )?become)|"
          r"(?:continues to |continued to |will )?rank(?:s|ed)? (?:above|ahead of) @\d+ as|"
          r"(?:continues to |continued to |will )?rank(?:s|ed)? as)")
ADVERBS = r"(?:(?:now|still|by far|also|again|already|long|once|easily|clearly|currently|increasingly|firmly)\s+)*"

# --- one lexicon of ranks, places, fractions and quantities, shared by every kind's reader -------------------------
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                  "twentieth")
ORDINALS = {word: number for number, word in enumerate(_ORDINAL_WORDS, start=1)}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5, "10": 10}


def count_of(word: str) -> int:
    """The number a count word or numeral stands for: "three", "Five", "4"."""
    return _NUMBERS.get(word.lower()) or int(word)

TOP = r"(?:largest|biggest|best|top|no\.?\s?1|number[- ]one|leading|main|principal|primary|most important|foremost|dominant|chief|single largest|single biggest)"
KEYWORDS = r"(?:key|major|important|significant|crucial|vital|big|essential|core|leading|main|top|largest|biggest)"
MINORWORDS = r"(?:minor|small|smaller|marginal|modest|insignificant)"
ORDINAL = (rf"(?:{'|'.join(sorted(_ORDINAL_WORDS[1:], key=len, reverse=True))}|[1-9]?\d(?:st|nd|rd|th)|"
           r"(?:no\.\s?|number[- ])(?:1\d|[2-9]|two|three|four|five|six|seven|eight|nine|ten)\b|runner[- ]up)")
# (an ORDINAL: "second", "12th", "No. 2", "number two", "runner-up"; "first" alone is no rank: "the first time")
PLACE_NOUN = r"(?:place|position|spot|slot)"
RANK = (rf"(?P<rank>(?:{ORDINAL}[- ](?:largest|biggest|most important|top|leading|major|main|key)|{ORDINAL}|"
        rf"one of (?:the )?(?:{TOP}|{KEYWORDS})|among (?:the )?(?:top|largest|biggest|main|key|major)"
        rf"(?: (?:two|three|four|five|ten|[2-5]|10))?|top (?:two|three|four|five|ten|[2-5]|10)|"
        rf"(?:{TOP}|{KEYWORDS}|{MINORWORDS})(?:\s+(?:and|or)\s+(?:{TOP}|{KEYWORDS}))?))")

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# every whole percent written in words, "two" to "ninety-nine" ("sixty-eight percent", "twenty one per cent")
_WORD_NUMBERS = {**{w: n for n, w in enumerate(_UNITS, start=1) if n >= 2}, **{w: n for n, w in enumerate(_TEENS, start=10)},
                 **{w: 20 + 10 * t for t, w in enumerate(_TENS)},
                 **{f"{w}{sep}{u}": 20 + 10 * t + n for t, w in enumerate(_TENS) for n, u in enumerate(_UNITS, start=1)
                    for sep in ("-", " ")}}
WORD_PERCENT = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
_INTENSIFIER = r"(?:whopping|full|good|solid|hefty|mere|bare|staggering|massive|sizeable|sizable)"
# every fraction as written: "a quarter", "one-fifth", "two thirds", "a whopping third", "three-quarters", "one in four",
# "two out of every five", "half" (the value is read back by `fraction_value`)
FRACTION = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)(?:\s+" + _INTENSIFIER + r")?[\s-]+"
            r"(?:halves|half|thirds?|quarters?|fourths|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|"
            r"(?:one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:in|out\s+of|of\s+every)\s+(?:every\s+)?"
            r"(?:two|three|four|five|six|seven|eight|nine|ten|10|[2-9])\b|half)")
# quantities with no number: "most of", "the bulk of", "the lion's share of" (at least the value), "almost all of"
MOST = {"most": 50.0, "the bulk": 50.0, "the majority": 50.0, "a majority": 50.0, "the vast majority": 50.0,
        "the overwhelming majority": 50.0, "the lion's share": 50.0, "over half": 50.0, "more than half": 50.0,
        "almost all": 85.0, "nearly all": 85.0, "virtually all": 85.0, "all": 95.0, "much": 20.0}
MOST_WORDS = "|".join(sorted(MOST, key=len, reverse=True))


def fraction_value(text: str) -> float:
    """The percent a FRACTION stands for: 'a quarter' 25.0, 'two-thirds' 66.7, 'one in five' 20.0, 'half' 50.0."""
    words = re.sub(rf"\b{_INTENSIFIER}\b", " ", text.lower().replace("-", " ")).split()
    if words == ["half"]:
        return 50.0
    if len(words) >= 3 and words[1] in ("in", "out", "of"):
        top, bottom = words[0], words[-1]
        top_n = _NUMBERS.get(top) or int(top)
        return round(100 * top_n / (_NUMBERS.get(bottom) or int(bottom)), 1)
    top_n = _NUMERATORS[words[0]]
    bottom = words[-1]
    bottom = bottom[:-1] if bottom not in _DENOMINATORS and bottom.endswith("s") else bottom
    bottom = "half" if bottom == "halve" else bottom
    return round(100 * top_n / _DENOMINATORS[bottom], 1)


QUALIFIER = (r"(?P<qual>no less than|not less than|no more than|not more than|about|around|some|nearly|almost|roughly|approximately|over|more than|just over|just under|under|"
             r"less than|above|below|at least|close to|only|just)?")
AMOUNT = (rf"{QUALIFIER}\s*(?:(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b)|"
          rf"(?P<w>{WORD_PERCENT})\s+(?:percent|per cent)\b|(?P<f>{FRACTION})\b)")
_PERCENT = re.compile(AMOUNT)


def amount(match: re.Match) -> tuple[float, str]:
    """(percent, qualifier) of an AMOUNT match ('77 per cent', 'seventy percent', 'a quarter')."""
    qualifier = (match.group("qual") or "").strip()
    qualifier = "" if qualifier in ("only", "just") else qualifier
    qualifier = {"no less than": "at least", "not less than": "at least", "no more than": "under",
                 "not more than": "under"}.get(qualifier, qualifier)   # "no less than 92 per cent" is at least 92
    if match.group("n"):
        return float(match.group("n")), qualifier
    if match.group("w"):
        return float(_WORD_NUMBERS[match.group("w").lower()]), qualifier
    return fraction_value(match.group("f")), qualifier or "about"


# a place in a list of partners: "the United States came in second in the list of Thailand's top trading partners", "This
# placed Poland in sixth place on the list of Germany's largest trading partners"
PLACE_IN_LIST = re.compile(rf"(?:\b(?:in|took|taken|takes|holds|held|maintained|maintains|occupies|occupied|retained|retains)\s+"
                           rf"(?:the\s+)?(?P<a>first|top|{ORDINAL})\s+{PLACE_NOUN}|\b(?:came|comes|ranked|ranks|"
                            rf"placed|finished|stood|stands)\s+(?:in\s+)?(?P<b>first|{ORDINAL}))\s+(?:on|in|among)\s+"
                            rf"(?:the\s+)?(?:list\s+of\s+|ranking\s+of\s+)?(?:@\d+(?:'s?|s')?\s+)?$")


def ordinal_value(words: str) -> int | None:
    """The place the ordinal the words start with stands for: 'second largest' 2, '39th most important' 39, 'No. 2' 2,
    'number two' 2, 'runner-up' 2, 'first' 1; None when they start with none."""
    words = " ".join(words.lower().replace("-", " ").split())
    numbered = re.match(r"(\d{1,2})(?:st|nd|rd|th)\b", words)
    if numbered:
        return int(numbered.group(1))
    called = re.match(r"(?:no\.\s?|number )(\d{1,2}|[a-z]+)\b", words)
    if called:
        return int(called.group(1)) if called.group(1).isdigit() else _NUMBERS.get(called.group(1))
    if words.startswith("runner up"):
        return 2
    first = words.split(" ", 1)[0] if words else ""
    return ORDINALS.get(first)


def place_value(word: str) -> int | None:
    """The place a place word stands for ('top place', 'in second position', 'No. 3 spot'): 'top' 1, else its ordinal."""
    return 1 if word.strip().lower() == "top" else ordinal_value(word)


def rank_of(words: str, plural: bool) -> tuple[int | None, int | None, bool]:
    """(exact rank, within top K, minor) for rank words: 'largest' -> (1, None, False); 'key' or a
    plural 'largest ... partners' -> (None, 5, False); 'top three' -> (None, 3, False); 'minor' -> minor."""
    words = " ".join(words.lower().replace("-", " ").split())
    if re.search(MINORWORDS, words):
        return None, None, True
    place = ordinal_value(words)   # "39th most important trade partner", "No. 2 export market", "runner-up"
    if place is not None:
        return place, None, False
    top = re.search(r"top (two|three|four|five|ten|[2-5]|10)\b|among the \w+ (two|three|four|five|ten|[2-5]|10)\b", words)
    if top:
        return None, _NUMBERS[top.group(1) or top.group(2)], False
    if words.startswith(("one of", "among")):
        return None, 5, False
    if re.fullmatch(rf"{TOP}(?:\s+(?:and|or)\s+{TOP})?", words) and not plural and not re.fullmatch(
            r"(?:key|major|important)", words):
        return 1, None, False
    return None, 5, False


def percent_after(text: str, start: int, window: int = 90) -> tuple[float, str] | None:
    """The first percentage within `window` characters after `start` (value, qualifier)."""
    match = _PERCENT.search(text, start, min(len(text), start + window))
    return None if match is None else amount(match)


# the new level of a change: "increased to 4.8% from 4.4%", "rose from 4.4% to 4.8%", "from 1.6 percent in 1987 to 22.0
# percent in 2017", "fell from 70 to 49pc" (claims round 53: a period between the two levels, and "pc")
_LEVEL = r"\d{1,3}(?:\.\d+)?"
_UNIT = r"\s*(?:%|percent\b|per cent\b|pc\b)"
_BETWEEN = r"(?:\s+(?:in|during)\s+[^@;,%]{1,15}?)?"
_TO_FROM = re.compile(rf"\bto\s+(?P<n>{_LEVEL}){_UNIT}\s+from\s+\d|"
                      rf"\bfrom\s+{_LEVEL}{_UNIT}{_BETWEEN}\s+to\s+(?P<m>{_LEVEL})|"
                      rf"\bfrom\s+{_LEVEL}{_BETWEEN}\s+to\s+(?P<k>{_LEVEL}){_UNIT}")


def level_after(text: str, start: int) -> tuple[float, str, int] | None:
    """The share stated after `start` and where it ends: the new level of a change ("rose from 4.4% to 4.8%"), else the
    first percentage within 60 characters ("had been 2.4 per cent", "was less than 2%")."""
    change = _TO_FROM.search(text, start, min(len(text), start + 90))
    if change and ";" not in text[start: change.start()]:
        return float(change.group("n") or change.group("m") or change.group("k")), "", change.end()
    match = _PERCENT.search(text, start, min(len(text), start + 60))
    return None if match is None else (*amount(match), match.end())


def flow_after(text: str, start: int, window: int = 120) -> str | None:
    """'exports' or 'imports' when the words after a stated share name them ("78% of total Mexican
    exports"), else None."""
    match = _PERCENT.search(text, start, min(len(text), start + window))
    if match is None:
        return None
    tail = text[match.end(): match.end() + 45]
    found = re.match(r"\s+of\s+[^.;,]{0,35}?\b(exports|imports|shipments|outbound|inbound)\b", tail)
    if not found:
        return None
    return "imports" if found.group(1) in ("imports", "inbound") else "exports"


def stated_share_holds(stated: float, qualifier: str, actual: float) -> bool:
    """Whether a stated share (percent, with 'over', 'under' or 'about') agrees with the data's fraction."""
    from latitude.scenarios.claims._base import share_agrees

    actual_pct = 100 * actual
    if qualifier in ("over", "more than", "just over", "above", "at least"):
        return actual_pct >= stated - 1.0
    if qualifier in ("under", "less than", "below", "just under"):
        return actual_pct <= stated + 1.0
    return share_agrees(stated, actual)


_OWNER_BEFORE = re.compile(r"(?P<s>@\d+|its|their)(?:'s?|s')?\s+(?:(?:by far|now|still|also|once again|again|other|"
                           r"two|three|four|five)\s+)*$")
_OWNER_AFTER = re.compile(r"^\s*(?:of|for|to|in)\s+(?:the\s+)?(?P<s>@\d+)")
DISPLACED = re.compile(r"\b(?:displaced|displacing|replaced|replacing|overtook|overtaking|surpassed|surpassing|ousted|"
                        r"passed|unseated|behind|after|than|ahead of|over|leapfrogging|leapfrogged|eclipsing|eclipsed|"
                        # claims round 139: the other verbs of COPULA's active displacement
                        r"overtaken|superseded|supplanted|outpaced|outstripped|overthrew|overthrown|dethroned|toppled|"
                        r"edged out|took the place of|taken the place of)\s+$")
_PARTNER_AFTER = re.compile(r"^\s*(?:,|:|\(|is|are|was|were|remains|remained|being)\s*(?:the\s+)?(?P<p>@\d+)")


_CLAUSE_BREAK = re.compile(r"[;]|\bbut\b|\bwhile\b|\bwhereas\b")


def last_clause(text: str) -> str:
    """The clause a text ends in (cut at ';', 'but', 'while' and 'whereas'): where a claim's partner is looked for."""
    return _CLAUSE_BREAK.split(text)[-1]


def anchored(s, anchor: re.Pattern) -> list[tuple[str, str, re.Match]]:
    """(state, partner, match) for each anchor phrase ("the second-most important single export
    destination") whose state and partner can be read around it: the state from a possessive just
    before it ("Japan's", "its") or "of/for/to X" just after it; the partner from the nearest other
    country before it in the same clause, else right after it ("..., China")."""
    found = []
    for m in anchor.finditer(s.template):
        before, after = s.template[: m.start()], s.template[m.end():]
        owner = _OWNER_BEFORE.search(before)
        subject_at = owner.start("s") if owner else None
        subject = s.actor(owner.group("s")) if owner else None
        if subject is None:
            owner = _OWNER_AFTER.match(after)
            subject = s.actor(owner.group("s")) if owner else None
        if subject is None:
            continue
        clause = last_clause(before[:subject_at] if subject_at is not None else before)
        follow = _PARTNER_AFTER.match(after)
        partner = s.actor(follow.group("p")) if follow else None
        partners = [partner] if partner else []
        if partner is None:   # the nearest country before, unless it is the one displaced ("X displaced Y as ...")
            candidates = [m2 for m2 in re.finditer(r"@\d+", clause) if s.actor(m2.group(0)) not in (None, subject)
                          and not DISPLACED.search(clause[: m2.start()])]
            plural = m.group(0).rstrip().endswith("s")
            if candidates:
                partners = [s.actor(candidates[-1].group(0))]
                for earlier, later in zip(candidates[-2::-1], candidates[:0:-1]):   # "Canada and China, the US' ..."
                    if not plural or not re.fullmatch(r"\s*(?:,|and|&|, and)\s*(?:the\s+)?",
                                                      clause[earlier.end(): later.start()]):
                        break
                    partners.append(s.actor(earlier.group(0)))
        copula = re.search(r"(?P<p>@\d+)\s+(?:is|was|are|were|remains|remained|became|has become)\s+(?:now\s+|still\s+)?$",
                           before[:subject_at]) if owner is not None and owner.group("s") in ("its", "their") else None
        if copula and s.actor(copula.group("p")) == subject:
            # "... Vietnam ... and the US is its largest export market": "its" is not the US but the country before
            earlier = [s.actor(m2.group(0)) for m2 in re.finditer(r"@\d+", before[: copula.start()])]
            earlier = [code for code in earlier if code and code != subject]
            if earlier:
                subject, partners = earlier[-1], [s.actor(copula.group("p"))]
        for partner in partners:
            if partner and partner != subject:
                found.append((subject, partner, m))
    return found


LISTED = re.compile(r"(?P<p>@\d+)\s*\(\s*(?:about\s+|around\s+|some\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)[^)]{0,30}\)")


def listed_shares(text: str) -> list[tuple[str, float]]:
    """'the United States (78 percent), Germany (16 percent) and Italy (6.2 percent)' -> [(@0, 78.0), ...]."""
    return [(m.group("p"), float(m.group("n"))) for m in LISTED.finditer(text)]
