"""Alliance claims: "X is Y's treaty ally", "its long-term ally, the United States", "U.S. allies like
South Korea", "the Mutual Defense Treaty between X and Y", "the X-Y alliance", "Y is not an ally of X".

Judged on the ATOP defence pact (`measures.security.alliance_portfolio`, the `atop_defense` column
`latitude profile` prints) in the latest ATOP year at or before the claim's year: an ally = a defence
pact in either direction (ATOP codes who is obliged to defend whom); "not an ally" is supported when
there is none.
"""
from __future__ import annotations

import re

from latitude.errors import LatitudeError
from latitude.scenarios.claims._base import CONTRADICTED, SUPPORTED, UNCHECKABLE, Claim, Verdict
from latitude.scenarios.claims._patterns import POSS
from latitude.scenarios.claims._text import Sentence
from latitude.scenarios.claims.figures import Lookup, alliance

KIND = "alliance"
_KINDS = r"(?:(?:long[- ]term|long[- ]?time|long[- ]standing|key|main|closest|close|treaty|security|military|staunch|" \
         r"traditional|only|oldest|most important|important|chief|major|principal|sole|strongest|formal|mutual|" \
         r"defen[cs]e)\s+)*"
_ALLY = rf"{_KINDS}(?:ally|allies|alliance partner|treaty partner)"
_PACT = r"(?:mutual defen[cs]e|defen[cs]e|security|alliance|mutual security|mutual cooperation and security)\s+(?:treaty|pact|agreement)"
_PATTERNS = [
    # Y's long-term ally, X / its key security ally, X
    (re.compile(rf"(?P<s>@\d+|its|their|the country's|the nation's){POSS}\s+{_ALLY}\s*,\s*(?P<p>@\d+)"), False),
    # X, the country's key security ally / X, Y's ally
    (re.compile(rf"(?P<p>@\d+)\s*,\s*(?P<s>@\d+|its|their|the country's|the nation's){POSS}\s+{_ALLY}"), False),
    # X is Y's treaty ally / X remains an ally of Y / Y is not an ally of X
    (re.compile(rf"(?P<p>@\d+)\s+(?:is|was|are|were|remains|remain|has been|became|becomes)\s+(?P<neg>not\s+|no\s+longer\s+|never\s+)?"
                rf"(?:(?:the|a|an)\s+)?(?:(?P<s>@\d+|its|their){POSS}\s+{_ALLY}|{_ALLY}\s+(?:of|to)\s+(?P<s2>@\d+))"), False),
    # India is a long-time ally of Russia / a proposal by long-time ally Russia
    (re.compile(rf"(?P<s>@\d+)\s+(?:is|was|remains|has been)\s+(?P<neg>not\s+)?(?:a|an|the)\s+{_ALLY}\s+(?:of|to)\s+(?P<p>@\d+)"), False),
    # The Philippines is one of the United States oldest Asian partners and a ... ally / X has a mutual defence treaty with Y
    (re.compile(r"(?P<s>@\d+)\s+(?:is|was|remains)\s+(?:one of\s+)?(?P<p>@\d+)(?:'s?|s')?\s+[^@.;]{0,60}?\b(?:ally|allies)\b"),
     False),
    (re.compile(rf"(?P<s>@\d+)\s+(?:has|had|signed|concluded|maintains|keeps)\s+(?:a|an|its)\s+[^@.;]{{0,20}}?{_PACT}\s+with\s+"
                rf"(?P<p>@\d+)"), True),
    # references to Thailand as the United States' "oldest Asian ally"
    (re.compile(r"(?P<s>@\d+)\s+as\s+(?P<p>@\d+)(?:'s?|s')?\s+[\"']?\s*(?:[a-z-]+\s+){0,3}(?:ally|allies)\b"), False),
    # U.S. allies like South Korea / allies of X such as Y / X's ally Y
    (re.compile(rf"(?P<p>@\d+){POSS}\s+{_KINDS}(?:allies|ally)\s+(?:like|such as|including|,)?\s*(?P<s>@\d+)"), False),
    (re.compile(r"(?:allies|ally)\s+of\s+(?P<p>@\d+)\s*,?\s+(?:like|such as|including)\s+(?P<s>@\d+)"), False),
    # "The Pentagon wants to know how Australia - and other allies such as Japan - would respond": allies of the
    # sentence's subject
    (re.compile(r"(?<!')(?<!'s)\s(?P<s>)(?:other|fellow|key|close|regional)\s+allies\s+(?:such as|like|including)\s+(?P<p>@\d+)"),
     False),
    (re.compile(r"(?P<p>@\d+)\s*(?:-|–|—|,)?\s*and\s+(?P<s>)other\s+allies\b"), False),
    # its NATO ally Turkey / a rift with NATO ally Washington (the ally of the sentence's subject)
    (re.compile(rf"(?P<s>\bits|\btheir)\s+(?:fellow\s+)?(?:nato\s+)?{_KINDS}ally\s+(?P<p>@\d+)"), False),
    (re.compile(r"(?<!')(?<!'s)\s(?P<s>)(?:fellow\s+)?nato\s+ally\s+(?P<p>@\d+)"), False),
    # the Mutual Defense Treaty between X and Y / Y signed a defence pact with X
    (re.compile(rf"{_PACT}\s+(?:between|of)\s+(?P<p>@\d+)\s+and\s+(?P<s>@\d+)"), True),
    (re.compile(rf"(?P<s>@\d+)\s+(?:has|had|signed|concluded|maintains|keeps)\s+(?:a|an|its)\s+{_PACT}\s+with\s+(?P<p>@\d+)"), True),
    # the X-Y alliance / X and Y are allies
    (re.compile(r"(?P<p>@\d+)\s*[-/]\s*(?P<s>@\d+)\s+(?:military\s+|security\s+|defen[cs]e\s+)?alliance"), True),
    (re.compile(r"(?P<p>@\d+)\s+and\s+(?P<s>@\d+)\s+(?:are|were|remain|have been)\s+(?P<neg>not\s+)?(?:treaty\s+|close\s+|formal\s+)?allies"), True),
]


