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

from latitude.errors import LatitudeError
from latitude.scenarios.claims._base import (CONTRADICTED, SUPPORTED, UNCHECKABLE, Claim, Verdict, claimed_rank,
                                              pct, rank_holds)
from latitude.scenarios.claims._patterns import (ADVERBS, COPULA, FRACTION, MOST, MOST_WORDS, POSS, RANK, RELATIVE,
                                                 WORD_PERCENT, actor, anchored, count_of, fraction_value, level_after,
                                                 listed_shares, percent_after, rank_of, stated_share_holds)
from latitude.scenarios.claims import arms_roles
from latitude.scenarios.claims._text import Sentence
from latitude.scenarios.claims.figures import Lookup, arms_deals, arms_exports, arms_suppliers, arms_year

SUPPLIER, EXPORTS = "arms supplier", "arms exports"
KIND = SUPPLIER
KINDS = (SUPPLIER, EXPORTS)

_ARMS = (r"(?:arms|weapons?|weaponry|military (?:equipment|hardware|products|goods|materi[ae]l)|"
         r"defen[cs]e (?:equipment|products|articles|materi[ae]l)|armaments?)")
# every noun for the one state that sells a state its arms (claims round 42: "Moscow is Baku's largest arms seller"); the
# plurals are read by the readers of lists ("the main suppliers of arms to Morocco" is each among the top five)
_SELLER = r"(?:supplier|provider|exporter|source|seller|vendor|dealer)"
# the goods a seller sells may be arms coordinated with arms or their kin (claims round 51: "the principal supplier of
# weapons and ammunition to Armenia", "the largest supplier of weapons and military equipment")
_ARMS_GOODS = rf"(?:{_ARMS})(?:\s+(?:and|or)\s+(?:{_ARMS}|ammunition|equipment|spare parts))?"
_SUPPLIER = (rf"(?:{_ARMS}\s+{_SELLER}|{_SELLER} of {_ARMS_GOODS}|(?:defen[cs]e|military)\s+(?:supplier|provider|seller)|"
             rf"(?P<bare>supplier|provider|source of (?:its |their )?imports))")
# words that tell a sentence (or the one before) speaks of arms; the trade reader reads it too (`trade._goods_not_arms`)
ARMS_CONTEXT = re.compile(rf"\b{_ARMS}|\barms\b|\bsipri\b|\bmilitary\b")
_QUANT = (rf"(?P<quant>{MOST_WORDS}|{FRACTION}|(?:about |around |some |nearly |almost |over |more than |only )?"
          rf"(?:\d{{1,3}}(?:\.\d+)?\s*(?:%|percent|per cent)|(?:{WORD_PERCENT})\s+(?:percent|per cent)))")
_ANCHOR = re.compile(rf"{RANK}\s+(?:(?:single|foreign|arms|weapons?|defen[cs]e|military)\s+)*(?:suppliers?|providers?|"
                     rf"sources? of (?:arms|weapons)|exporters? of (?:arms|weapons))")
_SUPPLIED_BY = re.compile(rf"{_QUANT}\s+of\s+(?:which|them|these|its (?:arms|weapons|imports))\s+(?:are|were|is|was|come|came)\s+"
                          rf"(?:supplied|provided|delivered|made)\s+(?:by|in)\s+(?P<p>@\d+)")
_LIST_HEAD = re.compile(
    r"(?:(?:the\s+)?(?:top|main|largest|biggest|leading)\s+(?P<n>two|three|four|five|[2-5])?\s*(?:(?:arms|weapons)\s+)?"
    r"(?:suppliers|sources|exporters)\s+(?:of\s+(?:arms|weapons)\s+)?(?:to|of|for)\s+(?P<s>@\d+)"
    r"|(?P<s2x>)(?:the\s+)?(?:top|main|largest|biggest|leading)\s+(?P<n2>two|three|four|five|[2-5])?\s*(?P<exports>customers|"
    r"clients|buyers|recipients)\s+(?:of|for)\s+(?P<s3>@\d+)(?:'s)?\s+(?:arms|weapons)"
    r"|(?P<s4>@\d+|its|their)\s+(?:imports|buys|bought|gets|got|sources|sourced|imported)\s+(?:its|their|most of its)\s+"
    r"(?:weapons|arms)\s+from"
    # the owner as a possessive (claims round 114): "Italy's largest clients were: UAE (12% of all sales), ...", "Saudi
    # Arabia's main suppliers and their share of its total imports: US (78 percent), ..."
    r"|(?P<s5>@\d+)'s?\s+(?:top|main|largest|biggest|leading)\s+(?P<n3>two|three|four|five|[2-5])?\s*(?:(?:arms|weapons)\s+)?"
    r"(?:suppliers|(?P<exports2>customers|clients|buyers|recipients)))"
    r"[^@;]{0,40}?")
# the states a list head names with no share beside any of them (claims round 119): "The main recipients of Türkiye's arms
# exports were the United Arab Emirates, Qatar and Pakistan" (held70-002: only the first was read, by another reader);
# each listed state is among the top the head numbers, else the top five or as many as it lists; a list that goes on to
# "of", "for", "to" or "from" a state is not the head's, and a sentence that speaks of no arms lists trade customers
# ("France's main customers are Germany, Italy, ...", held36-001)
_PLAIN_LIST = re.compile(r"[^@.;]{0,40}?\b(?:are|were|include|includes|included|remain|remained)\s*:?\s*"
                         r"(?P<list>(?:the\s+)?@\d+(?:\s*(?:,\s*and|,|and)\s*(?:the\s+)?@\d+)+)\b"
                         r"(?!\s*\()(?![^.;]*?\b(?:of|for|to|from)\s+@\d)")
