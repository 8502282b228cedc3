"""Checking an article's claims against the store (`latitude check ARTICLE.txt`).

The article is read sentence by sentence (bounded: see `_text`). Each kind of claim has its own
module with a `find(sentence)` that recognises the claim as people write it and a `check(lookup,
claim)` that judges it on the public measure the CLI prints:

| kind | module | judged on |
|---|---|---|
| trading partner | `trade` | `measures.trade.trade_dependence` (rank and share) |
| dependence | `dependence` | trade or arms shares, or an ATOP defence pact |
| arms supplier, arms exports | `arms`, `arms_roles` | `measures.security.arms_imports`, `arms_deals` (SIPRI) |
| UN voting | `alignment` | `measures.alignment.agreement` (kappa; Voeten agreement for shifts; a stated percentage: coincidence or agreement in the named year) |
| alliance | `alliance` | `measures.security.alliance_portfolio` (ATOP defence pact) |
| visit, missile test | `events` | the `events` table in the event's date window |
| dollar, sanctions | `money` | IMF COFER reserve shares; invoicing and sanctions: not in the store |

Each claim gets a verdict — supported, contradicted or not checkable — with its figures, the years
they are for and their source; a not-checkable verdict names the data that would decide it.
`check_text` never raises on the text itself: whatever an article holds, the worst outcome of a
sentence is no claim. Rules and thresholds: docs/claims.md.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pandas as pd

from latitude.errors import LatitudeError
from latitude.scenarios.claims import (alignment, alliance, arms, arms_roles, dependence, events, frames, model, money,
                                       trade)
from latitude.scenarios.claims._base import (CONTRADICTED, SUPPORTED, UNCHECKABLE, VERDICTS, Claim, Verdict)
from latitude.scenarios.claims._text import MAX_SENTENCE, Sentence, read, sentences
from latitude.scenarios.claims.figures import Lookup
from latitude.scenarios.claims.resolve import Article

__all__ = ["CONTRADICTED", "COLUMNS", "Claim", "KINDS", "SUPPORTED", "UNCHECKABLE", "VERDICTS", "Verdict",
           "check_claims", "check_file", "check_text", "find_claims"]

COLUMNS = ["claim", "kind", "sentence", "verdict", "figures", "years", "source"]
_MODULES = (trade, dependence, arms, alignment, alliance, events, money)
_FAMILY = {arms.SUPPLIER: "arms", arms.EXPORTS: "arms"}   # one pair, read either way round
_OWNED = (trade.KIND, arms.SUPPLIER, arms.EXPORTS)   # kinds whose subject owns a ranking or shares of partners
KINDS: dict[str, Callable[[Lookup, Claim], Verdict]] = {}
for _module in _MODULES:
    for _kind in getattr(_module, "KINDS", (_module.KIND,)):
        KINDS[_kind] = _module.check


def _date(article_date: str | dt.date | None) -> dt.date | None:
    if article_date is None or isinstance(article_date, dt.date):
        return article_date
    try:
        return dt.date.fromisoformat(str(article_date).strip()[:10])
    except ValueError:
        raise LatitudeError(f"bad article date {article_date!r}: use YYYY-MM-DD") from None


def find_claims(text: str, article_date: str | dt.date | None = None, loose: bool = True) -> list[Claim]:
    """Every claim of every kind in a text, in reading order (one per kind and pair per sentence). `loose=False`
    leaves out the trained finder's looser reader (`model.loose`; the rules alone, as its fit compares them)."""
    day = _date(article_date)
    found: list[Claim] = []
    previous: Sentence | None = None
    article = Article()
    for raw in sentences(text)[0]:
        sentence = read(raw, day, previous, article)
        previous = sentence
        if not sentence.actors and "reserve" not in sentence.template and "'s share" not in sentence.template and \
                not frames.names_the_two(sentence):   # "the two allies ...": the states the previous sentence named
            continue
        seen: set[tuple[str, str, str]] = set()
        for module in _MODULES:
            for claim in (alignment.with_stated_share(sentence, c) for c in module.find(sentence)):
                key = (claim.kind, claim.subject, claim.other)
                if key not in seen:
                    seen.add(key)
                    found.append(claim)
        pairs = {(_FAMILY.get(key[0], key[0]), frozenset(key[1:])) for key in seen}
        for claim in (alignment.with_stated_share(sentence, c) for c in frames.find(sentence)):   # claims read by role that no phrase pattern read
            key = (claim.kind, claim.subject, claim.other)
            if claim.notes.get("owner") == "article":   # the ranking's owner from the article beats the previous subject
                stale = [c for c in found if c.sentence == sentence.text and c.kind == claim.kind and
                         c.other == claim.other and c.subject != claim.subject and c.subject not in sentence.actors]
                for old in stale:
                    found.remove(old)
                    seen.discard((old.kind, old.subject, old.other))
                    pairs.discard((_FAMILY.get(old.kind, old.kind), frozenset((old.subject, old.other))))
            deal = next((c for c in found if c.sentence == sentence.text and c.kind == arms.EXPORTS and c.topic == "deal"
                         and {c.subject, c.other} == {claim.subject, claim.other}), None) \
                if claim.kind in arms.KINDS and claim.share is not None else None
            if deal is not None:   # "Azerbaijan purchases 51% of weapons from Russia, ...": a stated share, not a deal
                found.remove(deal)
                seen.discard((deal.kind, deal.subject, deal.other))
                seen.add(key)
                found.append(claim)
            elif key not in seen and (_FAMILY.get(key[0], key[0]), frozenset(key[1:])) not in pairs:   # a pair the patterns read keeps their reading
                seen.add(key)
                found.append(claim)
            elif claim.kind == trade.KIND and claim.share is not None and claim.rank is None and claim.within is None:
                # a share read by role completes a ranking of the same pair that states none ("Japan is one of Viet Nam's
                # key trading partners, constituting 10 per cent of the country's total trade turnover")
                same = next((c for c in found if c.sentence == sentence.text and (c.kind, c.subject, c.other) == key), None)
                if same is not None and same.share is None and same.flow == claim.flow and not same.notes.get("shares"):
                    same.share, same.qualifier = claim.share, claim.qualifier
        if not any(c.sentence == sentence.text and c.kind == trade.KIND for c in found):
            for claim in (alignment.with_stated_share(sentence, c) for c in trade.loose(sentence)):
                key = (claim.kind, claim.subject, claim.other)
                if key not in seen and (_FAMILY.get(key[0], key[0]), frozenset(key[1:])) not in pairs:
                    seen.add(key)
                    found.append(claim)
        if not any(c.sentence == sentence.text and c.kind in arms.KINDS for c in found):
            for claim in arms_roles.loose(sentence):   # a share of one state's arms flow (the general reading)
                key = (claim.kind, claim.subject, claim.other)
                if key not in seen and (_FAMILY.get(key[0], key[0]), frozenset(key[1:])) not in pairs:
                    seen.add(key)
                    found.append(claim)
        here = [c for c in found if c.sentence == sentence.text]
        for claim in trade.shares_beside(sentence, here) + frames.ranks_before(sentence, here) + \
                trade.paired_places(sentence, here) + trade.places_ahead(sentence, here) + \
                trade.overtaken_by(sentence, here) + trade.lost_to(sentence, here):
            key = (claim.kind, claim.subject, claim.other)
            if key not in seen:
                seen.add(key)
                found.append(claim)
        for claim in model.loose(sentence, [c for c in found if c.sentence == sentence.text]) if loose else ():
            key = (claim.kind, claim.subject, claim.other)
            if key not in seen:
                seen.add(key)
                found.append(claim)
        for claim in alliance.listed_with(sentence, [c for c in found if c.sentence == sentence.text]):
            key = (claim.kind, claim.subject, claim.other)
            if key not in seen and (claim.kind, claim.other, claim.subject) not in seen:
                seen.add(key)
                found.append(claim)
        for claim in _paired_shares(sentence, day, loose):
            key = (claim.kind, claim.subject, claim.other)
            same = next((c for c in found if c.sentence == sentence.text and (c.kind, c.subject, c.other) == key), None)
            if key not in seen:
                seen.add(key)
                found.append(claim)
            elif same is not None and same.share is not None and same.share != claim.share:
                found[found.index(same)] = claim   # the share told in the partner's place, not the last one
        for claim in _while_shares(sentence, [c for c in found if c.sentence == sentence.text]):
            key = (claim.kind, claim.subject, claim.other)
            if key not in seen:
                seen.add(key)
                found.append(claim)
        _one_reading_per_pair(sentence, found)
        trade.places_in_list(sentence, [c for c in found if c.sentence == sentence.text])
        trade.negate_rankings(sentence, [c for c in found if c.sentence == sentence.text])
        article.owner = next((c.subject for c in found if c.sentence == sentence.text and c.kind in _OWNED), article.owner)
        article.ranked = {c.other: (c.rank, c.flow) for c in found if c.sentence == sentence.text and c.kind == trade.KIND
                          and c.rank is not None and c.subject == article.owner and c.other}
    return found


