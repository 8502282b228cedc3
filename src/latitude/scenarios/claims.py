"""Checking an article's claims against the store.

Two kinds of checkable claims are extracted from a news or opinion piece:

- **event claims** — who visited whom, who tested missiles — come from the event coder
  (`latitude.coding`): a coded visit (CAMEO 042/043) or show of force (CAMEO 15, missile
  tests among them) is looked up in the store's `events` table around the coded date;
- **pattern claims** — a small set of sentence patterns:
  * "X and Y remain among Z's key trading partners" → Z's partner ranking (COW trade);
  * "Z is moving away from its patron's line" / "moving closer to" → the trend of Z's UN vote
    agreement with the patron (last five years of data against the five before);
  * "Z depends on Y for arms / trade / energy ..." → Y's share of Z's arms imports (SIPRI) or
    of Z's trade (COW).

Each claim gets a verdict — supported, contradicted, or not checkable with the data in the
store — with the figures behind it and their sources. Thresholds are stated in each verdict
and in docs/scenarios.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from latitude import countries, store
from latitude.errors import LatitudeError

KEY_PARTNER_RANK = 5          # "key trading partner" = among the top five by total trade
DEPENDENCE_SHARE = 0.20       # "depends on Y" = Y supplies at least 20%, or is the largest supplier
TREND_POINTS = 0.02           # agreement must move by 2 percentage points to count as a shift
SUPPORTED, CONTRADICTED, UNCHECKABLE = "supported", "contradicted", "not checkable"


@dataclass
class Claim:
    """One checkable claim found in the text."""

    kind: str
    sentence: str
    subject: str
    others: tuple[str, ...]
    detail: str = ""
    year: int | None = None
    date: str | None = None


@dataclass
class Verdict:
    claim: Claim
    verdict: str
    figures: str
    source: str


def _country(text: str | None) -> str | None:
    """ISO3 of the first state the coder's gazetteer finds in a phrase ("Seoul", "the Chinese", "Xi Jinping")."""
    from latitude.coding.gazetteer import find_actors
    from latitude.coding.text import raw_tokens

    if not text:
        return None
    for mention in find_actors(raw_tokens(text)):
        if len(mention.code) == 3 and mention.code.isalpha():
            try:
                return countries.resolve(mention.code, scheme="iso3").iso3
            except LatitudeError:
                continue
    return None


# A country slot: a run of capitalised words ("South Korea", "the United States", "Seoul").
_SLOT = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*"


def _year_in(sentence: str) -> int | None:
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b", sentence)]
    return max(years) if years else None


def find_pattern_claims(text: str) -> list[Claim]:
    """The pattern claims of a text (trading partners, patron's line, dependence)."""
    from latitude.coding.text import split_sentences

    c = rf"(?P<{{}}>{_SLOT})"
    partners = re.compile(
        rf"{c.format('x')}(?:,\s*{c.format('x2')})?\s+and\s+{c.format('y')}\s+(?:still\s+)?(?:remain|are|rank|stand)"
        rf"\s+among\s+(?:the\s+)?{c.format('z')}(?:'s|’s)?\s+(?:key|top|largest|biggest|main|most important|leading)"
        rf"\s+trad(?:ing|e)\s+partners")
    patron = re.compile(
        rf"{c.format('z')}\s+(?:is|has been|appears to be|seems to be)\s+(?:gradually\s+|steadily\s+|slowly\s+)?"
        rf"(?P<dir>moving|drifting|shifting|edging|pulling)\s+(?P<way>away from|closer to|towards|toward)\s+"
        rf"(?:its\s+(?:patron|ally|protector)\s*,?\s*)?{c.format('p')}")
    depends = re.compile(
        rf"{c.format('z')}\s+(?:(?:still|also|\w+ly)\s+)*(?:depends|relies|is dependent|is reliant)\s+"
        rf"(?:\w+ly\s+)?(?:up)?on\s+{c.format('y')}\s+for\s+(?P<what>[\w\s-]+)")
    claims: list[Claim] = []
    for sentence in split_sentences(text):
        year = _year_in(sentence)
        for m in partners.finditer(sentence):
            others = tuple(x for x in (_country(m["x"]), _country(m["x2"]) if m["x2"] else None, _country(m["y"])) if x)
            subject = _country(m["z"])
            if subject and others:
                claims.append(Claim("trading partners", sentence, subject, others, year=year))
        for m in patron.finditer(sentence):
            subject, pole = _country(m["z"]), _country(m["p"])
            if subject and pole and subject != pole:
                way = "away" if m["way"].lower() == "away from" else "closer"
                claims.append(Claim("alignment shift", sentence, subject, (pole,), detail=way, year=year))
        for m in depends.finditer(sentence):
            subject, supplier = _country(m["z"]), _country(m["y"])
            if subject and supplier:
                claims.append(Claim("dependence", sentence, subject, (supplier,), detail=m["what"].strip().lower(),
                                    year=year))
    return claims


