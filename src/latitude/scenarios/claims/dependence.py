"""Dependence claims: "Y depends on X for arms", "relies on U.S.-made weaponry", "is economically
reliant on China", "Y's dependence on X for trade", "relies on its military alliance with X".

What the dependence is for decides the figure: arms and weapons -> X's share of Y's arms imports
(SIPRI, latest five-year period, `measures.security.arms_imports`); security, defence, protection or
an alliance -> an ATOP defence pact between them (`alliance_portfolio`); trade, exports, markets,
the economy -> X's share of Y's trade (exports for exports and markets; `trade_dependence`). Security
dependence is X's ATOP obligation to defend Y.
Supported when X has at least `DEPENDENCE_SHARE` of the flow or is the largest partner, or (security)
when a defence pact holds. Dependence on goods the store has no product data for (energy, rare
earths, chips, food ...) is not checkable and says which data would decide it; a dependence that names no good
("Australia is also reliant on China") is judged on the state's total trade.
"""
from __future__ import annotations

import re

from latitude.errors import LatitudeError
from latitude.scenarios.claims._base import CONTRADICTED, SUPPORTED, UNCHECKABLE, Claim, Verdict, pct
from latitude.scenarios.claims._text import Sentence
from latitude.scenarios.claims.figures import Lookup, alliance, arms_suppliers, trade_partners

KIND = "dependence"
DEPENDENCE_SHARE = 0.20

_VERB = (r"(?:depends|depended|depend|depending|relies|relied|rely|relying|leans|leaned|leaning|counts|counted|"
         r"is depend[ae]nt|was depend[ae]nt|are depend[ae]nt|were depend[ae]nt|remains depend[ae]nt|remain depend[ae]nt|"
         r"is reliant|was reliant|are reliant|remains reliant|(?:grows|grew|became|becomes|becoming|growing) (?:more |increasingly )?"
         r"(?:depend[ae]nt|reliant)|(?:heavily |highly |overly |largely |increasingly |economically |militarily )*(?:depend[ae]nt|reliant))")
_ADVERB = r"(?:(?:\w+ly|still|also|so|too|very|more|much|even|now)\s+)*"
_SHARE = (r"(?:(?:about|around|roughly|some|nearly|almost|over|more than|less than|up to|close to)\s+)?"
          r"(?P<share>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)")
# the good or flow between "on" and the partner ("on coal exports to X", "on arms and equipments from X"): what the
# dependence is for; a gap naming no arms, trade or product word ("on help from X") is no dependence claim
_GOODS_GAP = r"(?:(?P<goods>(?:[a-z][a-z-]*\s+){1,4}?)(?:with|to|from)\s+(?:the\s+)?)?"
_PATTERNS = [
    re.compile(rf"(?P<s>@\d+|it)(?:'s?\s+(?:economy|exporters|industry|industries))?\s*[:,]?\s+(?:[^@.;]{{0,40}}?\s)?"
               rf"{_ADVERB}{_VERB}\s+{_ADVERB}(?:up)?on\s+(?:the\s+)?"
               rf"(?P<via>(?:its|their)\s+(?:military\s+|security\s+|defen[cs]e\s+)?(?:alliance|ties|partnership)\s+with\s+)?"
               rf"(?P<partner>(?:its|their)\s+(?:[a-z-]+\s+){{0,3}}trad(?:ing|e) partners?\s*,\s*)?"
               rf"(?P<flow>(?:(?:its|their)\s+)?(?:trade|trading|commerce|exports?|imports?|sales|shipments|"
               rf"purchases)\s+(?:with|to|from)\s+(?:the\s+)?)?{_GOODS_GAP}"   # "relied on trade with the U.S."
               rf"(?P<p>@\d+)(?P<what>[^@;]{{0,80}})"),
    # "India's dependence on arms and equipments from Russia", "the dependence of Armenia's economy on trade with Russia",
    # "For Mongolia, economic dependence on coal exports to China"
    re.compile(rf"(?:(?P<s>@\d+|its)'?s?\s+(?:heavy\s+|growing\s+|economic\s+|military\s+|security\s+|excessive\s+|"
               rf"over\s*)*(?:dependence|dependency|reliance|over-reliance)|(?:dependence|dependency|reliance)\s+of\s+"
               rf"(?P<s2>@\d+)(?:'s?\s+(?:economy|industry|military|armed forces))?|"
               rf"\b[Ff]or\s+(?P<s3>@\d+)\s*,\s+(?:[a-z]+\s+){{0,2}}(?:dependence|dependency|reliance))\s+on\s+{_GOODS_GAP}"
               rf"(?P<p>@\d+)(?P<what>[^@;]{{0,80}})"),
    # "Mongolia with a 90 per cent reliance on China": a share of its trade
    re.compile(r"(?P<s>@\d+)\s+with\s+(?:an?\s+)?(?P<share>\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent)\s+"
               r"(?:reliance|dependence|dependency)\s+on\s+(?P<p>@\d+)(?P<what>[^@;]{0,80})"),
]
_GOODS = [
    # "Germany met 55 percent of its gas needs from Russia": a share of one good the store lacks (not checkable, naming
    # the data); a share of its arms or of its trade is an arms-supplier or trading-partner claim
    re.compile(rf"(?P<s>@\d+|it)\s+{_ADVERB}(?:meets?|met|meeting|gets?|got|getting|imports?|imported|importing|"
               rf"sources?|sourced|sourcing|buys?|bought|buying|receives?|received|receiving|obtains?|obtained|"
               rf"takes?|took|draws?|drew|covers?|covered|brings? in|brought in)\s+{_SHARE}\s+of\s+(?:its|their)\s+"
               rf"(?P<what>[a-z][a-z ,-]{{0,60}}?)\s+from\s+(?:the\s+)?(?P<p>@\d+)"),
    # "Russia supplies Mongolia with 95 percent of its fuel"
    re.compile(rf"(?P<p>@\d+)(?:\s*,[^,@]{{1,30}},)?\s+{_ADVERB}(?:supplies|supplied|supply|supplying|provides|provided|provide|providing|"
               rf"delivers|delivered|deliver|delivering)\s+(?P<s>@\d+)\s+with\s+{_SHARE}\s+of\s+(?:its|their)\s+"
               rf"(?P<what>[a-z][a-z ,-]{{0,60}})"),
]
_CHANGE = re.compile(r"^\W*(?:\w+\s+){0,3}?(?:has|have|had)\s+(?:\w+\s+)?(?:decreased|declined|fallen|fell|dropped|"
                     r"shrunk|grown|increased|risen|rose)\b")