# one pair read both as trading partners and as an arms pair in one sentence (claims round 141): the sentence makes one
# claim of the pair, and the words of its paragraph say which. "Its top three customers are Qatar, UAE and Oman" or
# "Turkey accounts for 7 percent of Pakistan's imports" after a sentence about arms are arms claims, not rankings of all
# trade; "China has supplied 18.3 per cent of Ghana's imports" with no arms word in it or the sentence before is trade
def _one_reading_per_pair(sentence: Sentence, found: list[Claim]) -> None:
    """Drop from `found` the sentence's reading of a pair read both ways that its paragraph's words rule out (above)."""
    here = [c for c in found if c.sentence == sentence.text]
    doubled = {frozenset((c.subject, c.other)) for c in here if c.kind == trade.KIND} & \
        {frozenset((c.subject, c.other)) for c in here if c.kind in arms.KINDS}
    if not doubled:
        return
    about_arms = any(arms.ARMS_CONTEXT.search(s.template.lower()) for s in (sentence, sentence.prior) if s is not None)
    for claim in here:
        if frozenset((claim.subject, claim.other)) in doubled and \
                (claim.kind == trade.KIND if about_arms else claim.kind in arms.KINDS):
            found.remove(claim)


# shares paired with a list of partners in order by "respectively" (claims round 102): "China and Germany account for 13%
# and 11% of Algerian arms imports, respectively" reads as "China account for 13% of Algerian arms imports" and "Germany
# account for 11% of ...", each by the readers of one partner's share (its owner must be in the clause)
_SHARE = r"\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)"
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*"
_PAIRED_SHARES = re.compile(rf"^(?P<pre>.*?)(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+"
                            rf"(?P<verb>[a-z]+(?:\s+(?:for|up))?)\s+(?P<shares>{_SHARE}(?:\s*,\s*{_SHARE})*\s*,?\s+and\s+"
                            rf"{_SHARE})\s+(?P<rest>of\s[^;]*?)\s*,?\s+respectively\b(?P<post>.*)$")


