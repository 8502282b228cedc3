"""Arms claims: who supplies a state's weapons, and a state's arms exports.

**arms supplier** — "Russia remains New Delhi's number one supplier of weapons", "X is Y's top arms
supplier", "Between 2012 and 2016, Russia supplied 68 per cent of India's arms import", "Y buys most
of its weapons from X", "90 percent of the weapons came from X", "X came second with 29% of Y's arms
imports". Judged on `measures.security.arms_imports` (SIPRI TIV): over the years the sentence states
(a range, or one year, as `latitude profile` prints yearly shares), else SIPRI's latest five-year
period (as `latitude dependence` prints by default). "Most" = over 50%; rank words as for trading
partners; a stated share must agree within 3 points or a quarter of the data's value.

**arms exports** — "South Korea signed an arms export deal with Poland", "Warsaw signed agreements with
South Korea for K2 tanks", "X bought arms from Y, becoming its biggest client". A deal is looked up in
SIPRI's trade register (`measures.security.arms_deals`): supported when the register holds a deal from
the supplier to the recipient (ordered in the year the sentence names, if it names one); a deal dated
after the register's last order year is not checkable. "Biggest client" claims rank the recipient
among the supplier's SIPRI TIV exports over the latest five-year period.
"""
from __future__ import annotations

import re

import pandas as pd

from latitude import store
from latitude.errors import LatitudeError
from latitude.scenarios.claims._base import (CONTRADICTED, SUPPORTED, UNCHECKABLE, Claim, Verdict, claimed_rank,
                                              pct, rank_holds)
from latitude.scenarios.claims._patterns import (ADVERBS, COPULA, POSS, RANK, actor, percent_after, rank_of,
                                                 stated_share_holds)
from latitude.scenarios.claims._text import Sentence
from latitude.scenarios.claims.figures import Lookup, arms_deals, arms_exports, arms_suppliers, arms_year

SUPPLIER, EXPORTS = "arms supplier", "arms exports"
KIND = SUPPLIER
KINDS = (SUPPLIER, EXPORTS)

_ARMS = r"(?:arms|weapons?|weaponry|military equipment|military hardware|defen[cs]e equipment|armaments?)"
_SUPPLIER = rf"(?:{_ARMS}\s+(?:supplier|provider|exporter|source)|supplier of (?:{_ARMS})|(?:defen[cs]e|military)\s+supplier)"
_QUANT = (r"(?P<quant>most|the bulk|the majority|a majority|the lion's share|almost all|nearly all|all|much|a third|"
          r"half|over half|more than half|(?:about |around |some |nearly |almost |over |more than )?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per cent))")
_SUPPLIERS = [
    # X remains Y's number one supplier of weapons / X is Y's top arms supplier
    re.compile(rf"{actor('p', its=False)}\s+(?:[^@.;]{{0,40}}?\s)?{COPULA}\s+{ADVERBS}(?:the\s+)?{actor('s')}{POSS}\s+"
               rf"{ADVERBS}{RANK}\s+{_SUPPLIER}"),
    # X is the largest arms supplier to / of Y
    re.compile(rf"{actor('p', its=False)}\s+(?:[^@.;]{{0,40}}?\s)?{COPULA}\s+{ADVERBS}(?:the\s+|a\s+)?{RANK}\s+{_SUPPLIER}\s+"
               rf"(?:to|of|for)\s+{actor('s')}"),
    # X supplied 68 per cent of Y's arms imports / X came second with 29% of Y's arms imports
    re.compile(rf"{actor('p', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:supplied|supplies|provided|provides|accounted for|"
               rf"accounts for|made up|delivered|came (?P<rank>first|second|third|fourth|fifth) with)\s+{_QUANT}\s+of\s+"
               rf"(?:all\s+)?{actor('s')}{POSS}\s+(?:total\s+)?(?:{_ARMS}\s+)?(?:arms\s+)?(?:imports?|purchases|{_ARMS})"),
    # Y buys most of its weapons from X / Y has imported 62 percent of the weapons from X
    re.compile(rf"{actor('s')}\s+(?:[^@.;]{{0,30}}?\s)?(?:buys|bought|gets|got|imports|imported|has imported|sources|"
               rf"sourced|purchases|purchased|obtains|obtained|receives|received)\s+{_QUANT}\s+of\s+(?:its|their|the)\s+"
               rf"(?:{_ARMS}|arms imports)\s+(?:[^@.;]{{0,20}}?\s)?from\s+{actor('p', its=False)}"),
    # 90 percent of the weapons came from X
    re.compile(rf"{_QUANT}\s+of\s+(?:the|its|their)\s+(?:{_ARMS}|arms imports)\s+(?:came|come|were|are)\s+from\s+"
               rf"(?:the\s+)?{actor('p', its=False)}"),
]
_DEAL_WORDS = r"(?:arms|defen[cs]e|weapons?|military|tank|howitzer|fighter|jet|aircraft|missile|frigate|submarine|k2|k9|fa 50|chunmoo)"
_EXPORTS = [
    # Y signed an arms export deal with X
    re.compile(rf"{actor('s', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:signed|sealed|finalized|finalised|concluded|inked|won|"
               rf"clinched|struck)\s+(?:[^@.;]{{0,50}}?)\b{_DEAL_WORDS}\b[^@.;]{{0,30}}?\b(?:deal|contract|agreement|"
               rf"order)s?\s+(?:with|from|for)\s+{actor('r', its=False)}"),
    # X signed agreements with Y for K2 tanks / X entered into an arms deal with Y
    re.compile(rf"{actor('r', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:signed|sealed|finalized|concluded|inked|entered into|"
               rf"struck|placed)\s+(?:[^@.;]{{0,40}}?)\b(?:deal|contract|agreement|order)s?\s+with\s+{actor('s', its=False)}"
               rf"(?P<tail>[^@;]{{0,120}})"),
    # X bought / ordered arms from Y (, becoming its biggest client)
    re.compile(rf"{actor('r', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:bought|buys|purchased|ordered|orders|imported)\s+"
               rf"(?P<what>(?:[^@.;]|\.(?=\d)){{0,50}}?)\bfrom\s+{actor('s', its=False)}(?P<tail>[^@;]{{0,120}})"),
]
_CLIENT = re.compile(rf"(?:becoming|became|is|was|as)\s+(?:its|their|@\d+'s)\s+{RANK}\s+(?:arms\s+)?(?:client|buyer|customer)")
_MOST = {"most": 50.0, "the bulk": 50.0, "the majority": 50.0, "a majority": 50.0, "the lion's share": 50.0,
         "almost all": 85.0, "nearly all": 85.0, "all": 95.0, "much": 20.0, "a third": 28.0, "half": 45.0,
         "over half": 50.0, "more than half": 50.0}