# the exporter's clients listed in a clause of "with" (claims round 135): "Of all the arms exported by the United States,
# almost half ended up in the Middle East, with the main buyers being Saudi Arabia, the UAE and Turkey", "with the main
# client countries being Myanmar (46 per cent), Sri Lanka (25 per cent) and Mauritius", "Israel is the world's
# eighth-largest weapons exporter, with India, Azerbaijan and Vietnam its three largest clients"; the exporter is the
# first state the sentence names before the clause, and each listed state is among the top the clause numbers, else the
# top five or as many as it lists
_CLIENT_PLURAL = r"(?:client\s+countries|clients|customers|buyers|recipients|purchasers|importers)"
_WITH_LIST = r"(?P<list>(?:the\s+)?@\d+(?:\s*\([^)@]{0,30}\))?(?:\s*(?:,\s*and|,|and)\s*(?:the\s+)?@\d+(?:\s*\([^)@]{0,30}\))?)+)"
_WITH_CLIENTS = re.compile(
    rf"\bwith\s+(?:the\s+)?(?:top|main|largest|biggest|leading)\s+(?:(?P<n>two|three|four|five|[2-5])\s+)?{_CLIENT_PLURAL}"
    rf"\s+being\s+{_WITH_LIST}"
    rf"|\bwith\s+{_WITH_LIST.replace('<list>', '<list2>')}\s+(?:as\s+)?(?:its|their)\s+(?:(?P<n2>two|three|four|five|[2-5])\s+)?"
    rf"(?:top|main|largest|biggest|leading)\s+{_CLIENT_PLURAL}")
