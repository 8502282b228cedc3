"""Arms claims read by role instead of by word order.

The patterns in `arms` each fix one order of words ("X supplied 68% of Y's arms imports"). People
write the same claim in many orders ("Dhaka procured 71% of its arms from China", "73 per cent of
Pakistani arms purchases came from China", "Israel imports its weapons from the U.S. (69%) and
Germany (30%)", "Around 35% of China's arms supplies went to Pakistan, followed by 19% to
Bangladesh"). English marks the roles of the two states whatever the order, and this module reads
those marks on a sentence's template:

- the **recipient** of an arms import is the possessor or demonym of an arms-import noun ("Pakistan's
  arms imports", "Pakistani arms purchases", "its weapons imports") or the subject of a buying verb
  whose object is arms ("Dhaka procured ... its arms", "Israel imports its weapons");
- its **suppliers** are the states after "from" in the same sentence, and after "followed by";
- the **exporter** of arms is the possessor of an arms-export noun ("China's arms supplies", "its
  export markets", "Russia's top client"); its **recipients** are the states after "to", the states
  listed with a share ("Pakistan (35 per cent ...)") or named as the client;
- a **share** belongs to the state it is written next to: in brackets after it, "with N%" after it,
  "N% ... from X" before it, or the later figure of "rose from N% ... to M%".

Each function returns claims the word-order patterns may also have found; `arms.find` keeps the
pattern's claim when both read the same pair. Every regex is linear in the sentence's length.
"""
from __future__ import annotations

import re

from latitude.scenarios.claims._base import Claim
from latitude.scenarios.claims._patterns import (AMOUNT, FRACTION, MOST, MOST_WORDS, ORDINAL, RANK, WORD_PERCENT, amount,
                                                 count_of, fraction_value, last_clause, rank_of)
from latitude.scenarios.claims._text import Sentence

SUPPLIER, EXPORTS = "arms supplier", "arms exports"

_WHO = r"(?P<r>@\d+|its|their)(?:'s?|s')?"
_ARMS = (r"(?:arms|weapons?(?: systems?)?|weaponry|armaments?|munitions|war materi[ae]l|military (?:equipment|hardware|imports|"
         r"supplies|goods|materi[ae]l)|defen[cs]e (?:equipment|articles|materi[ae]l|imports))")
_PCT = r"(?:\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)"
_NUM = re.compile(rf"(?P<q>about |around |some |nearly |almost |over |more than |only |roughly )?(?:(?P<n>\d{{1,3}}(?:\.\d+)?)"
                  rf"\s*(?:%|percent\b|per cent\b)|(?P<w>{WORD_PERCENT})[\s-]+(?:percent|per cent)\b)")   # "sixty-eight percent" too
_MOST = re.compile(rf"\b(?P<most>{MOST_WORDS})\s+of\b")
_FRACTION = re.compile(rf"\b(?P<q>about |around |some |nearly |almost |over |more than |roughly )?(?P<f>{FRACTION})\s+of\b")

# recipient cues: "Pakistan's arms imports", "Pakistani arms purchases", "its total weapons imports"
_IMPORT_NOUN = re.compile(rf"{_WHO}\s+(?:total\s+|major\s+|conventional\s+)?{_ARMS}\s+(?:imports?|purchases|procurement|"
                          rf"acquisitions|buys)\b")
# "Dhaka procured 71% of its arms", "Israel imports its weapons", "Most of its purchases were from"; the share of the arms
# bought may also be a fraction with its figure in brackets, the verb a participle and the arms bare (claims round 145:
# "India sourced more than a third (36 percent) of its arms imports from Russia", "Armenia also receiving the majority
# of its weapons from Russia", "India purchased 14 percent of arms and military service from US and 68 percent from
# Russia"); a bare "arms" only after "of", so "Israel bought arms from X" is still no cue
_BUYER = re.compile(rf"(?P<r>@\d+)\s*,?\s+(?:[^@.;]{{0,25}}?\s)?(?:procured|procures|imported|imports|import|bought|buys|buy|"
                    rf"purchased|purchases|sourced|sources|obtained|obtains|received|receives|gets|got|acquired|acquires|"
                    rf"procuring|importing|buying|purchasing|sourcing|obtaining|receiving|getting|acquiring)\s+"
                    rf"(?:(?:[^@.;]{{0,25}}?(?:\s\([^()@]{{0,20}}\))?)\s+of\s+(?:(?:its|their|the)\s+)?|(?:its|their|the)\s+)"
                    rf"(?:total\s+)?{_ARMS}\b")
_LEAD = re.compile(rf"{_NUM.pattern}\s+of\s+(?:the\s+|all\s+|total\s+)?$")
_FROM = re.compile(r"\b(?:from|(?:supplied|provided|delivered|made)\s+by)\s+(?P<p>@\d+)")
_FOLLOWED = re.compile(r"\bfollowed\s+(?:[a-z ]{0,20}?\s)?by\s+(?P<p>@\d+)")
_AND_NEXT = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?P<p>@\d+)\s*(?:\(|with\b)")
_CHANGE = re.compile(rf"\b(?:rose|risen|increased|grew|climbed|jumped|fell|dropped|declined|decreased)\s+from\s+{_PCT}"
                     rf"[^@;]{{0,60}}?\bto\s+(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)(?P<rest>[^@;]{{0,30}})")
_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|to)\s*'?’?(\d\d|(?:19|20)\d\d)\b")
# "..., and Myanmar 68%": the same supplier for a second recipient
_ELLIPSIS = re.compile(r",?\s+and\s+(?P<r>@\d+)\s+(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s*[.,;]?\s*$")

# exporter cues: "China's arms supplies", "Chinese sales", "its three biggest export markets", "Russia's top client"
_EXPORT_NOUN = re.compile(r"(?P<e>@\d+|its|their)(?:'s?|s')?\s+(?:total\s+|global\s+)?(?:arms\s+|weapons?\s+)?"
                          r"(?:supplies|exports|sales|deliveries|transfers)\b")
_CLIENT_WORDS = (r"(?:foreign\s+|overseas\s+)?(?:arms\s+|weapons\s+|defen[cs]e\s+|military\s+)?(?:export markets?|"
                 r"export destinations?|clients?|customers?|buyers?|recipients?|importers?)")