# "the United States, Australia, and New Zealand entered into the ANZUS Treaty in 1951": the first state named is allied
# with each of the others (a defence treaty: its name or the sentence says defence, security, military or alliance)
_JOINED = re.compile(r"(?P<list>@\d+(?:\s*,\s*@\d+)*\s*,?\s*and\s+@\d+)\s+(?:[^@.;]{0,20}?\s)?(?:signed|entered into|"
                     r"concluded|formed|founded)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:treaty|pact|alliance)\b")
_DEFENCE = re.compile(r"\b(?:mutual|defen[cs]e|security|military|alliance|anzus|nato)\b")


def find(s: Sentence) -> list[Claim]:
    claims: dict[tuple[str, str], Claim] = {}
    for m in _JOINED.finditer(s.template):
        if not _DEFENCE.search(s.template):
            continue
        named = list(dict.fromkeys(code for code in (s.actor(p) for p in re.findall(r"@\d+", m.group("list"))) if code))
        for other in named[1:]:
            claims[tuple(sorted((named[0], other)))] = Claim(KIND, s.text, named[0], (other,), year=s.year)
    for pattern, symmetric in _PATTERNS:
        for m in pattern.finditer(s.template):
            g = m.groupdict()
            who = g.get("s") if g.get("s") is not None else g.get("s2")
            subject = s.actor(who) or (s.antecedent if who in ("its", "their", "the country's", "the nation's", "") else None)
            partner = s.actor(g.get("p"))
            if not subject or not partner or subject == partner:
                continue
            key = tuple(sorted((subject, partner))) if symmetric else (subject, partner)
            if key in claims or (partner, subject) in claims:
                continue
            claims[key] = Claim(KIND, s.text, subject, (partner,), negated=bool(g.get("neg")), year=s.year)
    return list(claims.values())


