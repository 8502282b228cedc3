"""UN voting claims: "Y votes with X at the UN", "Y sides with X in the General Assembly", "Y is aligned
with X at the United Nations", "Y votes against X", and shifts: "Y is moving away from X at the UN".

Judged on UN General Assembly votes (`measures.alignment.agreement`, as `latitude align` prints):
- "votes with" / "sides with" / "aligned with": Cohen's kappa (Häge 2011, chance-corrected
  agreement) averaged over the last `UN_YEARS` sessions up to the claim's year is at least
  `WITH_KAPPA` (0.2, "fair" agreement beyond chance); "votes against" / "at odds with": below 0;
- "moving away from" / "closer to": Voeten's percent agreement, mean of the last five sessions
  against the five before, moved by at least `TREND_POINTS` in the claimed direction;
- a stated percentage ("voted with the United States 91 percent of the time", "Russia (28.6 percent)",
  "voted against the United States more than 80% of the time") is compared with latitude's figure for
  that dyad in the year the sentence names (the latest session otherwise, saying so): the State
  Department's "votes only" coincidence (yes/no pairs; abstentions and absences left out) up to 2016,
  on its "important votes" when the sentence says so; from 2017, when the Department changed its method
  so that abstentions count, and for any "agreement" figure, Voeten's agreement (abstention = half).
  Supported within `PERCENT_POINTS` points (docs/claims.md says why).
"sides with" and "aligned with" count only in a sentence about the UN or votes ("China sided with
North Korea" after a border clash is not a voting claim). A sentence about particular votes ("voted
with the West on three procedural motions", "on the resolution") is not a claim about alignment: the
store's roll calls are not matched to the resolutions a text names, so it is not checkable.
"""
from __future__ import annotations

import re

import numpy as np

from latitude.errors import LatitudeError
from latitude.scenarios.claims._base import CONTRADICTED, SUPPORTED, UNCHECKABLE, Claim, Verdict
from latitude.scenarios.claims._text import Sentence
from latitude.scenarios.claims.figures import Lookup, un_agreement, un_coverage, un_session_figure

KIND = "UN voting"
WITH_KAPPA = 0.2
TREND_POINTS = 0.02
PERCENT_POINTS = 5.0     # tolerance of a stated voting percentage, in points
STATE_METHOD_CHANGE = 2017   # the State Department's reports count abstentions from this year's on

_UN = re.compile(r"\b(?:un|u\.n\.?|united nations|general assembly|unga|vote|votes|voted|voting)\b")
_SINGLE = re.compile(r"\b(?:on|in|for)\s+(?:a|an|the|this|that|three|two|several|its|their|\w+)?\s*(?:\w+\s+)?"
                     r"(?:resolutions?|motions?|drafts?|proposals?|amendments?|ballots?|texts?|decisions?)\b")