# "its three biggest export markets", "Turkey's top defense export destinations", "the main customers of the USA"
_CLIENT_OF = re.compile(rf"(?P<e>@\d+|its|their)(?:'s?|s')?\s+(?:(?P<n>two|three|four|five|[2-5])\s+)?{RANK}\s+{_CLIENT_WORDS}"
                        rf"|\bthe\s+(?:(?P<n2>two|three|four|five|[2-5])\s+)?{RANK.replace('rank>', 'rank2>')}\s+"
                        rf"{_CLIENT_WORDS}\s+(?:of|for)\s+(?:the\s+)?(?P<e2>@\d+)")   # "for" too (claims round 76: "The three main
# customers for the U.S. were Saudi Arabia, United Arab Emirates, and Turkey")
# the recipients an arms export flow went to, counted and then listed after a colon (claims round 76): "Russia exports the
# majority of its weapons to five states (listed in alphabetical order): Algeria, China, Egypt, India and Vietnam", "with
# 70% of its arms exports going to four countries: India, Vietnam, China and Algeria": each is among the exporter's top N
_TO_COUNTED = re.compile(r"\b(?P<flow>exports?|exported|exporting|sells?|sold|selling|supplie[sd]|supplying|delivered|going|went|"
                         r"go|goes)\b[^@.;:]{0,60}?\bto\s+(?:the\s+|just\s+|only\s+)?(?P<n>two|three|four|five|six|[2-6])\s+"
                         r"(?:countries|states|nations|recipients|clients|customers|buyers)\b(?P<mid>[^@.;:]{0,40}):\s*"
                         r"(?P<g>(?:the\s+)?@\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?@\d+)+)")
_WENT_TO = re.compile(r"\b(?:went|go|goes|were delivered|was delivered|were exported|was exported|were sold|was sold)\s+"
                      r"to\s+(?P<r>@\d+)")
_TO_NEXT = re.compile(r"\b(?:followed\s+by|and|,)\s+(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s+to\s+(?P<r>@\d+)")
# the shares told as the exports' parts, each with "to" (claims round 72): "US arms exports were about 12% to South Korea,
# 10% to Australia and 7% to UAE", "Russia's arms exports were 35% to India, 15% to China and 14% to Algeria"
_WERE_TO = re.compile(r"^\s*(?:were|was|are|is)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?"
                      r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s+to\s+(?P<r>@\d+)")
# the recipient's share in the exporter's arms exports, the next recipients' shares told after it (claims round 72): "The
# UAE's share in Turkiye's arms exports was 15 percent, Qatar's was 13 percent and Pakistan's was 11 percent"
_SHARE_IN = re.compile(r"(?P<r>@\d+)(?:'s?|s')\s+share\s+(?:in|of)\s+(?P<e>@\d+)(?:'s?|s')\s+(?:total\s+)?(?:arms|weapons?)\s+"
                       r"(?:exports|sales|supplies|deliveries)\s+(?:was|is|stood at|reached)\s+(?:about\s+|around\s+|nearly\s+|"
                       r"almost\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")
_SHARE_NEXT = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<r>@\d+)(?:'s?|s')\s+(?:was|is)\s+(?:about\s+|around\s+)?"
                         r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")
_LISTED = re.compile(r"(?P<r>@\d+)\s*\(\s*(?:about\s+|around\s+|some\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)")
_CLIENTS_ARE = re.compile(r"^\s*(?:were|are|have been|had been|remained|remain|included|include)\s+(?:the\s+)?"
                          r"(?P<g>@\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?@\d+)+)")
_CLIENT_IS = re.compile(r"^\s*(?:was|is|were|are|has been|had been|remained|remains)\s+(?P<r>@\d+)")
# the recipient as the subject of a share of an exporter's arms exports: "India received almost 28 percent of all
# Russian arms exports", "Bangladesh bought 19 percent of all Chinese arms sales", "Bangladesh, ..., was the second
# largest export destination, accounting for 16% of China's arms exports"; the exporter may follow the flow (claims round
# 47): "India received 31 percent of the total arms exported by Russia"; in an arms sentence (or one right after it) the
# exporter's "sales" or "deliveries" need no arms word (claims round 78): "Saudi Arabia alone accounted for 22 per cent of
# US sales", "China and Belarus followed, each accounting for 13% of Russia's deliveries"
_RECEIVED = re.compile(rf"(?P<r>@\d+)\s*,?\s+(?:[^@.;]{{0,80}}?\s)?(?:received|receives|took|takes|accounted for|accounts for|"
                       rf"accounting for|bought|buys|purchased)\s+"
                       rf"{_NUM.pattern}\s+of\s+(?:(?:all|total|the)\s+)*(?:(?P<e>@\d+)(?:'s?|s'|’s)?\s+(?:(?:arms|weapons?)\s+"
                       rf"(?:exports|sales|deliveries|supplies|transfers)|(?:sales|deliveries)\b)|(?:arms|weapons?)\s+(?:exported|sold|supplied|"
                       rf"delivered)\s+by\s+(?:the\s+)?(?P<e2>@\d+))")
# the flow named by a pronoun (claims round 50): "France's exports also increased sharply, with India receiving 30% of
# them", "France's arms exports jumped 44% ..., with India receiving 30% of its exports"; the exporter is the possessor of
# the exports noun before it in the sentence
_RECEIVED_OF_ITS = re.compile(rf"(?P<r>@\d+)\s+(?:alone\s+)?(?:receiving|received|receives|taking|took|takes)\s+"
                              rf"{_NUM.pattern}\s+of\s+(?:them|(?:its|their)\s+(?:arms\s+)?(?:exports|sales|deliveries))\b")
_EXPORTS_OF = re.compile(r"(?P<e>@\d+)(?:'s?|s'|’s)\s+(?:arms\s+|weapons?\s+)?(?:exports|sales|deliveries)\b")
_CLIENT_APPOSITION = re.compile(rf"(?P<r>@\d+)\s*,\s*(?P<e>@\d+|its|their)(?:'s?|s')?\s+{RANK}\s+{_CLIENT_WORDS}\s*,")
# "its biggest foreign weapons buyer, India, ...": the client after the noun
_CLIENT_BEFORE = re.compile(rf"(?P<e>@\d+|its|their)(?:'s?|s')?\s+{RANK}\s+{_CLIENT_WORDS}\s*,\s*(?P<r>@\d+)\s*[,.;]")
_CLIENT_COPULA = re.compile(rf"(?P<r>@\d+)\s+(?:[^@.;]{{0,20}}?\s)?(?:is|was|has been|had been|remains|remained|became|"
                            rf"becomes)\s+(?:now\s+|still\s+|also\s+)?(?:the\s+)?(?P<e>@\d+|its|their)(?:'s?|s')?\s+{RANK}\s+"
                            rf"{_CLIENT_WORDS}")