REDUCE = re.compile(r"\b(?:reduc(?:e|es|ed|ing)|cuts?|cutting|end(?:s|ed|ing)?|lessen(?:s|ed|ing)?|"
                    r"diversif(?:y|ies|ied|ying) away from|wean(?:s|ed|ing)?)\b[^@]*$")
ARMS = re.compile(r"\b(?:arms|weapon\w*|military (?:equipment|hardware|imports?|purchases|supplies|technology)|"
                  r"defen[cs]e (?:equipment|imports?|purchases|supplies|technology)|armaments?|fighter|jets?)\b"
                  r"|made (?:weapon|arms|equipment)")
SECURITY = re.compile(r"\b(?:security|defen[cs]e|protection|deterrence|alliance|nuclear umbrella|military)\b")
TRADE = re.compile(r"\b(?:trade|exports?|imports?|markets?|economy|economic\w*|growth|prosperity|goods|customers?|business)\b")
PRODUCTS = re.compile(r"\b(?:energy|oil|gas|lng|coal|fuels?|petroleum|crude|electricity|uranium|"
                      r"rare earths?|minerals?|metals?|lithium|chips?|semiconductors?|food|grain|wheat|maize|corn|rice|"
                      r"soy\w*|fertili[sz]ers?|medicines?|vaccines?|categor(?:y|ies)|"
                      r"components?|batteries|technology|raw materials|supply chains?|urea|graphite|tourists?|tourism|"
                      r"investment|capital|aid|loans?)\b")


def topic_of(what: str, before: str, via: str) -> str:
    """What the dependence is for: arms, security, trade, a product the store lacks, or '' (unsaid)."""
    head = what.split(",")[0] if "for" not in what.split(",")[0] else what
    for name, pattern in (("arms", ARMS), ("product", PRODUCTS), ("trade", TRADE), ("security", SECURITY)):
        if pattern.search(head) and not (name == "security" and ARMS.search(head)):
            return name if name != "product" else "product:" + pattern.search(head).group(0)
    if via:
        return "security"
    for name, pattern in (("trade", re.compile(r"economically|economic|trade")),
                          ("security", re.compile(r"militarily|security"))):
        if pattern.search(before):
            return name
    return ""


