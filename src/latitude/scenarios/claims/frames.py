"""A role reader for claims the phrase patterns miss: who is ranked, bought, allied or voted with whom.

The phrase patterns of `trade`, `arms`, `alliance` and `alignment` each match one word order. This
reader works from the words that make a claim (a *trigger*: "trading partner", "export
destination", "arms suppliers", "purchased weapons", "ally", "voting coincidence") and then assigns
roles by cues that do not depend on word order:

- the **owner** of a ranking or a share (whose partners, whose suppliers, whose customers) is the
  country that possesses or modifies the trigger ("Mongolia's top export destination", "Saudi arms
  suppliers", "Mongolian exports"), or follows it with of/for/to ("one of the largest trading
  partners of the United States", "the top customer for German goods"); "its", "their", "the
  country's" and a trigger with no owner at all take the state the article is about (the previous
  sentence's owner or subject);
- the **others** are the remaining countries of the clause, a coordinated list counting as one
  group ("the U.S., China, South Korea, Russia ..."), minus places ("in Hanoi") and countries that
  are compared or displaced ("behind Mexico");
- **rank** comes from rank words ("top", "second most important", "in second place", "placed second
  and third, respectively"), **shares** from a percentage written next to a country ("France (29
  percent)").

Voting claims are read the same way: the pole is the country the others vote with or against ("with
the United States", "the position of Washington", "joined Russia"), the voters the countries
listed; a sentence naming a resolution is about a particular vote. Claims are built as the kind
modules build them and judged by their `check`; `find_claims` keeps a phrase pattern's claim when
both find the same one.
"""
from __future__ import annotations

import re

from latitude.scenarios.claims import alignment, alliance, arms, dependence, trade
from latitude.scenarios.claims._base import KEY, Claim
from latitude.scenarios.claims._patterns import (AMOUNT, ORDINAL, PLACE_IN_LIST, PLACE_NOUN, RANK, amount, count_of,
                                                 place_value, rank_of)
from latitude.scenarios.claims._text import Sentence

NEAR = 90    # characters: how far from a ranking's trigger its partners are read

_SEP = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s+(?=@))(?:the\s+)?"
GROUP = re.compile(rf"@\d+(?:{_SEP}@\d+)*")
_CLAUSE = re.compile(r";|(?<!\bno)\.\s+|\s+(?:while|whereas|but|yet)\s+|\s+[–—]\s+|\s+-\s+|\s+--\s+")   # not "No. 1"
_PLACE = re.compile(r"\b(?:in|at|near|toward|towards|into|across|around|outside|inside|from)\s+$")
_COMPARED = re.compile(r"\b(?:than|behind|after|ahead of|above|below|displacing|displaced|overtaking|overtook|overtaken|over|"
                       r"eclipsing|eclipsed|eclipses|replacing|replaced|"
                       r"surpassing|surpassed|leapfrogging|compared (?:with|to)|unlike|like)\s+$")
_VERB = (r"(?:is|was|are|were|be|been|being|remains?|remained|became|becomes?|has|have|had|the|a|an|as|to|of|for|"
         r"with|and|or|by|from|in|on|at|also|still|now|only|its|their|which|who|that|ranks?|ranked|followed|rose|fell)")
# the owner of a trigger written before it: a possessive ("Mongolia's top export destination", "its") or a
# country used as a modifier ("Saudi arms suppliers", "Mongolian exports"), never across a verb or article
_OWNER_BEFORE = re.compile(rf"(?P<o>@\d+(?P<poss>'s?|s')?|its|their|our|the country's|the nation's|the kingdom's|"
                           rf"the region's)\s+(?:(?!{_VERB}\s)[a-z0-9-]+\s+){{0,4}}$")
_OWNER_AFTER = re.compile(r"^\s*(?:of|for|to|by|with)\s+(?:the\s+)?(?:(?:total|all|overall|its)\s+)?(?P<o>@\d+)")

# --- trading partners ---------------------------------------------------------------------------
_TRADE = re.compile(
    rf"(?:{RANK}[\s-]+)?(?:(?P<mod>@\d+)\s+)?(?:(?:single|goods|merchandise|overall|total|bilateral|two-way|foreign|business|commercial|"
    r"economic|trading)\s+)*(?P<role>trad(?:ing|e)(?:\s+turnover)? partners?|(?:business|economic|commercial) partners?|"
    r"export (?:markets?|destinations?|partners?)|(?:import|imports) (?:suppliers?|sources?|partners?|origins?)|"
    r"destinations? (?:for|of) (?:its |their |@\d+ )?(?:exports|goods|shipments)|markets? for (?:@\d+ |its |their )?"
    r"(?:goods|exports|products)|sources? of (?:its |their )?imports|customers? for (?:@\d+ )?(?:goods|products|exports)|"
    r"(?P<bare>customer|client|buyer|seller|supplier|market|destination|source|importer|exporter)(?![\w-]))")
# a trade word in every form ("exporter", "importers", "exported", "markets", "traded"): "The second largest exporter to
# Russia is Germany" is a ranking of trading partners as much as "Russia's second largest source of imports"
_TRADE_CONTEXT = re.compile(r"\b(?:trad(?:e|es|ed|ing)|export(?:s|ed|ing|ers?)?|import(?:s|ed|ing|ers?)?|goods|shipments?|"
                            r"markets?|customs|surplus(?:es)?|deficits?)\b")
_PLACED = re.compile(rf"\b(?:placed|ranked|came|were|was|in)\s+(?P<a>first|{ORDINAL})(?:\s+and\s+"
                     rf"(?P<b>{ORDINAL}))?(?:\s+{PLACE_NOUN})?(?:\s*,\s*respectively)?")
_IN_PLACE = re.compile(rf"\b(?:in|at|to|took|taken|takes|take|taking|holds|held|hold|holding|maintained|maintains|occupies|"
                       rf"occupied|retained|retains|kept|keeps)\s+(?:the\s+)?(?P<a>first|top|{ORDINAL})\s+{PLACE_NOUN}\b|"
                       rf"\bthe\s+(?P<b>{ORDINAL})\s+most\s+important\b")
# the states a ranked partner comes after: "second biggest export market after the United States", "third, behind Canada
# and China" (a time clause, "after Armenia joined ...", is no ranking)
_AFTER = re.compile(rf"\s*(?:in\s+(?:19|20)\d\d\s*)?,?\s*(?:only\s+|just\s+|right\s+)?(?:after|behind|trailing)\s+(?:the\s+)?"
                    rf"(?P<g>@\d+(?:{_SEP}@\d+)*)\s*(?=[,.;:()]|$|and\b|with\b|in\s+(?:19|20)\d\d)")
# a ranking owned by several states: "the biggest export market for countries as far afield as Brazil (...), South
# Africa (10.3%) and Japan (18.9%)", "the largest trading partner of Chile, Peru and Brazil", "... to Japan, South Korea,
# Vietnam, and Taiwan", "... of both Brazil and Argentina"
_ITEM = r"@\d+(?:\s*\([^()]{0,90}\))?"
_OWNERS = re.compile(rf"\s*(?:of|for|to)\s+(?:both\s+)?(?:(?:countries|nations|economies|states)\s+(?:such as|like|including|as far afield as|"
                     rf"as diverse as)\s+|(?:[a-z0-9-]+\s+){{0,3}}(?:countries|nations|economies|states)\s*:\s*)?(?:the\s+)?"
                     rf"(?P<g>{_ITEM}(?:{_SEP}{_ITEM})+)")
# the state a ranking is said of ("China was the top trading partner") and one that comes next ("Canada followed at 15%",
# "followed by Saudi Arabia")
_COPULA_BEFORE = re.compile(r"(?P<p>@\d+)\s+(?:is|was|remains|remained|became|has been|had been)\s+(?:now\s+|still\s+|again\s+)?"
                            r"(?:the\s+|its\s+|their\s+|@\d+(?:'s?|s')\s+)?$")
_FOLLOWS = re.compile(r"(@\d+)\s+followed\b|\bfollowed\s+by\s+(?:the\s+)?(@\d+)")
# the owner of a flow named in a sentence: "the Australian economy", "all Australian exports", "Brazil's imports"
_FLOW_OWNER = re.compile(r"(?P<o>@\d+)(?:'s?|s')?\s+(?:(?:total|overall|foreign|merchandise)\s+)?(?:exports|imports|trade|economy)\b|"
                         r"\b(?:total|overall|all)\s+(?P<o2>@\d+)\s+(?:exports|imports|trade)\b")
_ARMS_WORDS = re.compile(r"\b(?:arms|weapons?|weaponry|armaments?|military|defen[cs]e|fighters?|jets?|tanks?|missiles?|"
                         r"helicopters?|frigates?|submarines?|warships?|aircraft|artillery|rifles?|howitzers?|drones?)\b")


def _clauses(template: str) -> list[str]:
    """The sentence's clauses (cut at ';', '. ', 'while', 'but', dashes; a list of states between two dashes is an
    apposition, not a clause: "the top three markets for Israeli military equipment – India, Vietnam and Azerbaijan –
    almost always vote against Israel")."""
    return _CLAUSE.split(_APPOSITION.sub(lambda m: ", " + m.group("g") + ", ", template))


_APPOSITION = re.compile(rf"\s+(?:[–—]|-|--)\s+(?P<g>@\d+(?:{_SEP}@\d+)*)(?:\s*,\s*(?:for\s+example|for\s+instance|"
                         rf"among\s+others|e\.g\.))?\s+(?:[–—]|-|--)\s+")