_PAREN = re.compile(r"(?P<p>@\d+)\s*\(\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*%\s*\)")
_COMING = re.compile(r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+(?:coming|came|come|comes)\s+from\s+(?P<p>@\d+)")
# more owners coordinated with the one a supplier's ranking names last (claims round 125): "China has become the dominant
# supplier of weapons to Pakistan, Bangladesh and Myanmar", "The USA is the main supplier to both states" (Japan and
# South Korea): the ranking holds for each; a share is not shared out ("supplied 70% of Pakistan's imports"), and a
# possessive or a share after the last ("to India and China's navy", "and Israel (11%)") is no such list
_MORE_OWNERS = re.compile(r"(?P<list>(?:\s*,\s*(?:the\s+)?@\d+)*\s*,?\s+(?:and|&)\s+(?:the\s+)?@\d+)(?!'|’|\s*\(|\w)")
_SPAN_AFTER = re.compile(r"^[^@]{0,25}?\b(?:in|over|during|for|between)\s+((?:19|20)\d\d)(?:\s*(?:-|to|and)\s*(\d{2}|(?:19|20)\d\d))?\b")
_ONE_DEAL = re.compile(r"\b(?:signed|sealed|finalized|finalised|concluded|inked|clinched|struck)\s+(?:a|an|the)\s+"
                       r"(?:[^@.;]{0,40}?\s)?(?:deal|contract|agreement)\b(?![^@.;]*\bover the (?:last|past)\b)")
_DAY = re.compile(r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|yesterday|today|this week|last week|"
                  r"on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d)")
_SUPPLIERS = [
    # "the U.S. and European states ... supplied over 98 percent of weapons imported by Saudi Arabia"
    re.compile(rf"{actor('p', its=False)}(?!\s+and\b)\s+(?:[^@.;]{{0,80}}?\s)?(?:supplied|supplies|provided|provides|accounted for|"
               rf"accounts for)\s+{_QUANT}\s+of\s+(?:the\s+|all\s+)?(?:{_ARMS}|arms)\s+(?:imported|bought|purchased|acquired)\s+"
               rf"by\s+{actor('s', its=False)}"),
    # almost 80% of Vietnam's military equipment has been provided by Russia (the passive: the supplier after "by")
    re.compile(rf"{_QUANT}\s+of\s+{actor('s', its=False)}{POSS}\s+(?:{_ARMS}|arms)\s+(?:imports\s+)?(?:has been|have been|"
               rf"had been|was|were|is|are)\s+(?:\w+\s+)?(?:provided|supplied|delivered|made|sold|sourced)\s+(?:by|from)\s+"
               rf"(?:the\s+)?{actor('p', its=False)}"),
    # Germany, the second-largest arms supplier to Israel, ...
    re.compile(rf"{actor('p', its=False)}\s*,\s*(?:the\s+)?{RANK}\s+{_SUPPLIER}\s+(?:to|of|for)\s+{actor('s')}"),
    # X accounts for the largest share of Y's arms imports
    re.compile(rf"{actor('p', its=False)}\s+(?:still\s+)?(?:accounts|accounted|account)\s+for\s+the\s+"
               rf"(?P<rank>largest|biggest|second[- ]largest|third[- ]largest)\s+share\s+of\s+{actor('s')}{POSS}\s+"
               rf"(?:{_ARMS}\s+)?(?:arms?\s+)?imports"),
    # X and Z remain the largest exporters of arms to Y
    re.compile(rf"{actor('p', its=False)}\s+and\s+{actor('p2', its=False)}\s+(?:remain|are|were|have been)\s+(?:the\s+)?"
               rf"(?P<rank>largest|biggest|main|top|leading|principal)\s+(?:exporters|suppliers|sources)\s+of\s+"
               rf"(?:{_ARMS}|arms)\s+to\s+{actor('s')}"),
    # Seventy percent of arms imported into Y originate in X
    re.compile(rf"{_QUANT}\s+of\s+(?:the\s+)?(?:{_ARMS}|arms)\s+(?:imported into|imported by|bought by|purchased by|"
               rf"delivered to)\s+{actor('s')}\s+(?:originate|originated|come|came|are|were)\s+(?:in|from)\s+"
               rf"{actor('p', its=False)}"),
    # X remains Y's number one supplier of weapons / X is Y's top arms supplier
    re.compile(rf"{actor('p', its=False)}\s+(?:[^@.;]{{0,40}}?\s)?{COPULA}\s+{ADVERBS}(?:the\s+)?{actor('s')}{POSS}\s+"
               rf"{ADVERBS}{RANK}\s+{_SUPPLIER}"),
    # X's status as the largest arms supplier to Y (claims round 51: "Russia's status as the principal supplier of weapons
    # and ammunition to Armenia"; also "position", "role", "place")
    re.compile(rf"{actor('p', its=False)}{POSS}\s+(?:status|position|role|place)\s+as\s+(?:the\s+|a\s+)?{RANK}\s+{_SUPPLIER}\s+"
               rf"(?:to|of|for)\s+{actor('s')}"),
    # X is the largest arms supplier to / of Y
    re.compile(rf"{actor('p', its=False)}{RELATIVE}\s+(?:[^@.;]{{0,40}}?\s)?{COPULA}\s+{ADVERBS}(?:the\s+|a\s+)?{RANK}\s+{_SUPPLIER}\s+"
               rf"(?:to|of|for)\s+{actor('s')}"),
    # X supplied 68 per cent of Y's arms imports / X came second with 29% of Y's arms imports; "supplying" too, not
    # after "by" (whose subject may stand further back), and a share of SIPRI's "major arms" (claims round 66: "China
    # remains a major factor, supplying 82% of Pakistan's weapons", "Israel provided 69 per cent of Baku's major arms
    # imports"); "accounting for" is left out: its subject is often not the actor before it ("Imports by Azerbaijan
    # increased ..., with Russia accounting for 80%" reads its years elsewhere)
    re.compile(rf"{actor('p', its=False)}\s*,?\s+(?:[^@.;]{{0,30}}?\s)?(?:supplied|supplies|"
               rf"(?<!\bby )supplying|provided|provides|providing|accounted for|accounts for|made up|delivered|"
               rf"came (?P<rank>first|second|third|fourth|fifth) with)\s+{_QUANT}"
               rf"\s+of\s+(?:(?:all|the|total)\s+)*(?:{actor('s')}{POSS}\s+)?(?:total\s+)?(?:major\s+)?(?:{_ARMS}\s+)?"
               rf"(?:arms?\s+)?"
               rf"(?:imports?|purchases|imported weapons|{_ARMS}(?!\s+(?:exports|sales|deliveries|transfers)\b))"
               rf"(?:\s+of\s+{actor('s2')})?"),   # not "... of Russia's total weapon exports": a recipient's share
    # Y buys most of its weapons from X / Y has imported 62 percent of the weapons from X
    re.compile(rf"{actor('s')}\s+(?:[^@.;]{{0,30}}?\s)?(?:buys|bought|gets|got|imports|imported|has imported|sources|"
               rf"sourced|purchases|purchased|obtains|obtained|receives|received)\s+{_QUANT}\s+of\s+(?:its|their|the)\s+"
               rf"(?:{_ARMS}|arms imports)\s+(?:[^@.;]{{0,20}}?\s)?from\s+{actor('p', its=False)}"),
    # its historical reliance on Russian arms, which accounted for over 80% of its arms imports
    re.compile(rf"(?:reliance|dependence|dependency)\s+on\s+{actor('p', its=False)}\s+(?:arms|weapons)\s*,\s*which\s+"
               rf"(?:accounted|account|accounts|made up|make up)\s+for\s+{_QUANT}\s+of\s+(?:its|their)\s+(?:arms?\s+)?imports"),
    # 35 per cent of Egyptian arms imports came from France
    re.compile(rf"{_QUANT}\s+of\s+{actor('s', its=False)}{POSS}\s+(?:arms|weapons)\s+imports\s+(?:came|come|comes|were|are)\s+"
               rf"from\s+(?:the\s+)?{actor('p', its=False)}"),
    # 90 percent of the weapons came from X
    re.compile(rf"{_QUANT}\s+of\s+(?:the|its|their)\s+(?:{_ARMS}|arms imports)\s+(?:came|come|were|are)\s+from\s+"
               rf"(?:the\s+)?{actor('p', its=False)}"),
]
# a share of "these weapons" or "these imports" (claims round 85): the weapons are those the sentence before spoke of, so
# their owner is that sentence's state, not this one's subject ("The vast majority of Australia's 2016 arms imports were
# aircraft and missiles. The United States supplied over 80% of these weapons systems"; "... Kazakhstan's arms purchases
# accounted for just under 1% ... Nearly 90% of these imports came from Russia"; "More than three quarters of these weapons
# were sourced from the US")
_THESE = rf"(?:these|those)\s+(?:(?:{_ARMS})(?:\s+systems)?|(?:arms\s+|weapons?\s+)?(?:imports|purchases))\b"
# "more than" or "over" before a fraction is the share's bound ("More than three quarters of these weapons": over 75%)
_MORE = r"(?:(?P<more>more than|over|above|at least)\s+(?=[a-z]))?"
_THESE_SHARES = [
    # X supplied / provided / accounted for 80% of these weapons
    re.compile(rf"{actor('p', its=False)}\s*,?\s+(?:[^@.;]{{0,30}}?\s)?(?:supplied|supplies|provided|provides|accounted for|"
               rf"accounts for|made up|makes up|delivered|delivers)\s+{_MORE}{_QUANT}\s+of\s+(?:all\s+)?{_THESE}"),
    # 90% of these imports came from X / three quarters of these weapons were sourced from X
    re.compile(rf"{_MORE}{_QUANT}\s+of\s+(?:all\s+)?{_THESE}\s+(?:came|come|comes|were|are|was|is)\s+(?:(?:sourced|supplied|"
               rf"provided|delivered|bought|purchased|imported|made)\s+)?(?:from|by|in)\s+(?:the\s+)?{actor('p', its=False)}"),
]
# arms bought from a list of states with their shares, the buyer unnamed (claims round 85): "Arms are mainly imported from
# France (5.2%), Germany (10%) and Russia (73%)" after "... Algeria ranks 18th in world arms imports ..."
_IMPORTED_FROM = re.compile(rf"\W*(?:(?:its|their)\s+)?(?:{_ARMS}|arms)\s+(?:imports\s+)?(?:are|were|is|was)\s+"
                            r"(?:(?:mainly|mostly|largely|chiefly|primarily|principally)\s+)?(?:imported|bought|purchased|"
                            r"sourced|acquired|procured)\s+from\s+")
_IMPORTS_BEFORE = re.compile(r"\bimport|\bpurchas|\bbought\b|\bbuy|\bacqui|\bprocure")


def _these_owner(s: Sentence) -> str | None:
    """The state whose arms "these weapons" (or arms "imported from" a list, the buyer unnamed) are: the subject of the sentence before, when that sentence speaks of its
    arms imports or purchases (an arms word and an import word)."""
    prior = s.prior
    if prior is None or not ARMS_CONTEXT.search(prior.template) or not _IMPORTS_BEFORE.search(prior.template):
        return None
    return prior.antecedent


# a supplier's share told by its share noun (claims round 53): "its share of Pakistan's arms imports rose from 45 per cent
# in 2008-12 to 70 per cent in 2013-17", "its share of total Indian arms imports fell from 70 to 49pc", "Russia's share of
# India's arms imports was 36%": the share is the new level of a change, over the years right after it
_SHARE_NOUN = re.compile(rf"{actor('p')}{POSS}\s+share\s+(?:of|in)\s+(?:the\s+)?(?:total\s+|overall\s+)?"
                         rf"{actor('s', its=False)}{POSS}\s+(?:total\s+)?(?:{_ARMS}|arms?)\s+imports\b")
_DEAL_WORDS = (r"(?:arms|defen[cs]e|weapons?|military|tanks?|howitzers?|fighters?|jets?|aircraft|missiles?|frigates?|"
               r"submarines?|corvettes?|k2|k9|fa[- ]?50s?|chunmoo)")
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
    re.compile(rf"{actor('r', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:bought|buys|buy|buying|purchased|purchases|ordered|orders|"
               rf"imported|acquired|acquires)\s+(?P<what>(?:[^@.;]|\.(?=\d)){{0,150}}?)\bfrom\s+{actor('s', its=False)}"
               rf"(?P<tail>[^@;]{{0,120}})"),
    # X and Y signed an agreement for Y to provide 12 FA-50 jets
    re.compile(rf"{actor('a', its=False)}\s+and\s+{actor('b', its=False)}\s+(?:signed|sealed|concluded|inked)\s+"
               rf"[^@.;]{{0,40}}?\b(?:deal|contract|agreement)s?\s+for\s+{actor('s', its=False)}\s+to\s+(?:provide|supply|sell|"
               rf"deliver|export)(?P<tail>[^@;]{{0,120}})"),
    # the two countries signed a deal for Poland to get 180 K2s: the other one exports
    re.compile(rf"{actor('a', its=False)}\s+and\s+{actor('b', its=False)}\s+(?:signed|sealed|concluded|inked|struck)\s+"
               rf"[^@.;]{{0,40}}?\b(?:deal|contract|agreement)s?\s+for\s+{actor('r', its=False)}\s+to\s+(?:get|buy|receive|"
               rf"acquire|purchase|obtain)(?P<tail>[^@;]{{0,120}})"),
    # Y signed a contract to export its T-50 jets to X / Y's sole aircraft maker signed a contract with X
    re.compile(rf"{actor('s', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:signed|sealed|won|clinched|inked)\s+[^@.;]{{0,40}}?\b"
               rf"(?:deal|contract|agreement)s?\s+[^@.;]{{0,30}}?\bto\s+(?:export|sell|supply|deliver|provide)\b[^@.;]{{0,60}}?"
               rf"\bto\s+{actor('r', its=False)}"),
    re.compile(rf"{actor('s', its=False)}'s?\s+(?:[a-z-]+\s+){{0,3}}(?:maker|manufacturer|firm|company|builder|contractor|"
               rf"shipyard|shipbuilder)s?\s*,\s*(?:[^@.;]{{0,20}}?\s)?(?:signed|sealed|won|clinched|inked)\s+[^@.;]{{0,40}}?"
               rf"\b(?:deal|contract|agreement)s?\s+with\s+{actor('r', its=False)}"),
    # X approved a weapons sale to Y
    re.compile(rf"{actor('s', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:approved|approves|cleared|clears|announced|authori[sz]ed)\s+"
               rf"(?:a\s+|an\s+|the\s+)?(?:[^@.;]{{0,20}}?\s)?(?:weapons|arms|military)\s+sales?\s+to\s+{actor('r', its=False)}"),
    # "the US Government authorized the sale of an estimated 59 000 guided bombs to Saudi Arabia"
    re.compile(rf"{actor('s', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:approved|approves|cleared|clears|announced|authori[sz]ed|"
               rf"authori[sz]es|agreed)\s+(?:the\s+|a\s+|an\s+)?(?:possible\s+|proposed\s+)?sale\s+of\s+"
               rf"(?P<what>[^@.;]{{0,60}}?\b(?:{_DEAL_WORDS}|bombs?|munitions?|rockets?|helicopters?|drones?|weapons?)\b"
               rf"[^@.;]{{0,30}}?)\bto\s+{actor('r', its=False)}"),
    # ... X over an arms purchase from Y
    re.compile(rf"{actor('r', its=False)}[^@.;]{{0,60}}?\b(?:arms|weapons)\s+(?:purchases?|deals?|buys?)\s+from\s+"
               rf"{actor('s', its=False)}"),
]
# a purchase whose weapons are named by their maker's country: "Turkey purchased Russia's S-400 ... missile system",
# "Indonesia bought four Russian-made Sukhoi jet fighters", "Turkey's purchase of Russian defense systems", "over its
# purchase of a Russian air defense system"
_WEAPON = (r"(?:tanks?|jets?|fighters?|aircraft|planes?|trainers?|helicopters?|drones?|missiles?|(?:missile|defen[cs]e|"
           r"air[- ]defen[cs]e|rocket|radar|weapons?|artillery)\s+systems?|s-[34]00s?|frigates?|submarines?|corvettes?|"
           r"warships?|howitzers?|rifles?|artillery|radars?|weapons?|arms|armou?red vehicles?|launchers?)")