def _paired_shares(sentence: Sentence, day, loose: bool) -> list[Claim]:
    match = _PAIRED_SHARES.match(sentence.text)
    if match is None:
        return []
    names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["names"]) if n]
    shares = re.findall(_SHARE, match["shares"])
    if len(names) != len(shares) or len(names) < 2:
        return []
    out = []
    for name, share in zip(names, shares):
        clause = f"{match['pre']}{name} {match['verb']} {share} {match['rest']}{match['post']}"
        out += [replace(c, sentence=sentence.text) for c in find_claims(clause, day, loose)
                if c.kind in _OWNED and c.share is not None]
    return out


# a second partner's share in a "while" / "whereas" clause (claims round 106): "China accounted for 14.9 percent of total
# U.S. trade ..., while Mexico contributed 14.3 percent" gives Mexico the reading of China's share (its owner, kind and
# flow) with its own share, when the second clause is a partner as subject of a share verb and a share, naming no owner
# or flow of its own ("Bangladesh received 7 per cent of the arms"), a gapped partner after it taking the same ("while
# Russia counts for 23 percent and South Korea for 9.3 percent"; "while Mexico accounted for 16% and Canada for 15%": the
# gapped partner takes the reading of the partner before it where that one was read directly); a first partner read
# as two kinds is not carried
_SHARE_VERB = (r"(?:accounts?|accounted|counts?|counted|makes?|made|contribut(?:es|ed)|receiv(?:es|ed)|represent(?:s|ed)|"
               r"constitut(?:es|ed)|compris(?:es|ed)|takes?|took|holds?|held|has|had|occupie[sd]|suppl(?:ies|ied)|"
               r"provid(?:es|ed))(?:\s+(?:for|up))?(?:\s+(?:around|about|nearly|almost|roughly|some|over|only|just))?")