def _groups(s: Sentence, text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, ISO3 codes) of each country or coordinated list of countries in `text`."""
    found = []
    for m in GROUP.finditer(text):
        codes = [c for c in (s.actor(p) for p in re.findall(r"@\d+", m.group(0))) if c]
        if codes:
            found.append((m.start(), m.end(), list(dict.fromkeys(codes))))
    return found


def _owner(s: Sentence, text: str, start: int, end: int, prior: Sentence | None = None, depth: int = 2
           ) -> tuple[str | None, tuple[int, int] | None]:
    """The owner of a trigger at text[start:end] and where it is written (None: not named here): a
    country inside the trigger ("the top U.S. trade partners", "the market for US goods"), a possessor
    or modifier before it, or of/for/to after it."""
    inside = re.search(r"@\d+", text[start:end])
    if inside:
        return s.actor(inside.group(0)), (start + inside.start(), start + inside.end())
    before = _OWNER_BEFORE.search(text[:start])
    if before and not _PLACE.search(text[: before.start()]):
        word = before.group("o")
        if word.startswith("@"):
            code = word.split("'")[0]
            return s.actor(code), (before.start(), before.start() + len(code))
        if word == "our":
            return _first_person(s), None
        if word in ("its", "their"):
            return s.antecedent, None
        if word in ("the country's", "the nation's") and s.owner is not None and s.owner not in s.actors:
            return s.owner, None   # the state whose trade the article has been telling (`Sentence.owner`)
        return _article_owner(s, prior, depth), None
    after = _OWNER_AFTER.match(text[end:])
    if after:
        return s.actor(after.group("o")), (end + after.start("o"), end + after.end("o"))
    return None, None


def _others(s: Sentence, text: str, owner_at: tuple[int, int] | None, owner: str | None,
            near: tuple[int, int] | None = None) -> list[tuple[int, list[str]]]:
    """(position, codes) of the clause's country groups other than the owner, places and compared ones
    (with `near`, only groups within `NEAR` characters of that span: a trigger's own clause part)."""
    out = []
    for start, end, codes in _groups(s, text):
        if near and (end < near[0] - NEAR or start > near[1] + NEAR):
            continue
        if owner_at and start <= owner_at[0] < end:
            continue
        head = text[:start]
        if _PLACE.search(head) or _COMPARED.search(head) or re.search(r"(?:'s?|s')\s*$", text[end: end + 3]):
            continue   # "in Hanoi", "behind Mexico", "Japan's" (a possessor is an owner, not a partner)
        codes = [c for c in codes if c != owner]
        if codes:
            out.append((start, codes))
    return out


def _article_owner(s: Sentence, prior: Sentence | None = None, depth: int = 2) -> str | None:
    """The state a ranking with no owner of its own belongs to: the sentence's topic ("For Brazil,
    ..."), else the owner of the previous sentence's ranking ("... for German goods." "Placed second
    and third were ..."), else the previous sentence's subject."""
    topic = re.match(r"\W*(?:for|as for)\s+(@\d+)\s*,", s.template)
    if topic:
        return s.actor(topic.group(1))
    ranked: set[str] = set()
    if prior is not None and depth > 0:
        for m in _TRADE.finditer(prior.template):
            owner, owner_at = _owner(prior, prior.template, m.start(), m.end(), prior.prior, depth - 1)
            if owner_at is None:   # "Japan was the country's top trading partner": Japan is ranked, not the owner
                ranked.update(c for _, _, codes in _groups(prior, prior.template[: m.start()]) for c in codes)
            if owner and owner not in ranked:
                return owner
        flow = _FLOW_OWNER.search(prior.template)
        if flow and prior.actor(flow.group("o") or flow.group("o2")) not in ranked:   # "... of all Australian exports."
            return prior.actor(flow.group("o") or flow.group("o2"))
    if s.previous in ranked:
        return None   # the previous sentence's subject was itself ranked: the article's country is further back
    return s.previous or s.antecedent


# a ranking told again for another state with its verb and noun left out: "For Russia, it's China."
_ELLIPTIC = re.compile(r"\W*(?:for|as for)\s+(?P<o>@\d+)\s*,\s*(?:it's|it is|it was|that's|that is)\s+(?P<p>@\d+)\W*$")
# a topic naming several states: "For the UK and Ireland, the US is the largest trading partner"
_TOPICS = re.compile(rf"\W*(?:for|as for)\s+(?P<g>@\d+(?:{_SEP}@\d+)+)\s*,")


def _first_person(s: Sentence) -> str | None:
    """The state an author writing "our trading partners" belongs to: the one state named in an earlier sentence
    that also speaks in the first person ("In the United States today, when we think of our trading partners, ..."), else,
    when no earlier sentence speaks so, the previous sentence's subject."""
    before, spoken = s.prior, False
    while before is not None:
        if re.search(r"\b(?:we|our|us)\b", before.template):
            named = list(dict.fromkeys(c for c in before.actors if c))
            if len(named) == 1:
                return named[0]
            spoken = True
        before = before.prior
    # no earlier sentence speaks in the first person: the writer's country is the one the sentence before was about
    # ("Canada's economy is heavily dependent on trade ... In 2000, 86 per cent of our trade exports were destined to the U.S.")
    return s.previous if not spoken and s.previous not in s.actors else None


def _trade(s: Sentence, prior: Sentence | None) -> list[Claim]:
    claims = []
    traded = prior is not None and _TRADE.search(prior.template) is not None and not _ARMS_WORDS.search(prior.template)
    ranked_before = traded and (_PLACED.search(s.template) or _PLACE_FIRST.search(s.template))
    told_again = traded and _ELLIPTIC.match(s.template)
    if not (_TRADE_CONTEXT.search(s.template) or ranked_before or told_again) or _ARMS_WORDS.search(s.template) or (
            prior is not None and _ARMS_WORDS.search(prior.template) and re.search(r"\bsuppl|\bsources?\b", s.template)) \
            or trade.arms_imports(s):
        return claims   # a ranking with no trade word counts after a sentence ranking trade partners
    for text in _clauses(s.template):
        for m in _TRADE.finditer(text):
            owners = _OWNERS.match(text[m.end():])
            subject = [g for g in _groups(s, text[: m.start()]) if not _PLACE.search(text[: g[0]])
                       and not _COMPARED.search(text[: g[0]])]   # "China has eclipsed Russia as ...": Russia is compared
            if owners and len(subject) == 1 and len(subject[0][2]) == 1:
                claims += _owned_by_list(s, m, owners, subject[0][2][0])
                continue
            owner, owner_at = _owner(s, text, m.start(), m.end(), prior)
            topics = _TOPICS.match(s.template)
            if owner is None and topics and s.template.startswith(text):
                # "For the UK and Ireland, the US is the largest trading partner": one ranking per state of the topic
                partner = _others(s, text[topics.end():], None, None)
                for code in [c for c in (s.actor(p) for p in re.findall(r"@\d+", topics.group("g"))) if c]:
                    if len(partner) == 1 and len(partner[0][1]) == 1 and partner[0][1][0] != code:
                        words = m.group("rank") or ""
                        rank, within, minor = rank_of(words, False) if words else (None, None, False)
                        claims.append(Claim(trade.KIND, s.text, code, (partner[0][1][0],), rank=rank, within=within,
                                            minor=minor, flow="total", year=s.year))
                if claims:
                    continue
            if owner is None and m.group("bare"):
                continue   # "the largest market", "a major supplier": a partner noun with no owner written
            if owner is None:
                if re.search(r"\b[a-z]+(?:'s|s')\s+(?:[a-z-]+\s+){0,3}$", text[: m.start()]) or \
                        re.match(r"\s+of\s+(?:all|the)\s+(?!country|nation)[a-z]", text[m.end():]):
                    continue   # an owner the gazetteer could not resolve ("the asian country's", "of all five ... states")
                owner = _article_owner(s, prior)
                from_article = True
            else:
                from_article = owner not in s.actors
            if owner is None:
                continue
            role = m.group("role")
            plural = role.split()[-1].endswith("s") and not role.endswith(("goods", "exports", "products", "imports",
                                                                             "shipments"))
            words = m.group("rank") or ""
            rank, within, minor = rank_of(words, plural) if words else (None, None, False)
            place = _IN_PLACE.search(text)
            listed_place = PLACE_IN_LIST.search(text[: m.start()]) if plural else None
            if listed_place:   # "came in second in the list of Thailand's top trading partners": a place, not the top five
                rank, within, minor = rank_of(listed_place.group("a") or listed_place.group("b"), False)
            if rank is None and within is None and not minor:
                if place:
                    rank = place_value(place.group("a") or place.group("b"))
                elif not words and not _PLACED.search(text):
                    continue   # "a trading partner" ranks nothing
            flow = "imports" if re.search(r"exporter|supplier|seller|source|origin|import(?!er)", role) else \
                "exports" if re.search(r"export|customer|client|buyer|market|destination|importer", role) else "total"
            if re.match(r"\s+(?:position|spot|place|title|status|ranking)\b", text[m.end():]):
                continue   # "losing the top trading partner position" names no partner
            others = _others(s, text, owner_at, owner, (m.start(), m.end()))
            if not others and re.search(r"\b(?:to become|becoming|became)\s+(?:the\s+)?(?:[^\s]+\s+){0,2}$", text[: m.start()]):
                # "China took in ... worth of Japanese goods in 2020, ..., leapfrogging the U.S. to become Japan's leading
                # destination for exports": the partner is the clause's subject, however far from the ranking
                others = [o for o in _others(s, text[: m.start()], owner_at, owner)[:1]]
            placed = _PLACED.search(text)
            listed = list(dict.fromkeys(c for _, codes in others for c in codes))   # a state named twice is one partner
            if placed and placed.group("b") and len(listed) == 2 and not words:
                # "second and third, respectively, were X and Y"
                ranks = [place_value(placed.group("a")), place_value(placed.group("b"))]
                for code, number in zip(listed, ranks):
                    claims.append(Claim(trade.KIND, s.text, owner, (code,), rank=number, flow=flow, year=s.year))
                continue
            said = _COPULA_BEFORE.search(text[: m.start()])
            after: list[str | None] = []
            written: dict[str | None, float] = {}   # a share written beside a state the ranking is followed by
            if said and s.actor(said.group("p")) in listed and len(listed) > 1 and rank is not None and not plural:
                # "China was the top trading partner with a 16% share, Canada followed at 15%": the copula's subject is
                # ranked, a state that "followed" comes next
                chain = _FOLLOWED.search(text[m.end():])   # "followed by the UK and China": second and third, in order
                after = [s.actor(p) for p in re.findall(r"@\d+", chain.group("g"))] if chain else \
                    [s.actor(f.group(1) or f.group(2)) for f in _FOLLOWS.finditer(text[m.end():])]
                listed = [s.actor(said.group("p"))]
            chain = _FOLLOWED.search(text, m.end()) if not after and rank is not None and not plural else None
            if chain and len(listed) > 1:
                # "The second largest exporter to Russia is Germany (12 per cent), followed by the United States (5.3 per
                # cent), Ukraine ...": the state not in the chain is ranked, those it is followed by come next, in order
                later = [s.actor(p) for p in re.findall(r"@\d+", chain.group("g"))]
                first = [c for c in listed if c not in later]
                if len(first) == 1:
                    listed, after = first, later
                    written = {s.actor(i.group(0)): float(b.group("n")) for i in re.finditer(r"@\d+", chain.group("g"))
                               if (b := _BESIDE.match(chain.group("g"), i.end()))}
            if len(listed) > 1 and rank is not None and words and not plural:
                continue   # "the largest" of two countries: who is which is not clear
            if rank == 1 and re.search(r"\b(?:a|an)\s+$", text[: m.start()]):
                rank, within = None, KEY   # "China remained a top market for US goods exports": one of the top
            pronoun = owner_at is None and re.search(r"\b(?:its|their)\s+(?:[a-z0-9-]+\s+){0,4}$", text[: m.start()])
            if pronoun and owner in listed:   # "the US is its largest export market": its = the country before, not the US
                earlier = [s.actor(p) for p in re.findall(r"@\d+", s.template[: s.template.find(text) + pronoun.start()])]
                earlier = [c for c in earlier if c and c not in listed]
                owner = earlier[-1] if earlier else owner
            for code in listed:
                if code == owner:
                    continue
                claims.append(Claim(trade.KIND, s.text, owner, (code,), rank=rank,
                                    within=within if rank is None else None, minor=minor, flow=flow, year=s.year,
                                    notes={"owner": "article"} if from_article else {}))
            for step, code in enumerate([c for c in dict.fromkeys(after) if c and c != owner][:4], start=1):
                # a share written beside it is its own: rank and share must both hold (the rule table)
                claims.append(Claim(trade.KIND, s.text, owner, (code,), rank=rank + step, share=written.get(code),
                                    flow=flow, year=s.year,
                                    notes={"owner": "article"} if from_article else {}))
            ahead = _AFTER.match(text[m.end():])
            if ahead and rank == 2 and len(listed) == 1:
                # "Japan is Vietnam's second biggest export market after the United States": the US ranks above it
                above = [c for c in (s.actor(p) for p in re.findall(r"@\d+", ahead.group("g"))) if c and c != owner]
                for code in above if len(above) == 1 else []:
                    claims.append(Claim(trade.KIND, s.text, owner, (code,), rank=1, flow=flow, year=s.year,
                                        notes={"owner": "article"} if from_article else {}))
    if claims:   # "China was the top trading partner with a 16% share, Canada followed at 15%; Mexico at 14%"
        last = claims[-1]
        for m in trade.AT_SHARE.finditer(s.template):
            code = s.actor(m.group("p") or m.group("p2"))
            if code and code != last.subject and code not in [c.other for c in claims]:
                claims.append(Claim(trade.KIND, s.text, last.subject, (code,), share=float(m.group("n")), flow=last.flow,
                                    year=s.year, notes=dict(last.notes)))
    elif ranked_before:
        claims += _trade_places(s, prior)
    elliptic = _ELLIPTIC.match(s.template) if not claims and told_again else None
    if elliptic:   # "For the UK and Ireland, the US is the largest trading partner. For Russia, it's China."
        owner, partner = s.actor(elliptic.group("o")), s.actor(elliptic.group("p"))
        model = next((c for c in _trade(prior, prior.prior) if c.rank or c.within), None)
        if model is not None and owner and partner and owner != partner:
            claims.append(Claim(trade.KIND, s.text, owner, (partner,), rank=model.rank, within=model.within,
                                flow=model.flow, year=s.year or model.year))
    # "Placed second and third, respectively, were France and China" (the ranking's owner in the sentence before)
    placed = _PLACED.search(s.template)
    owner = _article_owner(s, prior) if placed and prior is not None else None
    if not claims and placed and placed.group("b") and "respectively" in s.template and owner:
        listed = [c for _, _, codes in _groups(s, s.template) for c in codes if c != owner]
        if len(listed) == 2:
            words = prior.template if prior is not None else ""
            flow = "exports" if re.search(r"\b(?:exports?|customers?|markets?|destinations?)\b", words) else "total"
            for code, word in zip(listed, (placed.group("a"), placed.group("b"))):
                claims.append(Claim(trade.KIND, s.text, owner, (code,), rank=place_value(word), flow=flow, year=s.year))
    return claims


def _trade_places(s: Sentence, prior: Sentence) -> list[Claim]:
    """States a sentence places in the trade ranking the previous sentence started ("Next came the United States ...,
    followed by the Netherlands in third place", "Mexico, which finished in second, followed by China", "Now, Mexico is
    tops with 15%, Canada is at 14.9% and China at 13.2%"), with the previous ranking's owner and flow."""
    trigger = _TRADE.search(prior.template)
    if trigger is None:
        return []
    before = _trade(prior, prior.prior)
    owners = {c.subject for c in before}   # the owner the previous ranking was read with, else the article's state
    owner = owners.pop() if len(owners) == 1 else _article_owner(s, prior)
    _, owner_at = _owner(prior, prior.template, trigger.start(), trigger.end())
    ranked = {c for start, end, codes in _groups(prior, prior.template[: trigger.start()])
              if owner_at is None or not start <= owner_at[0] < end for c in codes}
    if owner is None or owner in ranked:
        return []   # "China was the top trading partner ...": a state the previous sentence ranks owns no ranking
    first = max((c.rank for c in before if c.subject == owner and c.rank), default=1)
    role = trigger.group("role")
    flow = "exports" if re.search(r"export|customer|market|destination", role) else \
        "imports" if re.search(r"import|supplier|source|origin", role) else "total"
    claims = [Claim(trade.KIND, s.text, owner, (code,), rank=place, share=share, flow=flow, year=s.year,
                    notes={"owner": "article"})
              for code, place, share in _placed(s, s.template, first) if code != owner]
    for m in trade.AT_SHARE.finditer(s.template) if claims else ():
        code = s.actor(m.group("p") or m.group("p2"))
        if code and code != owner and code not in [c.other for c in claims]:
            claims.append(Claim(trade.KIND, s.text, owner, (code,), share=float(m.group("n")), flow=flow, year=s.year,
                                notes={"owner": "article"}))
    return claims


_FLOW_NOUN = r"(?:exports?|imports?|trade(?:\s+turnover)?|foreign trade|shipments)"
_SHARE_OF_FLOW = re.compile(
    rf"(?P<amount>{AMOUNT})\s+of\s+(?:the\s+)?(?:(?:total|overall|all)\s+)?(?:(?P<o>@\d+)(?:'s?|s')?\s+|(?P<pron>its|their|our|"
    rf"the country's|the nation's)\s+)?(?:(?:total|overall|all|foreign|merchandise|domestic|annual|goods)\s+)?"
    rf"(?P<flow>{_FLOW_NOUN})\b|(?P<amount2>{AMOUNT.replace('?P<', '?P<b_')})\s+of\s+(?P<o2>@\d+)(?:'s?|s')\s+total\b")
# the flow's owner and partner written before the share: "Nigeria's export trade to India accounted for 16.43 per cent of
# total exports", "Exports to the US made up about 14 per cent of China's total"
_FLOW_TO = re.compile(r"(?:(?P<o>@\d+)(?:'s?|s')?\s+(?:[a-z]+\s+){0,2}?)?(?P<flow>exports?(?:\s+trade)?|imports?|shipments|sales)\s+"
                      r"(?:to|from)\s+(?:the\s+)?(?P<p>@\d+)")
# the first partner told by comparison: "The U.S. still imported more goods from China than any other country", "Germany is
# leading the list of countries with the most exports from Turkey"
_MORE_THAN_ANY = re.compile(
    r"(?P<o>@\d+)\s+(?:[a-z]+\s+){0,2}?(?P<verb>imported|imports|bought|buys|exported|exports|sold|sells|shipped|ships)\s+"
    r"more\s+(?:[a-z]+\s+){0,2}?(?:from|to)\s+(?:the\s+)?(?P<p>@\d+)\s+than\s+(?:from\s+|to\s+)?any\s+other\s+"
    r"(?:country|nation|partner|market|supplier|state)|"
    r"(?P<p2>@\d+)\s+(?:is\s+|was\s+)?(?:leading|leads|led|tops|topped|topping|heads|headed|heading)\s+the\s+list\s+of\s+"
    r"(?:countries|nations|markets|destinations)\s+(?:with|receiving|for)\s+the\s+most\s+(?P<flow>exports|imports|goods)\s+"
    r"(?:from|to)\s+(?:the\s+)?(?P<o2>@\d+)")
# a share told with the trading verb: "Mongolia exports less than 1% to Russia", "Australia depends on China for roughly
# 30% of exports"
_VERB_SHARE = re.compile(
    rf"(?P<o>@\d+)\s+(?:(?P<flow>exports|exported|sells|sold|ships|shipped|sends|sent|imports|imported|buys|bought)\s+"
    rf"(?P<amount>{AMOUNT})\s+(?:of\s+(?:its|their)\s+(?:exports|imports|goods|products)\s+)?(?:to|from)\s+(?:the\s+)?"
    rf"(?P<p>@\d+)|(?:depends|depended|relies|relied)\s+on\s+(?:the\s+)?(?P<p2>@\d+)\s+for\s+"
    rf"(?P<amount2>{AMOUNT.replace('?P<', '?P<b_')})\s+of\s+(?:its\s+|their\s+)?(?P<flow2>exports|imports|trade)\b)")


def _shares(s: Sentence) -> list[Claim]:
    """A partner's share of a state's flow, whatever the verb: "The US accounts for almost one-fifth of China's total
    export", "Japan is one of Viet Nam's key trading partners, constituting 10 per cent of the country's total trade
    turnover": a percentage of an owned flow and one other state in the clause."""
    claims: list[Claim] = []
    if _ARMS_WORDS.search(s.template):
        return claims
    last: tuple[str | None, str] | None = None   # the owner and flow of the sentence's previous share
    for m in _MORE_THAN_ANY.finditer(s.template):
        owner, partner = s.actor(m.group("o") or m.group("o2")), s.actor(m.group("p") or m.group("p2"))
        word = m.group("verb") or m.group("flow")
        flow = "imports" if re.match(r"import|bu|bo", word) else "exports"
        if owner and partner and owner != partner:
            claims.append(Claim(trade.KIND, s.text, owner, (partner,), rank=1, flow=flow, year=s.year))
    for text in _clauses(s.template):
        told = len(claims)
        for m in _VERB_SHARE.finditer(text):
            owner, partner = s.actor(m.group("o")), s.actor(m.group("p") or m.group("p2"))
            value, qualifier = amount(m) if m.group("amount") else _second_amount(m)
            verb = m.group("flow") or m.group("flow2")
            flow = "exports" if re.match(r"export|sel|sol|ship|sen", verb) else "imports" if re.match(r"import|bu|bo", verb) \
                else "total"
            if owner and partner and owner != partner and value is not None:
                claims.append(Claim(trade.KIND, s.text, owner, (partner,), share=value, qualifier=qualifier, flow=flow,
                                    year=s.year))
        if len(claims) > told:
            continue   # the clause's share is told with its verb
        for m in _SHARE_OF_FLOW.finditer(text):
            flow_to = _FLOW_TO.search(text[: m.start()])
            if m.group("o2") and flow_to is None:
                continue
            if m.group("o2"):   # "Exports to the US made up about 14 per cent of China's total"
                owner = s.actor(m.group("o2"))
                listed = [s.actor(flow_to.group("p"))]
                value, qualifier = _second_amount(m)
                flow = "exports" if flow_to.group("flow").startswith(("export", "ship", "sale")) else "imports"
                if owner and listed[0] and owner != listed[0]:
                    claims.append(Claim(trade.KIND, s.text, owner, (listed[0],), share=value, qualifier=qualifier,
                                        flow=flow, year=s.year))
                continue
            if not m.group("o") and not m.group("pron") and flow_to is not None and flow_to.group("o"):
                # "Nigeria's export trade to India accounted for 16.43 per cent of total exports"
                owner, partner = s.actor(flow_to.group("o")), s.actor(flow_to.group("p"))
                value, qualifier = amount(m)
                flow = m.group("flow")
                flow = "exports" if flow.startswith("export") or flow == "shipments" else \
                    "imports" if flow.startswith("import") else "total"
                if owner and partner and owner != partner:
                    claims.append(Claim(trade.KIND, s.text, owner, (partner,), share=value, qualifier=qualifier, flow=flow,
                                        year=s.year))
                continue
            if m.group("o"):
                owner = s.actor(m.group("o"))
                owner_at = (m.start("o"), m.end("o"))
            elif m.group("pron") == "our":
                owner, owner_at = _first_person(s), None
            elif m.group("pron"):
                named = re.findall(r"(@\d+)(?:'s?|s')\s", text[: m.start()])   # "Viet Nam's partners, ... the country's trade"
                owner, owner_at = (s.actor(named[-1]) if named else s.actor(m.group("pron"))), None
            elif last is not None and re.search(r"\b(?:all|total)\s+$", text[: m.start("flow")]):
                # "India accounts for only 3.6% of Australia's trade, while China represents over one-quarter of all trade"
                owner, owner_at = last[0], None
            elif not last and s.prior is not None and not re.search(r"%|\bper ?cent\b", s.prior.template) and \
                    _article_owner(s, s.prior) not in (None, *s.actors):
                # a share of a flow nobody in the sentence owns: the article's state, as for a ranking with no owner
                # ("Vietnam is deeper into China's slipstream. Some 17 percent of exports go to China"); not after a
                # sentence with shares of its own, whose list may belong to a state named further back
                owner, owner_at = _article_owner(s, s.prior), None
            else:
                continue
            listed = list(dict.fromkeys(c for _, codes in _others(s, text, owner_at, owner) for c in codes))
            if owner is None or len(listed) != 1 or re.search(r"\b(?:from|to)\s+[\d.]+\s*(?:%|percent|per cent)?\s+to\b",
                                                               text):
                continue   # whose share is unclear, or a change ("from 36 to 27%") rather than a level
            value, qualifier = amount(m)
            flow = m.group("flow")
            flow = "exports" if flow.startswith("export") or flow == "shipments" else \
                "imports" if flow.startswith("import") else "total"
            claims.append(Claim(trade.KIND, s.text, owner, (listed[0],), share=value, qualifier=qualifier, flow=flow,
                                year=s.year))
            last = (owner, flow)
    return claims


class _Second:
    """A pattern's second AMOUNT (its groups renamed b_*), read as `amount` reads the first."""

    def __init__(self, match: re.Match) -> None:
        self.match = match

    def group(self, name: str) -> str | None:
        return self.match.group("b_" + name)


def _second_amount(m: re.Match) -> tuple[float, str]:
    return amount(_Second(m))


def _owned_by_list(s: Sentence, m: re.Match, owners: re.Match, partner: str) -> list[Claim]:
    """"China is now the biggest export market for countries as far afield as Brazil (accounting for 12.5% of Brazilian
    exports in 2009), South Africa (10.3%), Japan (18.9%) and Australia (21.8%)": one claim per owner, with its share."""
    role = m.group("role")
    words = m.group("rank") or ""
    rank, within, minor = rank_of(words, False) if words else (None, None, False)
    flow = "exports" if re.search(r"export|customer|market|destination", role) else \
        "imports" if re.search(r"import|supplier|source|origin", role) else "total"
    claims = []
    for item in re.finditer(r"(@\d+)(?:\s*\((?P<inside>[^)]*)\))?", owners.group("g")):
        owner = s.actor(item.group(1))
        stated = re.search(r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", item.group("inside") or "")
        if owner and owner != partner:
            claims.append(Claim(trade.KIND, s.text, owner, (partner,), rank=rank, within=within, minor=minor, flow=flow,
                                share=float(stated.group("n")) if stated else None, year=s.year))
    return claims


# --- arms: who bought from whom, whose suppliers, whose customers ------------------------------
_WEAPONS = (r"(?:arms|weapons?|weaponry|armaments?|military (?:equipment|hardware|aircraft|goods)|(?:fighter\s+)?jets?|"
            r"fighters?|aircraft|(?:attack\s+|transport\s+|assault/transport\s+)?helicopters?|choppers?|(?:battle\s+)?tanks?|"
            r"frigates?|submarines?|warships?|corvettes?|missiles?|(?:assault\s+)?rifles?|howitzers?|artillery|drones?|"
            r"carriers?|(?:training\s+|trainer\s+)?planes?|armou?red vehicles?|radars?|air defen[cs]e systems?)")
_BUY = re.compile(r"\b(?P<verb>purchas(?:ed|es|ing|e)|bought|buys?|buying|acquir(?:ed|es|ing|e)|procur(?:ed|es|ing|e)|"
                  r"order(?:ed|ing)|import(?:ed|s|ing)|obtain(?:ed|s|ing)?|receiv(?:ed|es|ing|e)|sourc(?:ed|es|ing)|"
                  r"spend\s+[^@.;]{0,40}?purchasing)\b")
# a buyer's main suppliers in a buying clause: "It sources fighter jets ... primarily from France, Russia, and the United States"
_MAINLY = re.compile(r"\b(?:primarily|mainly|mostly|chiefly|largely|principally|predominantly|overwhelmingly)\s+$")
_FROM = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<g>@\d+(?:{_SEP}@\d+)*)")
_MADE = re.compile(rf"(?P<p>@\d+)(?:[- ](?:made|built|manufactured|designed|origin)\b|\s+(?:[a-z0-9-]+\s+){{0,2}}{_WEAPONS}\b)")
_SUPPLIERS = re.compile(
    rf"(?:{RANK}[\s-]+)?(?:arms|weapons?|military|defen[cs]e)\s+(?P<role>suppliers?|providers?|exporters?|sources?)|"
    rf"(?:{RANK.replace('?P<rank>', '?P<rank2>')}[\s-]+)?(?P<role2>suppliers?|providers?|sources?|sellers?|exporters?)\s+of\s+"
    rf"(?:its\s+|their\s+)?"
    rf"(?:arms|weapons|weaponry|military equipment|major arms)|"
    rf"(?:{RANK.replace('?P<rank>', '?P<rank3>')}\s+)(?P<role3>suppliers)\b")
_CUSTOMERS = re.compile(
    rf"(?:{RANK}[\s-]+)?(?P<role>recipients?|buyers?|customers?|clients?|importers?|markets?)\s+(?:of|for)\s+(?P<o>@\d+)"
    rf"(?:[\s-]+made)?\s+(?:arms|weapons|weaponry|military|defen[cs]e|armaments)")
# the exporter after the customer noun, the arms words before it or elsewhere in the sentence: "the largest foreign
# military sales (FMS) customer of the United States", "the third largest weapons market for Israel", "The main buyer of
# the United States is Saudi Arabia - 18% of US arms exports ..." (fifteenth round)
_CUSTOMER_OF = re.compile(
    rf"(?:{RANK}[\s-]+)(?P<np>(?:[a-z()-]+\s+){{0,4}}?)(?P<role>recipients?|buyers?|customers?|clients?|importers?|markets?|"
    rf"consumers?)\s+(?:of|for)\s+(?:the\s+)?(?P<o>@\d+)(?![\s-]*(?:made|built)\b)(?!'s?\s)")
_ARMS_NOUN = re.compile(r"\b(?:arms|weapons?|weaponry|military|defen[cs]e|armaments?)\b")
# an exporter's customers counted from a list of its recipients: "China delivered major arms to 48 countries ..., with
# Pakistan topping the list, followed by Bangladesh and Algeria", "China exported arms to 35 countries and of those,
# Bangladesh was the second biggest importer", "Egypt has topped the list of arms importers from France"
_TO_COUNTRIES = re.compile(rf"(?P<s>@\d+)\s+(?:has\s+|have\s+|had\s+)?(?:delivered|exported|supplied|sold|shipped)\s+"
                           rf"(?:major\s+|its\s+)?{_WEAPONS}\s+to\s+(?:\d+|[a-z-]+)\s+(?:other\s+)?(?:countries|states|nations)\b")
_TOPS_LIST = re.compile(r"(?P<p>@\d+)\s+(?:has\s+|had\s+)?(?:topping|topped|tops|leading|led|heading|headed)\s+the\s+list\b")
_WAS_RANKED = re.compile(rf"(?P<p>@\d+)\s+(?:was|is|became|remained)\s+(?:the\s+)?{RANK}[\s-]+(?:importer|buyer|customer|"
                         rf"recipient|client)\b")
_LIST_FROM = re.compile(r"(?P<p>@\d+)\s+(?:has\s+|had\s+)?(?:topped|tops|topping|led|leads|heads|headed)\s+the\s+list\s+of\s+"
                        r"(?:arms|weapons|military)\s+(?:importers|buyers|customers|recipients)\s+(?:from|of)\s+(?:the\s+)?"
                        r"(?P<s>@\d+)")
# a recipient's share of an exporter's arms: "Most of all - 35% - of Russian arms are supplied to India", "with 70% of the
# Ukraine's military export going to Russia", "The consumer of 25% of the arms sold by France is Egypt"
_SHARE_TO = re.compile(
    rf"(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per cent)\s*(?:[-–—]+\s*)?of\s+(?:the\s+|all\s+)?(?:(?P<o>@\d+)(?:'s?|s')?\s+)?"
    rf"(?:[a-z]+\s+){{0,2}}?(?:{_WEAPONS}|military\s+exports?|arms\s+(?:exports?|sales)|exports?\s+of\s+arms)\s+"
    rf"(?:(?:sold|exported|supplied|delivered)\s+by\s+(?P<o2>@\d+)\s+)?(?:(?:are|were|is|was|being|have\s+been|has\s+been)\s+)?"
    rf"(?:supplied|delivered|sold|exported|shipped|went|go|goes|going|sent)\s+to\s+(?:the\s+)?(?P<p>@\d+)")
_SHARE_BY = re.compile(
    rf"\b(?:consumer|buyer|recipient|importer|destination)\s+of\s+(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+"
    rf"(?:the\s+|all\s+)?{_WEAPONS}\s+(?:sold|exported|supplied|delivered)\s+by\s+(?P<o>@\d+)\s+(?:is|was)\s+(?P<p>@\d+)")
_CLIENTS = re.compile(rf"(?P<o>@\d+)(?:'s?|s')\s+(?:{RANK}[\s-]+)?(?:arms\s+|weapons\s+)?"
                      rf"(?P<role>customers?|clients?|buyers?|recipients?)\b")
_LED = re.compile(r"\b(?:topped|tops|topping|led|leads|headed|heads|heading)\s+(?:the\s+)?(?:list|ranking|table)\b")
# the states a ranking's first is "followed by", in order, each with its share in brackets or after "at"/"with"
# ("followed by Britain (9.3%) and France (4%)", "followed by the Netherlands at 5.5 percent and Turkey at 3.8 percent",
# "followed by China then Russia"), or with its value ("followed by Hong Kong with $30.66 billion (6 percent)", "closely
# followed by Mexico at $324.3 billion", "followed by France with US$1.75 billion"); the verb in every form a ranking is
# continued with: "followed by", "closely followed by", "followed closely by", "trailed by", "trailed closely by"
_PCT = r"\d{1,3}(?:\.\d+)?\s*(?:%|percent|per cent)"
_MONEY = (r"(?:(?:total\s+)?(?:trade|exports|imports|sales|purchases)\s+(?:of|worth)\s+)?(?:about\s+|around\s+|approximately\s+|"
          r"nearly\s+|some\s+)?(?:us\s*|usd\s*|a\s*|c\s*|rs\.?\s*)?[$€£¥₹]?\s*\d[\d,]*(?:\.\d+)?\s*(?:trillion|billion|million|"
          r"bln|mln|bn|tn|mn|b|m)\b(?:\s*(?:us\s*)?(?:dollars|euros|usd|eur))?")
_FOLLOW_VERB = r"(?:(?:closely|narrowly)\s+)?(?:followed|trailed)\s+(?:(?:closely|narrowly)\s+)?by"
_FOLLOWED_ITEM = (rf"@\d+(?:\s*\([^)]{{0,30}}\)|\s+(?:at|with|on)\s+(?:a\s+share\s+of\s+)?{_PCT}|"
                  rf"\s*,?\s+(?:at|with)\s+{_MONEY}(?:\s*\([^)]{{0,30}}\))?)?")
_FOLLOWED = re.compile(rf"\b{_FOLLOW_VERB}\s+(?:the\s+)?(?P<g>{_FOLLOWED_ITEM}(?:(?:{_SEP}|\s*,?\s+then\s+(?:by\s+)?"
                       rf"(?:the\s+)?){_FOLLOWED_ITEM})*)")
# a state's share written beside it: "Russia (accounting for 75% of imports)", "China (13%)", "the Netherlands at 5.5
# percent", "by 79%"
_SHARE_OF = re.compile(r"(?P<p>@\d+)\s*(?:\(\s*(?:accounting\s+for\s+|with\s+)?(?:about\s+|around\s+|some\s+)?"
                       r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)[^)]{0,30}\)|(?:by|at)\s+(?P<n2>\d{1,3}(?:\.\d+)?)\s*"
                       r"(?:%|percent|per cent))")