_ORIGIN = r"(?P<s>@\d+)(?:'s)?(?:-made|-built|-designed|-produced|-manufactured|\s+made|\s+built)?\s+(?:[a-z0-9\"-]+\s+){0,4}?"
_BUY = (r"(?:bought|buys|buy|buying|purchased|purchases|purchase|purchasing|ordered|orders|acquired|acquires|acquire|"
        r"acquiring|procured|procures|procure|took delivery of|takes delivery of)")
_ORIGIN_BUYS = [
    re.compile(rf"(?P<r>@\d+)\s+(?:[^@.;]{{0,30}}?\s)?{_BUY}\s+(?:[^@.;]{{0,40}}?\s)?{_ORIGIN}{_WEAPON}\b"),
    re.compile(rf"(?P<r>@\d+|\bits|\btheir)(?:'s)?\s+(?:planned\s+|proposed\s+)?(?:purchase|purchases|acquisition|"
               rf"procurement|order|buying)\s+of\s+(?:[^@.;]{{0,25}}?\s)?{_ORIGIN}{_WEAPON}\b"),
]
_MORE_THAN_ANY = re.compile(r"^\s*than\s+any\s+other\s+(?:nation|country|state|buyer|customer)")
_CLIENT = re.compile(rf"(?:becoming|became|is|was|as)\s+(?:its|their|@\d+'s)\s+{RANK}\s+(?:arms\s+)?(?:client|buyer|customer)")


