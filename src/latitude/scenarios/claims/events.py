"""Event claims: visits and meetings ("President Lee arrived in Tokyo on Saturday", "X met Y's leader",
"his first foreign trip, to Tokyo") and missile tests ("North Korea fired a ballistic missile").

Actors come from the coder's gazetteer (leaders resolve against the article date), the event's date
from the coder's date code (a day, ISO week, month or year). Judged on the store's `events` table in
that window (a day ±3 days): a visit is CAMEO 042 (make a visit) from the visitor or 043 (host a
visit) from the host, a meeting any CAMEO 04 consultation between the two, a missile test a CAMEO
15 force posture or 138 threat by the state. When no day of the window holds at least
`COVERED_DAY_EVENTS` events the data do not cover it and the claim is not checkable; the verdict says
which events to load.
"""
from __future__ import annotations

import datetime as dt
import re

from latitude.scenarios.claims._base import CONTRADICTED, SUPPORTED, UNCHECKABLE, Claim, Verdict
from latitude.scenarios.claims._text import Sentence
from latitude.scenarios.claims.figures import COVERED_DAY_EVENTS, Lookup, events

VISIT, MISSILE = "visit", "missile test"
KIND = VISIT
KINDS = (VISIT, MISSILE)
DAY_SLACK = 3

# no sentence end in between: a period only after a digit or in an initial or title ("joseph r. biden, jr. arrived")
_GAP = r"(?:[^@.;]|\.(?=\d)|(?:(?<=\s[a-z])|(?<=\sjr)|(?<=\ssr)|(?<=\smr)|(?<=\sdr)|(?<=\sst))\.){0,90}?"
# a bare "visit" after a modal, "to" or "and", an adverb between ("will also visit Brazil and Jamaica", "will travel to Africa
# and visit Egypt, Tunisia, Togo and Cote d'Ivoire")
_VISIT = (r"(?P<verb>visited|visits|visiting|(?:will|would|to|and)\s+(?:also\s+|then\s+|later\s+|first\s+)?visit|"
          r"arrived in|arrives in|arriving in|arrived at|arrives at|"
          r"landed in|lands in|touched down in|touches down in|flew to|flies to|travell?ed to|travels to|made (?:his|her|their) way to|headed to|heads to|"
          r"heading to|left (?:@\d+ )?for|leaves (?:@\d+ )?for|paid (?:a|an|his|her) (?:\w+ )?visit to|"
          r"(?:'s|s')?\s*(?:(?:a|an|his|her|their|the)\s+)?(?:(?:state|official|working|historic|landmark|two-day|three-day|"
          r"\w+-day)\s+){0,3}visit\s+to|"
          r"(?:first|maiden|inaugural) (?:\w+ )?(?:trip|visit|stop|destination)(?: abroad| overseas)?(?: [a-z]+){0,4} (?:to|in|was))")
_MEET = (r"(?P<meet>met|meets|meeting|will meet|to meet|(?:held|holds|hold|resumed|resumes|opened|opens|began|begins|had|"
         r"has|concluded)\s+(?:\w+\s+)?talks\b[^.;]{0,40}?\bwith|talks with|summit with|summit talks with|meeting with|"
         r"sat down with|(?:shook|shakes|shaking|shake) hands with|hosted|hosts|received|welcomed|welcomes)")
_OBJECT = r"(?:with\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:top|senior|high[- ]ranking|visiting|former|new)\s+){0,2}"
_VISITS = [
    # the visitor, the verb, then each state of its list ("visiting Ethiopia, Gabon, Angola, Benin, and Egypt")
    re.compile(rf"(?P<s>@\d+)\s*,?\s*{_GAP}\b{_VISIT}\s+(?:the\s+)?(?P<p>@\d+)(?P<more>(?:\s*(?:,\s*and|,|and)\s*(?:the\s+)?@\d+)*)"),
    re.compile(rf"(?P<s>@\d+)\s*,?\s*{_GAP}\b{_MEET}\s+{_OBJECT}(?P<p>@\d+)"),
    # X and a top Y official opened talks / X and Y met
    re.compile(rf"(?P<s>@\d+)\s+(?:[^@.;]{{0,30}}?\s)?and\s+{_OBJECT}(?P<p>@\d+)\s+(?:\w+\s+)?(?:officials?\s+|leaders?\s+|"
               rf"counterparts?\s+)?(?P<meet2>opened talks|held talks|hold talks|began talks|resumed talks|met|meet|will meet|"
               rf"held a summit|hold a summit|held a meeting)"),
]
# "Seoul: US President Donald Trump arrived here on Tuesday", "SEOUL, April 25 -- U.S. President Barack Obama arrived here"
_DATELINE = re.compile(rf"^\W*(?P<p>@\d+)\s*(?:,\s*[a-z]+\.?\s+\d{{1,2}}\s*)?(?::|--|—|–)\s*[^@]{{0,20}}?(?P<s>@\d+)\s*{_GAP}"
                       rf"\b(?:arrived|arrives|landed|lands)\s+here\b")