def _quantity(text: str | None) -> tuple[float | None, str]:
    if not text:
        return None, ""
    text = text.strip()
    if text in _MOST:
        return _MOST[text], "over"
    found = percent_after(text, 0, window=len(text) + 1)
    return found if found else (None, "")


def find(s: Sentence) -> list[Claim]:
    """Arms-supplier and arms-export claims in a sentence."""
    claims: dict[tuple[str, str, str], Claim] = {}
    for pattern in _SUPPLIERS:
        for m in pattern.finditer(s.template):
            g = m.groupdict()
            subject = s.actor(g.get("s")) or s.antecedent
            supplier = s.actor(g.get("p"))
            if not subject or not supplier or subject == supplier or (SUPPLIER, subject, supplier) in claims:
                continue
            rank, within, _ = rank_of(g["rank"], False) if g.get("rank") else (None, None, False)
            share, qualifier = _quantity(g.get("quant"))
            if share is None and rank is None and within is None:
                continue
            claims[(SUPPLIER, subject, supplier)] = Claim(SUPPLIER, s.text, subject, (supplier,), rank=rank, within=within,
                                                          share=share, qualifier=qualifier, year=s.year, span=s.stated_span)
    for number, pattern in enumerate(_EXPORTS):
        for m in pattern.finditer(s.template):
            g = m.groupdict()
            exporter, recipient = s.actor(g.get("s")), s.actor(g.get("r"))
            if not exporter or not recipient or exporter == recipient or (SUPPLIER, recipient, exporter) in claims \
                    or (EXPORTS, recipient, exporter) in claims or (number == 1 and "export" in m.group(0)):
                continue
            tail = g.get("tail") or ""
            if number > 0 and not re.search(rf"\b{_DEAL_WORDS}", (g.get("what") or "") + " " + tail + " " + m.group(0)):
                continue
            client = _CLIENT.search(tail)
            rank, within, _ = rank_of(client.group("rank"), False) if client else (None, None, False)
            claims.setdefault((EXPORTS, exporter, recipient), Claim(
                EXPORTS, s.text, exporter, (recipient,), rank=rank, within=within, year=s.year,
                date=s.date if re.search(r"\b(?:on|last|this|yesterday|today)\b", s.template) else None,
                topic="client" if client else "deal"))
    return list(claims.values())


def _period(lookup: Lookup, claim: Claim):
    if claim.span is not None and claim.span[0] == claim.span[1]:
        return arms_year(lookup, claim.subject, claim.span[0])
    if claim.span is not None:
        return arms_suppliers(lookup, claim.subject, claim.year, claim.span)
    return arms_suppliers(lookup, claim.subject, claim.year)