def _quantity(text: str | None) -> tuple[float | None, str]:
    if not text:
        return None, ""
    text = text.strip()
    if text in MOST:
        return MOST[text], "over"
    if re.fullmatch(FRACTION, text):
        return fraction_value(text), "about"
    found = percent_after(text, 0, window=len(text) + 1)
    return found if found else (None, "")


def find(s: Sentence) -> list[Claim]:
    """Arms-supplier and arms-export claims in a sentence."""
    claims: dict[tuple[str, str, str], Claim] = {}
    coordinated: set[tuple[str, str, str]] = set()   # owners after the first of a coordinated list (_MORE_OWNERS)
    arms_context = ARMS_CONTEXT.search(s.template) is not None
    # a share of a state's bare "imports" or "purchases" told by a verb of any share ("accounted for", "made up"), not one
    # of supplying, is a share of its arms only where the sentence or the one before speaks of arms (claims round 111):
    # "China accounted for 25% of Sri Lanka's imports" is trade, not arms ("Russia accounted for 73% of India's arms
    # imports" keeps its reading, and so does "The United States supplied 73% of Saudi imports", a supplier's verb)
    arms_near = arms_context or (s.prior is not None and ARMS_CONTEXT.search(s.prior.template.lower()) is not None)
    for pattern in _SUPPLIERS:
        for m in pattern.finditer(s.template):
            g = m.groupdict()
            if g.get("bare") and not arms_context:
                continue
            if g.get("quant") and not g.get("rank") and not arms_near and \
                    re.search(r"\b(?:accounted|accounts|account)\s+for\b|\b(?:made|makes|make)\s+up\b", m.group(0)):
                continue
            if g.get("p") and m.start("p") == m.start() and re.search(r"\b(?:to|in|into|from)\s+$",
                                                                      s.template[max(0, m.start() - 6): m.start()]):
                continue   # "... arms supplier to Egypt ... and accounted for": Egypt is not the supplier
            subject = s.actor(g.get("s")) or s.actor(g.get("s2")) or s.antecedent
            span = _span_after(s.template[m.end():]) or _span_before(s.template, m.start()) or s.stated_span
            plural = bool(g.get("p2"))
            for key in ("p", "p2"):
                supplier = s.actor(g.get(key))
                if not subject or not supplier or subject == supplier or (SUPPLIER, subject, supplier) in claims:
                    continue
                rank, within, _ = rank_of(g["rank"], plural) if g.get("rank") else (None, None, False)
                share, qualifier = _quantity(g.get("quant"))
                if share is None and g.get("rank") and "share" in m.group(0):
                    share, qualifier = percent_after(s.template, m.end(), window=30) or (None, "")
                if share is None and rank is None and within is None:
                    continue
                claims[(SUPPLIER, subject, supplier)] = Claim(SUPPLIER, s.text, subject, (supplier,), rank=rank,
                                                              within=within, share=share, qualifier=qualifier, year=s.year,
                                                              span=span)
                more = _MORE_OWNERS.match(s.template, m.end()) if g.get("s") and m.end("s") == m.end() \
                    and share is None else None
                for placeholder in re.findall(r"@\d+", more.group("list")) if more else ():
                    owner = s.actor(placeholder)
                    if owner and owner != supplier and (SUPPLIER, owner, supplier) not in claims:
                        claims[(SUPPLIER, owner, supplier)] = Claim(SUPPLIER, s.text, owner, (supplier,), rank=rank,
                                                                    within=within, year=s.year, span=span)
                        coordinated.add((SUPPLIER, owner, supplier))
    for pattern in _THESE_SHARES:   # claims round 85: "Nearly 90% of these imports came from Russia"
        for m in pattern.finditer(s.template):
            subject, supplier = _these_owner(s), s.actor(m.group("p"))
            share, qualifier = _quantity(m.group("quant"))
            qualifier = "over" if m.group("more") else qualifier
            if subject and supplier and subject != supplier and share is not None and \
                    (SUPPLIER, subject, supplier) not in claims:
                claims[(SUPPLIER, subject, supplier)] = Claim(SUPPLIER, s.text, subject, (supplier,), share=share,
                                                              qualifier=qualifier, year=s.year, span=s.stated_span)
    imported = _IMPORTED_FROM.match(s.template)
    if imported:   # claims round 85: "Arms are mainly imported from France (5.2%), Germany (10%) and Russia (73%)"
        subject = _these_owner(s)
        for placeholder, stated in listed_shares(s.template[imported.end(): imported.end() + 200]):
            supplier = s.actor(placeholder)
            if subject and supplier and subject != supplier and (SUPPLIER, subject, supplier) not in claims:
                claims[(SUPPLIER, subject, supplier)] = Claim(SUPPLIER, s.text, subject, (supplier,), share=stated,
                                                              year=s.year, span=s.stated_span)
    for m in _SHARE_NOUN.finditer(s.template):
        subject, supplier, level = s.actor(m.group("s")), s.actor(m.group("p")), level_after(s.template, m.end())
        if subject and supplier and subject != supplier and level and (SUPPLIER, subject, supplier) not in claims:
            claims[(SUPPLIER, subject, supplier)] = Claim(
                SUPPLIER, s.text, subject, (supplier,), share=level[0], qualifier=level[1], year=s.year,
                span=_span_after(s.template[level[2]:]) or _span_before(s.template, m.start()) or s.stated_span)
    if arms_context:
        for subject, supplier, m in anchored(s, _ANCHOR):   # phrasings the patterns above do not cover
            if (SUPPLIER, subject, supplier) not in claims:
                rank, within, _ = rank_of(m.group("rank"), m.group(0).rstrip().endswith("s"))
                share = percent_after(s.template, m.end(), window=60)
                claims[(SUPPLIER, subject, supplier)] = Claim(
                    SUPPLIER, s.text, subject, (supplier,), rank=rank, within=within, share=share[0] if share else None,
                    qualifier=share[1] if share else "", year=s.year,
                    span=_span_after(s.template[m.end():]) or _span_before(s.template, m.start()) or s.stated_span)
        for m in _SUPPLIED_BY.finditer(s.template):    # "..., two-thirds of which are supplied by the United States"
            subject, supplier = s.antecedent, s.actor(m.group("p"))
            share, qualifier = _quantity(m.group("quant"))
            if subject and supplier and subject != supplier and (SUPPLIER, subject, supplier) not in claims:
                claims[(SUPPLIER, subject, supplier)] = Claim(SUPPLIER, s.text, subject, (supplier,), share=share,
                                                              qualifier=qualifier, year=s.year, span=s.stated_span)
    for m in _LIST_HEAD.finditer(s.template):   # "the top three arms suppliers to Israel were the US (78 percent), ..."
        g = m.groupdict()
        who = g.get("s") or g.get("s3") or g.get("s4") or g.get("s5")
        head = s.actor(who) or (s.antecedent if who in ("its", "their") else None)
        count = g.get("n") or g.get("n2") or g.get("n3")
        within = count_of(count) if count else None
        listed = listed_shares(s.template[m.end(): m.end() + 200])
        plain = _PLAIN_LIST.match(s.template, m.end()) if not listed and arms_context else None
        if plain:
            listed = [(item.group(0), None) for item in re.finditer(r"@\d+", plain.group("list"))]
            within = within or max(5, len(listed))
        for placeholder, stated in listed:
            other = s.actor(placeholder)
            if not head or not other or other == head:
                continue
            if g.get("exports") or g.get("exports2"):
                claims.setdefault((EXPORTS, head, other), Claim(EXPORTS, s.text, head, (other,), within=within,
                                                                share=stated, year=s.year, span=s.stated_span,
                                                                topic="client"))
            else:
                claims.setdefault((SUPPLIER, head, other), Claim(SUPPLIER, s.text, head, (other,), within=within,
                                                                 share=stated, year=s.year, span=s.stated_span))
    for m in _WITH_CLIENTS.finditer(s.template) if arms_context else ():
        first = re.search(r"@\d+", s.template[: m.start()])
        head = s.actor(first.group(0)) if first else None
        items = m.group("list") or m.group("list2")
        count = m.group("n") or m.group("n2")
        stated = dict(listed_shares(items))
        listed = re.findall(r"@\d+", items)
        within = count_of(count) if count else max(5, len(listed))
        for placeholder in listed:
            other = s.actor(placeholder)
            if head and other and other != head:
                claims.setdefault((EXPORTS, head, other), Claim(EXPORTS, s.text, head, (other,), within=within,
                                                                share=stated.get(placeholder), year=s.year,
                                                                span=s.stated_span, topic="client"))
    for key, claim in claims.items():   # "the biggest supplier of arms to Israel, accounting for 69% of ..."
        # not for a coordinated owner: one share after the list is its first owner's or names its own ("the main
        # supplier to both states, accounting for 97 per cent of Japan's arms imports and 72 per cent of South Korea's")
        if claim.kind == SUPPLIER and claim.share is None and (claim.rank or claim.within) and key not in coordinated:
            tail = next((t for t in re.finditer(r",?\s*(?:accounting for|providing|supplying|with)\s+(?P<rest>.{0,60})",
                                                s.template)
                         if not re.search(r"@\d+\s*\(\s*$", s.template[: t.start()])), None)   # "Russia (accounting for
            # 75% of imports) and the United States (...)": a share in brackets is the state's before them
            found = percent_after(tail.group("rest"), 0, window=40) if tail else None
            if found:
                claim.share, claim.qualifier = found
    subjects = {c.subject for c in claims.values()}
    if len(subjects) == 1:   # "... with Russia (6.6%) and Italy (6.1%)", "16 percent coming from the US"
        subject = subjects.pop()
        for m in list(_PAREN.finditer(s.template)) + list(_COMING.finditer(s.template)):
            supplier = s.actor(m.group("p"))
            if supplier and supplier != subject and (SUPPLIER, subject, supplier) not in claims:
                first = next(iter(claims.values()))
                claims[(SUPPLIER, subject, supplier)] = Claim(SUPPLIER, s.text, subject, (supplier,), share=float(m.group("n")),
                                                              year=s.year, span=first.span)
    for number, pattern in enumerate(_EXPORTS):
        for m in pattern.finditer(s.template):
            g = m.groupdict()
            exporter = s.actor(g.get("s")) or next((s.actor(g.get(k)) for k in ("a", "b") if g.get(k) and "s" not in g and
                                                    s.actor(g.get(k)) != s.actor(g.get("r"))), None)
            recipient = s.actor(g.get("r")) or next((s.actor(g.get(k)) for k in ("a", "b") if g.get(k) and
                                                     s.actor(g.get(k)) != exporter), None)
            if not exporter or not recipient or exporter == recipient or (SUPPLIER, recipient, exporter) in claims \
                    or (EXPORTS, recipient, exporter) in claims or (number == 1 and "export" in m.group(0)):
                continue
            tail = g.get("tail") or ""
            if number in (1, 2) and not re.search(rf"\b{_DEAL_WORDS}", (g.get("what") or "") + " " + tail + " " + m.group(0)):
                continue
            client = _CLIENT.search(tail)
            rank, within, _ = rank_of(client.group("rank"), False) if client else (None, None, False)
            if client is None and re.search(r"\bmore\s+(?:arms|weapons)\s*$", g.get("what") or "") and \
                    _MORE_THAN_ANY.match(tail):   # "buys more arms from Russia than any other nation": its biggest client
                client, rank = True, 1
            claims.setdefault((EXPORTS, exporter, recipient), Claim(
                EXPORTS, s.text, exporter, (recipient,), rank=rank, within=within, year=s.year, span=s.stated_span,
                date=s.date if _DAY.search(s.template) or _ONE_DEAL.search(m.group(0)) else None,
                topic="client" if client else "deal"))
    for pattern in _ORIGIN_BUYS:
        for m in pattern.finditer(s.template):
            buyer = m.group("r")
            if not buyer.startswith("@"):   # "over its purchase of ...": its = the country named just before
                before = re.findall(r"@\d+", s.template[: m.start()])
                buyer = before[-1] if before else None
            recipient, exporter = s.actor(buyer), s.actor(m.group("s"))
            if re.search(r"\d\s*(?:%|percent|per cent)", m.group(0)):
                continue   # "bought 70 percent of its Chinese-made ...": a share, read by `arms_roles`
            if not exporter or not recipient or exporter == recipient or (SUPPLIER, recipient, exporter) in claims:
                continue
            claims.setdefault((EXPORTS, exporter, recipient), Claim(
                EXPORTS, s.text, exporter, (recipient,), year=s.year, span=s.stated_span,
                date=s.date if _DAY.search(s.template) else None, topic="deal"))
    for claim in arms_roles.supplier_claims(s) + arms_roles.export_claims(s):   # the same claims read by role
        key = (claim.kind, claim.subject, claim.other)
        reverse = (EXPORTS if claim.kind == SUPPLIER else SUPPLIER, claim.other, claim.subject)
        if claim.kind == SUPPLIER and reverse in claims and claims[reverse].topic == "deal":
            del claims[reverse]   # "73 per cent of Pakistani arms purchases came from China" is a share, not a deal
        if key not in claims and (claim.kind == EXPORTS or reverse not in claims):
            claims[key] = claim
    for claim in arms_roles.continued(s, [c for c in claims.values() if c.kind == SUPPLIER]):
        claims.setdefault((SUPPLIER, claim.subject, claim.other), claim)
    return list(claims.values())