_ARMS_WORDS = re.compile(r"\b(?:arms|weapons?|weaponry|military|defen[cs]e|sipri)\b")
# The ranked client, read whatever the order (claims round 42). Every noun for a state that takes arms, singular or plural:
# "customer", "client", "buyer", "purchaser", "importer", "recipient", "consumer", "user", and a market or destination
# named with its arms or export word ("arms market", "export destinations"). The exporter is marked in any of three places:
# as a possessor before the rank word ("Russia's second-biggest customer"), as a demonym or name between the rank word and
# the noun ("the top French client", "the most significant US buyer"), or after the noun with "of" or "from" ("the main
# long-term recipient of Russian major arms", "the largest importer of arms from France", "the single largest purchaser of
# British arms"). The recipient is the subject of a copula or of "ranked <place> as" before the noun phrase ("Qatar ranked
# second as the largest importer ..."), the state after "was"/"is" behind it ("The top French client over the period was
# Saudi Arabia"), or the state the noun phrase stands beside after a comma or dash ("India - the main long-term
# recipient of Russian major arms -").
_CLIENT_NOUN = r"(?:customers?|clients?|buyers?|purchasers?|importers?|recipients?|consumers?|users?)"
_CLIENT_ANY = (rf"(?:(?:arms|weapons?|defen[cs]e|military|export)\s+(?:export\s+)?(?:markets?|destinations?)|"
               rf"(?:(?:arms|weapons?|defen[cs]e|military|export|foreign|overseas)\s+)*{_CLIENT_NOUN})")
_RANK_ANY = RANK.replace("(?P<rank>", "(?P<rank>most significant|", 1)
_RANKED_CLIENT = re.compile(
    rf"(?:(?P<e1>@\d+|its|their)(?:'s?|s'|’s)?\s+|\bthe\s+|\b)(?:single\s+)?{_RANK_ANY}\s+"
    rf"(?:(?:(?!(?:as|the|an?|of|to|in|and|or|is|was|were|are)\b)[a-z]+(?:-[a-z]+)*|@\d+)\s+){{0,3}}?(?P<noun>{_CLIENT_ANY})\b"
    rf"(?P<of>\s*(?:\(\s*(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per cent)\s*\)\s*)?(?:of|from)\s+"
    rf"(?:(?:[a-z]+(?:-[a-z]+)*)\s+){{0,3}}?(?P<e3>@\d+)(?:'s?|s'|’s)?)?")
_CLIENT_SUBJECT = re.compile(r"(?P<r>@\d+)(?!'|’)\s*(?:,[^@.;,]{0,40},\s*)?(?:[^@.;]{0,20}?\s)?(?:is|was|are|were|has been|have been|"
                             r"had been|remains|remained|became|becomes|has become|ranks?\s+[a-z-]+\s+as|ranked\s+[a-z-]+\s+as)"
                             r"\s+(?:now\s+|still\s+|also\s+|by far\s+)?$")
_CLIENT_AFTER = re.compile(r"[^@.;]{0,30}?\b(?:was|is|were|are|has been|had been|remains|remained)\s+(?:the\s+)?(?P<r>@\d+)")
_CLIENT_SHARE = re.compile(r"\s*,\s*(?:accounting for|with|receiving|taking)\s+(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")
_CLIENT_BESIDE = re.compile(r"(?P<r>@\d+)\s*(?:,|-|–|—)\s*(?:the\s+)?$")
# two clients given two ranks in one phrase, in the order they are named (claims round 52): "the Philippines and the US
# were Israel's second and third-largest arms export recipients respectively"; "they became Russia's second and third
# largest recipients" ("they": the two states named last before it, not the exporter)
_PAIRED_CLIENTS = re.compile(rf"(?:(?P<a>@\d+)\s+and\s+(?:the\s+)?(?P<b>@\d+)|\bthey)\s+(?:were|are|became|become|have become|"
                             rf"had become|remain|remained)\s+(?P<e>@\d+)(?:'s?|s'|’s)\s+(?P<r1>{ORDINAL})\s+and\s+"
                             rf"(?P<r2>{ORDINAL})[- ](?P<top>largest|biggest|top|leading)\s+{_CLIENT_ANY}\b")
# the supplier as the subject of a share: "China ..., accounting for 54% of Pakistani arms imports and 82% of Bangladeshi
# imports", "with Russia accounting for 80% of Azerbaijan's arms imports", "the USA accounts for 45 percent of the arms
# supplies to Ukraine"
_ACCOUNTS = re.compile(rf"(?P<p>@\d+)\s+(?:[^@.;]{{0,40}}?\s)?(?:accounts?|accounted|accounting|makes? up|made up|making up)\s+"
                       rf"(?:for\s+)?{_NUM.pattern}\s+of\s+(?:the\s+|all\s+|total\s+)?"
                       rf"(?:(?P<r>@\d+|its|their)(?:'s?|s'|’s)?\s+(?:total\s+)?{_ARMS}\s+(?:imports?|purchases|procurement|"
                       rf"acquisitions)|{_ARMS}\s+(?:imports?|supplies|deliveries|transfers)\s+(?:to|of)\s+(?P<r2>@\d+))")
# "... with 70 percent of its purchases coming from Russia", "Most of its purchases were from the US" (in a sentence
# or after a sentence about arms)
_PURCHASES_FROM = re.compile(rf"(?:{_NUM.pattern}|(?P<most>{MOST_WORDS}))\s+of\s+(?P<r>its|their|@\d+(?:'s?|s'))\s+"
                             rf"(?:arms\s+|weapons?\s+)?(?:purchases|imports|acquisitions)\s+(?:coming|came|come|were|was|are|is)\s+"
                             rf"(?:mostly\s+)?from\s+(?P<p>@\d+)")
