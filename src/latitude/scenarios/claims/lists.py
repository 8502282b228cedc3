"""Shares listed after a colon or a dash whose owner and flow are named before it.

"Saudi Arabia's main suppliers of arms and their share of its total imports: US (78 percent), France (6.4 percent)",
"Three states accounted for a significant area of Russia's arms exports: India received 39 percent, while China and
Vietnam each net 11 percent", "a much smaller share of U.S. trade — 15.2% with Canada and 15.7% with Mexico": the head
before the separator names one state (the owner) and its flow; each state after it that carries a share of its own (in
brackets, after any verb, or before "with", "to", "from") is one claim of that share. A group of states takes one share
only when "each" says so.
"""
from __future__ import annotations

import re

from latitude.scenarios.claims import arms, trade
from latitude.scenarios.claims._base import Claim
from latitude.scenarios.claims._patterns import AMOUNT, amount
from latitude.scenarios.claims._text import Sentence

# the separator: a colon, or a dash between words (not the hyphen of "2019-23" or "long-term")
_SEPARATOR = re.compile(r"\s*:\s+|\s*[—–]\s*|\s+-\s+")
_OWNED = re.compile(r"(?P<o>@\d+)(?:'s?|s')?\s+(?:[a-z-]+\s+){0,4}?(?P<noun>exports?|imports?|trade|trading\s+partners|"
                    r"suppliers|sources|customers|clients|buyers|recipients|markets|destinations|sales|purchases)\b")
_ARMS_WORDS = re.compile(r"\b(?:arms|weapons?|weaponry|armaments?|military|defen[cs]e|sipri)\b")
_TRADE_NOUN = re.compile(r"\b(?:exports?|imports?|trade|trading|markets|destinations|sales|purchases)\b")
_IMPORTS = re.compile(r"\b(?:imports?|suppliers|sources|purchases)\b")
_EXPORTS = re.compile(r"\b(?:exports?|customers|clients|buyers|recipients|markets|destinations|sales)\b")
# a state (or states joined by "and" with "each") followed by its share: in brackets, or after up to three words
_STATE_SHARE = re.compile(rf"(?P<g>@\d+(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)@\d+)*)\s*(?:\(\s*|(?P<each>each\s+)?"
                          rf"(?:(?!and\b|while\b|but\b|whereas\b)[a-z]+\s+){{0,3}}?)(?:about\s+|around\s+|some\s+)?{AMOUNT}")
# a share followed by its state: "15.2% with Canada"
_SHARE_STATE = re.compile(rf"{AMOUNT}\s+(?:of\s+[a-z]+\s+)?(?:with|to|from|for|going to|coming from)\s+(?:the\s+)?(?P<p>@\d+)")


def find(s: Sentence, here: list[Claim]) -> list[Claim]:
    """The claims of a share list after a colon or a dash (see the module's docstring) that no reader found; a share
    completes a claim of the same pair found without one ("Mexico's top export markets: the United States (80 percent),
    ...": the ranking of the list's head, the share of the list)."""
    for sep in _SEPARATOR.finditer(s.template):
        head, tail = s.template[: sep.start()], s.template[sep.end():]
        owned = list(_OWNED.finditer(head))
        if not owned or len(set(re.findall(r"@\d+", head))) != 1:
            continue   # the head names no owned flow, or more than one state
        owner, noun = s.actor(owned[-1].group("o")), owned[-1].group(0)
        words = head[owned[-1].start():]
        flow = "imports" if _IMPORTS.search(words) else "exports" if _EXPORTS.search(words) else "total"
        if _ARMS_WORDS.search(s.template):
            kind = {"imports": arms.SUPPLIER, "exports": arms.EXPORTS}.get(flow)
        else:
            kind = trade.KIND if _TRADE_NOUN.search(noun) else None   # "main suppliers" alone: arms or goods
        if owner is None or kind is None:
            continue
        claims: dict[str, Claim] = {}
        for m in _SHARE_STATE.finditer(tail):
            _add(claims, s, kind, owner, s.actor(m.group("p")), m, flow)
        for m in _STATE_SHARE.finditer(tail):
            group = re.findall(r"@\d+", m.group("g"))
            if len(group) > 1 and not m.group("each"):
                continue   # one share for several states that "each" does not give to every one
            for state in group:
                _add(claims, s, kind, owner, s.actor(state), m, flow)
        new = []
        for claim in claims.values():
            same = next((c for c in here if (c.kind, c.subject, c.other) == (claim.kind, claim.subject, claim.other)), None)
            if same is None:
                new.append(claim)
            elif same.share is None:
                same.share, same.qualifier = claim.share, claim.qualifier
        if claims:
            return new
    return []


def _add(claims: dict[str, Claim], s: Sentence, kind: str, owner: str, state: str | None, m: re.Match,
         flow: str) -> None:
    if state is None or state == owner or state in claims:
        return
    share, qualifier = amount(m)
    if kind == trade.KIND:
        claims[state] = Claim(kind, s.text, owner, (state,), share=share, qualifier=qualifier, flow=flow, year=s.year)
    else:
        claims[state] = Claim(kind, s.text, owner, (state,), share=share, qualifier=qualifier, year=s.year,
                              span=s.stated_span, topic="client" if kind == arms.EXPORTS else "")