# a place in a ranking the previous sentence started: "Germany ranks second (12 percent), and Poland third (11 percent)"
_ORDINAL_PLACE = re.compile(r"(?P<p>@\d+)\s+(?:(?:now\s+)?(?:ranks?|ranked|came|comes|placed|stands?|stood|is|was)\s+)?"
                            rf"(?:in\s+)?(?P<o>{ORDINAL})\b(?!\s+(?:largest|biggest|most|top|leading))"
                            rf"(?:\s+{PLACE_NOUN})?(?:\s*\(\s*(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per cent)\s*\))?")


# other ways of placing a state in a ranking: "In second place is Israel (19%)", "The third spot ... was occupied by the
# UAE", "Mexico, which finished in second", "Next came the United States", "Mexico is tops with 15%", "Lebanon rose to
# sixth place", "the UK has slipped from the fourth position in 2001 to seventh position in 2012"
_PLACE_FIRST = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?(?P<o>{ORDINAL})\s+{PLACE_NOUN}\s*,?\s*"
                          r"(?:is|was|are|were|came|comes|stands?|stood)\s+(?P<p>@\d+)|"
                          # "the third spot ... was occupied by the UAE", "Second place went to Japan", "the second place in
                          # trade turnover was left to Russia"
                          rf"(?:\bthe\s+|^\W*)(?P<o2>{ORDINAL})\s+{PLACE_NOUN}\b[^@.;]{{0,40}}?\b(?:(?:was|is)\s+"
                          r"(?:occupied|taken|held|claimed|filled)\s+by|(?:went|goes|fell|falls|(?:was|is)\s+(?:left|given))\s+to)\s+"
                          r"(?:the\s+)?(?P<p2>@\d+)|"
                          r"(?P<p3>@\d+)\s*,?\s+(?:which|who)\s+(?:finished|came|ended|placed|ranked|stood)\s+(?:in\s+)?"
                          rf"(?P<o3>{ORDINAL})\b|"
                          r"\bnext\s+(?:came|comes|is|was)\s+(?P<p4>@\d+)|"
                          r"(?P<p5>@\d+)\s+(?:is|was|remains|remained)\s+(?:now\s+|still\s+)?(?:the\s+)?tops?\b|"
                          # "Lebanon rose to sixth place from eighth", "the UK has slipped from the fourth position in 2001 to
                          # seventh position in 2012", "Kazakhstan moved up to fifth place"
                          r"(?P<p7>@\d+)\s+(?:has\s+|had\s+|have\s+)?(?:rose|risen|rises|moved(?:\s+up|\s+down)?|moves(?:\s+up|\s+down)?|"
                          r"climbed|climbs|slipped|slips|fell|fallen|falls|dropped|drops|jumped|jumps|advanced|advances)\s+"
                          rf"(?:from\s+(?:the\s+)?{ORDINAL}(?:\s+{PLACE_NOUN})?(?:\s+in\s+(?:19|20)\d\d)?\s+)?to\s+(?:the\s+)?"
                          rf"(?P<o7>{ORDINAL})\s+{PLACE_NOUN}\b")
# places told by coordinated ordinals and "respectively" (claims round 87): "The second- and third-largest buyers were Greece
# and South Africa, respectively", "Greece and South Africa were the second and third largest buyers, respectively"
_ORDS = rf"(?P<os>{ORDINAL}-?(?:\s*,\s*{ORDINAL}-?)*\s*,?\s+and\s+{ORDINAL})"
_STATES = r"(?P<g>@\d+(?:\s*,\s*@\d+)*\s*,?\s+and\s+@\d+)"
_RESPECTIVELY = re.compile(rf"(?:\bthe\s+|^\W*){_ORDS}[^@.;]{{0,40}}?\b(?:were|are)\s+(?:the\s+)?{_STATES}\s*,?\s+respectively\b|"
                           rf"{_STATES.replace('?P<g>', '?P<g2>')}\s+(?:were|are)\s+(?:the\s+)?"
                           rf"{_ORDS.replace('?P<os>', '?P<os2>')}[^@.;]{{0,40}}?,?\s+respectively\b")
# places told by a list that follows on with coordinated ordinals (claims round 108): "China and France followed second and
# third", "France and Israel came second and third"
_FOLLOWED_ORDS = re.compile(rf"^\W*(?:the\s+)?{_STATES}\s+(?:followed|came|ranked|placed|finished)\s+(?:in\s+)?"
                            rf"{_ORDS}(?!\s*(?:-|largest|biggest|most|top|leading))\b")
_CHAIN = re.compile(rf"\s*[^@.;]{{0,90}}?\b{_FOLLOW_VERB}\s+(?:the\s+)?(?P<g>{_FOLLOWED_ITEM}(?:{_SEP}{_FOLLOWED_ITEM})*)")
_BESIDE = re.compile(rf"\s*(?:\(\s*|,?\s*(?:with|at)\s+(?:a\s+(?:share\s+of\s+)?)?(?:{_MONEY}\s*\(\s*)?)"
                     r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)")


# a sentence that opens with the next state of the ranking before it and its share, then more states with theirs (claims
# round 82): "Germany followed with 12%, and Poland with 11%", "France came next with 29 percent, and Italy with 14 percent"
_PCT_N = r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)"
_FOLLOWED_WITH = re.compile(rf"\W*(?:the\s+)?(?P<p>@\d+)\s+(?:followed|came\s+next|was\s+next|ranked\s+next)\s*,?\s+"
                            rf"(?:with|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?{_PCT_N}")