# the recipient as the end of the arms many suppliers sent (claims round 74): "35 countries supplying weapons to Ukraine",
# "At least 35 nations have supplied weapons to Ukraine", "the arms supplied to Ukraine", "Of the arms delivered to Egypt";
# the suppliers are the states after it each told with its share: "of which the US accounted for 45%", "45% were U.S.-made",
# "35% came from France", "the United States leading as the primary supplier, providing 45%", then "followed by Germany
# (12%) and Poland (11%)". One state's supply ("The US supplied weapons to Israel") is no cue: the subject must be many.
_SUPPLIED_TO = re.compile(rf"(?:\b(?:countries|nations|states|suppliers|exporters)\s+(?:have\s+|had\s+)?(?:supplying|supplied|"
                          rf"delivering|delivered|providing|provided|sending|sent|selling|sold)\s+(?:major\s+)?{_ARMS}|"
                          rf"\b(?:the|of)\s+(?:major\s+)?{_ARMS}\s+(?:supplied|delivered|provided|sent|sold|transferred))\s+to\s+"
                          rf"(?P<r>@\d+)")
_OWN_SHARE = re.compile(r"\s*(?:\(\s*(?:about\s+|around\s+)?|(?:[^@.;,]{0,40}?,\s*)?(?:accounted for|accounts for|"
                        r"accounting for|providing|provided|supplying|supplied|with|at)\s+(?:about\s+|around\s+|nearly\s+|"
                        r"almost\s+|some\s+)?)(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")
_SHARE_MADE = re.compile(r"(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s+(?:were|was|are|is|came|come|comes)\s+"
                         r"(?:from\s+(?:the\s+)?)?(?P<p>@\d+)(?:-made|-built|-supplied|-produced|\b(?!-))")
_THEN_FOLLOWED = re.compile(r"\s*,?\s*followed\s+(?:[a-z ]{0,20}?\s)?by\s+(?P<p>@\d+)")
_NEXT_ITEM = re.compile(r"\s*(?:\([^)]{0,30}\)|,?\s*with\s+[\d.]+\s*(?:%|percent|per cent))\s*(?:,\s*(?:and\s+)?|and\s+)"
                        r"(?P<p>@\d+)(?=\s*(?:\(|,?\s*with\b))")
_STATE = re.compile(r"@\d+")
# suppliers named as a list with "mostly"/"mainly" or "most of" and no share each (claims round 74): "Saudi Arabia has
# increased its intake of weapons by 212%, mostly supplied by the U.S. and the U.K.", "Most of Myanmar's military imports
# come from China, Russia, India, Israel and Ukraine": each is among the recipient's main suppliers (the top five, as the
# plural "main suppliers" is read). The noun must name arms ("its arms imports", "its intake of weapons"): "its imports
# rose 10%, mainly from China and Japan" is trade.
_MAINLY_FROM = re.compile(
    rf"(?:\b(?P<most>{MOST_WORDS})\s+of\s+)?(?P<r>\bits|\btheir|@\d+)(?:'s?|s'|’s)?\s+(?:total\s+|major\s+)?"
    rf"(?:(?:arms|weapons?|military)\s+(?:imports|purchases|acquisitions|intake)|(?:imports|purchases|acquisitions|intake)\s+of\s+"
    rf"(?:arms|weapons?|military\s+(?:equipment|hardware)))\b(?P<mid>[^@;]{{0,40}}?)\s*,?\s*"
    rf"(?P<how>(?:mostly|mainly|largely|chiefly|primarily|predominantly)\s+(?:supplied\s+by|provided\s+by|coming\s+from|from)|"
    rf"(?:come|came|comes|coming|were|are)\s+(?:mostly\s+|mainly\s+|largely\s+)?from)\s+"
    rf"(?P<g>(?:the\s+)?@\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?@\d+)+)(?!\s*(?:\(|,?\s*with\b|'|’))")
_AND_SHARE_OF = re.compile(r"^\s*,?\s*and\s+(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s+of\s+(?P<r>@\d+)"
                           r"(?:'s?|’s)?\s+(?:arms\s+|weapons?\s+)?imports\b")


def _number(m: re.Match) -> float:
    """The percent of a _NUM match, in figures or words."""
    return float(m.group("n")) if m.group("n") else amount(re.match(AMOUNT, f"{m.group('w')} percent"))[0]


def _share_near(template: str, at: int, end: int, window_before: str) -> tuple[float | None, str]:
    """The share written next to a state: '(69%)' or 'with 13%' right after it, else the last
    percentage before it in `window_before` (the words between the cue and the state), a quantity word ("the majority
    of") or a fraction ("about a third of", claims round 145: "Israel purchased about a third of its military equipment
    from Germany in 2023")."""
    after = template[end: end + 40]
    bracket = re.match(r"^\s*\(\s*(?:about\s+|around\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", after)
    if bracket:
        return float(bracket.group("n")), ""
    following = re.match(r"^\s*,?\s*(?:with|at|accounting for|providing|supplying)\s+(?P<n>\d{1,3}(?:\.\d+)?)\s*"
                         r"(?:%|percent\b|per cent\b)", after)
    if following:
        return float(following.group("n")), ""
    found = list(_NUM.finditer(window_before))
    if found:
        last = found[-1]
        return _number(last), (last.group("q") or "").strip().replace("only", "")
    most = list(_MOST.finditer(window_before))
    if most:
        return MOST[most[-1].group("most")], "over"
    fraction = list(_FRACTION.finditer(window_before))   # "Israel purchased about a third of its military equipment from"
    if fraction:
        return fraction_value(fraction[-1].group("f")), (fraction[-1].group("q") or "").strip()
    return None, ""


def _who(s: Sentence, placeholder: str | None) -> str | None:
    return s.actor(placeholder) if placeholder else None


def _span(text: str) -> tuple[int, int] | None:
    m = _SPAN.search(text)
    if not m:
        return None
    start, end = int(m.group(1)), m.group(2)
    stop = int(end) if len(end) == 4 else int(str(start)[:2] + end)
    return (start, stop) if start <= stop <= start + 30 else None