def find(s: Sentence) -> list[Claim]:
    claims: dict[tuple[str, str], Claim] = {}
    for pattern in _PATTERNS + _GOODS:
        for m in pattern.finditer(s.template):
            owner = m.groupdict().get("s") or m.groupdict().get("s2") or m.groupdict().get("s3")
            subject = s.actor(owner) or (s.antecedent if owner in ("it", "its") else None)
            partner = s.actor(m.group("p"))
            if not subject or not partner or subject == partner or (subject, partner) in claims:
                continue
            goods = m.groupdict().get("goods") or ""
            if goods and not any(p.search(goods) for p in (ARMS, PRODUCTS, TRADE)):
                continue   # "relies on help from X": the gap names nothing the dependence is for
            what = goods + (m.group("what") or "")
            if _CHANGE.match(m.group("what") or "") or REDUCE.search(s.template[max(0, m.start() - 40): m.start()]):
                continue   # "dependence on X has decreased", "to reduce reliance on X": a change, not a level
            if re.match(r"\s*(?:and|or)\s+@", what):   # "relies on X and Y": the claim is about both, judged for X
                what = what.split("@", 2)[-1]
            via_flow = m.groupdict().get("flow") or ""
            topic = topic_of(what, m.group(0)[: m.start("p") - m.start()], (m.groupdict().get("via") or "")) \
                or ("trade" if via_flow else "")
            if pattern in _GOODS and not topic.startswith("product:"):
                continue
            if not topic and (m.groupdict().get("partner") or m.groupdict().get("share")):
                topic = "trade"   # "dependent on its number one trading partner, China", "a 90 per cent reliance on"
            flow = "imports" if re.match(r"\s*imports\b", what) or re.search(r"\b(?:imports?|purchases)\b", via_flow) \
                else "exports" if re.search(r"\bexport|\bmarket", what + via_flow) else "total"   # "on Chinese imports"
            subjects = [subject]
            first = re.search(r"(?P<a>@\d+)\s+and\s+$", s.template[: m.start(next(g for g in ("s", "s2", "s3") if m.groupdict().get(g)))])
            if first and s.actor(first.group("a")) not in (None, partner):
                subjects.append(s.actor(first.group("a")))   # "Japan and South Korea: These ... are heavily dependent on"
            for who in subjects:
                if (who, partner) not in claims:
                    claims[(who, partner)] = Claim(KIND, s.text, who, (partner,), topic=topic, year=s.year, flow=flow)
    return list(claims.values())


def check(lookup: Lookup, claim: Claim) -> Verdict:
    topic, partner = claim.topic, claim.other
    if topic.startswith("product:"):   # a dependence that names no good ("reliant on China") is judged on total trade
        what = topic.split(":", 1)[1]
        return Verdict(claim, UNCHECKABLE, f"dependence of {claim.subject} on {partner} for {what}: the store holds no "
                       f"product-level imports of {claim.subject} by partner; HS6 trade (CEPII BACI via `latitude products "
                       "load-baci DIR`, or a Comtrade extract naming the product) would decide it", source="")
    if topic == "security":
        try:   # the partner's obligation to defend the state (ATOP codes obligations by direction)
            row = alliance(lookup, partner, claim.subject, claim.year).iloc[0]
        except LatitudeError as error:
            return Verdict(claim, UNCHECKABLE, f"{error}; ATOP alliance data would decide it", source="atop")
        pact = int(row["atop_defense"]) == 1
        return Verdict(claim, SUPPORTED if pact else CONTRADICTED,
                       f"ATOP defence pact, {partner} to defend {claim.subject}: {'yes' if pact else 'no'} (security "
                       "dependence = the partner's defence obligation)", _years(int(row["year"]), claim), "atop")
    if topic == "arms":
        try:
            data = arms_suppliers(lookup, claim.subject, claim.year)
        except LatitudeError as error:
            return Verdict(claim, UNCHECKABLE, f"{error}; SIPRI arms transfers would decide it", source="sipri")
        frame, label, years, source = data.frame, "arms imports (SIPRI TIV)", data.period, data.source
        if claim.year is not None and claim.year > int(data.period[-4:]):
            years += f" (latest data; the claim is about {claim.year})"
        key, column = "supplier", "share"
    else:
        try:
            data = trade_partners(lookup, claim.subject, claim.year,
                                  claim.flow if claim.flow in ("exports", "imports") else "total")
        except LatitudeError as error:
            return Verdict(claim, UNCHECKABLE, f"{error}; bilateral trade data would decide it", source="")
        column = {"exports": "export_share", "imports": "import_share"}.get(claim.flow, "trade_share")
        frame = data.frame.rename(columns={"partner": "supplier"})
        label, years, source, key = (claim.flow if claim.flow in ("exports", "imports") else "trade"), \
            _years(data.year, claim), \
            data.source, "supplier"
    frame = frame.dropna(subset=[column]).sort_values(column, ascending=False)
    if frame.empty:
        return Verdict(claim, UNCHECKABLE, f"no {label} of {claim.subject} in the store", years, source)
    shares = frame.set_index(key)[column]
    share, top = float(shares.get(partner, 0.0)), str(shares.index[0])
    holds = share >= DEPENDENCE_SHARE or top == partner
    figures = (f"{partner} {pct(share)} of {claim.subject}'s {label}; largest: {top} {pct(float(shares.iloc[0]))} "
               f"(depends = at least {DEPENDENCE_SHARE:.0%} or the largest)" + ("; the sentence names no good, so its "
                                                                             "total trade" if not topic else ""))
    return Verdict(claim, SUPPORTED if holds else CONTRADICTED, figures, years, source)


def _years(year: int, claim: Claim) -> str:
    if claim.year is not None and claim.year > year:
        return f"{year} (latest year with data; the claim is about {claim.year})"
    return str(year)