_AND_WITH = re.compile(rf"\s*,?\s*(?:and\s+|then\s+)?(?:the\s+)?(?P<p>@\d+)\s+(?:with|at)\s+"
                       rf"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?{_PCT_N}")


def _placed(s: Sentence, text: str, after_first: int = 1) -> list[tuple[str, int | None, float | None]]:
    """(state, place, share) of each state a sentence places in a ranking it continues: by ordinal ("Germany ranks second
    (12 percent), and Poland third", "In second place is Israel (19%)", "the third spot ... was occupied by the UAE",
    "Mexico, which finished in second"), as the next ("Next came the United States": `after_first` + 1) or as the first
    ("Mexico is tops"), then each state it is "followed by", in order; a share written beside a state is its own."""
    found: list[tuple[int, int, int | None, float | None]] = []   # (position, end of the match, place, share)
    for m in _ORDINAL_PLACE.finditer(text):
        found.append((m.start("p"), m.end(), place_value(m.group("o")), float(m.group("n")) if m.group("n") else None))
    for m in _PLACE_FIRST.finditer(text):
        word = m.group("o") or m.group("o2") or m.group("o3") or m.group("o7")
        name = next(g for g in ("p", "p2", "p3", "p4", "p5", "p7") if m.group(g))
        place = place_value(word) if word else (after_first + 1 if name == "p4" else 1)
        beside = _BESIDE.match(text, m.end(name))
        found.append((m.start(name), m.end(), place, float(beside.group("n")) if beside else None))
    for m in _RESPECTIVELY.finditer(text):
        group = "g" if m.group("g") else "g2"
        places = [place_value(o) for o in re.findall(ORDINAL, m.group("os") or m.group("os2"))]
        states = list(re.compile(r"@\d+").finditer(text, m.start(group), m.end(group)))
        if len(places) == len(states) and all(places):
            for number, (item, place) in enumerate(zip(states, places), start=1):
                # the last state's match ends after "respectively", so that a "followed by" chain continues from it
                found.append((item.start(), m.end() if number == len(states) else item.end(), place, None))
    for m in _FOLLOWED_ORDS.finditer(text):
        places = [place_value(o) for o in re.findall(ORDINAL, m.group("os"))]
        states = list(re.compile(r"@\d+").finditer(text, m.start("g"), m.end("g")))
        if len(places) == len(states) and all(places):
            found += [(item.start(), m.end() if number == len(states) else item.end(), place, None)
                      for number, (item, place) in enumerate(zip(states, places), start=1)]
    lead = _FOLLOWED_WITH.match(text)
    if lead and not found:   # claims round 82: "Germany followed with 12%, and Poland with 11%" (the next places)
        place, end = after_first + 1, lead.end()
        found.append((lead.start("p"), end, place, float(lead.group("n"))))
        for item in _AND_WITH.finditer(text, end):
            if item.start() != end:
                break
            place, end = place + 1, item.end()
            found.append((item.start("p"), end, place, float(item.group("n"))))
    out: list[tuple[str, int | None, float | None]] = []
    for start, end, place, share in sorted(found):
        code = s.actor(re.match(r"@\d+", text[start:]).group(0))
        if code and code not in [c for c, _, _ in out]:
            out.append((code, place, share))
        chain = _CHAIN.match(text, end)
        if chain and code:
            for step, item in enumerate(re.finditer(r"@\d+", chain.group("g")), start=1):
                share = _BESIDE.match(chain.group("g"), item.end())
                other = s.actor(item.group(0))
                if other and other not in [c for c, _, _ in out]:
                    out.append((other, place + step if place else None, float(share.group("n")) if share else None))
    return out


# a supplier's share of what an owner bought, the owner in a relative clause or a possessor: "Russia has supplied 94% of
# military equipment Armenia has obtained in the past five years"; in an article about arms, "the USA's share of
# Pakistani imports in the same period was 27%"
_SUPPLIED_SHARE = re.compile(
    rf"(?P<s>@\d+)\s+(?:has\s+|have\s+|had\s+)?(?:supplied|provided|delivered|sold)\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
    rf"almost\s+)?(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|all\s+)?(?:[a-z]+\s+){{0,2}}?{_WEAPONS}\s+"
    rf"(?:that\s+|which\s+)?(?P<o>@\d+)\s+(?:has\s+|had\s+|have\s+)?(?:obtained|bought|imported|acquired|received|purchased|procured)")
_SHARE_OF_IMPORTS = re.compile(
    r"(?P<s>@\d+)(?:'s?|s')\s+share\s+(?:of|in)\s+(?:the\s+)?(?P<o>@\d+)(?:'s?|s')?\s+(?:arms\s+|weapons\s+|total\s+)?imports\b"
    r"[^.;@]{0,40}?\b(?:was|is|stood at|reached|amounted to)\s+(?:about\s+|around\s+|some\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*"
    r"(?:%|percent|per cent)")


# shares listed with the verb written once: "Azerbaijan purchases 51% of weapons from Russia, 43% from Israel and 2.8% from
# Turkey" (suppliers' shares of a buyer's imports), "Russia country sells 27 percent of its weapons to India, 14 to China
# and 14 to Algeria" (recipients' shares of a seller's exports)
_NUM = r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)"
_LISTED_BUYS = re.compile(rf"(?P<o>@\d+)\s+(?:[a-z]+\s+){{0,2}}?(?:purchases|purchased|buys|bought|imports|imported|gets|got|"
                          rf"receives|received|obtains|obtained|sources|sourced)\s+(?:about\s+|around\s+|some\s+)?{_NUM}\s+of\s+"
                          rf"(?:its\s+|their\s+|the\s+)?(?:[a-z]+\s+){{0,2}}?{_WEAPONS}\s+(?P<dir>from)\s+(?:the\s+)?(?P<p>@\d+)")
_LISTED_SELLS = re.compile(rf"(?P<o>@\d+)\s+(?:[a-z]+\s+){{0,2}}?(?:sells|sold|exports|exported|supplies|supplied|delivers|"
                           rf"delivered|ships|shipped)\s+(?:about\s+|around\s+|some\s+)?{_NUM}\s+of\s+(?:its|their|all)\s+"
                           rf"(?:[a-z]+\s+){{0,2}}?{_WEAPONS}\s+(?P<dir>to)\s+(?:the\s+)?(?P<p>@\d+)")


def _listed_shares(s: Sentence, span: tuple[int, int] | None) -> list[Claim]:
    claims: list[Claim] = []
    for pattern, kind in ((_LISTED_BUYS, arms.SUPPLIER), (_LISTED_SELLS, arms.EXPORTS)):
        for m in pattern.finditer(s.template):
            owner = s.actor(m.group("o"))
            items = [(m.group("p"), m.group("n"))]
            more = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per cent)?\s+"
                              rf"{m.group('dir')}\s+(?:the\s+)?(?P<p>@\d+)")
            at = m.end()
            while (step := more.match(s.template, at)) is not None:
                items.append((step.group("p"), step.group("n")))
                at = step.end()
            for placeholder, number in items:
                other = s.actor(placeholder)
                if owner and other and other != owner:
                    claims.append(Claim(kind, s.text, owner, (other,), share=float(number), year=s.year, span=span,
                                        topic="client" if kind == arms.EXPORTS else ""))
    return claims


def _supplied_shares(s: Sentence, pattern: re.Pattern, span: tuple[int, int] | None) -> list[Claim]:
    claims = []
    for m in pattern.finditer(s.template):
        supplier, owner = s.actor(m.group("s")), s.actor(m.group("o"))
        if supplier and owner and supplier != owner:
            claims.append(Claim(arms.SUPPLIER, s.text, owner, (supplier,), share=float(m.group("n")), year=s.year, span=span))
    return claims


def _places_after(s: Sentence) -> list[Claim]:
    """States placed second, third ... in a sentence that names no ranking of its own, in the ranking the
    previous sentence gave (one owner: a recipient's suppliers or an exporter's customers)."""
    places = _placed(s, s.template)
    if not places or s.prior is None or _SUPPLIERS.search(s.template) or _CLIENTS.search(s.template):
        return []
    before = [c for c in arms.find(s.prior) + _arms(s.prior) if c.kind in (arms.SUPPLIER, arms.EXPORTS)]
    kinds = {(c.kind, c.subject) for c in before}
    ranked = {(c.kind, c.subject) for c in before if c.rank is not None}
    if len(kinds) != 1 and len(ranked) == 1:   # claims round 87: the ranking is the reading with a place
        kinds = ranked
    if len(kinds) != 1:
        return []
    kind, owner = kinds.pop()
    span = next((c.span for c in before if c.span), None)
    claims = []
    for code, place, share in places:
        if code != owner:
            claims.append(Claim(kind, s.text, owner, (code,), rank=place, share=share, year=s.prior.year, span=span,
                                topic="client" if kind == arms.EXPORTS else ""))
    return claims


# a ranking the sentence before gave, continued by a sentence whose subject is the state it placed, written as "it" or
# named again, "followed by" the next states in order (claims round 90): "In 2008 alone, the United Arab Emirates was the
# top U.S. client, ..." then "It was followed by Saudi Arabia, $7.8 billion; Morocco, $2.4 billion; Iraq, $2 billion and
# Egypt, $1.3 billion"; "The biggest buyer of Russian military equipment was India, ..." then "It is followed by China and
# Vietnam"; each listed state may carry its value or share after a comma, in brackets or after "at"/"with"
_LEAD_FOLLOWED = re.compile(rf"\W*(?:the\s+)?(?P<p>@\d+)\s+(?:is|was|has\s+been|had\s+been)\s+{_FOLLOW_VERB}\s+(?:the\s+)?")
_IT_FOLLOWED = re.compile(rf"\W*it\s+(?:is|was|has\s+been|had\s+been)\s+{_FOLLOW_VERB}\b", re.IGNORECASE)
_VALUED_ITEM = rf"@\d+(?:\s*\([^)]{{0,30}}\)|\s*,?\s+(?:at|with)\s+(?:{_PCT}|{_MONEY})|\s*,\s*{_MONEY})?"
_VALUED_CHAIN = re.compile(rf"(?P<g>{_VALUED_ITEM}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_VALUED_ITEM})*)")


def _ranking_followed(s: Sentence) -> list[Claim]:
    """The states a sentence opening "It was followed by ..." (or "<the state placed> is followed by ...") places after
    the one state the sentence before's arms ranking placed, in order, for that ranking's owner."""
    lead = _LEAD_FOLLOWED.match(s.template)
    if lead is None or s.prior is None:
        return []
    before = [c for c in arms.find(s.prior) + _arms(s.prior) if c.kind in (arms.SUPPLIER, arms.EXPORTS) and c.rank]
    if len({(c.kind, c.subject) for c in before}) != 1 or len({c.others for c in before}) != 1:
        return []   # one owner's ranking, one state placed in it
    first = before[0]
    placed = first.other
    if not _IT_FOLLOWED.match(s.text) and s.actor(lead.group("p")) != placed:
        return []   # the subject is "it" or the placed state itself
    chain = _VALUED_CHAIN.match(s.template, lead.end())
    claims: list[Claim] = []
    listed: list[str] = []
    for item in re.finditer(r"@\d+", chain.group("g") if chain else ""):
        code = s.actor(item.group(0))
        if code and code not in listed and code not in (placed, first.subject):
            listed.append(code)
    for step, code in enumerate(listed, start=1):
        claims.append(Claim(first.kind, s.text, first.subject, (code,), rank=first.rank + step, year=s.prior.year,
                            span=first.span, topic="client" if first.kind == arms.EXPORTS else ""))
    return claims


def _arms(s: Sentence) -> list[Claim]:
    claims: list[Claim] = []
    if not _ARMS_WORDS.search(s.template):
        if s.prior is None or not _ARMS_WORDS.search(s.prior.template):
            return claims
        placed = _places_after(s) or _ranking_followed(s) or \
            _supplied_shares(s, _SHARE_OF_IMPORTS, s.stated_span or s.prior.stated_span)
        if placed:
            return placed
        if not _GOODS.search(s.template):
            claims += _listed_beside(s, s.stated_span)
        if trade.arms_imports(s):
            claims += _imports_from(s)
        if not _GOODS.search(s.template):
            claims += _with_roles(s, s.stated_span)
        # in an article about arms: "Russia's second-biggest customer ... was China", "The Gulf country's main
        # suppliers and their share of its total imports: US (42 percent), ..."
        ranked = re.search(r"\b(?:main|major|key|largest|biggest|top|leading|principal)\s+suppliers\b", s.template)
        return claims + _clients(s, s.template, s.stated_span) + [
            c for c in _arms_suppliers(s, s.template, s.stated_span) if c.share is not None or c.rank is not None or ranked]
    span = s.stated_span
    claims += _supplied_shares(s, _SUPPLIED_SHARE, span) + _listed_shares(s, span)
    for text in _clauses(s.template):
        # Y purchased weapons from X, Z ... / Y bought Russian-made jets
        for m in _BUY.finditer(text):
            after = text[m.end(): m.end() + 160]
            if not re.search(rf"\b{_WEAPONS}\b", after) and not _MADE.search(after):
                continue
            if re.search(r"\d\s*(?:%|percent|per cent)", after[:60]):
                continue   # "imports 70 percent of its arms from Russia": a share, read by `arms`
            subject_groups = [g for g in _groups(s, text[: m.start()]) if not _PLACE.search(text[: g[0]])]
            recipients: list[str] = []
            possessor = re.search(r"(?:(?P<p>@\d+)'s?|\b(?P<its>its|their))\s+(?:planned\s+|proposed\s+)?$", text[: m.start()])
            if possessor:   # a noun's possessor buys: "sanctions on its NATO ally Turkey over its purchase of ..."
                nearest = possessor.group("p") or next(iter(re.findall(r"@\d+", text[: possessor.start()])[::-1]), None)
                recipients = [c for c in (s.actor(nearest),) if c]
            elif subject_groups:
                recipients = subject_groups[0][2][:1]
            elif re.match(r"\W*(?:[a-z]+\s+){0,4}$", text[: m.start()]) and re.search(r"\b(?:it|they|the country)\b",
                                                                                     text[: m.start()]):
                recipients = [s.antecedent] if s.antecedent else []
            else:   # "Other countries having received large shares of Russian weapons ... are Egypt and Algeria"
                copula = re.search(r"\b(?:are|were|include|included|includes)\b", after)
                if copula:
                    recipients = [c for _, codes in _others(s, after[copula.end():], None, None) for c in codes]
            suppliers: list[str] = []
            first = _FROM.search(after)
            if first and not re.search(r"\b(?:coming|came|come|smaller|rest)\b", after[: first.start()]):
                suppliers += [c for c in (s.actor(p) for p in re.findall(r"@\d+", first.group("g"))) if c]
            for made in _MADE.finditer(after):
                code = s.actor(made.group("p"))
                if code and not re.search(r"\bto\s+$", after[: made.start()]):
                    suppliers.append(code)
            mainly = first is not None and _MAINLY.search(after[: first.start()])
            for supplier in dict.fromkeys(suppliers):
                for recipient in recipients:
                    if recipient and supplier != recipient and mainly:
                        single = len(set(suppliers)) == 1
                        claims.append(Claim(arms.SUPPLIER, s.text, recipient, (supplier,), rank=1 if single else None,
                                            within=None if single else max(KEY, len(set(suppliers))), year=s.year,
                                            span=span))
                    elif recipient and supplier != recipient:
                        claims.append(Claim(arms.EXPORTS, s.text, supplier, (recipient,), year=s.year, span=span,
                                            topic="deal"))
        claims += _arms_suppliers(s, text, span)
        # Pakistan, Bangladesh and Algeria were the largest recipients of Chinese arms
        for m in _CUSTOMERS.finditer(text):
            exporter = s.actor(m.group("o"))
            listed = [c for _, codes in _others(s, text, (m.start("o"), m.end("o")), exporter) for c in codes]
            words = m.group("rank") or ""
            plural = m.group("role").endswith("s")
            rank, within, _ = rank_of(words, plural) if words else (None, None, False)
            if plural and rank is None and within is not None and not words.startswith(("one of", "among")) and listed:
                within = max(len(listed), 1) if words and re.search(r"larg|big|top|main|lead", words) else within
            for code in listed:
                claims.append(Claim(arms.EXPORTS, s.text, exporter, (code,), rank=rank if len(listed) == 1 else None,
                                    within=within, year=s.year, span=span, topic="client" if words else "deal"))
        claims += _clients(s, text, span) + _customers_of(s, text, span) + _listed_customers(s, text, span)
    claims += _shares_to(s, span) + _listed_beside(s, span) + _recipient_places(s, span) + _recipient_shares(s, span) + \
        _with_roles(s, span) + _first_before_second(s, span) + _ranking_followed(s)
    also = list(_ALSO_TOOK.finditer(s.template))
    for claim in [c for c in claims + (arms.find(s) if also else []) if c.kind == arms.EXPORTS and c.share is not None][:1]:
        # "Bangladesh bought 19 percent of all Chinese arms sales while and Algeria took 10 percent of all sales"
        for m in also:
            code = s.actor(m.group("p"))
            if code and code not in (claim.subject, claim.other):
                claims.append(Claim(arms.EXPORTS, s.text, claim.subject, (code,), share=float(m.group("n")), year=s.year,
                                    span=span, topic=claim.topic))
    return claims


