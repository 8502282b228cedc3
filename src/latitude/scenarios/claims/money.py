"""Sanctions and the dollar: "more than 57 per cent of the world's reserves are in dollars", "the
dollar was the dominant currency used to settle South Korean exports", "most of its trade is
invoiced in dollars", "China announced sanctions against ...", "the US imposed sanctions on ...".

- Reserve-currency shares are judged on IMF COFER (table `cofer_shares`): the currency's share of
  allocated reserves in the latest quarter up to the claim's year; a stated share must agree within
  3 points or a quarter of the figure ("more than 57%": at least 56%).
- Invoicing and settlement currencies of trade are not in the store: not checkable, naming the data
  that would decide it (the Bank of Korea's "exports and imports by settlement currency" tables for
  Korea; Boz et al.'s invoicing-currency dataset (IMF) across countries).
- Sanctions are not in the store: not checkable, naming the Global Sanctions Data Base (GSDB) and the
  sanctioning government's own lists.
"""
from __future__ import annotations

import re

from latitude.scenarios.claims._base import CONTRADICTED, SUPPORTED, UNCHECKABLE, Claim, Verdict
from latitude.scenarios.claims._patterns import AMOUNT, amount, stated_share_holds
from latitude.scenarios.claims._text import Sentence
from latitude.scenarios.claims.figures import Lookup, cofer

DOLLAR, SANCTIONS = "dollar", "sanctions"
KIND = DOLLAR
KINDS = (DOLLAR, SANCTIONS)
CURRENCIES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
              "yen": "JPY", "sterling": "GBP", "pound": "GBP"}
_CURRENCY = re.compile(r"\b(?P<c>dollars?|greenback|euros?|yuan|renminbi|rmb|yen|sterling|pounds?)\b")
_RESERVES = re.compile(r"\breserves?\b")
_AMOUNT = re.compile(AMOUNT)
_INVOICE = re.compile(r"\b(?:invoic\w*|settle\w*|denominated|priced|pricing|currency of (?:trade|exports|imports))\b")
_TRADE = re.compile(r"\b(?:trade|exports?|imports?|shipments|transactions)\b")
_SANCTION = re.compile(
    r"(?:(?P<s>@\d+)[^@.;]{0,60}?\b(?:imposed|imposes|impose|announced|announces|slapped|levied|levies|extended|extends|"
    r"expanded|tightened|adopted|introduced|unveiled|placed|issued|issues|issue|(?:has\s+|have\s+)?put\s+in\s+place)\s+"
    r"(?:new\s+|fresh\s+|additional\s+|"
    r"further\s+|economic\s+|financial\s+|secondary\s+|unilateral\s+)*(?:sanctions|countermeasures|export controls|"
    r"an? (?:export )?ban|embargo)(?:\s+(?:on|against|over|targeting)\s+[^@.;]{0,90}?(?P<p>@\d+(?:\s*(?:,|and)\s*@\d+)*))?)"
    # blocking a target's property: "the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) blocked
    # the property and interests in property of several North Korean entities" (fifteenth round, held15-050)
    r"|(?:(?P<s6>@\d+)[^@.;]{0,80}?\bblock(?:ed|s)?\s+the\s+(?:property|assets)\b[^@.;]{0,60}?\bof\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<p7>@\d+))"
    # a verb, not the adjective of "through sanctioned Russian export entity Rosoboronexport"
    r"|(?:(?P<s2>@\d+)[^.;]{0,160}?(?<!through )(?<!by )(?<!a )(?<!an )(?<!the )(?<!of )(?<!with )(?<!from )"
    r"(?<!already )(?<!already-)\b(?:sanctioned|blacklisted|designated)\s+(?:an?\s+|the\s+|\w+\s+){0,2}(?P<p2>@\d+))"
    # the sanctioning state as the modifier of the noun: "US sanctions over Turkey's purchase", "American sanctions
    # on Iran", "Washington's new sanctions against Moscow"
    r"|(?:(?P<s5>@\d+)(?:'s)?\s+(?:new\s+|fresh\s+|additional\s+|further\s+|economic\s+|financial\s+|secondary\s+)*"
    r"sanctions\s+(?:on|against|over|targeting)\s+(?P<p6>@\d+))"
    # "The United States hit North Korea and Russia on Monday with new sanctions", "imposed fresh Russia-related
    # sanctions", "imposed fresh punitive measures on North Korea"
    r"|(?:(?P<s3>@\d+)[^@.;]{0,60}?\bhit\s+(?P<p3>@\d+(?:\s*(?:,|and)\s*@\d+)*)[^@.;]{0,30}?\bwith\s+(?:new\s+|fresh\s+|"
    r"additional\s+|further\s+)*sanctions)"
    r"|(?:(?P<s4>@\d+)[^@.;]{0,60}?\b(?:imposed|imposes|impose|announced|unveiled)\s+(?:new\s+|fresh\s+|additional\s+)*"
    r"(?:(?P<p4>@\d+)-related\s+sanctions|punitive\s+measures\s+(?:on|against)\s+(?P<p5>@\d+)))")