# "key allies, mainly Japan and the Republic of Korea (ROK)", "security relationships with Japan and the ROK": the states
# of a list joined by "and" that opens with a state an alliance claim read are each allied with its other party, unless
# the list holds that party ("an agreement between Australia, New Zealand and the U.S.": a bloc, `frames`') or the
# sentence pairs allies with rivals ("its allies and adversaries, Japan and China")
_LIST_AFTER = re.compile(r"(?:\s*,\s*(?:the\s+)?@\d+)*\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?@\d+")
_LIST_BEFORE = re.compile(r"@\d+\s*(?:,|\band|\bas\s+well\s+as)\s*(?:the\s+)?$")
_RIVALS = re.compile(r"\b(?:allies|ally|friends?|partners?)\s+(?:and|or)\s+(?:[a-z-]+\s+)?(?:rivals?|adversar(?:y|ies)|enem(?:y|ies)|"
                     r"foes?|competitors?|opponents?)\b|\b(?:rivals?|adversar(?:y|ies)|enem(?:y|ies)|foes?|competitors?|"
                     r"opponents?)\s+(?:and|or)\s+(?:[a-z-]+\s+)?(?:allies|ally|friends?|partners?)\b")


def listed_with(s: Sentence, found: list[Claim]) -> list[Claim]:
    """An alliance claim of each further state of the list its other party opens (see `_LIST_AFTER`), either way round."""
    if _RIVALS.search(s.template):
        return []
    out: list[Claim] = []
    for claim in (c for c in found if c.kind == KIND and c.other):
        for holder, first in ((claim.subject, claim.other), (claim.other, claim.subject)):
            # the state's first naming only ("binds Australia and New Zealand and, separately, Australia and the
            # United States": the second naming opens a pair of its own)
            m = next((m for m in re.finditer(r"@\d+", s.template) if s.actor(m.group(0)) == first), None)
            listed = _LIST_AFTER.match(s.template, m.end()) if m else None
            if listed is None or _LIST_BEFORE.search(s.template[: m.start()]):
                continue
            codes = [s.actor(p) for p in re.findall(r"@\d+", listed.group(0))]
            if holder not in codes:
                out += [Claim(KIND, s.text, holder, (code,), negated=claim.negated, year=claim.year)
                        for code in dict.fromkeys(codes) if code and code not in (holder, first)]
    return out


def check(lookup: Lookup, claim: Claim) -> Verdict:
    try:
        one = alliance(lookup, claim.subject, claim.other, claim.year).iloc[0]
        two = alliance(lookup, claim.other, claim.subject, claim.year).iloc[0]
    except LatitudeError as error:
        return Verdict(claim, UNCHECKABLE, f"{error}; ATOP alliance data covering those years would decide it "
                       "(`latitude data build atop`)", source="atop")
    year = int(one["year"])
    # ATOP codes obligations by direction (the US is obliged to defend Japan, not Japan the US): allies
    # = a defence pact either way, as `latitude profile` shows it from each side.
    ways = [f"{a} to defend {b}" for a, b, row in ((claim.subject, claim.other, one), (claim.other, claim.subject, two))
            if int(row["atop_defense"]) == 1]
    pact = bool(ways)
    others = [name for name in ("atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
              if int(one[name]) == 1 or int(two[name]) == 1]
    figures = (f"ATOP defence pact {claim.subject}-{claim.other} in {year}: "
               + (f"yes ({'; '.join(ways)})" if pact else "no"))
    if others:
        figures += f" (other obligations: {', '.join(o.replace('atop_', '') for o in others)})"
    figures += "; claimed: " + ("no alliance" if claim.negated else "allies (a defence pact)")
    years = str(year) + (f" (latest ATOP year; the claim is about {claim.year})" if claim.year and claim.year > year else "")
    return Verdict(claim, SUPPORTED if pact != claim.negated else CONTRADICTED, figures, years, "atop")