_INVITED = re.compile(r"\b(?:invited|invites|inviting|invitation)\b")
# the launcher is a country or "it" (the sentence's subject: "said it has successfully test-fired a new missile"); the
# launch is a firing verb with a missile as its object ("fired at least one ballistic missile", "fired a salvo of cruise
# missiles") or a test carried out ("carried out a ballistic missile test", "conducted two missile launches")
_MISSILE_WORDS = (r"(?:(?:a|an|one|two|three|four|five|six|several|multiple|more|another|its|their|new|unidentified|suspected|"
                  r"at least|up to|series of|salvo of|barrage of|pair of|number of|type of|kind of|version of|\d+|"
                  r"short[- ]range|medium[- ]range|"
                  r"long[- ]range|intermediate[- ]range|intercontinental|ballistic|cruise|hypersonic|submarine[- ]launched|"
                  r"anti[- ]ship|surface[- ]to[- ]\w+|\w+-class|[\"'“”])\s*){0,7}")
_MISSILE = re.compile(
    rf"(?P<s>@\d+|\bit\b)\s*(?:'s\s+(?:military|army|navy)\s*)?,?\s*{_GAP}\b(?:"
    rf"(?:test[- ]?fired|test[- ]?fires|fired|fires|firing|launched|launches|launching|test[- ]?launched|tested|tests|shot)"
    rf"\s+(?:what (?:is|was|are|were) believed to be\s+|what appear(?:s|ed)? to be\s+)?{_MISSILE_WORDS}"
    r"(?:missiles?|icbms?|slbms?|rockets?|projectiles?)"
    rf"|(?:carried out|carries out|conducted|conducts|staged|stages)\s+{_MISSILE_WORDS}"
    r"(?:missile|icbm|rocket)\s+(?:tests?|launch(?:es)?|firings?|drills?))"
    # the launch as a noun with its launcher after "by": "a series of weapons tests by the North, including the firing of
    # multiple cruise missiles" (fifteenth round, held15-043)
    r"|\b(?:missile|weapons?|icbm|rocket)\s+(?:tests?|launch(?:es)?|firings?)\s+(?:carried\s+out\s+|conducted\s+)?by\s+"
    r"(?P<s2>@\d+)")
_PRONOUN = re.compile(r"\b(?:he|she|his|her|they|their)\b")
_HOSTS = ("hosted", "hosts", "received", "welcomed", "welcomes")
# a welcome is a visit only when the sentence says where or calls it one ("welcomed Prime Minister Abe of Japan to Downing
# Street ... on his first official visit", "welcomed French President Emmanuel Macron at the White House"), not "welcomed
# Russia's proposal"
_WELCOMED_TO = re.compile(r"^(?!'s)[^.;]*?(?:\bvisit|\b(?:to|at)\s+@\d+)")
# the meeting's place is the subject's own ("Chinese President Xi Jinping met with British Prime Minister Keir Starmer in
# Beijing"), or the visit is the partner's ("Modi met Sri Lankan President Gotabaya Rajapaksa on Friday morning, during the
# latter's first State visit"): the partner is the visitor
_MET_IN = re.compile(r"^[^.;@]{0,40}?\b(?:in|at)\s+(?P<k>@\d+)")
_THEIR_VISIT = re.compile(r"^[^.;@]{0,60}?\bduring\s+(?P<k>@\d+)'s\s+(?:\w+\s+){0,3}visit\b")
_FUTURE = re.compile(r"\b(?:will|plans? to|is to|scheduled to|set to|expected to|would)\b")


def find(s: Sentence) -> list[Claim]:
    claims: dict[tuple[str, str, str], Claim] = {}
    for number, pattern in enumerate(_VISITS):
        for m in pattern.finditer(s.template):
            subject = s.actor(m.group("s"))
            head = m.group(0)[: m.start("p") - m.start()]
            if _INVITED.search(head):      # "invited Kim to visit Russia" reports an invitation, not a visit
                continue
            if _PRONOUN.search(head):      # "X ... before his meeting with Y": his = the subject
                subject = s.antecedent
            partners = [m.group("p")] + re.findall(r"@\d+", m.groupdict().get("more") or "")
            for placeholder in partners:
                partner = s.actor(placeholder)
                if not subject or not partner or subject == partner or (VISIT, subject, partner) in claims:
                    continue
                topic = "visit" if number == 0 else "meeting"
                who, other = subject, partner
                rest = s.template[m.end():]
                if number == 1 and m.group("meet") in _HOSTS:
                    if m.group("meet").startswith("welcome") and not _WELCOMED_TO.search(rest):
                        continue
                    who, other, topic = partner, subject, "visit"
                elif number == 1 and _hosted_by_subject(s, rest, subject, partner):
                    who, other = partner, subject
                claims[(VISIT, who, other)] = Claim(VISIT, s.text, who, (other,), topic=topic, date=s.date,
                                                    year=s.year, negated=bool(_FUTURE.search(m.group(0))))
    dateline = _DATELINE.match(s.template)
    if dateline:
        visitor, host = s.actor(dateline.group("s")), s.actor(dateline.group("p"))
        if visitor and host and visitor != host and (VISIT, visitor, host) not in claims:
            claims[(VISIT, visitor, host)] = Claim(VISIT, s.text, visitor, (host,), topic="visit", date=s.date, year=s.year)
    for m in _MISSILE.finditer(s.template):
        subject = s.actor(m.group("s2")) if m.group("s2") else s.actor(m.group("s")) if m.group("s") != "it" else \
            s.antecedent
        if subject and (MISSILE, subject, "") not in claims:
            claims[(MISSILE, subject, "")] = Claim(MISSILE, s.text, subject, (), date=s.date, year=s.year)
    return list(claims.values())