_LARGEST = re.compile(r"\b(?:has|holds|had|is|was|remains|retains|keeps)\s+(?:still\s+)?(?:the\s+)?(?:largest|biggest|"
                      r"dominant|top)\s+(?:share|currency)")


# a currency named by its country ("China's share of allocated currency reserves was 0.1 percent")
_ISSUERS = {"USA": "USD", "CHN": "CNY", "JPN": "JPY", "GBR": "GBP"}
_ISSUER_SHARE = re.compile(r"(?P<c>@\d+)'s\s+share\s+of\s+(?:[a-z]+\s+){0,3}(?:currency\s+|foreign[- ]exchange\s+|fx\s+)?reserves\b")
# a currency's share with no reserve word is a reserve share unless the sentence names another use of the currency
# ("The euro's share, meanwhile, rose to 21.2% in the fourth quarter of last year")
_CURRENCY_SHARE = re.compile(r"\b(?:dollar|greenback|euro|yuan|renminbi|rmb|yen|sterling|pound)'s\s+share\b")
_OTHER_USES = re.compile(r"\b(?:payments?|swift|transactions?|debt|bonds?|issuance|borrowing|loans?|lending|trade|exports?|"
                         r"imports?|turnover|trading|deposits?|liabilities|claims|gdp|economy|market)\b")


def find(s: Sentence) -> list[Claim]:
    claims: list[Claim] = []
    issuer = _ISSUER_SHARE.search(s.template)
    if issuer and not _CURRENCY.search(s.template) and s.actor(issuer.group("c")) in _ISSUERS:
        stated = _level(s.template[issuer.end():])
        if stated is not None:
            claims.append(Claim(DOLLAR, s.text, _ISSUERS[s.actor(issuer.group("c"))], (), share=stated[0],
                                qualifier=stated[1], topic="reserves", year=s.year))
    currency = _CURRENCY.search(s.template)
    about_reserves = _RESERVES.search(s.template) or (
        s.prior is not None and _RESERVES.search(s.prior.template) and re.search(r"\bshare\b", s.template)) or (
        _CURRENCY_SHARE.search(s.template) and not _OTHER_USES.search(s.template) and _AMOUNT.search(s.template))
    currencies = list(_CURRENCY.finditer(s.template))
    if about_reserves and not _INVOICE.search(s.template) and len({_code(c) for c in currencies}) > 1:
        # "Chinese yuan reserves also hit 1.97% from 1.95% while the euro rose to 20.35% from 20.23%"
        for here, following in zip(currencies, [*currencies[1:], None]):
            stated = _level(s.template[here.end(): following.start() if following else len(s.template)])
            code = _code(here)
            if stated is not None and code not in {c.subject for c in claims}:
                claims.append(Claim(DOLLAR, s.text, code, (), share=stated[0], qualifier=stated[1], topic="reserves",
                                    year=s.year))
    elif currency and about_reserves and not _INVOICE.search(s.template):
        code = CURRENCIES[currency.group("c").rstrip("s") if currency.group("c") != "yuan" else "yuan"]
        stated = _reserve_share(s.template, currency.start())
        if stated is not None:
            claims.append(Claim(DOLLAR, s.text, code, (), share=stated[0], qualifier=stated[1], topic="reserves",
                                year=stated[2] or s.year))
        elif _LARGEST.search(s.template):
            claims.append(Claim(DOLLAR, s.text, code, (), rank=1, topic="reserves", year=s.year))
    elif currency and _INVOICE.search(s.template) and _TRADE.search(s.template):
        code = CURRENCIES[currency.group("c").rstrip("s") if currency.group("c") != "yuan" else "yuan"]
        issuers = {match.start() for match in re.finditer(r"@\d+(?=\s+(?:dollars?|euros?|yuan|yen)\b)", s.template)}
        owners = [s.actor(m.group(0)) for m in re.finditer(r"@\d+", s.template) if m.start() not in issuers]
        who = owners[0] if owners else ""
        claims.append(Claim(DOLLAR, s.text, who, (code,), topic="invoicing", year=s.year))
    for m in _SANCTION.finditer(s.template):
        subject = s.actor(m.group("s") or m.group("s2") or m.group("s3") or m.group("s4") or m.group("s5") or m.group("s6"))
        targets = [s.actor(p) for p in re.findall(r"@\d+", m.group("p") or m.group("p2") or m.group("p3") or m.group("p4")
                                                       or m.group("p5") or m.group("p6") or m.group("p7") or "")]
        targets = [t for t in dict.fromkeys(targets) if t and t != subject] or [None]
        if subject:
            for target in targets:   # "hit North Korea and Russia ... with new sanctions": one claim per target
                claims.append(Claim(SANCTIONS, s.text, subject, (target,) if target else (), year=s.year, date=s.date))
            break
    return claims