def supplier_claims(s: Sentence) -> list[Claim]:
    """Arms-supplier claims whose recipient and suppliers are marked by role (see the module doc)."""
    t = s.template
    found: dict[tuple[str, str], Claim] = {}
    cues = [(m, "noun") for m in _IMPORT_NOUN.finditer(t)] + [(m, "verb") for m in _BUYER.finditer(t)]
    for cue, how in cues:
        recipient = _who(s, cue.group("r"))
        if recipient is None:
            continue
        # the percentage before the cue belongs to the claim ("73 per cent of Pakistani arms purchases came from China")
        lead = _LEAD.search(t[max(0, cue.start() - 60): cue.start()])
        lead_share = (_number(lead), (lead.group("q") or "").strip()) if lead else None
        suppliers: list[tuple[str, float | None, str, tuple[int, int] | None]] = []
        named: list[int] = []   # where earlier suppliers end: a share before one of them is not the next one's
        for m in list(_FROM.finditer(t, cue.end())) + list(_FOLLOWED.finditer(t, cue.end())):
            supplier = _who(s, m.group("p"))
            if supplier is None or supplier == recipient or ";" in t[cue.end(): m.start()]:
                continue
            since = max([cue.end() if how == "noun" else cue.start()] + [e for e in named if e < m.start()])
            named.append(m.end("p"))
            share, qualifier = _share_near(t, m.start("p"), m.end("p"), t[since: m.start()])
            span = None
            change = _CHANGE.search(t, m.end(), min(len(t), m.end() + 140))
            if change and change.start() - m.end() < 20:   # "imports from China rose from 45% ... to 70% in 2013-'17"
                share, qualifier = float(change.group("n")), ""
                span = _span(change.group("rest"))
            if share is None and lead_share and how == "noun":
                share, qualifier = lead_share
            suppliers.append((supplier, share, qualifier, span))
            at = m.end("p")
            for _ in range(3):   # "from the U.S. (69%) and Germany (30%)": the next states of a list of shares
                bracket = re.match(r"^\s*(?:\([^)]{0,30}\)|,?\s*with\s+[\d.]+\s*(?:%|percent|per cent))", t[at:])
                nxt = _AND_NEXT.match(t[at + bracket.end():]) if bracket else None
                if nxt is None:
                    break
                start = at + bracket.end() + nxt.start("p")
                at = start + len(nxt.group("p"))
                other = _who(s, nxt.group("p"))
                if other and other != recipient:
                    suppliers.append((other, _share_near(t, start, at, "")[0], "", None))
        for supplier, share, qualifier, span in suppliers:
            if share is None or (recipient, supplier) in found:
                continue   # a supplier named without a share is no claim ("bought tanks from X")
            found[(recipient, supplier)] = Claim(SUPPLIER, s.text, recipient, (supplier,), share=share, qualifier=qualifier,
                                                 year=span[1] if span else s.year, span=span or s.stated_span)
        if how == "verb" and suppliers:
            ellipsis = _ELLIPSIS.search(t)
            second = _who(s, ellipsis.group("r")) if ellipsis else None
            supplier = suppliers[0][0]
            if second and second not in (recipient, supplier) and (second, supplier) not in found:
                found[(second, supplier)] = Claim(SUPPLIER, s.text, second, (supplier,), share=float(ellipsis.group("n")),
                                                  year=s.year, span=s.stated_span)
    for cue in _SUPPLIED_TO.finditer(t):   # "35 countries supplying weapons to Ukraine ..., of which the US accounted for 45%"
        recipient = _who(s, cue.group("r"))
        stop = t.find(";", cue.end())
        stop = len(t) if stop < 0 else stop
        made = _SHARE_MADE.search(t, cue.end(), stop)   # "45% were U.S.-made", "35% came from France"
        state = _STATE.search(t, cue.end(), stop)
        own = _OWN_SHARE.match(t, state.end(), stop) if state else None   # "of which the US accounted for 45%"
        if made and (own is None or made.start() < state.start()):
            listed, at = [(made.group("p"), float(made.group("n")))], made.end()
        elif own:
            listed, at = [(state.group(0), float(own.group("n")))], own.end()
        else:
            continue
        nxt = _THEN_FOLLOWED.match(t, at, stop)
        while nxt:   # "followed by Germany (12%) and Poland (11%)": each next state with its share beside it
            at = nxt.end("p")
            listed.append((nxt.group("p"), _share_near(t, nxt.start("p"), at, "")[0]))
            nxt = _NEXT_ITEM.match(t, at, stop)
        for placeholder, share in listed:
            supplier = _who(s, placeholder)
            if recipient and supplier and share is not None and supplier != recipient and (recipient, supplier) not in found:
                found[(recipient, supplier)] = Claim(SUPPLIER, s.text, recipient, (supplier,), share=share, year=s.year,
                                                     span=s.stated_span)
    for m in _MAINLY_FROM.finditer(t):   # "its intake of weapons ..., mostly supplied by the U.S. and the U.K."
        if not m.group("most") and not re.match(r"(?:mostly|mainly|largely|chiefly|primarily|predominantly)\b", m.group("how")):
            continue   # "its arms imports come from A and B" names all its suppliers, no main ones
        recipient = _who(s, m.group("r"))
        for placeholder in _STATE.findall(m.group("g")):
            supplier = _who(s, placeholder)
            if recipient and supplier and supplier != recipient and (recipient, supplier) not in found:
                found[(recipient, supplier)] = Claim(SUPPLIER, s.text, recipient, (supplier,), within=5, year=s.year,
                                                     span=s.stated_span)
    arms_context = _ARMS_WORDS.search(t) or (s.prior is not None and _ARMS_WORDS.search(s.prior.template))
    for m in _PURCHASES_FROM.finditer(t) if arms_context else ():
        supplier, owner = _who(s, m.group("p")), m.group("r")
        if owner in ("its", "their"):   # "its" is the nearest state before it other than the supplier
            earlier = [_who(s, p) for p in re.findall(r"@\d+", t[: m.start("r")])]
            earlier = [code for code in earlier if code and code != supplier]
            recipient = earlier[-1] if earlier else s.antecedent
        else:
            recipient = _who(s, owner.split("'")[0])
        most = m.group("most")
        share, qualifier = (MOST[most], "over") if most else (_number(m), (m.group("q") or "").strip())
        if supplier and recipient and supplier != recipient and (recipient, supplier) not in found:
            found[(recipient, supplier)] = Claim(SUPPLIER, s.text, recipient, (supplier,), share=share,
                                                 qualifier=qualifier.replace("only", ""), year=s.year, span=s.stated_span)
    for m in _ACCOUNTS.finditer(t):
        if re.search(r"\b(?:to|from|of|by|in)\s+(?:the\s+)?$", t[max(0, m.start() - 12): m.start()]):
            continue   # "US arms exports to Egypt ... accounted for": the state after "to" is no subject
        supplier = _who(s, m.group("p"))
        pairs = [(_who(s, m.group("r") or m.group("r2")), _number(m), (m.group("q") or "").strip())]
        second = _AND_SHARE_OF.match(t[m.end():])
        if second:
            pairs.append((_who(s, second.group("r")), float(second.group("n")), ""))
        for recipient, share, qualifier in pairs:
            if supplier and recipient and recipient != supplier and (recipient, supplier) not in found:
                found[(recipient, supplier)] = Claim(SUPPLIER, s.text, recipient, (supplier,), share=share,
                                                     qualifier=qualifier.replace("only", ""), year=s.year, span=s.stated_span)
    return list(found.values())