_WHILE_SHARES = re.compile(rf"(?P<a>@\d+)\s+{_SHARE_VERB}\s+(?P<s1>{_SHARE})\s+of\s[^;]*?\s*,?\s+(?:while|whereas)\s+"
                           rf"(?P<b>@\d+)\s+{_SHARE_VERB}\s+(?P<s2>{_SHARE})(?:\s+of\s+the\s+[a-z]+)?"
                           rf"(?:\s*,?\s+and\s+(?P<c>@\d+)\s+for\s+(?P<s3>{_SHARE}))?\s*(?:[,.;]|$)")


def _while_shares(sentence: Sentence, here: list[Claim]) -> list[Claim]:
    match = _WHILE_SHARES.search(sentence.template)
    if match is None:
        return []

    def value(share: str) -> float:
        return float(re.match(r"\d+(?:\.\d+)?", share).group())

    def read_as(partner: str | None, share: float) -> list[Claim]:
        return [c for c in here if c.kind in _OWNED and c.other == partner and c.share == share]

    source, out = read_as(sentence.actor(match["a"]), value(match["s1"])), []
    for slot, share in (("b", "s2"), ("c", "s3")):
        if not match[slot]:
            continue
        partner, number = sentence.actor(match[slot]), value(match[share])
        if not partner or partner in {c.subject for c in source}:
            return out
        if any(c.kind in _OWNED and c.other == partner for c in here + out):
            source = read_as(partner, number) or source   # read directly: the gapped partner after it takes its reading
            continue
        if len(source) != 1:
            return out   # the first partner read two ways ("arms supplier" and "arms exports"): not carried
        out += [replace(c, others=(partner,), share=number, qualifier="", rank=None, within=None, minor=False,
                        negated=False, notes={k: v for k, v in c.notes.items() if k not in ("shares", "compared")})
                for c in source]
    return out


def check_claims(con, claims: list[Claim]) -> list[Verdict]:
    """A verdict for each claim (one store lookup per figure, shared between claims)."""
    lookup = Lookup(con)
    done: dict[tuple, Verdict] = {}
    out = []
    for claim in claims:
        key = _signature(claim)
        if key not in done:
            done[key] = KINDS[claim.kind](lookup, claim)
        first = done[key]
        out.append(first if first.claim is claim else replace(first, claim=claim))
    return out


def _signature(claim: Claim) -> tuple:
    """Everything a verdict depends on (the same claim in two sentences is judged once)."""
    return (claim.kind, claim.subject, claim.others, claim.rank, claim.within, claim.minor, claim.share,
            claim.qualifier, claim.flow, claim.topic, claim.negated, claim.year, claim.span, claim.date)