# the supplier a second or third place comes after is the first: "France displaced the US as the second-largest supplier of
# arms to India after Russia", "making Israel its second largest arms supplier, after Russia"
_AFTER_FIRST = re.compile(r"(?:(?P<o1>@\d+)(?:'s?|s')\s+|\b(?P<its>its|their)\s+)?(?:second|third)[- ](?:largest|biggest|top|main|"
                          r"leading)\s+(?:(?:arms|weapons|defen[cs]e|military)[- ])?(?:supplier|source|provider)\s*"
                          r"(?:of\s+(?:arms|weapons|military\s+equipment)\s+)?(?:to\s+(?:the\s+)?(?P<o2>@\d+)\s*)?"
                          r"(?:in\s+(?:19|20)\d\d(?:\s*[-–]\s*\d{2,4})?\s*)?,?\s*(?:after|behind)\s+(?:the\s+)?(?P<x>@\d+)")


def _first_before_second(s: Sentence, span: tuple[int, int] | None) -> list[Claim]:
    claims = []
    for m in _AFTER_FIRST.finditer(s.template):
        first = s.actor(m.group("x"))
        owner = s.actor(m.group("o2") or m.group("o1"))
        if owner is None and m.group("its"):   # "its": the state before it other than the one placed and the first
            earlier = [s.actor(p) for p in re.findall(r"@\d+", s.template[: m.start()])]
            placed = earlier[-1] if earlier else None
            earlier = [c for c in earlier if c and c not in (placed, first)]
            owner = earlier[-1] if earlier else None
        if owner and first and owner != first:
            claims.append(Claim(arms.SUPPLIER, s.text, owner, (first,), rank=1, year=s.year, span=span))
    return claims


# another recipient's share of the same sales in a clause that names no exporter
_ALSO_TOOK = re.compile(r"(?:\s+while|\s+and|,|;)\s+(?:and\s+)?(?P<p>@\d+)\s+(?:took|bought|received|purchased|got|imported|"
                        r"accounted\s+for)\s+(?:about\s+|around\s+|some\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+"
                        r"of\s+(?:all\s+|the\s+|total\s+)?(?:sales|exports|deliveries|transfers|supplies)\b")


def _arms_suppliers(s: Sentence, text: str, span: tuple[int, int] | None) -> list[Claim]:
    """Saudi arms suppliers: the USA (79%), followed by Britain (9.3%) / Qatar's main suppliers: US (42 percent), ..."""
    claims: list[Claim] = []
    for m in _SUPPLIERS.finditer(text):
        owner, owner_at = _owner(s, text, m.start(), m.end())
        if owner is None and re.search(r"\b(?:its|their)\s+(?:[a-z]+\s+){0,2}$", text[: m.start()]) is None:
            owner = _article_owner(s) if not _groups(s, text[: m.start()]) or _LED.search(text) else None
        if owner is None:
            continue
        words = m.group("rank") or m.group("rank2") or m.group("rank3") or ""
        plural = (m.group("role") or m.group("role2") or m.group("role3") or "").endswith("s")
        rank, within, _ = rank_of(words, plural) if words else (None, None, False)
        shares = {s.actor(x.group("p")): float(x.group("n") or x.group("n2")) for x in _SHARE_OF.finditer(text)}
        led = _LED.search(text)
        followed = _FOLLOWED.search(text)
        ordered: list[str] = []
        if led:
            first = [g for g in _groups(s, text[: led.start()]) if owner not in g[2]]
            ordered = first[-1][2][:1] if first else []
        listed = [c for _, codes in _others(s, text, owner_at, owner, (m.start(), m.end())) for c in codes]
        named = [c for _, _, codes in _groups(s, text) for c in codes]
        if owner_at is None and owner in named and s.previous and s.previous not in named:
            owner = s.previous   # "In addition to the U.S., its main suppliers were Britain and France": its = the state before
            listed = [c for _, codes in _others(s, text, None, owner, (m.start(), m.end())) for c in codes]
        if followed:
            after = [c for c in (s.actor(p) for p in re.findall(r"@\d+", followed.group("g"))) if c]
            if not ordered:   # the state ranked by the trigger comes first: "X was the biggest ..., followed by Y then Z"
                ordered = [c for c in listed if c not in after and c != owner][:1]
                ordered = [None] * ((rank or 1) - 1) + ordered if ordered else ordered
            ordered += after
            listed += [c for c in after if c not in listed]   # "followed by China then Russia", however far
        if rank is not None and len(listed) > 1 and not ordered and not shares:
            continue   # "the number one supplier ... with America at a distant second": whose rank is unclear
        for code in dict.fromkeys(listed):
            if code == owner:
                continue
            number = ordered.index(code) + 1 if code in ordered else None
            share = shares.get(code)
            if number is None and share is None and rank is None and within is None:
                within = KEY
            claims.append(Claim(arms.SUPPLIER, s.text, owner, (code,), rank=number if number else (
                rank if len(listed) == 1 else None), within=None if number else (within or (KEY if rank else None)),
                share=share, year=s.year, span=span))
    return claims


def _customers_of(s: Sentence, text: str, span: tuple[int, int] | None) -> list[Claim]:
    """The largest FMS customer of the United States / the third largest weapons market for Israel (`_CUSTOMER_OF`)."""
    claims = []
    for m in _CUSTOMER_OF.finditer(text):
        if not _ARMS_NOUN.search(m.group("np")) and not _ARMS_NOUN.search(s.template):
            continue
        exporter = s.actor(m.group("o"))
        listed = [c for _, codes in _others(s, text, (m.start("o"), m.end("o")), exporter, (m.start(), m.end()))
                  for c in codes if c != exporter]
        if not listed and re.match(r"\W*(?:is|was|remains|remained|became|has become)\s", text) and s.actors:
            listed = [c for c in s.actors[:1] if c != exporter]   # "Azerbaijan – a Muslim country ... – is the third ..."
        rank, within, _ = rank_of(m.group("rank"), m.group("role").endswith("s"))
        for code in listed[:1] if rank else listed:
            claims.append(Claim(arms.EXPORTS, s.text, exporter, (code,), rank=rank, within=within, year=s.year, span=span,
                                topic="client"))
    return claims


def _listed_customers(s: Sentence, text: str, span: tuple[int, int] | None) -> list[Claim]:
    """An exporter's recipients ranked after "delivered arms to 48 countries" / "topped the list of arms importers from"."""
    claims = []
    for m in _LIST_FROM.finditer(text):
        exporter, code = s.actor(m.group("s")), s.actor(m.group("p"))
        if exporter and code and exporter != code:
            claims.append(Claim(arms.EXPORTS, s.text, exporter, (code,), rank=1, year=s.year, span=span, topic="client"))
    sold = _TO_COUNTRIES.search(text)
    exporter = s.actor(sold.group("s")) if sold else None
    if exporter is None:
        return claims
    rest = text[sold.end():]
    ordered: list[tuple[str | None, int | None]] = []
    top = _TOPS_LIST.search(rest)
    if top:
        ordered.append((s.actor(top.group("p")), 1))
        followed = _FOLLOWED.search(rest, top.end())
        if followed:
            ordered += [(s.actor(p), n) for n, p in enumerate(re.findall(r"@\d+", followed.group("g")), start=2)]
    for ranked in _WAS_RANKED.finditer(rest):
        rank, within, _ = rank_of(ranked.group("rank"), False)
        ordered.append((s.actor(ranked.group("p")), rank))
    for code, rank in ordered:
        if code and code != exporter:
            claims.append(Claim(arms.EXPORTS, s.text, exporter, (code,), rank=rank, year=s.year, span=span, topic="client"))
    return claims


def _shares_to(s: Sentence, span: tuple[int, int] | None) -> list[Claim]:
    """A recipient's share of an exporter's arms (`_SHARE_TO`, `_SHARE_BY`)."""
    claims = []
    for pattern in (_SHARE_TO, _SHARE_BY):
        for m in pattern.finditer(s.template):
            exporter = s.actor(m.group("o") or ("o2" in m.groupdict() and m.group("o2")) or None)
            code = s.actor(m.group("p"))
            if exporter and code and exporter != code:
                claims.append(Claim(arms.EXPORTS, s.text, exporter, (code,), share=float(m.group("n")), year=s.year,
                                    span=span, topic="client"))
    return claims


def _clients(s: Sentence, text: str, span: tuple[int, int] | None) -> list[Claim]:
    """Russia's second-biggest customer ... was China / It has become one of Beijing's leading customers."""
    claims = []
    for m in _CLIENTS.finditer(text):
        exporter = s.actor(m.group("o"))
        listed = [c for _, codes in _others(s, text, (m.start("o"), m.end("o")), exporter, (m.start(), m.end()))
                  for c in codes]
        if not listed and re.match(r"\W*(?:it|they)\b", text) and s.antecedent:
            listed = [s.antecedent]
        words = m.group("rank") or ""
        rank, within, _ = rank_of(words, m.group("role").endswith("s")) if words else (None, None, False)
        for code in listed[:1] if rank else listed:
            if code != exporter:
                claims.append(Claim(arms.EXPORTS, s.text, exporter, (code,), rank=rank, within=within, year=s.year,
                                    span=span, topic="client" if words else "deal"))
    return claims


# --- arms shares and places written beside the states of a list (twenty-second round) ----------------------------
# a state with its share in brackets or after "at"/"with": "India (38%)", "India (38 % of Russian exports)", "Bangladesh at 20%"
_ABOUT = r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|roughly\s+|approximately\s+)?"
_ITEM_SHARE = re.compile(rf"(?P<p>@\d+)\s*(?:\(\s*(?:accounting\s+for\s+|with\s+)?{_ABOUT}(?P<n>\d{{1,3}}(?:\.\d+)?)\s*"
                         rf"(?:%|percent|per cent)(?P<rest>[^()]{{0,50}})\)|,?\s+(?:at|with)\s+{_ABOUT}(?P<n2>\d{{1,3}}(?:\.\d+)?)\s*"
                         rf"(?:%|percent|per cent)(?P<rest2>\s+of\s+[^@.;,]{{0,50}})?)")
_ARMS_FLOW = (r"(?:total\s+|overall\s+)?(?:(?:major\s+)?(?:arms|arm|weapons?|weaponry|military|defen[cs]e)\s+)?"
              r"(?:(?P<out>exports?|sales|deliveries|transfers|supplies|shipments)|(?P<in>imports?|purchases|acquisitions))\b")
# whose flow a bracket names: "(38 % of Russian exports)", "(13% of U.S. arms exports)", "(69% of Israel's imports)"
_BRACKET_OWNER = re.compile(rf"^\s*of\s+(?:the\s+|all\s+)?(?P<o>@\d+)(?:'s?|s')?\s+{_ARMS_FLOW}")
# the owner a list's states are the recipients of: "two-thirds of Russian arms exports went to", "Among Russia's main
# partners, there are", "the main customers of the USA are", "the US sold weapons to"
_LIST_EXPORTER = re.compile(
    r"(?P<o>@\d+)(?:'s?|s')?\s+(?:[a-z-]+\s+){0,3}?(?:exports?|sales|deliveries|transfers|shipments)\b|"
    r"(?P<o2>@\d+)(?:'s?|s')\s+(?:[a-z-]+\s+){0,3}?(?:customers?|clients?|buyers?|recipients?|partners?|markets?|importers?|"
    r"destinations?)\b|"
    r"\b(?:customers?|clients?|buyers?|recipients?|partners?|markets?|importers?|destinations?)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<o3>@\d+)(?!'s?\s)|"
    r"(?P<o4>@\d+)\s+(?:has\s+|have\s+|had\s+)?(?:exported|sold|supplied|delivered|shipped|exports|sells|supplies|delivers|"
    r"ships)\b")
# the owner a list's states are the suppliers of: "Saudi Arabia's main suppliers ...:", "the top suppliers to Israel were",
# "Israel imports its weapons from", "the arms imports of Algeria came from", "arms deliveries to Egypt came from"
_LIST_BUYER = re.compile(
    r"(?P<o>@\d+)(?:'s?|s')\s+(?:[a-z-]+\s+){0,3}?(?:suppliers?|sources?|providers?|imports?|purchases)\b|"
    r"\b(?:suppliers?|sources?|providers?|exporters?)\s+(?:of\s+(?:arms|weapons)\s+)?(?:of|to|for)\s+(?:the\s+)?(?P<o2>@\d+)"
    r"(?!'s?\s)|"
    r"(?P<o3>@\d+)\s+(?:[a-z]+\s+){0,2}?(?:imports|imported|buys|bought|purchases|purchased|sources|sourced|gets|got|"
    r"receives|received|obtains|obtained|acquires|acquired)\b|"
    r"\b(?:imports?|purchases|acquisitions|deliveries|transfers|supplies|shipments)\s+(?:of\s+(?:arms|weapons)\s+)?"
    r"(?:of|by|to|into|for)\s+(?:the\s+)?(?P<o4>@\d+)(?!'s?\s)")
_GOODS = re.compile(r"\b(?:goods|trade|trading|merchandise|commodit(?:y|ies)|crude|oil|gas|products)\b")


def _listed_beside(s: Sentence, span: tuple[int, int] | None) -> list[Claim]:
    """States listed with their shares of an owner's arms exports or imports: "Two-thirds of Russian arms exports went to
    India (38%), China (17%), and Kazakhstan (11%)", "Among Russia's main partners, there are India (38 % of Russian
    exports), Vietnam (11%) and China (11 %)" in an article about arms, "Israel imports its weapons from the U.S. (69%)
    and Germany (30%)". The owner and the direction come from a bracket that names them, else from the nearest owner
    of exports or customers (the states are recipients) or of suppliers or imports (the states are suppliers) before
    the list in its clause."""
    claims: list[Claim] = []
    for clause in s.template.split(";"):
        items = list(_ITEM_SHARE.finditer(clause))
        if not items:
            continue
        owner, kind = None, None
        for item in items:
            cue = _BRACKET_OWNER.match(item.group("rest") or item.group("rest2") or "")
            if cue:
                owner = s.actor(cue.group("o"))
                kind = arms.EXPORTS if cue.group("out") else arms.SUPPLIER
                break
        if owner is None:
            before = clause[: items[0].start()]
            anchors = [(m.end(), arms.EXPORTS, m) for m in _LIST_EXPORTER.finditer(before)] + \
                      [(m.end(), arms.SUPPLIER, m) for m in _LIST_BUYER.finditer(before)]
            if not anchors:
                continue
            _, kind, m = max(anchors, key=lambda a: a[0])
            owner = s.actor(next(g for g in m.groups() if g))
        for item in items:
            code = s.actor(item.group("p"))
            if _COMPARED.search(clause[: item.start()]):
                continue   # "France came second with 29% ..., displacing the US at 11%": a compared state
            if owner and code and code != owner:
                claims.append(Claim(kind, s.text, owner, (code,), share=float(item.group("n") or item.group("n2")),
                                    year=s.year, span=span, topic="client" if kind == arms.EXPORTS else ""))
    return claims


# a recipient's place among an exporter's customers, the exporter after the customer noun: "Egypt became the second largest
# importer of arms from France", "made Egypt the largest purchaser of German weapons", "Egypt was the top arms importer
# from France", "Pakistan was the main recipient of China's arms exports"
_RECIPIENT_PLACE = re.compile(
    rf"(?:(?P<p>@\d+(?:{_SEP}@\d+)*)\s*,?\s+(?:(?:has|had|have)\s+(?:also\s+|now\s+|since\s+|again\s+|once\s+again\s+|"
    rf"already\s+|long\s+)?)?(?:is|was|are|were|remains?|remained|became|becomes?|"
    rf"become|been|"
    rf"ranks?\s+as|ranked\s+as)\s+(?:now\s+|still\s+|also\s+|again\s+|once\s+again\s+)?|\bmade\s+(?P<p2>@\d+)\s+|"
    rf"(?P<p3>@\d+)\s*,\s*)(?:the\s+|a\s+)?{RANK}[\s-]+(?P<np>(?:[a-z-]+\s+){{0,3}}?)(?P<role>importers?|purchasers?|buyers?|"
    rf"recipients?|customers?|clients?|consumers?|markets?|destinations?)\s+(?:of\s+(?P<w>arms|weapons|weaponry|armaments|"
    rf"military equipment|major arms)\s+from|from|of|for)\s+(?:the\s+)?(?P<o>@\d+)(?:'s?|s')?(?P<tail>(?:\s+[a-z-]+){{0,3}})")