# ---------------------------------------------------------------- checks

def check_trading_partners(con: duckdb.DuckDBPyConnection, claim: Claim) -> Verdict:
    from latitude.measures.trade import trade_dependence

    if not store.has_table(con, "cow_trade_dyadic"):
        return Verdict(claim, UNCHECKABLE, "no bilateral trade in the store", "")
    last = con.execute("SELECT max(year) FROM cow_trade_dyadic").fetchall()[0][0]
    year = claim.year if claim.year and claim.year <= last else last
    table = trade_dependence(con, claim.subject, years=(year, year))
    table = table.dropna(subset=["total"]).sort_values("total", ascending=False).reset_index(drop=True)
    ranks = {p: i + 1 for i, p in enumerate(table["partner"])}
    figures = "; ".join(f"{p} rank {ranks.get(p, '–')} ({_share(table, p)})" for p in claim.others)
    verdict = SUPPORTED if all(ranks.get(p, 999) <= KEY_PARTNER_RANK for p in claim.others) else CONTRADICTED
    note = f" in {year}" + (f" (latest year with data; claim is about {claim.year})" if claim.year and claim.year > last else "")
    return Verdict(claim, verdict, f"{figures} among {claim.subject}'s partners{note}; key = top {KEY_PARTNER_RANK}",
                   "cow_trade")


def _share(table: pd.DataFrame, partner: str) -> str:
    row = table[table["partner"] == partner]
    return f"{100 * float(row['trade_share'].iloc[0]):.1f}% of trade" if len(row) else "no trade recorded"


def check_alignment_shift(con: duckdb.DuckDBPyConnection, claim: Claim) -> Verdict:
    from latitude.measures.alignment import agreement

    if not store.has_table(con, "un_votes"):
        return Verdict(claim, UNCHECKABLE, "no UN votes in the store", "")
    last = con.execute("SELECT max(year) FROM un_votes").fetchall()[0][0]
    end = min(claim.year or last, last)
    series = agreement(con, claim.subject, [claim.others[0]], years=(end - 9, end), measure="agree")
    series = series.dropna(subset=["value"])
    recent = series[series["year"] > end - 5]["value"].mean()
    before = series[series["year"] <= end - 5]["value"].mean()
    if np.isnan(recent) or np.isnan(before):
        return Verdict(claim, UNCHECKABLE, f"too few UN votes of {claim.subject} and {claim.others[0]} to {end}",
                       "unvotes")
    change = recent - before
    figures = (f"UN vote agreement {claim.subject}-{claim.others[0]}: {before:.3f} in {end - 9}-{end - 5}, "
               f"{recent:.3f} in {end - 4}-{end} (change {change:+.3f}; shift = ±{TREND_POINTS})")
    wanted = -1 if claim.detail == "away" else 1
    if abs(change) < TREND_POINTS:
        return Verdict(claim, CONTRADICTED, figures + "; no clear shift", "unvotes")
    return Verdict(claim, SUPPORTED if np.sign(change) == wanted else CONTRADICTED, figures, "unvotes")


ARMS_WORDS = ("arms", "weapon", "security", "defen", "military", "protection")