def _hosted_by_subject(s: Sentence, rest: str, subject: str, partner: str) -> bool:
    """A meeting the partner travelled to: held in the subject's state, or during the partner's visit."""
    place = _MET_IN.search(rest)
    if place and s.actor(place.group("k")) == subject:
        return True
    visit = _THEIR_VISIT.search(rest)
    return bool(visit) and s.actor(visit.group("k")) == partner


def window(date: str | None) -> tuple[str, str] | None:
    """Days a resolved date stands for: a day ±3 days, an ISO week, a month or a year (None if unreadable)."""
    if not date:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            day = dt.date.fromisoformat(date)
            return str(day - dt.timedelta(days=DAY_SLACK)), str(day + dt.timedelta(days=DAY_SLACK))
        week = re.fullmatch(r"(\d{4})-W(\d{2})", date)
        if week:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return str(monday), str(monday + dt.timedelta(days=6))
        month = re.fullmatch(r"(\d{4})-(\d{2})", date)
        if month:
            first = dt.date(int(month.group(1)), int(month.group(2)), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return str(first), str(following - dt.timedelta(days=1))
        if re.fullmatch(r"\d{4}", date):
            return f"{date}-01-01", f"{date}-12-31"
    except ValueError:
        return None
    return None


def check(lookup: Lookup, claim: Claim) -> Verdict:
    if not lookup.has("events"):
        return Verdict(claim, UNCHECKABLE, "no event data in the store: load GDELT or ICEWS events with "
                       "`latitude events load FILE`", source="events")
    days = window(claim.date)
    if days is None:
        return Verdict(claim, UNCHECKABLE, "the text gives no date for the event (pass the article's date with --date)",
                       source="events")
    a, b = claim.subject, claim.other
    if claim.kind == MISSILE:
        what = f"shows of force by {a} (CAMEO 15x, 138x)"
        count = events(lookup, days, ("missile", a), lambda t: (t.source_iso3 == a) & ((t.root_code == "15") | t.cameo.startswith("138")))
    elif claim.topic == "meeting":
        what = f"consultations {a}-{b} (CAMEO 04x, either way)"
        count = events(lookup, days, ("meeting", a, b), lambda t: t.cameo.startswith("04") & (((t.source_iso3 == a) & (t.target_iso3 == b))
                                                                            | ((t.source_iso3 == b) & (t.target_iso3 == a))))
    else:
        what = f"visits {a}->{b} (CAMEO 042 by {a} or 043 hosted by {b})"
        count = events(lookup, days, ("visit", a, b), lambda t: ((t.source_iso3 == a) & (t.target_iso3 == b) & (t.cameo == "042"))
                       | ((t.source_iso3 == b) & (t.target_iso3 == a) & (t.cameo == "043")))
    period = f"{days[0]} to {days[1]}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", claim.date or ""):
        # a dated event is judged only when its own day is covered (the window then allows for late reports)
        day = events(lookup, (claim.date, claim.date), ("day",), lambda t: t.source_iso3.isnull() | t.source_iso3.notnull())
        if not day.covered_days:
            count = day
    if not count.covered_days:
        span = f"{count.coverage[0]}-{count.coverage[1]}" if count.coverage[0] else "unrecorded years"
        return Verdict(claim, UNCHECKABLE, f"the store's events do not cover {claim.date if count.count == 0 and len(claim.date or '') == 10 else period} (no day with at least "
                       f"{COVERED_DAY_EVENTS} events; the events table covers {span} with gaps): load GDELT or ICEWS "
                       f"events for {days[0][:7]} with `latitude events load FILE`", period, "events")
    figures = f"{count.count} {what} between {days[0]} and {days[1]} ({count.covered_days} covered days)"
    if count.first:
        figures += f", first on {count.first}"
    return Verdict(claim, SUPPORTED if count.count else CONTRADICTED, figures, period, "events")