def _recipient_places(s: Sentence, span: tuple[int, int] | None) -> list[Claim]:
    claims = []
    for m in _RECIPIENT_PLACE.finditer(s.template):
        if not (m.group("w") or _ARMS_NOUN.search(m.group("np")) or _ARMS_NOUN.search(m.group("tail"))):
            continue   # "the largest buyer of Chinese goods": trade
        exporter = s.actor(m.group("o"))
        codes = [c for c in (s.actor(p) for p in re.findall(r"@\d+", m.group("p") or m.group("p2") or m.group("p3")))
                 if c and c != exporter]   # "Pakistan, Bangladesh and Algeria were the main recipients of China's arms"
        plural = m.group("role").endswith("s") or len(codes) > 1
        rank, within, _ = rank_of(m.group("rank"), plural)
        for code in codes if exporter else []:
            claims.append(Claim(arms.EXPORTS, s.text, exporter, (code,), rank=rank if len(codes) == 1 else None,
                                within=within if len(codes) == 1 or rank is None else max(KEY, len(codes)),
                                year=s.year, span=span, topic="client"))
    return claims


# a recipient's share of an exporter's arms: "India accounted for 27.31% of Russia's total weapon exports", "Pakistan,
# which received 35% of China's arms exports", "Saudi Arabia received 24% of US arms"
_RECIPIENT_SHARE = re.compile(
    rf"(?P<p>@\d+)\s*,?\s+(?:which\s+|who\s+)?(?:[a-z]+\s+){{0,2}}?(?:accounted|accounts|account|accounting|received|receives|"
    rf"receiving|took|takes|taking|made up|makes up|making up|represented|represents|representing|absorbed|absorbs|absorbing|"
    rf"bought|buys|buying|purchased|purchases|purchasing)\s+(?:for\s+)?{_ABOUT}"
    rf"(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+(?:all\s+|the\s+)?(?P<o>@\d+)(?:'s?|s')?\s+"
    rf"(?:total\s+|overall\s+)?(?:major\s+)?(?:(?:arms|arm|weapons?|weaponry|military|defen[cs]e)\s+"
    rf"(?:exports|sales|deliveries|transfers|supplies)\b|(?:arms|weapons|weaponry)\b(?!\s+(?:imports|purchases)\b))")


# an owner's clients or suppliers named in a "with" phrase after the owner's clause: "America supplied a third of global
# exports by this count, with South Korea and Israel the main buyers", "..., with the US and France its main suppliers"
_WITH_ROLE = re.compile(rf"\bwith\s+(?:the\s+)?(?P<g>@\d+(?:{_SEP}@\d+)*)\s+(?:being\s+|as\s+)?(?:the|its|their)\s+{RANK}\s+"
                        rf"(?:arms\s+|weapons\s+|military\s+|defen[cs]e\s+)?(?:(?P<out>buyers?|customers?|clients?|"
                        rf"recipients?|importers?|markets?|destinations?)|(?P<in>suppliers?|sources?|providers?|exporters?))\b")


def _with_roles(s: Sentence, span: tuple[int, int] | None) -> list[Claim]:
    claims = []
    for m in _WITH_ROLE.finditer(s.template):
        first = re.search(r"@\d+", s.template[: m.start()])
        owner = s.actor(first.group(0)) if first else None
        codes = [c for c in (s.actor(p) for p in re.findall(r"@\d+", m.group("g"))) if c and c != owner]
        if owner is None or not codes:
            continue
        rank, within, _ = rank_of(m.group("rank"), len(codes) > 1 or (m.group("out") or m.group("in")).endswith("s"))
        for code in codes:
            if m.group("out"):
                claims.append(Claim(arms.EXPORTS, s.text, owner, (code,), rank=rank if len(codes) == 1 else None,
                                    within=within, year=s.year, span=span, topic="client"))
            else:
                claims.append(Claim(arms.SUPPLIER, s.text, owner, (code,), rank=rank if len(codes) == 1 else None,
                                    within=within, year=s.year, span=span))
    return claims


# a supplier's share of imports that a sentence about arms calls imports: "Sixty-eight percent of India's imports were from
# Russia" (`trade.arms_imports`)
_IMPORTS_FROM = re.compile(rf"{AMOUNT}\s+of\s+(?:the\s+|all\s+)?(?P<o>@\d+)(?:'s?|s')?\s+(?:total\s+|overall\s+)?imports\s+"
                           rf"(?:were|was|are|is|came|come|comes|originated|originate)\s+(?:mainly\s+|mostly\s+)?(?:from|in)\s+"
                           rf"(?:the\s+)?(?P<p>@\d+)")


def _imports_from(s: Sentence) -> list[Claim]:
    claims = []
    for m in _IMPORTS_FROM.finditer(s.template):
        owner, code = s.actor(m.group("o")), s.actor(m.group("p"))
        if owner and code and owner != code:
            share, qualifier = amount(m)
            claims.append(Claim(arms.SUPPLIER, s.text, owner, (code,), share=share, qualifier=qualifier, year=s.year,
                                span=s.stated_span))
    return claims


def _recipient_shares(s: Sentence, span: tuple[int, int] | None) -> list[Claim]:
    claims = []
    for m in _RECIPIENT_SHARE.finditer(s.template):
        exporter, code = s.actor(m.group("o")), s.actor(m.group("p"))
        if exporter and code and exporter != code:
            claims.append(Claim(arms.EXPORTS, s.text, exporter, (code,), share=float(m.group("n")), year=s.year, span=span,
                                topic="client"))
    return claims


# --- UN voting ---------------------------------------------------------------------------------
_UN = re.compile(r"\b(?:un|u\.n\.?|united nations|general assembly|unga|security council)\b")
_VOTE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|coincidence|coincided|ballot)\b|\b(?:opponents|supporters)\b|"
                   r"\bin accordance with the position\b")
_AGAINST = re.compile(r"\b(?:against|opponents?|opposition|opposed|contrary|lowest|least|disagree(?:s|d|ing|ments?)?|at\s+odds)\b")
# a state's alignment with another told by a verb or an adjective, every form: "sides with", "did not side with Moscow",
# "finds itself in disagreement with the U.S.", "votes very similar to Israel", "aligns with", "in line with"
_ALIGNS = re.compile(r"\b(?:sid(?:e|es|ed|ing)\s+with|(?:dis)?agree(?:s|d|ing|ments?)?\s+with|align(?:s|ed|ing)?\s+(?:[a-z]+\s+)?with|"
                     r"similar(?:ly)?\s+to|in\s+line\s+with|at\s+odds\s+with)\b")
_WITH = re.compile(r"\b(?:as well as|along with|together with|with|of|alongside|joined|join|backed|backs|back|sided with|"
                   r"siding with|supported|the same as|similar to|"
                   r"against|(?P<condemn>condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|censur(?:e|es|ed|ing)))\s+"
                   r"(?:(?:the\s+(?:position|views?|stance)|that|those)\s+of\s+)?(?:the\s+)?(?:its\s+[a-z]+\s+partner\s*,?\s*)?"
                   r"(?:(?:its|their)\s+(?=@\d+\s+(?:partner|ally|allies|friend|patron)\b))?(?P<p>@\d+)")
# a voter's stand on the measure the sentence before put to a vote: "North Korea voted no." "Belarus, Syria, and Eritrea joined
# Russia and North Korea in opposing the measure." (held38-030)
_OPPOSING = re.compile(r"\b(?:in\s+)?(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|support(?:s|ed|ing)?|back(?:s|ed|ing)?)\s+"
                       r"(?:the|this|that|it)\b")
# a vote word that makes a sentence about voting without naming the UN ("voting in accordance with the
# position of Washington: Israel, ...", "in opposition to the non-binding resolution")
_CONTRAST = re.compile(r";|\s+(?:while|whereas|but|yet)\s+")   # not dashes: "joined by Belarus – a key ... – Eritrea"
_VOTE_ITSELF = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot|coincidence|resolution)\b")
# the possessor of a vote is the voter: "India's vote", "Iran and Syria's voting", "Pakistan's overall voting correlation"
_POSSESSED_VOTE = re.compile(r"(?P<v>(?:@\d+(?:,\s*|\s+and\s+))*@\d+)'s?\s+(?:[a-z]+\s+){0,2}?(?:vote|votes|voting)\b")
_ALIGN = re.compile(r"(?P<a>@\d+)\s+and\s+(?P<b>@\d+)\s+[^.;]{0,80}?\balign\s+their\s+votes\b")
# a semicolon that separates items of a list of voters, each with its figure: "such as Russia (28.6 percent); Sudan,
# Ecuador, Nicaragua and Venezuela (33.3 percent each); and Burma and Vietnam (36.4 percent each)"
_LIST_GOES_ON = re.compile(r"\s*(?:and\s+)?@\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)@\d+)*\s*\(")
# a semicolon before a list of states that ends the sentence names the voters of the clause before it: "Only four
# countries voted with Russia; Syria, Nicaragua, North Korea and Belarus."
_LIST_ENDS = re.compile(rf"\s*(?:namely\s+)?(?:the\s+)?@\d+(?:{_SEP}@\d+)*\s*\.?\s*$")
# an opening subordinate clause ends at its first comma: "While India at times abstains on key Israel-related votes in the
# UN, Vietnam and Azerbaijan can be counted on always to vote against Jerusalem" (India is no voter against Israel)
_OPENING_CONTRAST = re.compile(r"\W*(?:while|whereas|although|though)\b[^,;]*,")
_SCORES_FOR = re.compile(r"\b(?:scores?|figures?|rates?|numbers?|shares?)\s+(?:were\s+|was\s+)?for\s+@\d+")


# the pole of one vote named as a voter beside the listed ones: an opening "apart from X," / "in addition to X," / "besides X,"
# ("Apart from Russia, only four countries voted against: Nicaragua, ...", "In addition to the United States, only Brazil and
# Israel voted against it"), or the state a list of voters marks "itself" ("five against (Belarus, Eritrea, North Korea, Syria
# and Russia itself)"); read only for a sentence about one vote (a habit's "apart from Israel" names no pole)
_CO_VOTER = re.compile(r"\W*(?:(?:apart|aside)\s+from|in\s+addition\s+to|besides|other\s+than)\s+(?:the\s+)?(?P<p>@\d+)\s*,")
_ITSELF = re.compile(r"(?P<p>@\d+)\s+itself\b")
# the pole of one vote named in the sentence before by the voters who joined it ("six countries joining Russia in voting
# against it", "the four that voted along with Russia against an October resolution"), when the sentence lists the voters
# against: "The six countries to vote against the resolution were Belarus, ...", "Belarus, ... voted against it, while ..."
_JOINED_IN = re.compile(r"\b(?:join(?:s|ed|ing)\s+(?:the\s+)?(?P<p>@\d+)\s+in\s+(?:voting|opposing|opposition)|"
                        r"vot(?:e|ed|ing)\s+(?:along\s+with|alongside)\s+(?:the\s+)?(?P<q>@\d+)\s+against)\b")
_VOTED_AGAINST = re.compile(r"\bvot(?:e|es|ed|ing)\s+against\b")
# the voters against one vote listed with the one permanent member of the Security Council among them, the pole of the
# camp as reports name it: "Russia, Belarus, Syria, Nicaragua, and North Korea were the only countries to vote against
# it", "Only two countries voted against the measure: the United States and Israel", "The seven countries voting against
# Thursday's resolution were Belarus, Nicaragua, Russia, ..." (each other listed state voted with Russia, or with the
# United States, on that vote); read only in the clause of the vote against, and a list with two permanent members, or
# none, names no pole; nor does a list the clause names as allies ("only five voted against the resolution who could all
# be considered as Russian allies, namely Russia, Belarus, ...": an alliance claim, held18-024)
_PERMANENT = frozenset({"USA", "RUS", "CHN", "GBR", "FRA"})
_VOTED_NO = re.compile(r"\b(?:vot(?:e|es|ed|ing)\s+(?:against|no)|oppos(?:ed|ing)|no\s+votes?)\b")


# after a sentence about UN votes, "the countries that emerged as most friendly with the United States were Israel,
# Australia, ...": friendliness with a pole is voting with it
_FRIENDLY = re.compile(r"\b(?:friendly|friendliest|aligned|like-minded)\s+(?:with|to(?:wards?)?)\s+(?P<p>@\d+)")


def _voting(s: Sentence, context: str) -> list[Claim]:
    claims: list[Claim] = []
    friendly = _FRIENDLY.search(s.template) if _VOTE.search(context) and _UN.search(context) else None
    if not _VOTE.search(s.template) and not re.search(r"\b(?:sided|siding|joined|backed|to join|to back)\b", s.template) \
            and friendly is None and not (_ALIGNS.search(s.template) and _UN.search(context)):
        return claims
    if not (_UN.search(s.template) or _UN.search(context) or _VOTE_ITSELF.search(s.template)
            or (_VOTE_ITSELF.search(context) and _OPPOSING.search(s.template))):
        return claims
    particular = alignment.particular_vote(s.template)
    topic = "single vote" if particular else ("against" if _AGAINST.search(s.template) else "with")
    for m in _ALIGN.finditer(s.template):
        a, b = s.actor(m.group("a")), s.actor(m.group("b"))
        if a and b and a != b:
            claims.append(Claim(alignment.KIND, s.text, a, (b,), topic=topic, year=s.year, date=s.date))
    if claims:
        return claims
    pole_match = next((m for m in _WITH.finditer(s.template) if _VOTE.search(s.template[max(0, m.start() - 60): m.end()])
                       or re.match(r"(?:joined|join|backed|back|sided|siding|supported|alongside|as well as|along with|"
                                   r"together with)\b", m.group(0))
                       or _ALIGNS.search(s.template[max(0, m.start() - 30): m.end()])
                       or re.match(r"with\s+(?:that|those)\s+of\b", m.group(0))   # "... at odds with those of the U.S."
                       or (friendly is not None and m.start("p") == friendly.start("p"))), None)
    pole = s.actor(pole_match.group("p")) if pole_match else None
    if pole_match and pole_match.group("condemn") and topic == "with":
        topic = "against"   # "votes for resolutions condemning Israel": a vote against the state condemned
    pole_at = (pole_match.start("p"), pole_match.end("p")) if pole_match else None
    joined = re.search(r"(?P<p>@\d+)\s+(?:was|were|is|are)\s+(?:only\s+)?joined\s+by\b", s.template)
    if joined:   # "Russia was joined by only Belarus, ... in opposition to the resolution"
        pole, pole_at = s.actor(joined.group("p")), (joined.start("p"), joined.end("p"))
    itself = None
    if pole is None and particular:   # the pole of one vote named as a voter beside the listed ones (`_CO_VOTER`, `_ITSELF`)
        beside = _CO_VOTER.match(s.template)
        itself = None if beside else _ITSELF.search(s.template)
        found = beside or itself
        if found and s.actor(found.group("p")):
            pole, pole_at = s.actor(found.group("p")), (found.start("p"), found.end("p"))
        else:
            itself = None
    against = _VOTED_AGAINST.search(s.template) if pole is None and particular and s.prior is not None else None
    if against:   # the voters against one vote whose pole the sentence before names by the voters who joined it
        joined_in = {s.prior.actor(m.group("p") or m.group("q")) for m in _JOINED_IN.finditer(s.prior.template)} - {None}
        if len(joined_in) == 1:
            pole, pole_at = joined_in.pop(), (against.start(), against.end())
    if pole is None:   # "the main opponents were ..." of the state the previous sentence named
        poles = [c for _, _, codes in _groups(s.prior, context) for c in codes] if s.prior is not None else []
        pole = poles[0] if len(set(poles)) == 1 else None
        if pole is None or not re.search(r"\b(?:opponents|supporters|friends|allies)\b", s.template):
            return _camp_of_power(s) if particular else claims
    text = s.template
    if pole_at:   # the voters are in the pole's clause ("... abstained, while China backed its Russian partner")
        cuts = [0] + [i for m in _CONTRAST.finditer(text)
                      if not _LIST_GOES_ON.match(text, m.end()) and not (m.group() == ";" and _LIST_ENDS.match(text, m.end()))
                      for i in (m.start(), m.end())] + [len(text)]
        opening = _OPENING_CONTRAST.match(text)
        if opening and opening.end() < pole_at[0]:   # "While India at times abstains ..., Vietnam and Azerbaijan ... vote against"
            cuts = sorted(set(cuts) | {opening.end() - 1, opening.end()})
        spans = list(zip(cuts[::2], cuts[1::2]))
        lo, hi = next(((a, b) for a, b in spans if a <= pole_at[0] < b), (0, len(text)))
        # "..., while the scores for Venezuela and North Korea were 16 percent": the same measure, the same pole
        same = [(a, b) for a, b in spans if (a, b) != (lo, hi) and _SCORES_FOR.search(text[a:b])
                and alignment._PERCENT.search(text[a:b])]
        text = "".join(text[a:b] if (a, b) == (lo, hi) or (a, b) in same else " " * (b - a)
                       for a, b in zip(cuts[:-1], cuts[1:]))
    opening = pole_at and re.fullmatch(r"\W*(?:as well as|along with|together with|(?:apart|aside)\s+from|in\s+addition\s+to|"
                                       r"besides|other\s+than)\s+(?:the\s+)?", text[: pole_at[0]], re.I)
    if opening and re.match(r"\s*,", text[pole_at[1]:]):   # "Along with Russia, Belarus and Syria voted no": the pole's phrase
        cut = text.index(",", pole_at[1])                   # ends at its comma, so the list after it is the voters'
        text = f"{text[:cut]}:{text[cut + 1:]}"
    voters = [codes for at, codes in _others(s, text, pole_at, pole)
              if not re.search(r"\b(?:of|against|on)\s+$", text[:at])]   # "condemned the invasion of Ukraine": no voter
    for m in _POSSESSED_VOTE.finditer(text):   # "India's vote coincided with", "Iran and Syria's voting coincided with"
        if pole_at and m.end() <= pole_at[0]:
            voters.append([code for code in (s.actor(p) for p in re.findall(r"@\d+", m.group("v"))) if code and code != pole])
    if itself is not None:   # "(Belarus, Eritrea, North Korea, Syria and Russia itself)": the pole's own list holds the voters
        voters += [[c for c in codes if c != pole] for start, end, codes in _groups(s, text) if start <= pole_at[0] < end]
    for codes in voters:
        for code in codes:
            claims.append(Claim(alignment.KIND, s.text, code, (pole,), topic=topic, year=s.year, date=s.date))
    return claims