def export_claims(s: Sentence) -> list[Claim]:
    """Arms-export claims whose exporter and recipients are marked by role (see the module doc)."""
    t = s.template
    if not _ARMS_WORDS.search(t) and not (s.prior is not None and _ARMS_WORDS.search(s.prior.template)):
        return []   # an arms sentence, or one right after it ("... global arms exports. The main customers of the USA are")
    found: dict[tuple[str, str], Claim] = {}

    def add(exporter: str | None, recipient: str | None, share: float | None = None, rank: int | None = None,
            within: int | None = None) -> None:
        if exporter and recipient and exporter != recipient and (exporter, recipient) not in found \
                and (share is not None or rank is not None or within is not None):
            found[(exporter, recipient)] = Claim(EXPORTS, s.text, exporter, (recipient,), share=share, rank=rank,
                                                 within=within, year=s.year, span=s.stated_span, topic="client")

    for cue in _EXPORT_NOUN.finditer(t):   # "35% of China's arms supplies went to Pakistan, followed by 19% to Bangladesh"
        exporter = _who(s, cue.group("e"))
        went = _WENT_TO.search(t, cue.end(), min(len(t), cue.end() + 60))
        if went:
            head = t[max(0, cue.start() - 40): cue.start()]
            lead = list(_NUM.finditer(head))
            add(exporter, _who(s, went.group("r")), _number(lead[-1]) if lead else None)
            for nxt in _TO_NEXT.finditer(t, went.end()):
                add(exporter, _who(s, nxt.group("r")), float(nxt.group("n")))
        were = _WERE_TO.match(t[cue.end():])
        if were:   # "US arms exports were about 12% to South Korea, 10% to Australia and 7% to UAE"
            add(exporter, _who(s, were.group("r")), float(were.group("n")))
            for nxt in _TO_NEXT.finditer(t, cue.end() + were.end()):
                add(exporter, _who(s, nxt.group("r")), float(nxt.group("n")))
    for m in _SHARE_IN.finditer(t):   # "The UAE's share in Turkiye's arms exports was 15 percent, Qatar's was 13 percent"
        exporter, end = _who(s, m.group("e")), m.end()
        add(exporter, _who(s, m.group("r")), float(m.group("n")))
        while nxt := _SHARE_NEXT.match(t[end:]):
            add(exporter, _who(s, nxt.group("r")), float(nxt.group("n")))
            end += nxt.end()
    for cue in _CLIENT_OF.finditer(t):   # "its three biggest export markets were Pakistan (35 per cent ...), ..."
        exporter = _who(s, cue.group("e") or cue.group("e2"))
        plural = re.search(r"s(?:\s+(?:of|for)\s+(?:the\s+)?@\d+)?\s*$", cue.group(0)) is not None
        number = cue.group("n") or cue.group("n2")
        count = count_of(number) if number else None
        rank, within, _ = rank_of(cue.group("rank") or cue.group("rank2"), plural)
        listed = list(_LISTED.finditer(t, cue.end(), min(len(t), cue.end() + 220)))
        if plural and listed:
            for m in listed:
                add(exporter, _who(s, m.group("r")), float(m.group("n")), within=count or within)
            continue
        group = _CLIENTS_ARE.match(t[cue.end():]) if plural else None
        if group:   # "its top three customers are Qatar, United Arab Emirates and Oman": each among the top three
            for code in re.findall(r"@\d+", group.group("g")):
                add(exporter, _who(s, code), None, None, count or within)
            continue
        single = _CLIENT_IS.match(t[cue.end():])
        if single:
            share, _ = _share_near(t, cue.end() + single.start("r"), cue.end() + single.end("r"), "")
            after = re.search(rf"\b(?:with|accounting for|accounted for)\s+(?P<n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+"
                              rf"of\s+(?:its|{re.escape(cue.group('e') or cue.group('e2'))}'s)\s+(?:arms\s+)?(?:exports|sales|supplies)",
                              t[cue.end():])
            add(exporter, _who(s, single.group("r")), float(after.group("n")) if after else share, rank, within)
    for m in _TO_COUNTED.finditer(t):   # "Russia exports the majority of its weapons to five states ...: Algeria, China, ..."
        listed = _STATE.findall(m.group("g"))
        if len(listed) != count_of(m.group("n")):
            continue   # the list must be the states counted ("to five states: A, B and C" is cut or another list)
        before = [code for code in (_who(s, mark) for mark in _STATE.findall(t[: m.start()])) if code]
        exporter = before[-1] if before else s.antecedent   # the exporter is the state named before the flow
        for placeholder in listed:
            add(exporter, _who(s, placeholder), None, None, count_of(m.group("n")))
    for m in _RECEIVED.finditer(t):
        add(_who(s, m.group("e") or m.group("e2")), _who(s, m.group("r")), _number(m))
    for m in _RECEIVED_OF_ITS.finditer(t):
        owners = list(_EXPORTS_OF.finditer(t, 0, m.start()))
        if owners:
            add(_who(s, owners[-1].group("e")), _who(s, m.group("r")), _number(m))
    for m in _CLIENT_APPOSITION.finditer(t):   # "South Korea, its top client, accounted for only nine percent"
        rank, within, _ = rank_of(m.group("rank"), False)
        exporter, recipient = _who(s, m.group("e")), _who(s, m.group("r"))
        if exporter == recipient and m.group("e") in ("its", "their"):
            exporter = s.previous   # "X, its top client": 'its' is not X but the previous sentence's subject
        add(exporter, recipient, None, rank, within)
    for m in _CLIENT_BEFORE.finditer(t):
        rank, within, _ = rank_of(m.group("rank"), False)
        exporter, recipient = _who(s, m.group("e")), _who(s, m.group("r"))
        if exporter == recipient and m.group("e") in ("its", "their"):
            exporter = s.previous
        add(exporter, recipient, None, rank, within)
    for m in _CLIENT_COPULA.finditer(t):   # "Pakistan has been China's largest export market since 1991"
        rank, within, _ = rank_of(m.group("rank"), m.group(0).rstrip().endswith("s"))
        add(_who(s, m.group("e")), _who(s, m.group("r")), None, rank, within)
    for m in _PAIRED_CLIENTS.finditer(t):
        exporter = _who(s, m.group("e"))
        if m.group("a"):
            clients = [_who(s, m.group("a")), _who(s, m.group("b"))]
        else:
            named = [code for code in (_who(s, mark) for mark in re.findall(r"@\d+", t[: m.start()])) if code != exporter]
            clients = named[-2:] if len(set(named[-2:])) == 2 else []
        for recipient, place in zip(clients, ("r1", "r2")):
            rank, within, _ = rank_of(f"{m.group(place)} {m.group('top')}", False)
            add(exporter, recipient, None, rank, within)
    for m in _RANKED_CLIENT.finditer(t):   # "The top French client over the period was Saudi Arabia"
        between = re.findall(r"@\d+", t[m.end("rank"): m.start("noun")])
        marks = [mark for mark in (m.group("e1"), *between, m.group("e3")) if mark]
        if len(marks) != 1:
            continue   # no exporter, or two states in the noun phrase
        head = t[max(0, m.start() - 80): m.start()]
        before = _CLIENT_SUBJECT.search(head) or _CLIENT_BESIDE.search(head)
        if before and re.search(r"@\d+\s*(?:,|and|&)\s*$", head[: before.start("r")]):
            continue   # "Qatar and Egypt are among ...": a list of clients, not read here
        after = None if before else _CLIENT_AFTER.match(t, m.end())
        if before is None and after is None:
            continue
        exporter, recipient = _who(s, marks[0]), _who(s, (before or after).group("r"))
        if marks[0] in ("its", "their"):
            earlier = [_who(s, p) for p in re.findall(r"@\d+", t[: m.start()])]
            exporter = next((code for code in reversed(earlier) if code and code != recipient), s.previous)
        placed = re.search(r"\branke?d?s?\s+(?P<place>[a-z-]+)\s+as\b", before.group(0)) if before else None
        words = placed.group("place") if placed else m.group("rank").replace("most significant", "most important")
        rank, within, minor = rank_of(words, re.search(r"s$", m.group("noun")) is not None)
        share = _CLIENT_SHARE.match(t, m.end())
        n = m.group("n") or (share.group("n") if share else None)
        if not minor:
            add(exporter, recipient, float(n) if n else None, rank, within)
    return list(found.values())