def describe(claim: Claim) -> str:
    """One line naming the claim ('CHN the largest trading partner of KOR')."""
    from latitude.scenarios.claims._base import claimed_rank

    other = claim.other
    share = f" ({claim.qualifier + ' ' if claim.qualifier else ''}{claim.share:g}%)" if claim.share is not None else ""
    when = f" ({claim.date})" if claim.date and claim.kind in events.KINDS else ""
    if claim.kind == trade.KIND:
        role = {"exports": "export market", "imports": "source of imports"}.get(claim.flow, "trading partner")
        other += " no longer" if claim.negated else ""   # "USA no longer the largest trading partner of NGA"
        if claim.within is not None:
            return f"{other} among {claim.subject}'s top {claim.within} {role}s{share}"
        if claim.rank is None and not claim.minor:
            return f"{other}'s share of {claim.subject}'s {'trade' if claim.flow == 'total' else claim.flow}{share}"
        if claim.minor:
            return f"{other} a minor {role} of {claim.subject}{share}"
        return f"{other} {claimed_rank(claim)} {role} of {claim.subject}{share}"
    if claim.kind == arms.SUPPLIER:
        if claim.rank is None and claim.within is None:
            return f"{other}'s share of {claim.subject}'s arms imports{share}"
        return f"{other} {claimed_rank(claim)} arms supplier of {claim.subject}{share}"
    if claim.kind == arms.EXPORTS:
        return f"{claim.subject} arms {'exports to' if claim.topic == 'client' else 'deal with'} {other}" + (
            f" ({claimed_rank(claim)} client)" if claim.topic == "client" else "")
    if claim.kind == dependence.KIND:
        return f"{claim.subject} depends on {other} for {claim.topic.replace('product:', '') or 'an unstated good'}"
    if claim.kind == alignment.KIND:
        verb = {"with": "votes with", "against": "votes against", "away": "moving away from",
                "closer": "moving closer to", "single vote": "voting with or against"}[claim.topic]
        share = 100 - claim.share if claim.notes.get("against") and claim.share is not None else claim.share
        often = f" {share:g}% of the time" if share is not None else ""
        return f"{claim.subject} {verb} {other} at the UN{often}"
    if claim.kind == alliance.KIND:
        return f"{claim.subject} {'not ' if claim.negated else ''}allied with {other}"
    if claim.kind == events.VISIT:
        return f"{claim.subject} {'meets' if claim.topic == 'meeting' else 'visits'} {other}{when}"
    if claim.kind == events.MISSILE:
        return f"{claim.subject} missile launch{when}"
    if claim.kind == money.SANCTIONS:
        return f"{claim.subject} sanctions" + (f" on {other}" if other else "")
    if claim.topic == "invoicing":
        return f"{claim.subject or 'trade'} invoiced in {other}"
    return f"{claim.subject} share of world reserves{share}"


def check_text(con, text: str, article_date: str | dt.date | None = None) -> pd.DataFrame:
    """Find and check every claim of an article: claim, kind, sentence, verdict, figures, years, source.

    `frame.attrs["skipped_sentences"]` counts sentences longer than `MAX_SENTENCE` characters, which
    are not read.
    """
    skipped = sentences(text)[1]
    verdicts = check_claims(con, find_claims(text, article_date))
    frame = pd.DataFrame([{"claim": describe(v.claim), "kind": v.claim.kind, "sentence": v.claim.sentence,
                           "verdict": v.verdict, "figures": v.figures, "years": v.years, "source": v.source}
                          for v in verdicts], columns=COLUMNS)
    frame.attrs["skipped_sentences"] = skipped
    frame.attrs["max_sentence"] = MAX_SENTENCE
    return frame


def check_file(con, path: str | Path, article_date: str | dt.date | None = None) -> pd.DataFrame:
    """`check_text` on a UTF-8 text file (one-line errors for a missing or non-text file)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LatitudeError(f"article {path} not found: give the path of a UTF-8 text file") from None
    except IsADirectoryError:
        raise LatitudeError(f"{path} is a directory: give the path of a UTF-8 text file") from None
    except UnicodeDecodeError:
        raise LatitudeError(f"{path} is not UTF-8 text: convert it (e.g. iconv -t UTF-8) and try again") from None
    return check_text(con, text, article_date)