def _span_after(text: str) -> tuple[int, int] | None:
    """Years right after a claim ("... arms imports in 2010-14"): a range or one year."""
    m = _SPAN_AFTER.match(text)
    if not m or re.search(r"\b(?:up|down) from\b|\bcompared (?:with|to)\b", text[: m.start(1)]):
        return None   # ", up from 2.3 per cent in 2010-14" is the comparison, not the claim's period
    if re.search(r";|\b(?:while|whereas|but)\b", text[: m.start(1)]):
        return None   # "... 30 percent of Pakistan's arms imports while in 2015-19, it ...": the next clause's period
    start = int(m.group(1))
    if not m.group(2):
        return start, start
    end = int(m.group(2)) if len(m.group(2)) == 4 else int(str(start)[:2] + m.group(2))
    return (start, end) if start <= end <= start + 30 else None


_SPAN_BEFORE = re.compile(r"\b(?:in|over|during|for|between)\s+((?:19|20)\d\d)\s*(?:-|–|to|and)\s*(\d{2}|(?:19|20)\d\d)\b")


def _span_before(text: str, start: int) -> tuple[int, int] | None:
    """A period written earlier in the claim's own clause ("...; in 2010-14, the U.S. accounted for 30 percent of
    Pakistan's arms imports while in 2015-19, it accounted for only 4.1 percent": the 30 percent is of 2010-14), when the
    sentence names more than one: the last range between the clause's start (a semicolon, "while", "whereas", "but")
    and the claim."""
    clause = re.split(r";|\b(?:while|whereas|but)\b", text[:start])[-1]
    found = [m for m in _SPAN_BEFORE.finditer(clause)
             if not re.search(r"\b(?:up|down) from\s+$|\bcompared (?:with|to)\s+$", clause[max(0, m.start() - 16): m.start()])]
    if not found:
        return None
    begin, end = int(found[-1].group(1)), found[-1].group(2)
    stop = int(end) if len(end) == 4 else int(str(begin)[:2] + end)
    return (begin, stop) if begin < stop <= begin + 30 else None


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
    """Last order year of the SIPRI trade register in the store (`Catalogue.coverage`)."""
    return lookup.coverage("sipri_register")[1] if lookup.has("sipri_register") else None