def _check_supplier(lookup: Lookup, claim: Claim) -> Verdict:
    try:
        data = _period(lookup, claim)
    except LatitudeError as error:
        return Verdict(claim, UNCHECKABLE, f"{error}; SIPRI arms transfers covering those years would decide it "
                       "(run `latitude data build sipri`)", source="sipri")
    frame = data.frame.sort_values("tiv", ascending=False).reset_index(drop=True)
    frame = frame[frame["tiv"] > 0].reset_index(drop=True)
    row = frame.index[frame["supplier"] == claim.other]
    rank = int(row[0]) + 1 if len(row) else None
    share = float(frame.loc[row[0], "share"]) if len(row) else 0.0
    top = frame.iloc[0] if len(frame) else None
    parts = [f"{claim.other} supplied {pct(share)} of {claim.subject}'s arms imports (SIPRI TIV), number {rank} of "
             f"{len(frame)} suppliers" if rank else f"{claim.other} supplied none of {claim.subject}'s arms imports"]
    if top is not None and rank != 1:
        parts.append(f"largest: {top['supplier']} {pct(float(top['share']))}")
    checks = []
    if claim.rank is not None or claim.within is not None:
        checks.append(rank_holds(claim, rank, share))
        parts.append(f"claimed: {claimed_rank(claim)}")
    if claim.share is not None:
        checks.append(stated_share_holds(claim.share, claim.qualifier, share))
        parts.append(f"claimed share: {claim.qualifier + ' ' if claim.qualifier else ''}{claim.share:g}%")
    years = data.period
    if claim.year is not None and claim.year > int(data.period[-4:]):
        years += f" (latest data; the claim is about {claim.year})"
    return Verdict(claim, SUPPORTED if all(checks) else CONTRADICTED, "; ".join(parts), years, data.source)


def _register_end(lookup: Lookup) -> int | None:
    """Last order year of the SIPRI trade register loaded (provenance coverage of its source)."""
    def compute() -> int | None:
        rows = store.provenance(lookup.con)
        rows = rows[rows["tables"].fillna("").str.contains('"sipri_register"')]
        ends = pd.to_numeric(rows["coverage_end"], errors="coerce").dropna()
        return int(ends.max()) if len(ends) else None

    return lookup.get(("register-end",), compute)


def _check_exports(lookup: Lookup, claim: Claim) -> Verdict:
    exporter, recipient = claim.subject, claim.other
    if claim.topic == "client":
        try:
            data = arms_exports(lookup, exporter, claim.year)
        except LatitudeError as error:
            return Verdict(claim, UNCHECKABLE, str(error), source="sipri")
        frame = data.frame.sort_values("tiv", ascending=False).reset_index(drop=True)
        row = frame.index[frame["supplier"] == recipient]
        rank = int(row[0]) + 1 if len(row) else None
        share = float(frame.loc[row[0], "share"]) if len(row) else 0.0
        top = frame.iloc[0]
        figures = (f"{recipient} received {pct(share)} of {exporter}'s arms exports (SIPRI TIV), number {rank}"
                   if rank else f"{recipient} received none of {exporter}'s arms exports (SIPRI TIV)")
        figures += f"; largest recipient: {top['supplier']} {pct(float(top['share']))}; claimed: {claimed_rank(claim)}"
        return Verdict(claim, SUPPORTED if rank_holds(claim, rank, share) else CONTRADICTED, figures, data.period, "sipri")
    try:
        deals = arms_deals(lookup, exporter, recipient)
    except LatitudeError as error:
        return Verdict(claim, UNCHECKABLE, f"{error}; SIPRI's trade register would decide it", source="sipri")
    end = _register_end(lookup)
    when = int(claim.date[:4]) if claim.date and claim.date[:4].isdigit() else claim.year
    if end is not None and when is not None and when > end:
        return Verdict(claim, UNCHECKABLE, f"the deal is dated {claim.date or when}, after the last order year ({end}) of the "
                       f"SIPRI trade register in the store ({len(deals)} earlier {exporter}->{recipient} deals); a newer "
                       "register release would decide it (`latitude data build sipri`)", f"to {end}", "sipri")
    ordered = pd.to_numeric(deals.get("order_year", pd.Series(dtype=float)), errors="coerce")
    named = [str(v) for v in deals.get("weapon_designation", pd.Series(dtype=str)).head(4)]
    stated = when if claim.year is not None and str(claim.year) in claim.sentence else None
    matching = deals[ordered == stated] if stated is not None else deals
    figures = (f"{len(matching)} {exporter}->{recipient} deals in SIPRI's trade register"
               + (f" ordered in {stated}" if stated is not None else "") + (f" (e.g. {', '.join(named)})" if named else ""))
    return Verdict(claim, SUPPORTED if len(matching) else CONTRADICTED, figures,
                   str(stated) if stated is not None else f"to {end}" if end else "", "sipri")


def check(lookup: Lookup, claim: Claim) -> Verdict:
    return _check_supplier(lookup, claim) if claim.kind == SUPPLIER else _check_exports(lookup, claim)