def _camp_of_power(s: Sentence) -> list[Claim]:
    """Claims of voting with the one permanent member of the Security Council listed among the voters against one vote
    (`_PERMANENT`), each other state of its list a voter with it; none where the clause of the vote names no such list."""
    no = _VOTED_NO.search(s.template)
    if no is None:
        return []
    cuts = [0] + [i for m in _CONTRAST.finditer(s.template) for i in (m.start(), m.end())] + [len(s.template)]
    lo, hi = next((a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a <= no.start() < b)
    camps = [codes for start, end, codes in _groups(s, s.template[:hi])
             if start >= lo and len(codes) > 1 and len(_PERMANENT.intersection(codes)) == 1
             and not re.search(r"\b(?:of|against|on)\s+(?:the\s+)?$", s.template[:start])
             and not re.search(r"\ball(?:y|ies)\b", s.template[lo:start])]   # a list named as allies is told as allies
    if len(camps) != 1:
        return []
    pole = next(code for code in camps[0] if code in _PERMANENT)
    return [Claim(alignment.KIND, s.text, code, (pole,), topic="single vote", year=s.year, date=s.date)
            for code in camps[0] if code != pole]


# --- alliances ---------------------------------------------------------------------------------
# a state's protection of another as people write it, every form: "the U.S. nuclear umbrella over South Korea", "extended
# deterrence to Japan", "security guarantees", "the guarantor of Armenia's security", "guarantees Japan's security",
# "will protect Japan", "committed to jointly defending Armenia", "US-allied" (the protector and the protected of one clause);
# a protection only supposed is no claim: "America could extend a nuclear umbrella to Israel" (held38-014)
_PROTECTS = (r"nuclear\s+umbrellas?|extended\s+(?:nuclear\s+)?deterrence|security\s+(?:guarantees?|guarantors?|assurances?|"
             r"umbrellas?)|guarantors?\s+of\s+(?:[a-z-]+\s+){0,2}(?:security|stability|defen[cs]e)|"
             r"guarantee[sd]?\s+(?:the\s+)?@\d+(?:'s?|s')\s+(?:[a-z-]+\s+)?(?:security|defen[cs]e)|"
             r"(?:will|shall|to|pledged?\s+to|vow(?:s|ed)?\s+to|obliged\s+to|committed\s+to|commitments?\s+to)\s+"
             r"(?:jointly\s+|militarily\s+|always\s+)?(?:defend|protect)(?:ing)?\s+(?:the\s+)?@\d+|-allied")
_SUPPOSED = re.compile(r"\b(?:could|might|may|should|would)\s+(?:not\s+)?(?:[a-z-]+\s+){0,4}$")
_ALLY = re.compile(r"\b(?:allies|ally|allied\s+(?:to|with)|alliances?|(?:mutual\s+)?defen[cs]e\s+(?:treat(?:y|ies)|pacts?)|"
                   r"security\s+(?:treat(?:y|ies)|pacts?)|"
                   r"(?:mutual|collective)\s+(?:defen[cs]e|security)\s+(?:treaties|pacts|agreements?|arrangements?)|"
                   rf"mutual\s+assistance)\b|{_PROTECTS}")
_ALLY_OF = re.compile(r"(?P<a>@\d+)\s+(?:is|was|are|were|remains|remained)\s+(?:[a-z]+\s+){0,2}(?P<b>@\d+)(?:'s?|s')\s+"
                      r"(?:[a-z-]+\s+){0,2}(?:ally|allies)\b")
# "is not an ally", and no alliance: "there is currently no formal military alliance between", "is not a treaty alliance"
_NOT_ALLY = re.compile(r"\b(?:not|no longer|never)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:ally|allies)\b|"
                       r"\b(?:no|not\s+an?)\s+(?:[a-z-]+\s+){0,3}alliance\b")
_OTHER_ALLIANCE = re.compile(r"\b(?:business|strategic|commercial|trade|political|electoral|coalition|opposition|party)\s+"
                             r"alliance\b|\balliance\s+(?:of|for)\s+[a-z]")


_ALLY_NOUN = r"(?:alliance|(?:mutual\s+)?defen[cs]e\s+(?:treaty|pact|agreement)|security\s+(?:treaty|pact|alliance))"
# a possessed alliance: "the United States' alliance with the Philippines"
_ALLIANCE_WITH = re.compile(rf"(?P<a>@\d+)(?:'s?|s')\s+(?:[a-z-]+\s+){{0,2}}{_ALLY_NOUN}\s+with\s+(?:the\s+)?(?P<b>@\d+)")
# an ally in apposition: "the Mugabe regime in Zimbabwe, another of Beijing's allies", "Pakistan, a U.S. ally"
_ALLY_APPOSITION = re.compile(r"(?P<a>@\d+)\s*,\s*(?:another\s+of|one\s+of|an?|its)?\s*(?P<b>@\d+)(?:'s?|s')?\s+"
                              r"(?:[a-z-]+\s+){0,2}(?:ally|allies)\b")
# "the two allies have had a mutual defense treaty since 1951": the two states the text has just named
# a state the allies stand against is no party to the alliance: "... alliance to contain the Soviet threat"
_OPPOSED = re.compile(r"\b(?:contain|counter|deter|confront|oppose|against)\s+(?:the\s+|a\s+)?$")
# ... and "both" opening a clause: "In 1954, both reaffirmed their alliance with the Manila Pact" after a sentence on the US
# and Thailand
_THE_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:allies|countries|nations|states|governments|sides)\b|"
                      r"(?:^|[,;:]\s*)both\b(?!\s+(?:of|and|in|at|on|for|to|with)\b)")