def check_dependence(con: duckdb.DuckDBPyConnection, claim: Claim) -> Verdict:
    if any(word in claim.detail for word in ARMS_WORDS):
        from latitude.measures.security import arms_imports

        if not store.has_table(con, "sipri_tiv"):
            return Verdict(claim, UNCHECKABLE, "no SIPRI arms transfers in the store", "")
        last = con.execute("SELECT max(year) FROM sipri_tiv").fetchall()[0][0]
        end = min(claim.year or last, last)
        table = arms_imports(con, claim.subject, years=(end - 4, end), window=5)
        return _share_verdict(claim, table, "supplier", "share", f"arms imports (SIPRI TIV) {end - 4}-{end}", "sipri")
    if any(word in claim.detail for word in ("trade", "export", "import", "market", "goods", "econom", "growth")):
        from latitude.measures.trade import trade_dependence

        if not store.has_table(con, "cow_trade_dyadic"):
            return Verdict(claim, UNCHECKABLE, "no bilateral trade in the store", "")
        last = con.execute("SELECT max(year) FROM cow_trade_dyadic").fetchall()[0][0]
        year = min(claim.year or last, last)
        share = "export_share" if "export" in claim.detail or "market" in claim.detail else \
            "import_share" if "import" in claim.detail else "trade_share"
        table = trade_dependence(con, claim.subject, years=(year, year))
        return _share_verdict(claim, table, "partner", share, f"{share.replace('_', ' ')} (COW) {year}", "cow_trade")
    return Verdict(claim, UNCHECKABLE, f"no data in the store on '{claim.detail}' (product-level claims need BACI "
                   "or Comtrade data)", "")


def _share_verdict(claim: Claim, table: pd.DataFrame, key: str, column: str, label: str, source: str) -> Verdict:
    table = table.dropna(subset=[column])
    if table.empty:
        return Verdict(claim, UNCHECKABLE, f"no {label} for {claim.subject}", source)
    shares = table.groupby(key)[column].sum()
    supplier = claim.others[0]
    share = float(shares.get(supplier, 0.0))
    top = shares.idxmax()
    figures = f"{supplier} {100 * share:.1f}% of {claim.subject}'s {label}; largest: {top} {100 * shares.max():.1f}%"
    ok = share >= DEPENDENCE_SHARE or top == supplier
    return Verdict(claim, SUPPORTED if ok else CONTRADICTED,
                   figures + f" (depends = ≥{DEPENDENCE_SHARE:.0%} or largest)", source)


_MISSILE = re.compile(r"\b(test[- ]?fir\w*|launch\w*|fir(?:ed|es|ing)|test\w*)\b.*\bmissiles?\b|"
                      r"\bmissiles?\b.*\b(test\w*|launch\w*)\b", re.IGNORECASE)
COVERED_DAY_EVENTS = 50   # a day counts as covered by the event data when it holds at least this many events


def find_event_claims(text: str, article_date: str | None = None) -> list[Claim]:
    """Visits and missile tests / shows of force, as the event coder reads them."""
    from latitude.coding.coder import code

    claims = []
    for record in code(text, date=article_date):
        cameo = record["cameo"] or ""
        if cameo[:3] in ("042", "043") and record["source"] and record["target"]:
            claims.append(Claim("visit", record["sentence"], record["source"], (record["target"],),
                                detail=cameo[:3], date=record["date"]))
        elif record["source"] and (cameo[:2] == "15" or _MISSILE.search(record["sentence"])):
            claims.append(Claim("show of force", record["sentence"], record["source"], (), date=record["date"]))
    return [c for c in claims if len(c.subject) == 3]


def _window(date: str | None) -> tuple[str, str] | None:
    """Date range a coded date stands for: a day ±3 days, a month, or a year."""
    if not date:
        return None
    parts = date.split("-")
    if len(parts) == 3:
        day = pd.Timestamp(date)
        return str((day - pd.Timedelta(days=3)).date()), str((day + pd.Timedelta(days=3)).date())
    if len(parts) == 2:
        start = pd.Timestamp(f"{date}-01")
        return str(start.date()), str((start + pd.offsets.MonthEnd(0)).date())
    return f"{parts[0]}-01-01", f"{parts[0]}-12-31"