_ADV = r"(?:(?:usually|often|mostly|generally|typically|consistently|reliably|almost always|always|largely|closely|"
_ADV += r"still|also|increasingly|frequently|tends to|tended to|has|have|had|continues to|continued to)\s+)*"
_PATTERNS = [
    re.compile(rf"(?P<s>@\d+|it)\s+(?:[^@.;]{{0,30}}?\s)?{_ADV}(?P<verb>votes?|voted|voting|sides?|sided|siding)\s+"
                rf"(?:(?:along|together)\s+)?(?:(?:with|against)\s+[a-z ]{{1,30}}?\s+and\s+)?(?P<way>with|against|alongside)\s+"
                rf"(?P<p>@\d+)"),
    re.compile(rf"(?P<s>@\d+|it)\s+(?:is|was|are|were|remains|remained|has been|stays)\s+{_ADV}(?P<way>aligned with|"
                rf"in line with|in lockstep with|at odds with|out of step with)\s+(?P<p>@\d+)"),
    # how often, said with another verb: "Syria and Somalia were at the bottom of the list, opposing the U.S. 87 percent of
    # the time", "Laos agreed with the United States on 30 percent of votes"
    re.compile(rf"(?P<s>@\d+|it)\s+(?:[^@.;]{{0,60}}?\s)?{_ADV}(?P<way>oppos(?:es|ed|ing|e)|(?:dis)?agree(?:s|d|ing)?\s+with)\s+"
               rf"(?P<p>@\d+)(?=[^@.;%]{{0,40}}?\d\s*(?:%|percent\b|per cent\b))"),
    # "the best U.S. ally at the UN was Israel, and the worst U.S. enemy at the UN was Zimbabwe"
    re.compile(r"\b(?:(?P<w>best|closest|staunchest|strongest|most reliable|most loyal|top)|(?P<a>worst|biggest|fiercest|"
               r"staunchest|main|top))\s+(?P<p>@\d+)\s+(?:(?(w)(?:ally|friend|supporter))|(?(a)(?:enemy|foe|opponent|adversary)))"
               r"\s+(?:at|in)\s+(?:the\s+)?(?:un|u\.n\.|united nations|general assembly)\s+(?:was|is|has been|remains|remained)\s+"
               r"(?P<s>@\d+)"),
    # "China and Russia still vote together most of the time", "... continue to coordinate their voting at the UN"
    re.compile(rf"(?P<s>@\d+)\s+and\s+(?P<p>@\d+)\s+{_ADV}(?:continue to\s+)?(?:(?P<verb>vote|voted)\s+(?:together|alike|the same way|"
               rf"in tandem|in lockstep)|(?:coordinate|coordinated|align|aligned)\s+(?:their|its)\s+(?:votes|voting))\b"),
    re.compile(r"(?P<s>@\d+|it)\s+(?:is|was|has been|appears to be|seems to be)\s+(?:gradually\s+|steadily\s+|slowly\s+)?"
                r"(?P<dir>moving|drifting|shifting|edging|pulling)\s+(?P<way>away from|closer to|towards|toward)\s+"
                r"(?:its\s+(?:patron|ally|protector)\s*,?\s*)?(?P<p>@\d+)"),
]