_AT_PLACE = re.compile(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$")


# alliances of one state with a list of others: "the five U.S. treaty alliances in the region—Japan, the Republic of Korea,
# ...", "the US alliances with Japan and South Korea", "The United States has collective defense agreements with several
# Asia-Pacific countries, including the Philippines", and after "the United States has several bilateral mutual defense
# treaties", "These include agreements with Japan, South Korea, Australia, and the Philippines"; "the United States'
# security relationships with Japan and the ROK" (held39-007) and plural pact nouns in the alliance test (`_ALLY`: "all
# have separate security treaties with the U.S.", held138-008) since claims round 142
_PACTS = re.compile(r"\b(?:(?:treaty|security|defen[cs]e|military)\s+)?alliances\b|\b(?:(?:mutual|collective|bilateral)\s+)*"
                    r"(?:defen[cs]e|security)\s+(?:treaties|pacts|agreements|arrangements|relationships)\b|\btreaty\s+alliances?\b|"
                    r"\balliances?\s+with\b")
_PACT_PARTNERS = re.compile(rf"\s*(?:with\s+|[^@.;]{{0,40}}?\s*[—–:-]\s*|[^@.;]{{0,60}}?\bincluding\s+)(?:the\s+)?"
                            rf"(?P<g>@\d+(?:{_SEP}@\d+)*)")
_INCLUDE = re.compile(r"\W*(?:these|they|those|which)\s+(?:include|included|includes|are)\s+(?:[a-z]+\s+){0,2}?(?=agreements|treaties|"
                      r"pacts|alliances)")


# a list of states holding pacts with one state: "Japan, South Korea and the Philippines all have separate security
# treaties with the U.S." (held138-008; claims round 142): each state of the list with the one after "with"
_LIST_HOLDS = re.compile(rf"(?P<g>@\d+(?:{_SEP}@\d+)+)\s+(?:(?:all|each|both|also)\s+)?(?:have|had|signed|concluded|"
                         rf"maintain|maintained|keep|kept)\s+(?:[a-z-]+\s+){{0,3}}$")


def _pact_owner(s: Sentence, text: str, at: re.Match) -> str | None:
    """The state whose alliances a plural pact noun names: its possessor or modifier ("U.S. treaty alliances", "the US
    alliances"), or the subject of "has/maintains/signed ... agreements". An owner `_owner` finds after the noun ("with
    Japan") is one of the listed allies, not the holder (claims round 142: "@0 has security alliances with @1 and @2"
    gave @1-@2)."""
    owner, where = _owner(s, text, at.start(), at.end())
    if owner is not None and (where is None or where[1] <= at.start()) and \
            re.search(r"@\d+(?:'s?|s')?\s+(?:[a-z-]+\s+){0,2}$", text[: at.start()]):
        return owner
    has = re.search(r"(?P<o>@\d+)\s+(?:also\s+|now\s+|still\s+)?(?:has|have|had|maintains?|signed|concluded)\s+"
                    r"(?:[a-z-]+\s+){0,3}$", text[: at.start()])
    return s.actor(has.group("o")) if has else None


def _pact_lists(s: Sentence, text: str) -> list[Claim]:
    """One alliance claim per state listed after a pact noun of one owner (see `_PACTS`), or per state of a list that
    holds the pacts with the one state after the noun (`_LIST_HOLDS`)."""
    claims: list[Claim] = []
    include = _INCLUDE.match(text)
    nouns = list(_PACTS.finditer(text)) or ([re.compile(r"agreements|treaties|pacts|alliances").match(text, include.end())]
                                           if include else [])
    for m in nouns:
        listed = _PACT_PARTNERS.match(text, m.end())
        if listed is None or _OPPOSED.search(text[: m.start()]):
            continue
        holders = _LIST_HOLDS.search(text[: m.start()])
        if holders and re.fullmatch(r"\s*with\s+(?:the\s+)?@\d+", listed.group(0)):
            one = s.actor(listed.group("g"))
            codes = dict.fromkeys(s.actor(p) for p in re.findall(r"@\d+", holders.group("g")))
            claims += [Claim(alliance.KIND, s.text, code, (one,), year=s.year) for code in codes if code and one and code != one]
            continue
        owner = _pact_owner(s, text, m)
        if owner is None and include and s.prior is not None:
            before = next((p for p in _PACTS.finditer(s.prior.template)), None)
            owner = _pact_owner(s.prior, s.prior.template, before) if before else None
        codes = [c for c in (s.actor(p) for p in re.findall(r"@\d+", listed.group("g"))) if c and c != owner]
        if owner is None or not codes or (len(codes) == 1 and m.group(0).startswith("alliance")):
            continue
        for code in dict.fromkeys(codes):
            claims.append(Claim(alliance.KIND, s.text, owner, (code,), year=s.year))
    return claims


def _the_two(s: Sentence, text: str, at: int) -> list[str]:
    """The two states "the two allies" refers to: those named before it in the sentence and in the previous
    sentence (places left out), when there are exactly two."""
    named = []
    for before, cut in ((s.prior, None), (s, at)):
        if before is None:
            continue
        template = (text if before is s else before.template)[:cut]
        named += [before.actor(m.group(0)) for m in re.finditer(r"@\d+", template)
                  if not _AT_PLACE.search(template[: m.start()])]
    named = list(dict.fromkeys(c for c in named if c))
    return named if len(named) == 2 else []


def names_the_two(s: Sentence) -> bool:
    """Whether a sentence that names no state speaks of "the two allies" the previous sentence named."""
    return bool(_THE_TWO.search(s.template) and _ALLY.search(s.template) and s.prior is not None)


# allies listed after "allies, namely / such as / including": "... could all be considered as Russian allies, namely Russia,
# Belarus, North Korea, Nicaragua, and Syria" (each the ally of the possessor or adjective before "allies")
_ALLIES_NAMED = re.compile(rf"(?P<o>@\d+)(?:'s?|s')?\s+(?:[a-z-]+\s+){{0,2}}?allies\s*(?:,\s*|\s+)(?:namely|such\s+as|like|"
                           rf"including|:)\s*(?:the\s+)?(?P<g>@\d+(?:{_SEP}@\d+)*)")
# members listed after an alliance noun, allied with a state the sentence names as a member: "Russia is the largest and
# most powerful member of the CSTO, a military alliance that also includes Belarus, Kazakhstan, Kyrgyzstan, and Tajikistan"
_MEMBER_OF = re.compile(r"(?P<o>@\d+)\s+(?:is|was|remains|remained|became)\s+(?:[a-z-]+\s+){0,5}?(?:member|founder)\s+of\b")
_MEMBERS_LISTED = re.compile(rf"\balliance\s*,?\s+(?:that|which)\s+(?:also\s+)?(?:includes|included|comprises|comprised|"
                             rf"groups|unites)\s+(?:the\s+)?(?P<g>@\d+(?:{_SEP}@\d+)*)")


def _listed_allies(s: Sentence) -> list[Claim]:
    """Alliance claims of one state with each state listed as its allies or as fellow members (see `_ALLIES_NAMED`)."""
    found = [(s.actor(m.group("o")), m) for m in _ALLIES_NAMED.finditer(s.template)]
    member = _MEMBER_OF.search(s.template)
    if member:
        found += [(s.actor(member.group("o")), m) for m in _MEMBERS_LISTED.finditer(s.template, member.end())]
    claims: list[Claim] = []
    for owner, m in found:
        for code in dict.fromkeys(c for c in (s.actor(p) for p in re.findall(r"@\d+", m.group("g"))) if c and c != owner):
            if owner:
                claims.append(Claim(alliance.KIND, s.text, owner, (code,), year=s.year))
    return claims


def _allied_groups(s: Sentence, text: str, kept: list[tuple[int, int, list[str]]]) -> list[Claim]:
    """An alliance clause whose states are one state and one list joined by "and" (none of them a possessor): the
    states the one is allied with ("Russia is about defense with Armenia, Belarus, Kazakhstan, Kyrgyzstan and
    Tajikistan", "Japan and South Korea are formal treaty allies of the USA": each member with the one state)."""
    if any(re.match(r"(?:'s?|s')\W", text[end:] + " ") for _, end, _ in kept):
        return []   # "ties to the US, Australia's economic reliance on China": a possessor, no list of allies
    groups = [list(dict.fromkeys(group)) for _, _, group in kept]
    lists = [len(group) > 1 and re.search(r"\band\b|&", text[start:end]) is not None for start, end, group in kept]
    if len(groups) != 2 or sorted(map(len, groups))[0] != 1 or not any(lists):
        return []
    one, many = sorted(groups, key=len)
    pairs = [(one[0], code) if groups[0] == one else (code, one[0]) for code in many if code != one[0]]
    negated = bool(_NOT_ALLY.search(text))
    return [Claim(alliance.KIND, s.text, a, (b,), negated=negated, year=s.year) for a, b in pairs]


# a bloc or treaty named with its members: "ANZUS formed a military alliance between @0, @1 and @2", "a trilateral
# security treaty that originally involved @0, @1 and @2", "NATO members @0, @1 and @2", "the CSTO (whose members are
# @0, ... and @5)" (each member allied with each other member), "Along with @0, its remaining members are @1, ... @5"
# (the leader the sentence opens with, allied with each member); a trade, economic or arms-control treaty is none
_BLOC_NAMES = r"nato|csto|anzus|seato|cento|warsaw\s+pact|rio\s+(?:treaty|pact)|north\s+atlantic\s+(?:treaty|alliance)"
_BLOC = (rf"(?:{_BLOC_NAMES}|(?:military|defen[cs]e|security|mutual[- ]defen[cs]e)\s+(?:alliance|treaty|pact|bloc)|"
         r"(?:military\s+)?alliance)")
_BLOC_LIST = re.compile(rf"\b{_BLOC}\b(?:\s+[a-z-]+){{0,3}}?\s*,?\s+(?:(?:that|which)\s+(?:[a-z]+ly\s+)?)?(?:between|among|"
                        rf"involv(?:es|ed|ing)|(?:consisting|composed)\s+of|consists\s+of|compris(?:es|ed|ing)|binds|"
                        rf"bound|link(?:s|ed|ing))\s+(?:the\s+)?(?P<g>@\d+(?:{_SEP}@\d+)+)|"
                        rf"\b(?:{_BLOC_NAMES})\s*(?:'s\s+)?(?:\(\s*)?(?:whose\s+)?(?:fellow\s+)?(?:member(?:s|[- ]states|\s+states|"
                        rf"\s+countries|\s+nations)|allies)\s*(?:are|include|were)?\s*:?\s*(?:the\s+)?(?P<m>@\d+(?:{_SEP}@\d+)+)")
_LEADER_MEMBERS = re.compile(rf"\W*along\s+with\s+(?P<o>@\d+)\s*,\s*(?:its|their)\s+(?:[a-z-]+\s+)?members\s+(?:are|include|"
                             rf"were)\s+(?:the\s+)?(?P<g>@\d+(?:{_SEP}@\d+)+)")
# the year a bloc's members were first bound, for a sentence on its founding with no year of its own (each treaty's
# signing: North Atlantic Treaty 4 April 1949, ANZUS 1 September 1951, Manila Pact (SEATO) 8 September 1954, Warsaw Pact
# 14 May 1955, Tashkent Collective Security Treaty (CSTO) 15 May 1992, Rio Treaty 2 September 1947)
_FOUNDED = {"nato": 1949, "north atlantic": 1949, "anzus": 1951, "seato": 1954, "warsaw": 1955, "csto": 1992, "rio": 1947}
_AT_FOUNDING = re.compile(r"\b(?:formed|founded|originally|initially|signed|created|established)\b")


def _bloc_members(s: Sentence) -> list[Claim]:
    """Alliance claims of a bloc's or treaty's listed members (see `_BLOC_LIST`): every pair, or the leader with each;
    a sentence naming one state a member ("France was a founding member of NATO, an alliance which comprises ...") is
    `_listed_allies`'."""
    if _OTHER_ALLIANCE.search(s.template) or _MEMBER_OF.search(s.template) or re.search(r"\b(?:trade|economic|arms[- ]control|nuclear|free[- ]trade)\s+"
                                                      r"(?:treaty|pact|agreement)", s.template):
        return []
    year = s.year
    if year is None and _AT_FOUNDING.search(s.template):
        year = next((y for name, y in _FOUNDED.items() if re.search(rf"\b{name}\b", s.template)), None)
    leader = _LEADER_MEMBERS.match(s.template)
    if leader:
        owner = s.actor(leader.group("o"))
        members = dict.fromkeys(c for c in (s.actor(p) for p in re.findall(r"@\d+", leader.group("g"))) if c and c != owner)
        return [Claim(alliance.KIND, s.text, owner, (code,), year=year) for code in members] if owner else []
    claims: list[Claim] = []
    for m in _BLOC_LIST.finditer(s.template):
        members = list(dict.fromkeys(c for c in (s.actor(p) for p in re.findall(r"@\d+", m.group("g") or m.group("m"))) if c))
        claims += [Claim(alliance.KIND, s.text, a, (b,), negated=bool(_NOT_ALLY.search(s.template)), year=year)
                   for i, a in enumerate(members) for b in members[i + 1:]]
    return claims


def _alliances(s: Sentence) -> list[Claim]:
    claims: list[Claim] = []
    bloc = _bloc_members(s)
    if bloc:
        return bloc
    if _INCLUDE.match(s.template) and s.prior is not None and _PACTS.search(s.prior.template):
        return _pact_lists(s, s.template)   # "These include agreements with Japan, ..." after a sentence on defence treaties
    if not _ALLY.search(s.template) or _OTHER_ALLIANCE.search(s.template):
        return claims
    listed = _listed_allies(s)
    if listed:
        return listed
    for text in _clauses(s.template):
        if not _ALLY.search(text):
            continue
        listed = _pact_lists(s, text)
        if listed:
            claims += listed
            continue
        codes, kept = [], []
        trigger = _ALLY.search(text)
        if re.fullmatch(_PROTECTS, trigger.group(0)) and _SUPPOSED.search(text[: trigger.start()]):
            continue
        for start, end, group in _groups(s, text):
            if re.match(rf"[- ]?(?:made|built|manufactured)\b|\s+(?:[a-z-]+\s+){{0,2}}(?:{_WEAPONS}|defen[cs]e systems?)\b",
                        text[end:]) or \
                    _OPPOSED.search(text[:start]) or abs(start - trigger.start()) > 70 and abs(end - trigger.end()) > 70:
                continue   # "U.S.-made weaponry", "Russian defense systems", "to contain the Soviet threat", a country far off
            if not _PLACE.search(text[:start]) or re.search(r"\bin\s+$", text[:start]) and _ALLY.search(text[:start]):
                codes += group
                kept.append((start, end, group))
        codes = list(dict.fromkeys(codes))
        if len(codes) > 2 and not _ALLY_OF.search(text) and not (_ALLIANCE_WITH.search(text) or _ALLY_APPOSITION.search(text)):
            claims += _allied_groups(s, text, kept)
            continue
        copula = _ALLY_OF.search(text)
        if len(codes) > 2 and copula:   # "Belarus is perhaps Russia's closest ally, and ... to invade Ukraine"
            pair = [s.actor(copula.group("a")), s.actor(copula.group("b"))]
            codes = pair if None not in pair and pair[0] != pair[1] else codes
        pair = _ALLIANCE_WITH.search(text) or _ALLY_APPOSITION.search(text)
        if pair and len(codes) != 2:
            both = [s.actor(pair.group("a")), s.actor(pair.group("b"))]
            codes = both if None not in both and both[0] != both[1] else codes
        two = _THE_TWO.search(text)
        if two and len(codes) < 2:
            codes = _the_two(s, text, two.start()) or codes
        if len(codes) == 1 and re.match(r"\W*(?:its|their)\b", text) is None and s.antecedent and \
                s.antecedent not in codes and (re.search(r"\b(?:its|their|our)\s+(?:[a-z-]+\s+){0,3}(?:ally|allies)\b", text)
                                               or re.search(_PROTECTS, text)):
            codes = [s.antecedent] + codes   # "... while sheltering under NATO and America's nuclear umbrella"
        if len(codes) != 2:
            continue
        claims.append(Claim(alliance.KIND, s.text, codes[0], (codes[1],), negated=bool(_NOT_ALLY.search(text)),
                            year=s.year))
    return claims


# --- dependence on arms written as a role ("dependent on Russian arms sales") ---------------------
_DEPENDS = re.compile(r"\b(?:dependen(?:t|ce|cy)|reliant|relian(?:ce|t)|depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying))\s+"
                      r"(?:heavily\s+|largely\s+)?on\s+(?:(?:[a-z-]+\s+){0,2}(?P<p>@\d+)\s+(?:[a-z-]+\s+){0,2}"
                      r"(?:arms|weapons|weaponry|military|defen[cs]e)|(?:arms|weapons|military)\s+(?:supplies|imports|sales|"
                      r"deliveries|aid)\s+from\s+(?P<p2>@\d+))")


_OPENER = re.compile(r"\W*(?:after|before|despite|while|since|from)\s+(?:years\s+of\s+|decades\s+of\s+)?(?=depend|rel[yi])")
_CHANGE_WORDS = re.compile(r"\b(?:decreas|increas|declin|reduc|diversif|away from|grow|fell|fall|drop|lower|less)")


def _dependence(s: Sentence) -> list[Claim]:
    claims = []
    opener = _OPENER.match(s.template)
    comma = s.template.find(",")
    # "After depending on Russian arms sales for decades, Vietnam is diversifying ...": the dependence is the
    # opening clause's (a level, held for decades) and belongs to the main clause's subject
    scope = s.template[:comma] if opener and comma > 0 else s.template
    if _CHANGE_WORDS.search(scope):
        return claims   # a change in dependence is not a level (docs/claims.md)
    for m in _DEPENDS.finditer(scope):
        partner = s.actor(m.group("p") or m.group("p2"))
        owner, _ = _owner(s, s.template, m.start(), m.start())   # a possessor before: "India's dependence on ..."
        if owner is None and opener:
            after = _groups(s, s.template[comma:])
            owner = after[0][2][0] if after else None
        if owner is None:
            groups = [g for g in _groups(s, s.template[: m.start()]) if not _PLACE.search(s.template[: g[0]])]
            owner = groups[0][2][0] if groups else s.previous if re.search(
                r"\bthe (?:country|nation)'s\b", s.template[: m.start()]) else s.antecedent
        if owner and partner and owner != partner:
            claims.append(Claim(dependence.KIND, s.text, owner, (partner,), topic="arms", year=s.year, span=s.stated_span))
    return claims


_DEPENDENT = re.compile(
    r"\b(?:dependen(?:t|ce|cy)|reliant|relian(?:ce|t)|over-?reliance)\s+(?:(?:country|nation|state|economy)\s+)?"
    r"(?:of\s+(?P<o>@\d+)(?:'s?|s')?\s+(?:economy\s+|exports\s+)?)?(?:up)?on\s+(?:(?:trade|trading|business)\s+with\s+|"
    r"(?:imports|supplies|goods)\s+from\s+|exports\s+to\s+|the\s+)?(?P<p>@\d+)(?!'s?\s|s'\s)(?P<what>[^@;]{0,80})")


def _dependence_by_role(s: Sentence) -> list[Claim]:
    """A dependence named by its noun or adjective, whatever the sentence's shape: "the most heavily dependent country on
    Russia for trade", "This dependence of Armenia's economy on trade with Russia", "SA's dependency on China as a
    trading partner"; the dependent state is the noun's possessor, the state after "of", else the clause's subject."""
    claims: list[Claim] = []
    if _CHANGE_WORDS.search(s.template):
        return claims   # a change in dependence is not a level (docs/claims.md)
    for text in _clauses(s.template):
        for m in _DEPENDENT.finditer(text):
            if dependence.REDUCE.search(text[max(0, m.start() - 40): m.start()]):
                continue   # "to curb over reliance on ...": a call to reduce it
            partner = s.actor(m.group("p"))
            owner = s.actor(m.group("o")) if m.group("o") else _owner(s, text, m.start(), m.start())[0]
            if owner is None:
                subject = [g for g in _groups(s, text[: m.start()]) if not _PLACE.search(text[: g[0]])]
                owner = subject[0][2][0] if subject else None
            if owner is None:
                economy = _FLOW_OWNER.search(text[m.end():])   # "This dependency on the US is evident in ... the Canadian economy"
                owner = s.actor(economy.group("o") or economy.group("o2")) if economy else None
            if owner is None or partner is None or owner == partner:
                continue
            topic = dependence.topic_of(m.group("what"), text[: m.start()], "") or "trade"
            claims.append(Claim(dependence.KIND, s.text, owner, (partner,), topic=topic, year=s.year,
                                flow="exports" if re.search(r"\bexport|\bmarket", m.group("what")) else "total"))
    return claims


# the partners listed as the countries a state trades with, by direction: "The top three countries Nigeria exports to are
# India, Spain and the USA" (seventeenth round, held19-023)
_COUNTRIES_IT_TRADES_WITH = re.compile(
    rf"\b(?:top|main|largest|biggest|leading|principal)\s+(?:(?P<n>two|three|four|five|[2-5])\s+)?(?:countries|nations|"
    rf"economies|markets|destinations)\s+(?:that\s+)?(?P<o>@\d+)\s+(?P<verb>exports?\s+to|exported\s+to|sells\s+to|sold\s+to|"
    rf"imports?\s+from|imported\s+from|buys\s+from|bought\s+from|trades?\s+with|traded\s+with)\s+(?:are|were|include|"
    rf"included)\s*:?\s+(?P<g>@\d+(?:{_SEP}@\d+)*)")


def _countries_traded_with(s: Sentence) -> list[Claim]:
    claims = []
    for m in _COUNTRIES_IT_TRADES_WITH.finditer(s.template):
        owner = s.actor(m.group("o"))
        n = m.group("n")
        within = count_of(n) if n else KEY
        flow = "exports" if re.match(r"(?:export|sel|sold)", m.group("verb")) else \
            "imports" if re.match(r"(?:import|bu|bought)", m.group("verb")) else "total"
        for code in (s.actor(p) for p in re.findall(r"@\d+", m.group("g"))):
            if owner and code and code != owner:
                claims.append(Claim(trade.KIND, s.text, owner, (code,), within=within, flow=flow, year=s.year))
    return claims


# an exporter's arms going to a list of countries, each among its top N customers (N the count the sentence gives, else
# the top five): "91% of Russia's arms exports go to just four countries: India, China, Belarus, and Myanmar"
# (held19-009), "Russia has supplied weapons to 56 countries with 60% of all sales going to India ($8.2 billion),
# Algeria ($4.7 billion) and China ($3.5 billion)" (held10-024)
_LIST = rf"(?P<g>{_ITEM}(?:{_SEP}{_ITEM})*)"
_ARMS_GO_TO = (
    re.compile(rf"(?P<o>@\d+)(?:'s?|s')\s+(?:arms|weapons?|military)\s+(?:exports|sales|deliveries|supplies)\s+(?:go|goes|went|"
               rf"going)\s+to\s+(?:just\s+|only\s+)?(?P<n>two|three|four|five|[2-5])\s+(?:countries|states|nations|customers|"
               rf"clients)\s*:\s*{_LIST}"),
    re.compile(rf"(?P<o>@\d+)\s+(?:has\s+|had\s+)?(?:supplied|sold|exported|delivered)\s+(?:arms|weapons)\b[^.;@]{{0,40}}?\bwith\s+"
               rf"\d{{1,3}}(?:\.\d+)?\s*(?:%|percent|per cent)\s+of\s+(?:all\s+|its\s+|the\s+)?(?:sales|exports|deliveries)\s+"
               rf"(?:going|went|go)\s+to\s+{_LIST}"),
)


def _arms_lists(s: Sentence) -> list[Claim]:
    claims = []
    span = s.stated_span or (s.prior.stated_span if s.prior is not None else None)
    for m in (m for pattern in _ARMS_GO_TO for m in pattern.finditer(s.template)):
        owner = s.actor(m.group("o"))
        n = m.groupdict().get("n")
        within = count_of(n) if n else KEY
        for code in (s.actor(p) for p in re.findall(r"@\d+", m.group("g"))):
            if owner and code and code != owner:
                claims.append(Claim(arms.EXPORTS, s.text, owner, (code,), within=within, year=s.year, span=span,
                                    topic="client"))
    return claims


# the state a place comes after holds the place before it: "the United States, which dropped to third place after France"
# (second), "Germany is Russia's second-largest economic partner and is only behind China" (first); a list after it is
# not read ("third-largest trading partner after the United States and Japan", the twelfth round); "second only to
# Taiwan" is "behind Taiwan"
_BEHIND = re.compile(rf"\b(?:only\s+|shortly\s+|just\s+|right\s+|closely\s+)?(?:behind|after|trailing|(?<=only\s)to)\s+(?:the\s+)?"
                     rf"(?P<g>@\d+(?:{_SEP}@\d+)*)")


def ranks_before(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """The place before a ranked partner held by the one state the sentence names after "behind" or "after" it (see
    `_BEHIND`)."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind not in (trade.KIND, arms.SUPPLIER, arms.EXPORTS) or not claim.rank or claim.rank < 2:
            continue
        at = next((m.end() for m in re.finditer(r"@\d+", s.template) if s.actor(m.group(0)) == claim.other), None)
        if at is None:
            continue
        stop = re.search(r";|\.\s", s.template[at:])
        m = _BEHIND.search(s.template, at, at + stop.start() if stop else len(s.template))
        if m is None:
            continue
        listed = [s.actor(p) for p in re.findall(r"@\d+", m.group("g"))]
        if len(listed) != 1 or listed[0] in (None, claim.subject, claim.other):
            continue
        out.append(Claim(claim.kind, s.text, claim.subject, (listed[0],), rank=claim.rank - 1, flow=claim.flow,
                         year=claim.year, span=claim.span))
    return out


def find(s: Sentence) -> list[Claim]:
    """Claims read by role (see the module doc). A trading-partner claim whose owner is not named in
    the sentence (read from the article's previous sentences) says so in `notes["owner"]`."""
    out: list[Claim] = []
    prior = s.prior
    context = prior.template if prior is not None else ""
    for claim in _trade(s, prior) + _countries_traded_with(s) + _shares(s) + _arms(s) + _arms_lists(s) + _voting(s, context) + _alliances(s) + _dependence(s) + \
            _dependence_by_role(s):
        if claim.subject and claim.other and claim.subject != claim.other:
            out.append(claim)
    return out