def check_event(con: duckdb.DuckDBPyConnection, claim: Claim) -> Verdict:
    window = _window(claim.date)
    if not store.has_table(con, "events"):
        return Verdict(claim, UNCHECKABLE, "no event data in the store", "")
    if window is None:
        return Verdict(claim, UNCHECKABLE, "the text gives no date for the event", "events")
    covered = con.execute("SELECT count(*) FROM (SELECT date FROM events WHERE date BETWEEN ? AND ? GROUP BY date "
                          "HAVING count(*) >= ?)", [window[0], window[1], COVERED_DAY_EVENTS]).fetchall()[0][0]
    if not covered:
        return Verdict(claim, UNCHECKABLE, f"the store's event data do not cover {window[0]} to {window[1]} "
                       f"(no day with ≥{COVERED_DAY_EVENTS} events)", "events")
    if claim.kind == "visit":
        a, b = claim.subject, claim.others[0]
        rows = con.execute("""SELECT count(*), min(date) FROM events WHERE date BETWEEN ? AND ? AND (
                 (source_iso3 = ? AND target_iso3 = ? AND cameo LIKE '042%') OR
                 (source_iso3 = ? AND target_iso3 = ? AND cameo LIKE '043%'))""",
                           [window[0], window[1], a, b, b, a]).fetchall()[0]
        what = f"visit events {a}→{b} (CAMEO 042/043)"
    else:
        rows = con.execute("""SELECT count(*), min(date) FROM events WHERE date BETWEEN ? AND ? AND source_iso3 = ?
                 AND (root_code = '15' OR cameo LIKE '138%')""", [window[0], window[1], claim.subject]).fetchall()[0]
        what = f"shows of force by {claim.subject} (CAMEO 15x, 138x)"
    figures = f"{rows[0]} {what} between {window[0]} and {window[1]} ({covered} covered days)"
    return Verdict(claim, SUPPORTED if rows[0] else CONTRADICTED, figures, "events")


def check_event_claims(con: duckdb.DuckDBPyConnection, text: str, article_date: str | None = None) -> list[Verdict]:
    return [check_event(con, claim) for claim in find_event_claims(text, article_date)]


CHECKS = {"trading partners": check_trading_partners, "alignment shift": check_alignment_shift,
          "dependence": check_dependence}


def check_text(con: duckdb.DuckDBPyConnection, text: str, article_date: str | None = None) -> pd.DataFrame:
    """Extract and check every claim of an article: claim, sentence, verdict, figures, source."""
    verdicts = [CHECKS[c.kind](con, c) for c in find_pattern_claims(text)]
    verdicts += check_event_claims(con, text, article_date)
    return pd.DataFrame([{
        "claim": _describe(v.claim), "kind": v.claim.kind, "sentence": v.claim.sentence, "verdict": v.verdict,
        "figures": v.figures, "source": v.source} for v in verdicts],
        columns=["claim", "kind", "sentence", "verdict", "figures", "source"])


def check_file(con: duckdb.DuckDBPyConnection, path: str | Path, article_date: str | None = None) -> pd.DataFrame:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LatitudeError(f"article {path} not found") from exc
    except UnicodeDecodeError as exc:
        raise LatitudeError(f"{path} is not UTF-8 text") from exc
    return check_text(con, text, article_date)


def _describe(claim: Claim) -> str:
    others = " and ".join(claim.others)
    return {
        "trading partners": f"{others} among {claim.subject}'s key trading partners",
        "alignment shift": f"{claim.subject} moving {claim.detail} {'from' if claim.detail == 'away' else 'to'} {others}",
        "dependence": f"{claim.subject} depends on {others} for {claim.detail}",
        "visit": f"{claim.subject} visit with {others}" + (f" ({claim.date})" if claim.date else ""),
        "show of force": f"{claim.subject} missile test / show of force" + (f" ({claim.date})" if claim.date else ""),
    }[claim.kind]