# one vote: a resolution or motion named in the singular, or a past-tense vote with no frequency ("sided with
# Russia and voted against a resolution", "backed its Russian partner and voted against"); a habit is not one
# vote ("voted with the United States 91 percent of the time", "the country that voted least with")
_ONE_TEXT = re.compile(r"\b(?:a|an|the|this|that|its|their)\s+(?:[\w.'-]+\s+){0,4}?(?:resolution|motion|draft|amendment|"
                       r"ballot|vote)\b(?!s)|\bthe only\s+(?:\w+\s+)?(?:nations|countries|states)\s+to\s+(?:join|back)\b|\bvoted\s+on\s+(?:[a-z]+\.?\s+\d|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
_PAST_VOTE = re.compile(r"\b(?:voted|sided|backed|joined|cast (?:its|their) votes?|abstained)\b")
_HABIT = re.compile(r"\b(?:percent|per cent|of the time|often|usually|mostly|generally|consistently|regularly|always|"
                    r"never|least|times|record|records|coincidence|years|decades|sessions?)\b|%|"
                    r"\b(?:top|bottom)\s+(?:ten|10|five|5|twenty|20)\b")   # a ranking of voters is a habit


def particular_vote(template: str) -> bool:
    """Whether a sentence reports one vote (not checkable against yearly agreement) rather than a habit."""
    if _HABIT.search(template):
        return bool(_ONE_TEXT.search(template)) and not re.search(r"\b(?:percent|per cent|of the time)\b|%", template)
    return bool(_ONE_TEXT.search(template) or _PAST_VOTE.search(template))


# a stated percentage: "91 percent", "83.1%", "more than 80% of the time"; not a share of the UN budget
_PERCENT = re.compile(r"(?:(?P<q>more than|over|nearly|almost|about|around|roughly|less than|under|only|just)\s+)?"
                      r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)(?!\s+of\s+(?:the\s+)?(?:un\s+|u\.n\.\s+)?"
                      r"(?:regular\s+)?budget)")
_IMPORTANT = re.compile(r"\b(?:important|key|crucial)\s+(?:votes|resolutions|roll calls)\b")
_AGREEMENT = re.compile(r"\b(?:agreement|agreed|agree)\b")
_QUALIFIER = {"more than": "over", "over": "over", "less than": "under", "under": "under", "nearly": "about",
              "almost": "about", "about": "about", "around": "about", "roughly": "about"}


def with_stated_share(s: Sentence, claim: Claim) -> Claim:
    """A voting habit with the percentage the sentence gives its voter: the first percentage after the
    voter's name, unless another voter is named in between with a percentage of its own ("Britain, with
    83.1 percent, and West Germany, with 78.8 percent"; "Sudan, Ecuador and Venezuela (33.3 percent each)").
    The figure is the share of votes *with* the pole; "voted against ... 80% of the time" is stored as 20."""
    if claim.kind != KIND or claim.topic not in ("with", "against") or claim.share is not None:
        return claim
    places = [m for m in re.finditer(r"@(\d+)", s.template) if s.actor(m.group(0)) == claim.subject]
    if not places:
        return claim
    start = places[0].end()
    found = _PERCENT.search(s.template, start, start + 300)
    if not found:
        return claim
    if _TREND.match(s.template, found.start()):   # "fallen from around 77% in 2018 to 67% in 2024": a change, not a level
        return claim
    between = s.template[start: found.start()]
    if any(s.actor(m.group(0)) not in (claim.subject, claim.other) and _PERCENT.search(s.template, start + m.end(), found.start())
           for m in re.finditer(r"@\d+", between)):   # positions in `between` are offsets from `start`
        return claim
    value = float(found.group("v"))
    if value > 100:
        return claim
    against = re.search(r"\b(?:against|oppos(?:es|ed|ing|e)|disagree(?:s|d|ing)?)\b", between) is not None
    qualifier = _QUALIFIER.get(found.group("q") or "", "")
    if against:
        value, qualifier = 100 - value, {"over": "under", "under": "over"}.get(qualifier, qualifier)
    measure = "agree" if _AGREEMENT.search(s.template) else ""
    prior = s.prior.template if s.prior is not None else ""
    important = bool(_IMPORTANT.search(s.template) or (_IMPORTANT.search(prior) and
                                                        re.search(r"\b(?:those|these|that|the same)\b", s.template)))
    span, year = s.stated_span, claim.year
    if span is None and s.prior is not None and s.prior.stated_span:   # "... votes in 2014 ..." then "In those votes, ..."
        span = s.prior.stated_span
        year = span[1]
    notes = {**claim.notes, "important": important, "measure": measure, "against": against}
    return Claim(claim.kind, claim.sentence, claim.subject, claim.others, share=value, qualifier=qualifier,
                 topic=claim.topic, year=year, span=span, date=claim.date, notes=notes)


_TREND = re.compile(r"(?<=from )(?:around |about |nearly |some )?\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per cent\b)[^@.;%]{0,30}?"
                    r"\bto\s+\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per cent\b)")


# "siding with the U.S. 91.5% of the time": how often, so a voting record even with no UN word
_OF_THE_TIME = re.compile(r"(?:%|\bpercent|\bper cent)\s+of\s+the\s+time\b")


_LEAD_VOTERS = re.compile(r"(?:@\d+\s*,\s*)*@\d+\s*,?\s+and\s+$")


def find(s: Sentence) -> list[Claim]:
    if not (_UN.search(s.template) or _OF_THE_TIME.search(s.template)):
        return []
    claims: dict[tuple[str, str], Claim] = {}
    for pattern in _PATTERNS:
        for m in pattern.finditer(s.template):
            g = m.groupdict()
            subject = s.actor(g["s"]) or (s.antecedent if g["s"] == "it" else None)
            partner = s.actor(g["p"])
            if not subject or not partner or subject == partner or (subject, partner) in claims:
                continue
            verb = g.get("verb") or ""
            if verb.startswith("sid") and not re.search(r"\b(?:un|u\.n\.?|united nations|general assembly|unga)\b",
                                                        s.template) and not _OF_THE_TIME.search(s.template):
                continue
            way = g.get("way") or ("against" if g.get("a") else "with")
            if g.get("dir"):
                topic = "away" if way == "away from" else "closer"
            else:
                topic = "against" if way in ("against", "at odds with", "out of step with") or way.startswith(("oppos", "disagree")) \
                    else "with"
            single = _SINGLE.search(s.template[m.end(): m.end() + 120]) is not None or particular_vote(s.template)
            # the voters listed before the one the pattern matched: "Syria and Somalia were ..., opposing the U.S."
            lead = _LEAD_VOTERS.search(s.template, 0, m.start()) if g["s"].startswith("@") else None
            voters = [s.actor(p) for p in re.findall(r"@\d+", lead.group(0))] if lead else []
            for voter in [*voters, subject]:
                if voter and voter != partner and (voter, partner) not in claims:
                    claims[(voter, partner)] = Claim(KIND, s.text, voter, (partner,),
                                                     topic="single vote" if single else topic, year=s.year, date=s.date)
    return list(claims.values())


def _trend(lookup: Lookup, claim: Claim) -> Verdict:
    first, last = un_coverage(lookup)
    end = min(claim.year or last, last)
    recent = un_agreement(lookup, claim.subject, claim.other, end, measure="agree")
    before = un_agreement(lookup, claim.subject, claim.other, end - 5, measure="agree") if end - 5 >= first else recent[:0]
    a, b = float(before["value"].mean()), float(recent["value"].mean())
    if np.isnan(a) or np.isnan(b):
        return Verdict(claim, UNCHECKABLE, f"too few UN votes of {claim.subject} and {claim.other} to {end}",
                       source="unvotes")
    change = b - a
    figures = (f"UN vote agreement {claim.subject}-{claim.other} (Voeten): {a:.3f} in {end - 9}-{end - 5}, {b:.3f} in "
               f"{end - 4}-{end} (change {change:+.3f}; a shift = at least ±{TREND_POINTS})")
    wanted = -1 if claim.topic == "away" else 1
    holds = abs(change) >= TREND_POINTS and np.sign(change) == wanted
    return Verdict(claim, SUPPORTED if holds else CONTRADICTED, figures, f"{end - 9}-{end}", "unvotes")


def _percent(lookup: Lookup, claim: Claim) -> Verdict:
    """A stated percentage against latitude's figure for the dyad in the named year(s) (see the module doc)."""
    first, last = un_coverage(lookup)
    stated_first, stated_last = (claim.span or (claim.year, claim.year)) if claim.year else (None, None)
    if stated_last is None or stated_last > last:
        start = end = last
    else:
        start, end = max(first, stated_first), stated_last
    important = bool(claim.notes.get("important"))
    if claim.notes.get("measure") == "agree" or end >= STATE_METHOD_CHANGE:
        measure, name = "agree", ("Voeten agreement (abstention = half)" + (
            "; the State Department's reports count abstentions from 2017 on" if end >= STATE_METHOD_CHANGE else ""))
    else:
        measure, name = "coincidence", "State Department voting coincidence, votes only (yes/no pairs)"
    if important:
        name += ", important votes"
    try:
        frame = un_session_figure(lookup, claim.subject, claim.other, (start, end), measure, important)
    except LatitudeError:   # coverage runs by calendar year, sessions by the year they opened: the last year may hold none
        if end < last - 1:
            raise
        frame = un_session_figure(lookup, claim.subject, claim.other, (last - 1, last - 1), measure, important)
        start = end = last - 1
    if frame.empty or frame["n_votes"].sum() == 0:
        marked = " (the roll calls mark important votes from 1983 to 2017 only)" if important else ""
        return Verdict(claim, UNCHECKABLE, f"no {name} votes of {claim.subject} and {claim.other} in {start}-{end}{marked}; "
                       "the State Department's Voting Practices in the United Nations table for that year would decide it",
                       source="unvotes")
    figure = 100 * float((frame["value"] * frame["n_votes"]).sum() / frame["n_votes"].sum())
    stated = claim.share
    if claim.qualifier == "over":
        holds = figure >= stated - PERCENT_POINTS
    elif claim.qualifier == "under":
        holds = figure <= stated + PERCENT_POINTS
    else:
        holds = abs(figure - stated) <= PERCENT_POINTS
    said = f"{claim.qualifier + ' ' if claim.qualifier else ''}{stated:g}%"
    way = f"against: {100 - figure:.1f}% (stated {100 - stated:g}%), with" if claim.notes.get("against") else "with"
    figures = (f"UN votes of {claim.subject} {way} {claim.other}: {figure:.1f}% ({name}; {int(frame['n_votes'].sum())} "
               f"votes); stated {said}; supported within {PERCENT_POINTS:g} points")
    years = f"{start}" if start == end else f"{start}-{end}"
    if stated_last is None:
        years += " (latest session; the sentence names no year)"
    elif stated_last > end:
        years += f" (latest session; the claim is about {stated_last})"
    return Verdict(claim, SUPPORTED if holds else CONTRADICTED, figures, years, "unvotes")


def check(lookup: Lookup, claim: Claim) -> Verdict:
    if claim.share is not None and claim.topic in ("with", "against"):
        try:
            return _percent(lookup, claim)
        except LatitudeError as error:
            return Verdict(claim, UNCHECKABLE, f"{error}; UN General Assembly votes covering that session would decide it "
                           "(`latitude data build unvotes`)", source="unvotes")
    if claim.topic == "single vote":
        try:
            last = un_coverage(lookup)[1]
        except LatitudeError:
            last = None
        # a vote after the store's last roll call is in no file of it, whatever the matching: say so
        past = (f"; the store's roll calls end in {last}, before {claim.year}, the year the claim is about"
                if last is not None and claim.year and claim.year > last else "")
        return Verdict(claim, UNCHECKABLE, f"{claim.subject} and {claim.other} on particular votes the sentence names: the "
                       "store's UN roll calls (`un_roll_calls`, to the last loaded session) are not matched to a "
                       f"resolution named in prose{past}; its document symbol (A/RES/...) would decide it", source="unvotes")
    try:
        if claim.topic in ("away", "closer"):
            return _trend(lookup, claim)
        frame = un_agreement(lookup, claim.subject, claim.other, claim.year, measure="kappa")
    except LatitudeError as error:
        return Verdict(claim, UNCHECKABLE, f"{error}; UN General Assembly votes covering those sessions would decide it "
                       "(`latitude data build unvotes`)", source="unvotes")
    if frame.empty:
        return Verdict(claim, UNCHECKABLE, f"no UN votes cast by both {claim.subject} and {claim.other}", source="unvotes")
    kappa = float(frame["value"].mean())
    first, last = int(frame["year"].min()), int(frame["year"].max())
    holds = kappa >= WITH_KAPPA if claim.topic == "with" else kappa < 0
    figures = (f"UN vote agreement {claim.subject}-{claim.other}: Cohen's kappa {kappa:.2f} (mean of {len(frame)} "
               f"sessions, {int(frame['n_votes'].sum())} joint votes; votes with = at least {WITH_KAPPA}, against = below 0)")
    years = f"{first}-{last}" + (f" (latest sessions; the claim is about {claim.year})" if claim.year and claim.year > last
                                 else "")
    return Verdict(claim, SUPPORTED if holds else CONTRADICTED, figures, years, "unvotes")