_WITH_SHARE = re.compile(r"(?P<p>@\d+)\s*(?:,\s*)?with\s+(?:about\s+|around\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*"
                         r"(?:%|percent\b|per cent\b)")


def continued(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """Further suppliers of the one recipient a sentence gives shares for: "X supplied 73% of Y's
    imports, followed in importance by the UK with 13% and France with 4%" (the share written next
    to each state, in brackets or after 'with')."""
    recipients = {c.subject for c in claims if c.share is not None}
    if len(recipients) != 1:
        return []
    recipient = recipients.pop()
    out: list[Claim] = []
    for m in list(_WITH_SHARE.finditer(s.template)) + list(_LISTED.finditer(s.template)):
        supplier = _who(s, m.group("p") if "p" in m.groupdict() else m.group("r"))
        if supplier and supplier != recipient:
            claim = next(c for c in claims if c.subject == recipient)
            out.append(Claim(SUPPLIER, s.text, recipient, (supplier,), share=float(m.group("n")), year=claim.year,
                             span=claim.span))
    return out


# The general reading, for a sentence in which no reader found an arms claim: a share of one state's arms flow, the other
# state of the claim being the one other state of its clause. Of a recipient's imports: "China was responsible for 63% of
# Pakistan's total arms imports", "Beijing met 72% of Islamabad's demand for major arms", "Russia accounted for 71 percent
# of all weapons exports to Syria", "over 98 percent of weapons imported by Saudi Arabia"; of imports from a supplier:
# "86 per cent of the military imports sourced from China"; of an exporter's exports: "55 percent of Beijing's arms
# exports", "Turkey exported 30 percent of its arms ... to the United Arab Emirates, 23 percent to Turkmenistan". The
# share's noun must name arms ("of the arms", "of its weapons imports"), so a share of goods is never read here.
_FLOW_ARMS = rf"(?:(?:major|conventional|total|overall)\s+)*(?:{_ARMS}|military|defen[cs]e)"
_POSS = r"(?:'s?|s'|’s?)?"
_OF_RECIPIENT = re.compile(rf"{AMOUNT}\s+of\s+(?:all\s+|the\s+)?(?P<r>@\d+|its|their){_POSS}\s+(?:total\s+|overall\s+)?"
                           rf"(?:{_FLOW_ARMS}\s+(?:imports?|purchases|procurement|acquisitions)|demand\s+for\s+{_FLOW_ARMS})\b")
_TO_RECIPIENT = re.compile(rf"{AMOUNT}\s+of\s+(?:all\s+|the\s+|total\s+)?{_FLOW_ARMS}\s+(?:(?:imports|exports|supplies|"
                           rf"deliveries|transfers|sales)\s+to|(?:imported|bought|purchased|acquired|received)\s+by|"
                           rf"(?:sold|exported|delivered|supplied|shipped)\s+to)\s+(?:the\s+)?(?P<r>@\d+)")
_FROM_SUPPLIER = re.compile(rf"{AMOUNT}\s+of\s+(?:all\s+|the\s+|its\s+|their\s+|total\s+)*{_FLOW_ARMS}\s+(?:imports|purchases|"
                            rf"acquisitions)\s+(?:(?:was|were|is|are)\s+)?(?:(?:sourced|coming|came|come|originated)\s+)?"
                            rf"from\s+(?:the\s+)?(?P<p>@\d+)")
_OF_EXPORTER = re.compile(rf"{AMOUNT}\s+of\s+(?:all\s+|the\s+)?(?P<e>@\d+){_POSS}\s+(?:total\s+|global\s+)?{_FLOW_ARMS}\s+"
                          rf"(?:exports|sales|deliveries|supplies|transfers)\b(?!\s+to\b)")
_EXPORTED = re.compile(rf"(?P<e>@\d+)\s+(?:exported|sold|delivered|supplied|shipped)\s+{AMOUNT}\s+of\s+(?:its|their)\s+"
                       rf"(?:total\s+)?{_FLOW_ARMS}(?:\s+exports)?\b[^@;]{{0,60}}?\bto\s+(?:the\s+)?(?P<r>@\d+)")
# a supplier's share told by a verb with the recipient as its object: "The US sold India 14 percent of its weapons and
# Israel supplied 7.2 percent" (the next supplier's share of the same recipient's arms after "and"), "Its biggest source
# was China, from which Pakistan acquired 70% of its arms"
_SOLD_TO = re.compile(rf"(?P<p>@\d+)\s+(?:sold|sells|supplied|supplies|provided|provides|gave|gives|delivered|delivers)\s+"
                      rf"(?:the\s+)?(?P<r>@\d+)\s+(?:with\s+)?{AMOUNT}\s+of\s+(?:all\s+)?(?:its|their)\s+(?:total\s+)?"
                      rf"{_FLOW_ARMS}")
_AND_SUPPLIER = re.compile(r"[^@;]{0,40}?\s(?:and|while)\s+(?:the\s+)?(?P<p>@\d+)\s+(?:sold|supplied|provided|delivered|gave)?"
                           r"\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")
_FROM_WHICH = re.compile(rf"(?P<p>@\d+)\s*,\s*from\s+which\s+(?:the\s+)?(?P<r>@\d+)\s+(?:acquired|acquires|bought|buys|got|"
                         rf"gets|imported|imports|received|receives|obtained|obtains|purchased|purchases|sourced|sources)\s+"
                         rf"{AMOUNT}\s+of\s+(?:all\s+)?(?:its|their)\s+(?:total\s+)?{_FLOW_ARMS}")
_LOOSE_GATE = re.compile(r"\b(?:arms|weapon|armament|munition|war materi|military|defen[cs]e)")
_SHARE_GATE = re.compile(r"%|\bper ?cent\b|\bpct\b|\b(?:half|thirds?|quarters?|fifth|tenth)\b")
_CLAUSE_END = re.compile(r"[;]|\bbut\b|\bwhile\b|\bwhereas\b")
# "Half of US arms exports went to the Middle East": the share is a region's, not the state's the clause names next
_TO_REGION = re.compile(r"\s*,?\s*(?:went|go|goes|going|were|was|are|is|flowed|flow)\s+(?:[a-z]+\s+)?to\s+(?!(?:the\s+)?@)")


def _others(s: Sentence, m: re.Match, *roles: str | None) -> set[str]:
    """The states of the clause a match is in (cut at ';', 'but', 'while', 'whereas'), other than `roles`."""
    head = last_clause(s.template[: m.start()])
    end = _CLAUSE_END.search(s.template, m.end())
    clause = head + s.template[m.start(): end.start() if end else len(s.template)]
    return {s.actor(p) for p in re.findall(r"@\d+", clause)} - {None, *roles}


def loose(s: Sentence) -> list[Claim]:
    """Claims of the general reading of arms shares (above); `find_claims` asks for them only when no reader found an arms
    claim in the sentence."""
    found: dict[tuple[str, str, str], Claim] = {}
    if not _LOOSE_GATE.search(s.template) or not _SHARE_GATE.search(s.template):
        return []   # no name of arms or no share (cheap tests: most sentences have neither)

    def add(kind: str, subject: str | None, other: str | None, m: re.Match) -> None:
        if subject and other and subject != other and (kind, subject, other) not in found:
            share, qualifier = amount(m)
            found[(kind, subject, other)] = Claim(kind, s.text, subject, (other,), share=share, qualifier=qualifier,
                                                  year=s.year, span=s.stated_span,
                                                  topic="client" if kind == EXPORTS else "")

    shares = [m for pattern in (_OF_RECIPIENT, _TO_RECIPIENT, _FROM_SUPPLIER, _OF_EXPORTER)
              for m in pattern.finditer(s.template) if not _TO_REGION.match(s.template, m.end())]
    for m in (m for m in shares if m.re is not _FROM_SUPPLIER and m.re is not _OF_EXPORTER):
        recipient = s.actor(m.group("r"))
        if m.group("r") in ("its", "their"):   # "..., accounting for 36 percent of its arms imports": the nearest state before
            before = re.findall(r"@\d+", s.template[: m.start()])
            recipient = s.actor(before[-1]) if before else None
        others = _others(s, m, recipient)
        if len(others) == 1:
            add(SUPPLIER, recipient, others.pop(), m)
    for m in (m for m in shares if m.re is _FROM_SUPPLIER):
        supplier = s.actor(m.group("p"))
        others = _others(s, m, supplier)
        if len(others) == 1:
            add(SUPPLIER, others.pop(), supplier, m)
    for m in (m for m in shares if m.re is _OF_EXPORTER):
        exporter = s.actor(m.group("e"))
        others = _others(s, m, exporter)
        if len(others) == 1:
            add(EXPORTS, exporter, others.pop(), m)
    for m in _EXPORTED.finditer(s.template):
        exporter = s.actor(m.group("e"))
        add(EXPORTS, exporter, s.actor(m.group("r")), m)
        for nxt in _TO_NEXT.finditer(s.template, m.end()):   # ", 23 percent to Turkmenistan and 10 percent to Saudi Arabia"
            recipient = s.actor(nxt.group("r"))
            if exporter and recipient and exporter != recipient and (EXPORTS, exporter, recipient) not in found:
                found[(EXPORTS, exporter, recipient)] = Claim(EXPORTS, s.text, exporter, (recipient,),
                                                              share=float(nxt.group("n")), year=s.year,
                                                              span=s.stated_span, topic="client")
    for m in _SOLD_TO.finditer(s.template):
        recipient = s.actor(m.group("r"))
        add(SUPPLIER, recipient, s.actor(m.group("p")), m)
        nxt = _AND_SUPPLIER.match(s.template, m.end())
        supplier = s.actor(nxt.group("p")) if nxt else None
        if recipient and supplier and supplier != recipient and (SUPPLIER, recipient, supplier) not in found:
            found[(SUPPLIER, recipient, supplier)] = Claim(SUPPLIER, s.text, recipient, (supplier,),
                                                           share=float(nxt.group("n")), year=s.year, span=s.stated_span)
    for m in _FROM_WHICH.finditer(s.template):
        add(SUPPLIER, s.actor(m.group("r")), s.actor(m.group("p")), m)
    return list(found.values())