def _check_exports(lookup: Lookup, claim: Claim) -> Verdict:
    exporter, recipient = claim.subject, claim.other
    if claim.topic == "client":
        try:
            data = arms_exports(lookup, exporter, claim.year, claim.span)
        except LatitudeError as error:
            return Verdict(claim, UNCHECKABLE, str(error), source="sipri")
        frame = data.frame.sort_values("tiv", ascending=False).reset_index(drop=True)
        row = frame.index[frame["supplier"] == recipient]
        rank = int(row[0]) + 1 if len(row) else None
        share = float(frame.loc[row[0], "share"]) if len(row) else 0.0
        top = frame.iloc[0]
        figures = (f"{recipient} received {pct(share)} of {exporter}'s arms exports (SIPRI TIV), number {rank}"
                   if rank else f"{recipient} received none of {exporter}'s arms exports (SIPRI TIV)")
        figures += f"; largest recipient: {top['supplier']} {pct(float(top['share']))}"
        checks = []
        if claim.rank is not None or claim.within is not None:
            checks.append(rank_holds(claim, rank, share))
            figures += f"; claimed: {claimed_rank(claim)}"
        if claim.share is not None:
            checks.append(stated_share_holds(claim.share, claim.qualifier, share))
            figures += f"; claimed share: {claim.share:g}%"
        holds = all(checks) if checks else rank is not None
        return Verdict(claim, SUPPORTED if holds else CONTRADICTED, figures, data.period, "sipri")
    try:
        deals = arms_deals(lookup, exporter, recipient)
    except LatitudeError as error:
        return Verdict(claim, UNCHECKABLE, f"{error}; SIPRI's trade register would decide it", source="sipri")
    end = _register_end(lookup)
    when = int(claim.date[:4]) if claim.date and claim.date[:4].isdigit() else claim.span[1] if claim.span else None
    if end is not None and when is not None and when > end:
        return Verdict(claim, UNCHECKABLE, f"the deal is dated {claim.date or when}, after the last order year ({end}) of the "
                       f"SIPRI trade register in the store ({len(deals)} earlier {exporter}->{recipient} deals); a newer "
                       "register release would decide it (`latitude data build sipri`)", f"to {end}", "sipri")
    ordered = pd.to_numeric(deals.get("order_year", pd.Series(dtype=float)), errors="coerce")
    named = [str(v) for v in deals.get("weapon_designation", pd.Series(dtype=str)).head(4)]
    stated = claim.span[1] if claim.span and claim.span[0] == claim.span[1] else None
    matching = deals[ordered == stated] if stated is not None else deals
    figures = (f"{len(matching)} {exporter}->{recipient} deals in SIPRI's trade register"
               + (f" ordered in {stated}" if stated is not None else "") + (f" (e.g. {', '.join(named)})" if named else ""))
    return Verdict(claim, SUPPORTED if len(matching) else CONTRADICTED, figures,
                   str(stated) if stated is not None else f"to {end}" if end else "", "sipri")


def check(lookup: Lookup, claim: Claim) -> Verdict:
    return _check_supplier(lookup, claim) if claim.kind == SUPPLIER else _check_exports(lookup, claim)