def _code(match: re.Match) -> str:
    word = match.group("c")
    return CURRENCIES[word.rstrip("s") if word != "yuan" else word]


def _level(text: str) -> tuple[float, str] | None:
    """The share written after a currency: the new level of a change ("rose to 20.35% from 20.23%", "from
    1.95% to 1.97%", "hit 1.97% from 1.95%"), else the first percentage."""
    change = re.search(r"\bfrom\s+[\d.]+\s*(?:%|percent|per cent)\s+to\s+(?P<n>\d{1,3}(?:\.\d+)?)", text)
    if change:
        return float(change.group("n")), ""
    first = _AMOUNT.search(text)
    return amount(first) if first else None


def _reserve_share(template: str, anchor: int) -> tuple[float, str, int | None] | None:
    """The stated share in a reserves sentence: the one paired with the latest year ("58.2% in 2024"),
    else the first percentage in the sentence."""
    paired = [(int(m.group(2)), float(m.group(1))) for m in
              re.finditer(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+(?:in|at the end of|by|as of)\s+(\d{4})", template)]
    if paired:
        year, value = max(paired)
        return value, "", year
    reserves = [m.start() for m in _RESERVES.finditer(template)]
    amounts = list(_AMOUNT.finditer(template))
    if amounts and not reserves:   # "the euro's share was at nearly 20 percent": the figure after the currency
        found = _level(template[anchor:])
        return (found[0], found[1], None) if found else None
    if not amounts or not reserves:
        return None
    nearest = min(amounts, key=lambda m: min(abs(m.start() - r) for r in reserves))   # "57 per cent of ... reserves"
    value, qualifier = amount(nearest)
    return value, qualifier, None


def check(lookup: Lookup, claim: Claim) -> Verdict:
    if claim.kind == SANCTIONS:
        target = f" on {claim.other}" if claim.other else ""
        return Verdict(claim, UNCHECKABLE, f"sanctions by {claim.subject}{target}: no sanctions data in the store; the Global "
                       "Sanctions Data Base (GSDB) or the sanctioning government's own lists (e.g. OFAC's SDN list, "
                       "MOFCOM's unreliable entity and export-control lists) would decide it", source="")
    if claim.topic == "invoicing":
        who = claim.subject or "the country"
        return Verdict(claim, UNCHECKABLE, f"the currency {who}'s trade is invoiced or settled in is not in the store: the "
                       "Bank of Korea's 'exports and imports by settlement currency' tables (for Korea) or Boz et al.'s "
                       "invoicing-currency dataset (IMF) would decide it", source="")
    found = cofer(lookup, claim.subject, claim.year)
    if found is None and lookup.has("cofer_shares"):
        return Verdict(claim, UNCHECKABLE, f"IMF COFER in the store has no {claim.subject} share for {claim.year} or before: "
                       "a COFER release covering it would decide it (`latitude data build imf_cofer`)", source="imf_cofer")
    if found is None:
        return Verdict(claim, UNCHECKABLE, "IMF COFER reserve-currency shares are not in the store: run "
                       "`latitude data build imf_cofer`", source="imf_cofer")
    value, period, largest = found
    if claim.rank == 1:
        holds = largest == claim.subject
        figures = (f"{claim.subject} {value:.1f}% of allocated official reserves (IMF COFER), largest currency: {largest}; "
                   "claimed: the largest share")
    else:
        holds = stated_share_holds(claim.share, claim.qualifier, value / 100)
        figures = (f"{claim.subject} {value:.1f}% of allocated official reserves (IMF COFER); claimed: "
                   f"{claim.qualifier + ' ' if claim.qualifier else ''}{claim.share:g}%")
    period_text = period + (f" (latest; the claim is about {claim.year})" if claim.year and claim.year > int(period[:4]) else "")
    return Verdict(claim, SUPPORTED if holds else CONTRADICTED, figures, period_text, "imf_cofer")
