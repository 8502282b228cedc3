"""Trading-partner claims: rank and size of a partner in a state's trade.

Found as people write them: "China is Japan's largest trading partner", "X was the largest trading
partner of Y", "Y's key trading partners are X and Z", "For Y, X is its third-largest trading
partner", "Japan was the fifth-largest export market for South Korea", "X and Z remain among Y's
top trading partners", "X is a minor trading partner of Y", and stated shares ("accounting for
29% of ...", "26 percent of Y's exports went to X", "Y's exports to X accounted for 25 percent").

Judged on `measures.trade.trade_dependence` for the latest year with data at or before the year the
claim is about: the partner's rank among all partners by total trade (or exports for "export
market", imports for "source of imports") and its share, the `trade_share` / `export_share` /
`import_share` that `latitude dependence` prints. Rank words: "largest", "No. 1", "main" (singular)
= rank 1; "second-largest" = rank 2 ...; "key", "major", "main partners", "one of the largest" =
top 5 (`KEY`); "top three" = top 3; "minor" = outside the top 10 and under 2%. A stated share must
agree within 3 points or 15% of the data's value ("over 20%": at least 19%).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from latitude.errors import LatitudeError
from latitude.scenarios.claims._base import (CONTRADICTED, KEY, SUPPORTED, UNCHECKABLE, Claim, Verdict,
                                              claimed_rank, pct, rank_holds)
from latitude.scenarios.claims._patterns import (ADVERBS, AMOUNT, COPULA, DISPLACED, ORDINAL, PLACE_IN_LIST, POSS, RANK,
                                                 RELATIVE, actor, amount, anchored, flow_after, last_clause, level_after,
                                                 ordinal_value, percent_after, rank_of, stated_share_holds)
from latitude.scenarios.claims._text import Sentence
from latitude.scenarios.claims.arms import ARMS_CONTEXT
from latitude.scenarios.claims.figures import Lookup, trade_covered, trade_partners

KIND = "trading partner"

_ROLE = (r"(?:(?:goods|merchandise|overall|total|bilateral|two-way|foreign|global|international|external|single|individual)\s+)?"
         r"(?P<role>(?:trad(?:ing|e)(?:\s+turnover)?|commercial|business|economic) partners?|"
         r"exports? (?:markets?|destinations?)|exporting (?:markets?|destinations?)|"
         r"(?:export|import)(?:ing)? (?:trad(?:ing|e) )?partners?|"
         r"markets? for (?:its |their |@\d+'s )?(?:exports|goods|products)|destinations? (?:for|of) (?:its |their )?exports|"
         r"sources? of (?:its |their )?imports|import (?:sources?|suppliers?)|suppliers? of (?:goods |merchandise )?imports|"
         r"importers?|buyers?|customers?|suppliers?|exporters?)")
_AND_ROLE = r"(?:\s+and\s+(?:the\s+|a\s+)?[a-z0-9 -]{0,40}?)?"
_ARMS = re.compile(r"\b(?:arms|weapons?|weaponry|military|defen[cs]e|fighter|jets?|tanks?|missiles?|sipri)\b")
_SHARE_CONTEXT = re.compile(r"^[^@]{0,40}?\b(?:accounted for|account|accounting|accounted|share|making up|made up|representing|"
                            r"taking|took|with|receiving|received|buying|bought|recipient|supplying|supplied)\b")
_PATTERNS = [
    # X is Y's largest trading partner / X displaced Z as Y's largest trading partner
    re.compile(rf"{actor('p')}{RELATIVE}\s+(?:[^@.;]{{0,40}}?\s)?{COPULA}\s+{ADVERBS}(?:the\s+|a\s+|an\s+)?"
               rf"(?:both\s+)?(?:@\d+(?:'s?|s'|’s?)?\s+(?:and|&)\s+(?:the\s+)?)?{actor('s')}{POSS}\s+"
               rf"{ADVERBS}{RANK}\s+{_ROLE}"),
    # X was the largest trading partner of Y / the fifth-largest export market for Y / X — the second-biggest supplier
    # of goods to Y — (an apposition after a dash or a comma)
    re.compile(rf"{actor('p', its=False)}(?:\s+(?:[^@.;]{{0,40}}?\s)?{COPULA}\s+{ADVERBS}(?:the\s+|a\s+|an\s+)?|"
               rf"(?:\s+-|\s*[—–,])\s*the\s+){RANK}\s+"
               rf"{_ROLE}{_AND_ROLE}\s+(?:of\s+(?:goods|merchandise|products)\s+)?(?:of|for|to)\s+{actor('s', its=False)}"),
    # Y's key trading partners are X and Z / its largest trading partner, X
    re.compile(rf"{actor('s')}{POSS}\s+{ADVERBS}{RANK}\s+{_ROLE}\s*(?:by\s+(?:a\s+)?(?:far|[a-z]+\s+margin|a\s+wide\s+margin)\s+|"
               rf"so\s+far\s+|overall\s+)?(?:,|:|\(|is|are|was|were|remains|remain|"
               rf"has been|have been|include|includes|being)\s*(?:the\s+)?{actor('p', its=False)}"
               rf"(?:\s*(?:,|and|&)\s*(?:the\s+)?{actor('p2', its=False)})?(?:\s*(?:,|and)\s*(?:the\s+)?{actor('p3', its=False)})?"),
    # For Y, X is its third-largest trading partner
    re.compile(rf"for\s+{actor('s', its=False)}\s*,\s*{actor('p', its=False)}\s+{COPULA}\s+{ADVERBS}(?:its|their|the)\s+"
               rf"{RANK}\s+{_ROLE}"),
    # X and Z remain among Y's key trading partners
    re.compile(rf"{actor('p', its=False)}(?:\s*,\s*{actor('p2', its=False)})?\s+and\s+{actor('p3', its=False)}\s+"
               rf"(?:still\s+)?(?:remain|are|rank|stand|were)\s+(?P<rank>among\s+(?:the\s+)?)?{actor('s')}{POSS}\s+"
               rf"(?:{RANK.replace('?P<rank>', '?P<rank2>')}\s+)?{_ROLE}"),
    # Mexico will rank as the top market for U.S. exports
    re.compile(rf"{actor('p', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?{COPULA}\s+{ADVERBS}(?:the\s+|a\s+)?{RANK}\s+"
               rf"(?P<role>(?:export\s+)?markets?|destinations?)\s+for\s+{actor('s', its=False)}{POSS}\s+(?:goods\s+)?exports"),
    # the US was followed by China as Pakistan's second-largest exporting destination (the US: the place before)
    re.compile(rf"(?:(?P<p0>@\d+)\s+(?:was|is|were|are)\s+)?followed\s+by\s+(?:the\s+)?{actor('p', its=False)}\s+as\s+"
               rf"{actor('s')}{POSS}\s+{RANK}\s+{_ROLE}"),
    # X is a key / minor trading partner of Y
    re.compile(rf"{actor('p', its=False)}\s+{COPULA}\s+{ADVERBS}(?:a|an|one)\s+{RANK}\s+{_ROLE}\s+(?:of|for|to)\s+"
               rf"{actor('s')}"),
    # X ranks first among Y's trading partners / Germany came second among Poland's export destinations
    re.compile(rf"{actor('p', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:ranks|rank|ranked|ranking|is|was|are|were|stands|stood|"
               rf"comes|came|remains|remained|places|placed|sits|sat|finished|ends|ended)\s+{ADVERBS}(?:in\s+)?"
               rf"(?P<rank>first|{ORDINAL})\s+(?:place\s+)?among\s+(?:all\s+)?{actor('s')}{POSS}\s+"
               rf"(?:(?:largest|biggest|main|major|key|leading)\s+)?{_ROLE}"),
]


_GOODS_SPOKEN = re.compile(r"\b(?:trade|trading|goods|merchandise|commodit(?:y|ies)|customs|exports|products|machinery|"
                           r"electronics|vehicles|oil|gas)\b")


def _goods_not_arms(s: Sentence) -> bool:
    """Whether the sentence or the one before speaks of goods and neither of arms: a supplier's share of bare "imports"
    with no word of either is the arms reader's ("The United States supplied 73% of Saudi imports", claims round 111)."""
    texts = [s.template.lower()] + ([s.prior.template.lower()] if s.prior is not None else [])
    return not any(ARMS_CONTEXT.search(t) for t in texts) and any(_GOODS_SPOKEN.search(t) for t in texts)


def _plural(role: str | None) -> bool:
    """Whether a role names several partners: its head noun, before "of"/"for" ("sources of imports" yes, "source of
    imports" no), ends in s."""
    head = re.split(r"\s+(?:of|for)\s+", (role or "").strip())[0]
    return head.endswith("s")
_FLOW_WORD = (r"(?P<flow>(?:(?:commodity|goods|merchandise|non-oil|oil)\s+)?(?:exports|imports)|(?:foreign[- ]|external\s+)?trade(?:\s+turnover)?|two[- ]way trade|shipments|"
              r"outbound shipments|overseas shipments|overseas purchases|foreign purchases)")
_UNTIL = r"(?![^@.;]{0,40}?\buntil\b)"   # a share that held only until a year (claims round 132's readers below)
_SHARES = [
    # Y's exports to X accounted for 25 percent
    re.compile(rf"{actor('s', its=False)}{POSS}\s+(?:total\s+)?{_FLOW_WORD}\s+(?:to|from|with)\s+{actor('p', its=False)}\s+"
               rf"(?:[^@.;]{{0,30}}?\s)?(?:accounted for|accounts for|account for|made up|makes up|represented|"
               rf"represents|took up|takes up|amounted to|had been|have been|has been|stood at|were|was|reached)\s"),
    # 26 percent of Y's exports ... went to X
    re.compile(rf"(?:(?P<pq>no less than|not less than|no more than|not more than|more than|over|nearly|almost|about|around|"
               rf"less than|under)\s+)?(?P<pct>\d{{1,3}}(?:\.\d+)?)\s*"
               rf"(?:%|percent|per cent)\s+of\s+{actor('s')}{POSS}\s+(?:total\s+|overall\s+)?"
               rf"{_FLOW_WORD}\b(?:[^@.;]{{0,60}}?\b(?:went to|came from|go to|come from|were with|was with|"
               rf"find their way to|found their way to|end up in|ended up in)|"
               rf"[^@.;,]{{0,40}}?\b(?:to|from|with))\s+{actor('p', its=False)}"),
    # X accounted for 29% of Y's total trade / X accounts for only 7.4 per cent of total U.S. exports / (China ...)
    # it currently contributes 26.2% of all Australian exports
    # (Russia comes in second with a $4.4 billion turnover,) making up 15.1% of Uzbekistan's overall trade;
    # China accounted for a 21.3% share (valued at $21.7bn) of Kazakhstan's total foreign trade / China remained the main
    # buyer with a 40.9% share of total Chilean exports
    re.compile(rf"(?P<p>@\d+(?!'s?\s|s'\s)|\bit)(?:'s?)?\s+(?:(?:(?!\bit\b)(?:[^@.;]|(?<=\d)\.(?=\d))){{0,90}}?\s)?(?:accounted for|accounts for|account for|made up|makes up|"
               rf"making up|accounting for|took|takes|taking|represented|represents|representing|contributes|contributed|contribute|"
               rf"comprising|comprises|comprised|constituting|constitutes|constituted|absorbing|absorbs|absorbed|receiving|"
               rf"receives|received|buying|buys|bought|holding|holds|held|"
               rf"with)"
               rf"\s+(?:[^@;]{{0,25}}?){AMOUNT}(?:\s+share)?(?:\s*\([^)@]{{0,40}}\))?\s+"
               rf"of\s+(?:total\s+|overall\s+|all\s+)?{actor('s')}{POSS}\s+(?:total\s+|overall\s+)?{_FLOW_WORD}"),
    # (machinery and electronics,) with the United States providing nearly 50% of Canada's imports / China has supplied
    # 30 percent of Vietnam's total imports (claims round 131): a verb of supplying right after its state gives that
    # state's share of its customer's imports, as "accounted for" does; only imports (a supplier has no share of its
    # customer's exports), and only where goods are spoken of and no arms (_goods_not_arms)
    re.compile(rf"(?P<p>@\d+)(?!'|’)\s*,?\s+(?:(?:has|have|had|also|still|alone)\s+)*(?P<supply>supplied|supplies|supply|"
               rf"supplying|provided|provides|provide|providing|delivered|delivers)\s+(?:[^@;]{{0,25}}?){AMOUNT}\s+of\s+"
               rf"(?:total\s+|overall\s+|all\s+)?{actor('s')}{POSS}\s+(?:total\s+|overall\s+)?"
               rf"(?P<flow>(?:(?:goods|merchandise|non-oil)\s+)?imports)\b"),
    # the trade with China accounted for 20.4 percent of the total trade volume of Japan
    re.compile(rf"(?:the\s+)?{_FLOW_WORD}\s+(?:with|to|from)\s+{actor('p', its=False)}\s+(?:accounted|accounts|account)\s+for\s+"
               rf"{AMOUNT}\s+of\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:trade|exports|imports)(?:\s+volume)?\s+of\s+"
               rf"{actor('s', its=False)}"),
    # Lithuania had been the EU member state whose imports from Russia accounted for the largest share of total
    # imports (11.9 per cent)
    re.compile(rf"{actor('s', its=False)}\s+(?:[^@.;]{{0,60}}?\s)?whose\s+(?:total\s+)?{_FLOW_WORD}\s+(?:to|from|with)\s+"
               rf"{actor('p', its=False)}\s+(?:accounted for|accounts for|made up|makes up|represented|were|was)\s"),
    # the share of Russian imports increased sharply for Bulgaria (2021: 7.6 per cent of total imports)
    re.compile(rf"\bshare\s+of\s+{actor('p', its=False)}\s+(?P<flow>imports|exports|goods)\s+[^@.;]{{0,40}}?\bfor\s+"
               rf"{actor('s', its=False)}"),
    # The United States, in second place, receives only 12 percent of total exports from Brazil
    # (the second most important, Switzerland,) receives only 5.6% of Mongolian supplies
    # The US has bought 24 percent of the exports from Sri Lanka / China accounted for 17.7% of all imports into Ukraine
    re.compile(rf"{actor('p', its=False)}\s*(?:,[^@.;]{{0,30}}?,\s*|,\s*)?(?:(?:has|have|had)\s+)?(?:receives|received|"
               rf"takes|took|taken|gets|got|absorbs|absorbed|buys|bought|accounted for|accounts for|account for|"
               rf"accounting for)\s+(?:only\s+|just\s+)?{AMOUNT}\s+of\s+(?:the\s+)?(?:total\s+|all\s+)?"
               rf"(?:(?P<flow>exports|shipments|supplies)\s+from\s+{actor('s', its=False)}|"
               rf"(?P<flow3>imports)\s+(?:into|to)\s+{actor('s3', its=False)}|"
               rf"{actor('s2', its=False)}{POSS}\s+(?P<flow2>exports|shipments|supplies)\b)"),
    # Russia's share in total Mongolian exports - from 63 to 2% / Russia's share of Ukraine's total trade was 8% / (China)
    # increased its share in total U.S. imports from 1.6 percent in 1987 to 22.0 percent in 2017 / China's share of the
    # country's exports (the possessor "its" is the state it stands for, the owner "the country's" the article's state)
    re.compile(rf"{actor('p')}{POSS}\s+share\s+(?:in|of)\s+(?:total\s+|overall\s+)?{actor('s')}{POSS}\s+"
               rf"(?:total\s+)?{_FLOW_WORD}"),
    # South Korea's share of China's import market fell to 6 percent / China's share of the U.S. import market / Russia's
    # share of Ukraine's total balance of foreign trade has reduced to 8% / China's share in the structure of imports of
    # the Republic of Kazakhstan / the U.S. share of imports into China has fallen from 10% to 7% (claims round 132): the
    # same share with the owner's flow told as its import or export market, with words of the whole flow between
    # ("balance of", "structure of"), or with the owner after the flow; not a product's flow ("Brazil's soybean exports"),
    # not the partner's goods ("imports of Chinese goods"), and not a level that held only until a year ("China's share in
    # overall imports to Armenia stayed below 1% until 2004": a past state, not the year the claim is judged on)
    re.compile(rf"{actor('p')}{POSS}\s+share\s+(?:in|of)\s+(?:the\s+)?{actor('s')}{POSS}\s+"
               rf"(?:(?:total|overall|entire|foreign|external|balance|volume|structure|value)\s+(?:of\s+)?){{0,4}}"
               rf"(?:(?P<flow>import|export)s?\s+markets?\b|{_FLOW_WORD.replace('?P<flow>', '?P<flow2>')}\b)"
               rf"{_UNTIL}"),
    re.compile(rf"{actor('p')}{POSS}\s+share\s+(?:in|of)\s+(?:the\s+)?(?:(?:total|overall|balance|volume|structure|value)\s+"
               rf"(?:of\s+)?){{0,3}}(?:(?P<flow>imports)\s+(?:into|to|of)|(?P<flow2>exports)\s+(?:from|of)|"
               rf"(?P<flow3>(?:foreign\s+)?trade)\s+of)\s+(?:the\s+)?{actor('s', its=False)}"
               rf"(?!{POSS}\s+(?:goods|products|merchandise|origin)\b|\s*-made\b){_UNTIL}"),
    # In 2016 Germany showed a share of 30% of the total volume of the Czech external trade / China had a 15% share in
    # Japan's total trade
    re.compile(rf"{actor('p', its=False)}\s+(?:[^@.;]{{0,30}}?\s)?(?:had|has|have|showed|shows|show|held|holds|hold|enjoyed|"
               rf"enjoys|commanded|commands|registered|registers|recorded|records)\s+(?:a|an)\s+(?:[a-z]+\s+)?"
               rf"(?:share\s+of\s+)?{AMOUNT}(?:\s+share)?\s+(?:of|in)\s+(?:the\s+)?(?:total\s+|overall\s+)?"
               rf"(?:volume\s+of\s+)?(?:the\s+)?{actor('s')}{POSS}\s+(?:total\s+|overall\s+)?{_FLOW_WORD}"),
    # the share of the United States in Russia's total foreign-trade turnover ... increased to 4.8% (the level after
    # "to", the first percentage otherwise: "was less than 2%")
    re.compile(rf"\bshare\s+of\s+{actor('p', its=False)}\s+in\s+{actor('s')}{POSS}\s+(?:total\s+|overall\s+)?"
               rf"{_FLOW_WORD}"),
    # China is currently the destination for 25% of all Brazilian exports
    re.compile(rf"{actor('p', its=False)}\s+(?:is|was|remains|remained|has been)\s+(?:now\s+|currently\s+|still\s+)?the\s+"
               rf"(?:destination|market|source)\s+(?:for|of)\s+{AMOUNT}\s+of\s+(?:all\s+|total\s+)?{actor('s')}{POSS}\s+"
               rf"(?:total\s+)?{_FLOW_WORD}"),
    # 77 per cent of Canadian export goods go to the U.S. / a quarter of imported goods to Vietnam are from China
    re.compile(rf"{AMOUNT}\s+of\s+(?:total\s+|all\s+)?(?:{actor('s')}{POSS}\s+)?(?:total\s+|overall\s+)?"
               rf"(?P<flow>exports?|imports|imported goods|export goods|exported goods|goods imported|goods exported|trade)"
               rf"(?:\s+(?:to|into|of|by|from)\s+{actor('s2', its=False)})?\s+(?:go|goes|went|are|is|were|was|come|comes|came|"
               rf"originate|originates|originated)\s+(?:to|from|in)\s+{actor('p', its=False)}"),
]


# the places after the first a ranking is told by ("rose to sixth place", "was displaced to second place")
_LATER = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
# "..., overtaking the US, which fell back to third place", "Britain came in third, importing German goods",
# "the U.S. had taken the top spot": a place in a ranking whose owner the sentence names elsewhere
# "America's top export market is Canada, with Mexico second", "China is currently in fourth place", "South Korea ranked
# second in terms of exports to China", "In second place for imports to Bulgaria was Russia", "That left France in
# second place"
_PLACE = re.compile(r"(?P<p>@\d+)\s*,\s*in\s+(?P<ord3>first|second|third|fourth|fifth)\s+place\s*,|"
                    r",\s*with\s+(?P<p3>@\d+)\s+(?:ranked\s+|ranking\s+|placed\s+|coming\s+|in\s+)?(?P<ord4>second|third|fourth|fifth)\b|"
                    r"(?P<p2>@\d+)\s*(?:,\s*which\s+|,\s*)?(?:[^@.;,]{0,20}?\s)?(?:(?:fell|dropped|slipped|slid|rose|climbed|moved|"
                    r"came|remained|was|is|ranked|finished|stayed|displaced|relegated|pushed|knocked|bumped|demoted)\s+"
                    r"(?:now\s+|currently\s+|still\s+)?(?:back\s+|up\s+|down\s+)?(?:to|in|at|into)\s+(?:the\s+)?"
                    rf"(?P<ord>first|{_LATER}|top|2nd|3rd|4th|5th)\s+(?:place|position|spot)|(?:came|comes)\s+"
                    rf"(?:in\s+(?P<ord2>first|{_LATER})|(?P<ord8>{_LATER})(?=\s+(?:at|with)\s))|"
                    r"(?:ranked|ranks)\s+(?P<ord7>first|second|third|fourth|fifth)"
                    r"(?=\s+(?:in\s+terms\s+of|for)\s)|(?:had\s+|has\s+)?(?:taken|took|takes|take|reclaimed|"
                    r"regained|claimed|claims|claim|secured|secures|secure|held|holds|hold|occupied|occupies|occupy|grabbed|"
                    r"grabs|clinched|clinches|won|wins)\s+(?:the\s+)?(?P<top>top|first|second|third|fourth|fifth|2nd|3rd|4th|5th)"
                    r"\s+(?:spot|place|position|slot))|"
                    r"\b(?:the\s+)?(?P<ord5>top|first|second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:spot|place|position|slot)\b"
                    r"[^@.;]{0,40}?\b(?:was|is|were|are|has been)\s+(?:occupied|taken|held|claimed|secured)\s+by\s+(?:the\s+)?"
                    r"(?P<p4>@\d+)|"
                    rf"\b(?:left|leaves|leaving)\s+(?:the\s+)?(?P<p6>@\d+)\s+(?:in|at)\s+(?:the\s+)?(?P<ord9>{_LATER})\s+"
                    r"(?:place|position|spot)\b|"
                    r"^(?:[^@.;]{0,30}?,\s*)?in\s+(?P<ord6>first|second|third|fourth|fifth|top)\s+place\s+(?:for|among|of)\s+"
                    r"[^.;]{0,40}?\b(?:was|were|came)\s+(?:the\s+)?(?P<p5>@\d+)")
# a bare place after "comes", "ranks" or "stands", in a sentence that goes on with the ranking the sentence before told and
# names no owner of its own: "China is the largest buyer. The United States comes second, followed by Japan", "Japan ranks
# third with 8%" (the place ends its clause, or a share, value or chain follows it: not "second largest economy"). A
# copula's bare place ("America is second with 15 percent") is left out: the one development sentence with it follows a
# ranking of arms suppliers the sentence before tells with no arms word (held54-037), and would be read as trade
_BARE_PLACE = re.compile(rf"(?P<p>@\d+)\s+(?:now\s+|currently\s+|still\s+)?(?:(?:comes|came|ranks|ranked|stands|stood|"
                         rf"finished|placed)\s+(?:the\s+|a\s+(?:distant|close|strong|clear)\s+)?(?P<ord>{_LATER}|2nd|3rd|"
                         rf"4th|5th)(?=\s*(?:[,.;:(]|$|with\b|at\b|on\b|behind\b|after\b|followed\b|and\b))"
                         # not the first of coordinated places, "The United States and the Netherlands came second and
                         # third" (`_list_followed`'s, claims round 108)
                         rf"(?!\s+and\s+(?:{_LATER}|2nd|3rd|4th|5th)\b)|"
                         rf"(?:is|was)\s+(?:a\s+(?:distant|close|strong|clear)\s+)?(?P<ord2>{_LATER}|2nd|3rd|4th|5th)"
                         rf"(?=\s*,?\s*(?:closely\s+)?followed\s+by\b|\s*,?\s+(?:with|at)\s+(?:about\s+|around\s+|some\s+)?"
                         rf"(?:(?:US|A|C|NZ|HK)?[$€£¥]\s?\d|\d[\d.,]*\s*(?:billion|million|trillion|bn)\b))|"
                         # a move to a place with no place noun (claims round 108): "China dropped to second with $427
                         # billion, followed by Canada"
                         rf"(?:dropped|drops|fell|falls|slipped|slips|slid|rose|rises|climbed|climbs|moved\s+up|moved\s+down|"
                         rf"jumped|advanced)\s+(?:back\s+)?to\s+(?P<ord3>{_LATER}|2nd|3rd|4th|5th)"
                         rf"(?=\s*(?:[,.;:(]|$|with\b|at\b|behind\b|after\b|followed\b)))")
_TABLE = re.compile(r"\bplace\s+in\s+(?P<s>@\d+)(?:'s?|s')?\s+(?:trade|trading)\s+(?:table|ranking|partners)")
# the ranking's owner told by its flow after "for" or "in terms of": "taken the first place on the list of countries for
# Poland's imports", "ranked second in terms of exports to China" (China's imports), "for imports to Bulgaria"
_FOR_FLOW = re.compile(r"\b(?:for|in\s+terms\s+of)\s+(?:the\s+)?(?:(?P<s>@\d+)(?:'s?|s')?\s+(?P<flow>imports|exports)\b|"
                       r"(?P<flow2>imports|exports)\s+(?:to|into)\s+(?:the\s+)?(?P<s2>@\d+))")
_GOODS_OF = re.compile(r"\b(?P<flow>importing|buying|imported|bought)\s+(?P<s>@\d+)\s+(?:goods|products|exports)|"
                       r"\b(?:taking in|takes in|took in)\s+[^@.;]{0,30}?\bof\s+(?P<s2>@\d+)(?:'s?|s')?\s+exports\b")
_PLACES = {"first": 1, "top": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
           "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _places(s: Sentence, claims: dict) -> None:
    """Rank claims from a place in a ranking (see `_PLACE`), or from a rank phrase with no owner of
    its own followed by "was X": the ranking's owner is the subject of the sentence's other
    trading-partner claims, or the state whose goods the partner imports."""
    owners = {(c.subject, c.flow) for c in claims.values()}
    carried = False
    goods = _GOODS_OF.search(s.template)
    if goods and s.actor(goods.group("s") or goods.group("s2")):   # "taking in US$41 billion of U.S. exports"
        owners = {(s.actor(goods.group("s") or goods.group("s2")), "exports")}
    told = _FOR_FLOW.search(s.template)
    owner = s.actor(told.group("s") or told.group("s2")) if told else None
    if not owners and owner:   # "... for Poland's imports"
        owners = {(owner, "imports" if told.group("flow2") else told.group("flow"))}
    table = _TABLE.search(s.template)
    if not owners and table and s.actor(table.group("s")):   # "China fell to third place in the U.S.' trade table"
        owners = {(s.actor(table.group("s")), "total")}
    if not owners and s.owner is not None and s.owner not in s.actors and s.prior is not None and \
            not _ARMS.search(s.prior.template) and (_PLACE.search(s.template) or _BARE_PLACE.search(s.template)):
        # "India came in third with SR4.7 billion", "The United States comes second": the article's ranking goes on
        text = s.template if re.search(r"\b(?:export|import)", s.template) else s.prior.template
        owners = {(s.owner, _flow_of(text))}
        carried = True
    if not owners and s.owner is None and s.previous is not None and s.previous not in s.actors and \
            s.prior is not None and not _ARMS.search(s.prior.template) and \
            any(s.prior.actor(m.group("s")) == s.previous for m in _TRADER.finditer(s.prior.template)) and \
            (_PLACE.search(s.template) or _BARE_PLACE.search(s.template)):
        # claims round 81: no ranking carried, the sentence before told its subject selling or buying ("The United States
        # shipped $157 billion in exports to Canada and $79 billion to Mexico. Japan was in third place at $58 billion"):
        # the places are in that trader's ranking (not after "Japan ranked second, with ... an import value of": a place)
        text = s.template if re.search(r"\b(?:export|import)", s.template) else s.prior.template
        owners = {(s.previous, _flow_of(text))}
        carried = True
    if len(owners) != 1:
        return
    subject, flow = owners.pop()
    for m in _ANCHOR.finditer(s.template):   # "..., noting that the biggest export market last year was the United States"
        after = re.match(r"^[^@.;]{0,40}?\b(?:was|is|were|had been|has been|remained)\s+(?P<p>@\d+)", s.template[m.end():])
        partner = s.actor(after.group("p")) if after else None
        if partner and partner != subject and (subject, partner) not in claims and \
                not re.search(r"@\d+(?:'s?|s')?\s+$", s.template[max(0, m.start() - 12): m.start()]):
            rank, within, minor = rank_of(m.group("rank"), _plural(m.group("role")))
            place = PLACE_IN_LIST.search(s.template[: m.start()]) if _plural(m.group("role")) else None
            if place:   # "came in second in the list of Thailand's top trading partners": a place, not the top five
                rank, within, minor = rank_of(place.group("a") or place.group("b"), False)
            claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), rank=rank, within=within, minor=minor,
                                               flow=_flow(m.group("role")), year=s.year)
    places = [(m.group("p") or m.group("p2") or m.group("p3") or m.group("p4") or m.group("p5") or m.group("p6"),
               m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("ord4") or m.group("top") or
               m.group("ord5") or m.group("ord6") or m.group("ord7") or m.group("ord8") or m.group("ord9"))
              for m in _PLACE.finditer(s.template)]
    if carried:
        places += [(m.group("p"), m.group("ord") or m.group("ord2") or m.group("ord3"))
                   for m in _BARE_PLACE.finditer(s.template)]
    for placeholder, words in places:
        partner = s.actor(placeholder)
        existing = claims.get((subject, partner))
        if existing is not None and existing.rank is None and existing.within is None and not existing.minor:
            existing.rank = _PLACES[words]   # "Russia comes in second ..., making up 15.1% of Uzbekistan's trade"
        elif partner and partner != subject and existing is None:
            claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), rank=_PLACES[words], flow=flow,
                                               year=s.year)


# a first place told by a verb of leading rather than a rank word (claims round 64): "As for Saudi imports, China also took
# the lead with ... 21.4 percent", "..., with the United States of America taking the lead with 17% exports share", "China
# continued to remain on top of the list of countries from where India imported goods"; the ranking's owner is the state
# whose flow the same sentence names ("for Saudi imports", "of Bangladesh's total exported goods", "from where India
# imported"); "Japan was still top of the Aussie export charts" (held24-018) is left unread, its owner an adjective
_LEAD_PLACE = re.compile(r"(?P<p>@\d+)\s+(?:[a-z]+\s+){0,2}?(?:(?:took|takes|taking|has\s+taken|had\s+taken)\s+the\s+lead\b|"
                         r"(?:was|is|remained|remains|stayed|stays|continued\s+to\s+remain|continues\s+to\s+remain)\s+"
                         r"(?:still\s+)?(?:on\s+)?top\s+of\s+the\s+(?:[a-z@\d]+\s+){0,2}?(?:list|charts?|ranking|table)\b)")
_LEAD_OWNER = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?P<s>@\d+)(?:'s?|s'|’s?)?\s+(?:total\s+|overall\s+)?"
                         r"(?P<flow>export|import)(?:s|ed)?\b|\bfrom\s+where\s+(?P<s2>@\d+)\s+(?P<flow2>export|import)(?:s|ed)\b")

# the leader's share written after the verb: "with 17% exports share", "with its imports amounting to 21.4 percent"
_LEAD_SHARE = re.compile(r"\s+with\s+(?:[^@.;,%\d]{0,30}?\s)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)")


def _lead_place(s: Sentence, claims: dict) -> None:
    """A first place told by a verb of leading (see `_LEAD_PLACE`) whose owner the sentence names by its flow
    (`_LEAD_OWNER`); nothing when the pair is already claimed or the sentence names no such owner."""
    lead, told = _LEAD_PLACE.search(s.template), _LEAD_OWNER.search(s.template)
    if not lead or not told:
        return
    subject = s.actor(told.group("s") or told.group("s2"))
    partner = s.actor(lead.group("p"))
    flow = (told.group("flow") or told.group("flow2")) + "s"
    share = _LEAD_SHARE.match(s.template, lead.end())   # "took the lead with its imports amounting to 21.4 percent"
    if subject and partner and partner != subject and (subject, partner) not in claims:
        claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), rank=1,
                                           share=float(share.group("n")) if share else None, flow=flow, year=s.year)


# Eurostat's lists, a partner and the states it leads for: "This partner was Germany for Czechia (32% of exports of
# goods), Austria (30%), ..., Hungary and Luxembourg (both 27%), the United States for Ireland (28%) and Spain for Portugal
# (25%)" (each share is of the state after "for", or listed after it, until the next "X for")
_FOR_ITEM = re.compile(r"(?:(?:the\s+)?(?P<p>@\d+)\s+for\s+)?(?:the\s+)?(?P<s>@\d+)(?:\s+and\s+(?:the\s+)?(?P<s2>@\d+))?\s*"
                       r"\((?:both\s+|all\s+|each\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")
# a state and its main partner in brackets after a ranking of partners: "the main partner for exports of goods in 2018
# was another member ..., as well as Cyprus (Cayman Islands) and Lithuania (Russia)"
_PAIR = re.compile(r"(?P<s>@\d+)\s*\((?:the\s+)?(?P<p>@\d+)\)")
_MAIN = re.compile(r"\b(?P<rank>main|largest|biggest|top|leading|principal|primary)\s+(?P<role>(?:trad(?:ing|e)\s+)?"
                   r"partners?|destinations?|markets?|suppliers?|sources?)\b(?:\s+(?:for|of)\s+(?P<flow>exports|imports))?")
# owners listed before the ranking: "For three countries—France, Italy, and Türkiye—Germany became the largest export
# market"; "except for Germany, Ireland, Malta and the United Kingdom — for whom the United States was the main
# destination of exports" (or "(the United States was the main destination of exports)")
_LIST = r"(?:the\s+)?@\d+(?:\s*(?:,\s*and|,|and|&)\s*(?:the\s+)?@\d+)*"
_FOR_LIST = re.compile(rf"\bfor\s+(?:[a-z]+\s+(?:countries|states|economies|nations)\s*(?:—|–|:|,|-)\s*)?(?P<list>{_LIST})\s*"
                       rf"(?:—|–|,|-|\()\s*(?:for\s+whom\s+)?(?:the\s+)?(?P<p>@\d+)\s+{COPULA}\s+{ADVERBS}"
                       rf"(?:its|their|the)\s+{RANK}\s+{_ROLE}")
# partners given two ranks at once: "Russia and China, its first and third largest sources of imports"; "the United
# States and the Netherlands came second and third"
_TWO_RANKS = re.compile(rf"(?:the\s+)?(?P<p>@\d+)\s+and\s+(?:the\s+)?(?P<p2>@\d+)\s*(?:,\s*(?P<s>@\d+|its|their)"
                        rf"(?:'s?|s')?\s+|\s+(?:came|come|rank|ranked|were|are|placed|finished)\s+(?:in\s+)?)"
                        rf"(?P<o>first|{ORDINAL})\s+and\s+(?P<o2>{ORDINAL})(?:[- ](?:largest|biggest|most important|"
                        rf"leading|top))?(?:\s+{_ROLE})?")

# two possessors of one rank noun: "Japan's and South Korea's largest trading partner", "Japan and South Korea's ..."
_BOTH = re.compile(r"(?P<a>@\d+)(?:'s?|s'|’s?)?\s+(?:and|&)\s+(?:the\s+)?(?P<b>@\d+)(?:'s?|s'|’s?)\s+(?:[a-z-]+\s+){0,2}?"
                   r"(?:largest|biggest|top|main|leading|key|major|most important|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|"
                   r"number one|no\. ?1|principal|primary)\b")


def _flow_of(text: str) -> str:
    """The flow a sentence's shares are of: exports or imports when it names only one of them, total otherwise."""
    exports, imports = re.search(r"\bexport", text), re.search(r"\bimport", text)
    return "exports" if exports and not imports else "imports" if imports and not exports else "total"


def _for_owners(s: Sentence, claims: dict) -> None:
    """Claims whose owners are written after "for", in brackets or before a dash (see `_FOR_ITEM`, `_PAIR`, `_FOR_LIST`),
    and two partners given two ranks (`_TWO_RANKS`; the owner is the one the sentence's other claims have)."""
    text = s.template
    flow = _flow_of(text + " " + (s.prior.template if s.prior is not None else ""))
    partner, end = None, None
    for m in _FOR_ITEM.finditer(text):
        if m.group("p"):
            partner = s.actor(m.group("p"))
        elif end is None or not re.fullmatch(r"\s*(?:,\s*and|,|and)\s*", text[end: m.start()]):
            partner = None   # a bracketed share that does not continue the list
        close = text.find(")", m.end(), m.end() + 40)
        end = close + 1 if close >= 0 else m.end()
        for key in ("s", "s2"):
            owner = s.actor(m.group(key))
            if partner and owner and owner != partner and (owner, partner) not in claims:
                claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), share=float(m.group("n")), flow=flow,
                                                 year=s.year)
    main = _MAIN.search(text)
    if main:
        rank, within, minor = rank_of(main.group("rank"), _plural(main.group("role")))
        for m in _PAIR.finditer(text, main.end()):
            owner, other = s.actor(m.group("s")), s.actor(m.group("p"))
            if owner and other and owner != other and (owner, other) not in claims:
                claims[(owner, other)] = Claim(KIND, s.text, owner, (other,), rank=rank, within=within, minor=minor,
                                               flow=main.group("flow") or _flow_of(text), year=s.year)
    for m in _FOR_LIST.finditer(text):
        other = s.actor(m.group("p"))
        rank, within, minor = rank_of(m.group("rank"), _plural(m.group("role")))
        for placeholder in re.findall(r"@\d+", m.group("list")):
            owner = s.actor(placeholder)
            if owner and other and owner != other and (owner, other) not in claims:
                claims[(owner, other)] = Claim(KIND, s.text, owner, (other,), rank=rank, within=within, minor=minor,
                                               flow=_flow(m.group("role")), year=s.year)
    for m in _TWO_RANKS.finditer(text):
        owners = {c.subject for c in claims.values()}
        owner = s.actor(m.group("s")) if m.group("s") else (owners.pop() if len(owners) == 1 else None)
        role = m.group("role") or (_MAIN.search(text).group("role") if _MAIN.search(text) else "")
        for key, words in (("p", m.group("o")), ("p2", m.group("o2"))):
            other = s.actor(m.group(key))
            if owner and other and owner != other and (owner, other) not in claims:
                rank, within, minor = rank_of(words, False)
                claims[(owner, other)] = Claim(KIND, s.text, owner, (other,), rank=rank, within=within, minor=minor,
                                               flow=_flow(role) if role else _flow_of(text), year=s.year)


_THAT_WITH = re.compile(rf"\bthat\s+(?:with|to|from)\s+(?:the\s+)?(?P<p>@\d+)\s+(?:accounted\s+for\s+|was\s+|at\s+)?{AMOUNT}")
_ANCHOR = re.compile(rf"{RANK}\s+(?:(?:single|goods|merchandise|overall|total|bilateral|two-way|foreign|business|"
                     rf"commercial|global|international|external|individual|country)\s+)*(?P<role>(?:trad(?:ing|e)|commercial|"
                     rf"business|economic) partners?|exports? (?:markets?|destinations?)|exporting (?:markets?|destinations?)|"
                     rf"(?:export|import)(?:ing)? (?:trad(?:ing|e) )?partners?|sources? of (?:its |their )?(?:imports|imported goods)|"
                     rf"recipients?(?=\s+of\s+(?:the\s+)?@\d+(?:'s?|s')?\s+(?:(?:total|commodity|goods|merchandise|non-oil)\s+)?"
                     rf"(?:exports|shipments)\b)|suppliers? of (?:goods |merchandise )?imports|"
                     rf"import (?:sources?|suppliers?)|(?:goods |merchandise )?(?:importers?|buyers?|customers?|clients?))")
# The general reading, for a sentence no phrasing above reads: a rank or size word before a trade-flow noun, with at
# most two words between ("Germany is still Russia's second biggest partner", "the number one destination for Nigeria",
# "held the top trading partner position for India"). The owner is read as for _ANCHOR (a possessor before, "of, for,
# to or in X" after); else it is the one state the sentence has trading ("Out of 123 countries Ethiopia exports to,
# Somalia was the number one destination", "the top five countries ... from where India sourced its imports"; not one
# trading with a state it names, "China sold N1.51 trillion of goods to the Nigerian market"), and the partners are the
# other states before the rank word in its clause. Only when the sentence, or the one before, has a word
# of trade. A share of an owner's flow (_SHARE_OF) is read the same way.
_LOOSE = re.compile(rf"{RANK}\s+(?:(?!(?:and|or|of|in|to|for|with|the)\b)[a-z-]+\s+){{0,2}}?(?P<role>(?:trad(?:ing|e)\s+)?"
                    rf"(?:partners?|traders?|markets?|destinations?|sources?|suppliers?|buyers?|customers?|clients?|exporters?|"
                    rf"importers?)|(?P<plain>countries|nations|economies))\b(?:\s+(?:position|spot|slot|place))?")
_TRADE_WORD = re.compile(r"\b(?:trad(?:e|ing|ed|ers?)|exports?|exported|exporting|exporters?|imports?|imported|importing|"
                         r"importers?|goods|shipments?|merchandise|sold|bought|buying|sales|purchases?|suppl(?:y|ying|ied|ies))\b")
# a state told selling or buying, in a tense with its auxiliary too (claims round 120): "Turkey has exported the most goods
# to Germany ...", so that the next sentence's places ("The United Kingdom was in second place") are in Turkey's ranking
_TRADER = re.compile(r"(?P<s>@\d+)\s+(?:(?:has|have|had)\s+)?(?:(?:also|mainly|mostly|largely|primarily)\s+)?"
                     r"(?:(?P<x>exports?|exported|sells|sold|ships|shipped)|"
                     r"(?P<m>imports?|imported|sources?|sourced|buys|bought|purchases|purchased))\b")


# a share of an owner's flow with one other state in its clause: "China recorded 29.9% or N2.08 trillion of Nigeria's
# total imports", "Around 45% of all goods exported by Belarus in 2020 went to Russia"
_SHARE_OF = re.compile(rf"{AMOUNT}\s+(?:or\s+[^,;@]{{0,30}}?\s+)?of\s+(?:all\s+|the\s+)?(?:(?P<s>@\d+)(?:'s?|s'|’s?)?\s+)?"
                       rf"(?:(?:total|overall)\s+)?(?:(?:goods|merchandise|products)\s+)?(?:(?P<flow>exports|imports|"
                       rf"(?:foreign\s+)?trade)\b|(?P<flow2>exported|imported)\s+by\s+(?P<s2>@\d+))")


def _loose_flow(m: re.Match) -> str:
    """The flow of a _LOOSE match: a source, supplier or exporter (to the owner) is of its imports; else the words'."""
    if m.group("role").startswith(("source", "supplier", "exporter")):
        return "imports"
    return _flow(m.group(0))


def loose(s: Sentence) -> list[Claim]:
    """Claims of the general reading (_LOOSE) in a sentence; `find_claims` asks for them only when no reader found a
    trading-partner claim in it."""
    if _ARMS.search(s.template) or (s.prior is not None and _ARMS.search(s.prior.template)) or not (
            _TRADE_WORD.search(s.template) or (s.prior is not None and _TRADE_WORD.search(s.prior.template))):
        return []   # nor after a sentence about arms ("Sixty-eight percent of India's imports were from Russia")
    claims: dict[tuple[str, str], Claim] = {}
    for subject, partner, m in anchored(s, _LOOSE):
        if not m.group("plain") and (subject, partner) not in claims:
            rank, within, minor = rank_of(m.group("rank"), _plural(m.group("role")))
            claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), rank=rank, within=within, minor=minor,
                                               flow=_loose_flow(m), year=s.year)
    for m in [] if claims else _SHARE_OF.finditer(s.template):
        owner = s.actor(m.group("s") or m.group("s2"))
        start = max(s.template.rfind(";", 0, m.start()), s.template.rfind(" while ", 0, m.start()), 0)
        ends = [i for i in (s.template.find(";", m.end()), s.template.find(" while ", m.end())) if i >= 0]
        clause = s.template[start: min(ends) if ends else len(s.template)]
        others = {s.actor(p) for p in re.findall(r"@\d+", clause)} - {owner, None}
        if owner and len(others) == 1:
            value, qualifier = amount(m)
            flow = _flow(m.group("flow") or m.group("flow2"))
            claims[(owner, *others)] = Claim(KIND, s.text, owner, tuple(others), share=value, qualifier=qualifier,
                                             flow=flow, year=s.year)
    traders = {s.actor(t.group("s")): t for t in _TRADER.finditer(s.template) if s.actor(t.group("s")) and not
               re.match(r"[^@;]{0,60}?\b(?:to|from|into)\s+(?:the\s+)?@\d+", s.template[t.end():])}   # "sold ... to X": a flow
    if claims or len(traders) != 1:
        return list(claims.values())
    (owner, verb), = traders.items()
    for m in _LOOSE.finditer(s.template):
        clause = last_clause(s.template[: m.start()])
        partners = [s.actor(p.group(0)) for p in re.finditer(r"@\d+", clause) if not DISPLACED.search(clause[: p.start()])]
        partners = [p for p in dict.fromkeys(partners) if p and p != owner]
        rank, within, minor = rank_of(m.group("rank"), _plural(m.group("role")) or len(partners) > 1)
        for partner in partners:
            claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), rank=rank, within=within, minor=minor,
                                             flow="exports" if verb.group("x") else "imports", year=s.year)
    return list(claims.values())


# X is a minor trading partner (no state named: the previous sentence's subject)
_BARE = re.compile(rf"^\W*(?:[a-z]+\s+){{0,3}}?{actor('p', its=False)}\s*(?:,\s*|\s+{COPULA}\s+{ADVERBS})"
                   rf"(?:a|an|only a|just a|one|the)\s+{RANK}\s+{_ROLE}(?!\s+(?:of|for|to)\s+(?:the\s+)?@)")


def _owner(s: Sentence, placeholder: str | None, partner: str | None) -> str | None:
    """The state a share is of: 'its' that would make a state its own partner ("China accounts for no less than 92 per
    cent of its exports", after a sentence about Mongolia) is the previous sentence's subject."""
    owner = s.actor(placeholder)
    if owner is not None and owner == partner and (placeholder or "").strip() in ("its", "their") and s.previous:
        return s.previous
    return owner


def _flow(role: str | None) -> str:
    role = (role or "").lower()
    if role.startswith("exporter"):   # "Russia has become Turkey's largest exporter": the largest exporter to Turkey
        return "imports"
    if any(word in role for word in ("export", "market", "destination", "shipment", "importer", "buyer", "customer",
                                     "client", "supplies", "recipient")):
        return "exports"
    if "import" in role or "supplier" in role or "purchase" in role:
        return "imports"
    return "total"


_GOODS = re.compile(r"\b(?:goods|trad(?:e|ing)|merchandise|commodit(?:y|ies)|crude|oil|gas|products|markets?|destinations?)\b")


def arms_imports(s: Sentence) -> bool:
    """Whether a sentence's imports or suppliers are arms: it names no arms and no goods of its own and follows a sentence
    about arms ("But when it comes to buying weapons, India is shopping in Russia. Sixty-eight percent of India's imports
    were from Russia.")."""
    return s.prior is not None and _ARMS.search(s.prior.template) is not None and _ARMS.search(s.template) is None \
        and _GOODS.search(s.template) is None and re.search(r"\bimports?\b|\bsuppl", s.template) is not None


# a share of "the total" with no owner of its own continues the article's last ranking or share ("It was followed by Japan
# with exports valued at SR11.7 billion – 11.2 percent of the total, and India ..., 10.2 percent"; "The US followed with
# SR6.5 billion, or 9.8 percent of the total."): each state's share is the first percentage after it, before the next state
_OF_THE_TOTAL = re.compile(r"\bof\s+(?:the\s+)?total\b(?!\s+(?:@|its\b|their\b|the country))")
_SHARE_AFTER = re.compile(r"^[^@]{0,80}?(?<![\d.])(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")


def _of_the_total(s: Sentence) -> list[Claim]:
    """Shares of the article owner's trade in a sentence that names no owner (see `_OF_THE_TOTAL`)."""
    owner = s.owner
    if owner is None or owner in s.actors or not _OF_THE_TOTAL.search(s.template) or s.prior is None or \
            _ARMS.search(s.prior.template):   # the ranking goes on in arms (the arms readers' continuation)
        return []
    flow = _flow_of(s.template) if re.search(r"\b(?:export|import)", s.template) else _flow_of(s.prior.template)
    claims = []
    for m in re.finditer(r"@\d+", s.template):
        partner, share = s.actor(m.group(0)), _SHARE_AFTER.match(s.template[m.end():])
        if partner and share and partner != owner and partner not in [c.other for c in claims]:
            claims.append(Claim(KIND, s.text, owner, (partner,), share=float(share.group("n")), flow=flow, year=s.year))
    return claims


# states that come next in a ranking the sentence has just read ("UAE was India's top exports destination followed by the US
# and Singapore"; "..., followed by Germany (12%) and Poland"): the next places, in order, with a share in brackets. Each
# listed state may carry its value or share after "with" or "at" (claims round 108): "followed by China with $1.7 billion and
# Germany with $1.6 billion", "followed by Hong Kong with $30.66 billion (6 percent) and Taiwan with $16.46 billion". A
# value may name its currency in letters, as `_MONEY` reads it ("followed by Tanzania at Ksh2.8 billion"; a one- or
# two-letter one only before "$": "A$", not the article of "with a 12% share"), and may end in what it is worth (claims
# round 113): "followed by France with 170.1 billion euros' worth of goods and the Netherlands with 167.6 billion euros"
_LETTER_CURRENCIES = "ksh|kshs|sh|rm|rs|inr|eur|gbp"  # shillings, ringgit, rupees, euros and pounds written in letters
_DOLLAR_PREFIXES = "a|c|nz|hk"  # "A$", "C$", "NZ$", "HK$": a currency only before "$"
_VALUE = (r"(?:about\s+|around\s+|approximately\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?"
          rf"(?:(?:us|usd|{_LETTER_CURRENCIES})\s*|(?:{_DOLLAR_PREFIXES})\s?(?=\$))?"
          r"[$€£¥]?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|trillion\b|billion\b|million\b|bln\b|mln\b|bn\b|"
          r"tn\b|mn\b)(?:\s*(?:us\s*)?(?:dollars|euros|usd)\b)?(?:['’]?\s+worth\s+of\s+(?:goods|exports|imports|products)\b)?")
_ITEM = rf"@\d+(?:\s*\([^)@]{{0,30}}\)|\s*,?\s+(?:with|at)\s+(?:a\s+share\s+of\s+)?{_VALUE}(?:\s*\([^)@]{{0,30}}\))?)?"
_FOLLOWED_BY = re.compile(rf"\bfollowed\s+(?:closely\s+|respectively\s+)?by\s+(?P<list>(?:the\s+)?{_ITEM}"
                          rf"(?:\s*(?:,\s*and|,|and)\s*(?:the\s+)?{_ITEM})*)")
# the share written in a listed state's brackets: "Germany (12%)", "Hong Kong with $30.66 billion (6 percent)"
_NEXT_SHARE = re.compile(r"[^@(]{0,40}?\((?:about\s+|around\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\)")


# a ranking the sentence before told, continued by its last place "followed by" the next ones, in a sentence that names no
# owner: "China became the most important trading partner of Germany ... The Asian country was followed by France", "It was
# followed closely by Japan", "This was followed by Japan and South Korea" (this: the one state the sentence before placed).
# A chain whose states each take a share "of the total" is `_of_the_total`'s (shares, as the development labels read it)
_FOLLOWED_LIST = re.compile(rf"(?P<list>(?:the\s+)?{_ITEM}(?:\s*(?:,\s*and|,|and)\s*(?:the\s+)?{_ITEM})*)")
_FOLLOWED_ON = re.compile(r"^[^@]{0,40}?(?:(?P<h>@\d+)|\b(?:this|that|it))\s+(?:was|is|were|are)\s+(?:closely\s+|narrowly\s+)?"
                          r"followed\s+(?:closely\s+|narrowly\s+)?by\s+(?=(?:the\s+)?@\d)")


def _followed_on(s: Sentence, claims: dict) -> None:
    """The next places of the ranking the sentence before told (see `_FOLLOWED_ON`): the owner the article carries."""
    owner, m = s.owner, _FOLLOWED_ON.search(s.template)
    if m is None or claims or owner is None or owner in s.actors or not s.ranked or s.prior is None or \
            _ARMS.search(s.prior.template) or _OF_THE_TOTAL.search(s.template):
        return
    head = s.actor(m.group("h")) if m.group("h") else None
    if head is None and len(s.ranked) == 1:
        head = next(iter(s.ranked))
    if head not in s.ranked:
        return
    place, flow = s.ranked[head]
    chain = _FOLLOWED_LIST.match(s.template, m.end())
    for item in re.finditer(r"@\d+", chain.group("list")):
        partner = s.actor(item.group(0))
        place += 1
        if partner and partner not in (owner, head) and (owner, partner) not in claims:
            claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), rank=place, flow=flow, year=s.year)


# the list as subject of the ranking it continues (claims round 108), in a sentence that names no owner after a sentence that
# ranked the owner's partners: "The U.K. ($10.75 billion), Italy ($9.46 billion), the U.S. ($7.89 billion) and Spain ($7.7
# billion) followed Germany" (the places after the one the sentence before gave Germany, in order), "China and France
# followed second and third" (the places the ordinals give, in order)
_LIST_FOLLOWED = re.compile(rf"^\W*(?P<list>(?:the\s+)?{_ITEM}(?:\s*(?:,\s*and|,|and)\s*(?:the\s+)?{_ITEM})*)\s+"
                            rf"(?:(?:closely|then)\s+)?(?:followed\s+(?:the\s+)?(?P<h>@\d+)\b|"
                            rf"(?:followed|came|ranked|placed|finished)\s+(?:in\s+)?(?P<ords>{ORDINAL}(?:\s*,\s*{ORDINAL})*"
                            rf"\s*,?\s+and\s+{ORDINAL})\b)")


def _list_followed(s: Sentence, claims: dict) -> None:
    """The partners a list places next in the ranking the sentence before told (see `_LIST_FOLLOWED`): the owner and flow
    the article carries."""
    owner, m = s.owner, _LIST_FOLLOWED.match(s.template)
    if m is None or claims or owner is None or owner in s.actors or not s.ranked or s.prior is None or \
            _ARMS.search(s.prior.template):
        return
    listed = [s.actor(item.group(0)) for item in re.finditer(r"@\d+", m.group("list"))]
    if m.group("h"):
        head = s.actor(m.group("h"))
        if head not in s.ranked:
            return
        start, flow = s.ranked[head]
        places = list(range(start + 1, start + 1 + len(listed)))
    else:
        places = [ordinal_value(word) for word in re.findall(ORDINAL, m.group("ords"))]
        flows = {flow for _, flow in s.ranked.values()}
        if len(places) != len(listed) or not all(places) or len(flows) != 1:
            return
        flow = flows.pop()
    for partner, place in zip(listed, places):
        if partner and partner != owner and (owner, partner) not in claims:
            claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), rank=place, flow=flow, year=s.year)


# a list of partners under a plural rank noun, in a sentence that names no owner of its own after a sentence that told the
# owner's trade: "Kenya exported goods worth $6 billion. The main buyers were Uganda, Pakistan and the Netherlands", "Other
# top markets included Germany, France, the Netherlands and Ireland", "Uganda, Pakistan and the Netherlands were the main
# buyers", and the listed partners after the first of "Its top markets were ..." (each listed state among the top five)
_LIST_RANK = r"(?P<rank>main|largest|biggest|top|leading|principal|primary|major|key)"
_LIST_ROLE = (r"(?P<role>(?:trad(?:ing|e)\s+|export\s+|import\s+)?(?:partners|destinations|markets|buyers|customers|clients|"
              r"suppliers|importers)|sources\s+of\s+imports)")
_CARRIED_LIST = re.compile(
    rf"^\W*(?P<head>(?:(?:the|its|their|other)\s+){{0,2}}){_LIST_RANK}\s+(?:[a-z-]+\s+)?{_LIST_ROLE}\s+(?:are|were|include|"
    rf"includes|included|remain|remained)\s*:?\s*(?P<list>{_LIST})\b(?![^.;]*?\b(?:of|for|to|from)\s+@\d)|"
    rf"^\W*(?P<list2>{_LIST})\s+(?:are|were|remain|remained)\s+(?P<head2>(?:the|its|their)\s+(?:other\s+)?){_LIST_RANK.replace('rank', 'rank2')}"
    rf"\s+(?:[a-z-]+\s+)?{_LIST_ROLE.replace('role', 'role2')}\b(?!\s+(?:of|for|to|from)\s+@\d)")


def _carried_list(s: Sentence, claims: dict) -> None:
    """The partners listed under a plural rank noun whose owner the sentence before told (see `_CARRIED_LIST`)."""
    m = _CARRIED_LIST.search(s.template)
    if m is None or s.prior is None or _ARMS.search(s.prior.template):
        return
    possessive = re.search(r"\b(?:its|their)\b", m.group("head") or m.group("head2") or "")
    subjects = {c.subject for c in claims.values()}
    if possessive and len(subjects) == 1:
        owner = next(iter(subjects))   # "Its top markets were Uganda, ...": the pattern read the first with its owner
    elif not claims and s.owner is not None and s.owner not in s.actors:
        owner = s.owner
    elif not claims and s.previous is not None and s.previous not in s.actors and _TRADE_WORD.search(s.prior.template):
        owner = s.previous   # "Kenya exported goods worth $6 billion. The main buyers were ...": the trade's subject
    else:
        return
    rank, within, minor = rank_of(m.group("rank") or m.group("rank2"), True)
    flow = _flow(m.group("role") or m.group("role2"))
    for item in re.finditer(r"@\d+", m.group("list") or m.group("list2")):
        partner = s.actor(item.group(0))
        if partner and partner != owner and (owner, partner) not in claims:
            claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), rank=rank, within=within, minor=minor,
                                             flow=flow, year=s.year)


# a ranked plural role whose members follow it in apposition (claims round 73): "the four most important US trading
# partners - China, Canada, Mexico and Japan", "Exports to India's key markets - the US, the UAE, China, ...", "Turkish
# exports to the top five countries, namely Germany, ...", "The 5 biggest importers of products exported by France are
# Germany, Italy, ...", "the main buyers of Kenya's exports, such as Uganda and Pakistan"; the owner is named before
# the role ("India's", an attributive "US"), after it ("of Kenya's exports", "of products exported by France") or, for
# "the top five countries", by the flow before them ("Turkish exports to"); each listed state is among the top N the
# sentence numbers, else among the top five or as many as it lists
_N_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_APPOSED = re.compile(
    r"(?:(?P<s5>@\d+)(?:'s?|s')?\s+(?P<flow2>exports|imports)\s+(?:to|from)\s+)?"
    r"(?:(?P<s>@\d+)(?:'s?|s'|’s?)\s+|\bthe\s+)(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+)?"
    rf"(?:most\s+important|{_LIST_RANK})\s+(?:(?P<n2>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+)?"
    r"(?:(?P<s2>@\d+)\s+)?"
    r"(?P<role>(?:trad(?:ing|e)\s+|export\s+|import\s+)?(?:partners|destinations|markets|buyers|customers|clients|"
    r"suppliers|importers|countries)|sources\s+of\s+imports)"
    r"(?:\s+of\s+(?:products\s+|goods\s+)?exported\s+by\s+(?P<s3>@\d+)|"
    r"\s+(?:of|for)\s+(?P<s4>@\d+)(?:'s?|s'|’s?)?(?:\s+(?P<flow>exports|imports|goods))?)?"
    rf"\s*(?:-|:|,\s*(?:namely|such\s+as|including|e\.g\.)|\s+(?:are|were))\s*(?P<list>{_LIST})")


def _apposed_list(s: Sentence, claims: dict) -> None:
    """The partners listed in apposition to a ranked plural role whose owner the same sentence names (see `_APPOSED`);
    nothing after a sentence about arms ("The three main customers for the U.S. were ..." after the largest importers of
    arms, held74-001: the arms reader's)."""
    if s.prior is not None and _ARMS.search(s.prior.template):
        return
    for m in _APPOSED.finditer(s.template):
        owner = s.actor(m.group("s") or m.group("s2") or m.group("s3") or m.group("s4") or m.group("s5"))
        role = m.group("role")
        if owner is None or (role == "countries" and not m.group("s5")):
            continue   # "the top five countries" rank partners only after a flow of their owner's
        if m.group("s3") or m.group("flow") == "goods":
            flow = "exports"   # "importers of products exported by France", "buyers of Kenyan goods"
        else:
            flow = m.group("flow") or m.group("flow2") or _flow(role)
        if role.startswith("importer") and not m.group("s3"):
            flow = "exports"
        listed = [s.actor(item.group(0)) for item in re.finditer(r"@\d+", m.group("list"))]
        listed = [p for p in listed if p and p != owner]
        if len(listed) < 2:
            continue
        number = m.group("n") or m.group("n2") or ""
        within = _N_WORDS.get(number) or (int(number) if number.isdigit() else max(KEY, len(listed)))
        for partner in listed:
            existing = claims.get((owner, partner))
            if existing is None:
                claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), within=within, flow=flow, year=s.year)
            elif number and existing.rank is None and existing.within == KEY and not existing.minor and \
                    existing.share is None and existing.flow == flow:
                existing.within = within   # "Kenya's three largest trading partners are Uganda, ...": the top three, not five


# a list after a verb of trading told "mainly", "mostly" or "heavily" (claims round 86): "Chile exports mainly to China,
# the United States and Japan", "Peru imports chiefly from ...", "It also trades heavily with China, Japan, ..." (the
# opening "it": the sentence before's subject, held48-008), "..., exporting mostly to China (77.8%), Switzerland (14.6%),
# ..." (a participle with no owner of its own: the state whose trade the article has been ranking, else the subject of
# a sentence before about trade, held28-020). Each listed state is among the top five or as many as the list names; a
# share in brackets beside one is its share too. A list with no adverb ("increased its exports to Kenya, South Sudan and
# Tanzania") is a flow, not a ranking, and is left.
_VERB_ITEM = r"(?:the\s+)?@\d+(?:\s*\(\s*(?:about\s+|around\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s*\))?"
_VERB_LIST = re.compile(
    r"(?:(?P<s>@\d+)|^\W*(?P<it>it)|,\s*(?P<ing>exporting|importing|trading))\s+(?:(?:also|now|still)\s+)?"
    r"(?:(?P<x>exports|exported|sells|sold|ships|shipped|sends|sent)|(?P<m>imports|imported|buys|bought|sources|sourced|"
    r"purchases|purchased)|(?P<t>trades|traded))?\s*(?:(?:its\s+)?(?:goods|products|merchandise)\s+)?"
    r"(?:mainly|mostly|chiefly|primarily|largely|principally|predominantly|heavily)\s+(?P<prep>to|from|with)\s+"
    rf"(?P<list>{_VERB_ITEM}(?:\s*(?:,\s*and|,|and|&)\s*{_VERB_ITEM})+)")
_ITEM_SHARE = re.compile(r"(?P<p>@\d+)\s*\(\s*(?:about\s+|around\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)")


def _verb_list(s: Sentence, claims: dict) -> None:
    """The states listed after a verb of trading with "mainly" or the like (see `_VERB_LIST`)."""
    for m in _VERB_LIST.finditer(s.template):
        verb = m.group("x") or m.group("m") or m.group("t") or m.group("ing")
        if verb is None or (m.group("ing") and m.group("s")):
            continue
        if m.group("s"):
            owner = s.actor(m.group("s"))
        elif m.group("it"):
            owner = s.previous
        else:
            owner = _carried_owner(s)
        flow = "exports" if m.group("x") or verb == "exporting" else "imports" if m.group("m") or verb == "importing" \
            else "total"
        if (flow, m.group("prep")) not in (("exports", "to"), ("imports", "from"), ("total", "with")):
            continue
        listed = [s.actor(item.group(0)) for item in re.finditer(r"@\d+", m.group("list"))]
        listed = [p for p in dict.fromkeys(listed) if p and p != owner]
        if owner is None or len(listed) < 2:
            continue
        shares = {s.actor(i.group("p")): float(i.group("n")) for i in _ITEM_SHARE.finditer(m.group("list"))}
        for partner in listed:
            if (owner, partner) not in claims:
                claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), within=max(KEY, len(listed)),
                                                 share=shares.get(partner), flow=flow, year=s.year)


def _carried_owner(s: Sentence) -> str | None:
    """The owner of a trade list that names none: the state whose partners the article has been ranking, else the subject
    of the sentence before when it is about trade ("Mongolia was the 94th in total exports. ..., exporting mostly to
    ...")."""
    if s.owner is not None and s.owner not in s.actors:
        return s.owner
    if s.prior is not None and s.previous not in s.actors and _TRADE_WORD.search(s.prior.template):
        return s.previous
    return None


# a list of partners each with its share in brackets after a flow and its preposition, with no rank word (claims round
# 121): "In 2021 exports were mostly destined to Russia (10.8%), Latvia (9.3%), Germany (8.2%) and Poland (8%)",
# "The highest volume of foreign trade turnover was registered with China (20.5%), Russia (17.8%), ...", "The significant
# shares of the foreign trade turnover are attributed to China (21.9%), ..." (held113-001, held40-026, held107-001). The
# owner is the state before the flow ("Lithuania's exports were ..."), else the one the article carries (`_carried_owner`:
# those three name it only in the sentence before). Each listed state is among the top five or as many as the list
# names, with its share, as `_verb_list` reads a list after "mainly"; shares that rise along the list are no ranking
# ("exports to Kenya (12%) and Uganda (30%)": changes, not shares) and are left.
_SHARE_ITEM = r"(?:the\s+)?@\d+\s*\(\s*(?:about\s+|around\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s*\)"
_FLOW_SHARE_LIST = re.compile(
    r"(?:(?P<s>@\d+)(?:'s?|s'|’s?)?\s+(?:[a-z-]+\s+){0,3}?)?\b(?P<flow>exports|imports|trade(?:\s+turnover)?|turnover)\b"
    rf"[^@;]{{0,60}}?\b(?P<prep>to|from|with)\s+(?P<list>{_SHARE_ITEM}(?:\s*(?:,\s*and|,|and|&)\s*{_SHARE_ITEM})+)")


def _flow_share_list(s: Sentence, claims: dict) -> None:
    """The states listed with their shares after a flow and its preposition (see `_FLOW_SHARE_LIST`)."""
    for m in _FLOW_SHARE_LIST.finditer(s.template):
        flow = {"exports": "exports", "imports": "imports"}.get(m.group("flow"), "total")
        if (flow, m.group("prep")) not in (("exports", "to"), ("imports", "from"), ("total", "with"), ("total", "to")):
            continue
        owner = s.actor(m.group("s")) if m.group("s") else _carried_owner(s)
        items = [(s.actor(i.group("p")), float(i.group("n"))) for i in _ITEM_SHARE.finditer(m.group("list"))]
        shares = [n for _, n in items]
        if owner is None or any(a < b for a, b in zip(shares, shares[1:])):
            continue
        listed = [p for p in dict.fromkeys(p for p, _ in items) if p and p != owner]
        if len(listed) < 2:
            continue
        for partner, share in items:
            if partner in listed and (owner, partner) not in claims:
                claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), within=max(KEY, len(listed)),
                                                 share=share, flow=flow, year=s.year)


# a place told by an ordinal in the owner's named flow, or a first place by "first" before the role (claims round 75): "At
# $82 billion, China is a distant third in U.S. imports" (held68-013), "South Korea ranked fifth in China's imports",
# "Japan came in second in Thailand's total trade"; "2016 China remained Chile's first trading partner" (held35-013),
# "Germany is the first trading partner of France". "first" alone is no rank elsewhere ("the first time"); before a
# trading role after the owner's possessive, or after "the" with "of"/"for" the owner, it is the first place (not "the first
# trading partner to sign ...", a first in time)
_IN_FLOW_PLACE = re.compile(rf"(?P<p>@\d+)\s+(?:[^@.;]{{0,30}}?\s)?(?:is|was|are|were|ranks|ranked|ranking|came|comes|stands|"
                            rf"stood|placed|finished|remains|remained|sits|sat)\s+(?:now\s+|currently\s+|still\s+)?"
                            rf"(?:in\s+|at\s+)?(?:a\s+(?:distant|close)\s+)?(?P<rank>first|{ORDINAL})(?:\s+place)?\s+in\s+"
                            rf"(?:the\s+)?(?P<s>@\d+)(?:'s?|s'|’s?)?\s+(?:total\s+|overall\s+)?"
                            rf"(?P<flow>exports|imports|(?:foreign\s+|external\s+)?trade)\b(?!\s+of\b)")
_FIRST_ROLE = re.compile(rf"(?P<p>@\d+)\s+(?:[^@.;]{{0,40}}?\s)?{COPULA}\s+{ADVERBS}(?:(?P<s>@\d+)(?:'s?|s'|’s?)\s+first\s+"
                         rf"{_ROLE}|the\s+first\s+{_ROLE.replace('?P<role>', '?P<role2>')}\s+(?:of|for)\s+(?P<s2>@\d+))"
                         rf"(?!\s+(?:to|that|with\s+which)\b)")


def _named_places(s: Sentence, claims: dict) -> None:
    """Places told by an ordinal in the owner's named flow and first places told by "first" before the role (see
    `_IN_FLOW_PLACE`, `_FIRST_ROLE`); a pair another reading has claimed is left alone."""
    for m in _IN_FLOW_PLACE.finditer(s.template):
        subject, partner = s.actor(m.group("s")), s.actor(m.group("p"))
        rank = ordinal_value(m.group("rank"))
        flow = "total" if "trade" in m.group("flow") else m.group("flow")
        if subject and partner and partner != subject and rank and (subject, partner) not in claims:
            claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), rank=rank, flow=flow, year=s.year)
    for m in _FIRST_ROLE.finditer(s.template):
        subject, partner = s.actor(m.group("s") or m.group("s2")), s.actor(m.group("p"))
        role = m.group("role") or m.group("role2")
        if subject and partner and partner != subject and not _plural(role) and (subject, partner) not in claims:
            claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), rank=1, flow=_flow(role), year=s.year)


def _followed_by(s: Sentence, claims: dict) -> None:
    """The next places of a sentence's one ranked claim (see `_FOLLOWED_BY`)."""
    ranked = [c for c in claims.values() if c.rank is not None]
    if len(ranked) != 1:
        return
    first = ranked[0]
    for m in _FOLLOWED_BY.finditer(s.template):
        place = first.rank
        for item in re.finditer(r"@\d+", m.group("list")):
            partner = s.actor(item.group(0))
            share = _NEXT_SHARE.match(m.group("list"), item.end())
            place += 1
            if partner and partner != first.subject and (first.subject, partner) not in claims:
                claims[(first.subject, partner)] = Claim(KIND, s.text, first.subject, (partner,), rank=place,
                                                         share=float(share.group("n")) if share else None,
                                                         flow=first.flow, year=first.year)


# a chain of shares after "followed by", continuing a share the sentence has just stated for an owner's flow: "Mexico
# accounted for 14.9% of US import and export trade volume ..., followed by China at 14.7% and Canada at 14.3%", "Some 13 %
# of Chinese goods imports come from the EU, followed by South Korea (10 %), Japan (9 %), the US (9 %) and Taiwan (8 %)",
# "... 52 per cent of Bangladesh's annual receipts ... even as the US reportedly led the pack with a 17 per cent share
# followed by Germany (12.74 per cent), the United Kingdom (9.55 per cent) ...": each listed state with its own share (in
# brackets, or after "at" or "with") holds that share of the same owner's flow. The list's order gives ranks when a state
# heads it (the state whose share comes before "followed by" is first, the listed ones second, third, ...); a chain headed
# by a group ("the EU") gives shares only. A chain after a ranking is `_followed_by`'s.
_CHAIN_SHARE = rf"(?:\s*\(\s*|\s*,?\s+(?:at|with)\s+){AMOUNT}(?:[^)@,]{{0,30}}\))?"
_LISTED = re.sub(r"\(\?P<\w+>", "(?:", _CHAIN_SHARE)   # the same without its named groups, to repeat it
_SHARE_CHAIN = re.compile(rf"\bfollowed\s+(?:closely\s+)?by\s+(?P<list>(?:the\s+)?@\d+{_LISTED}"
                          rf"(?:\s*(?:,\s*and|,|and)\s*(?:the\s+)?@\d+{_LISTED})*)")
_CHAIN_ITEM = re.compile(rf"(?P<p>@\d+){_CHAIN_SHARE}")
# the owner and flow a chain's shares are of: "13 % of Chinese goods imports", "52 per cent of Bangladesh's annual receipts"
# (a state's receipts and earnings from its partners are its exports)
_SHARE_OF_OWNER = re.compile(r"(?:%|\bpercent\b|\bper cent\b)\s+of\s+(?:the\s+|all\s+|total\s+)*(?P<o>@\d+)(?:'s?|s')?"
                             r"(?P<words>(?:\s+[a-z-]+){0,4}?\s+(?:exports|imports|trade|receipts|shipments|purchases|"
                             r"sales|turnover|earnings|goods))\b")
_AMOUNT = re.compile(AMOUNT)
# the state whose share heads the chain: "Mexico accounted for 14.9% of ...", "the US ... led the pack with a 17 per cent
# share" (the state, then at most 60 characters and no other state, then the share)
_HEAD = re.compile(rf"(?P<p>@\d+)(?:'s?)?\s[^@;]{{0,60}}?{AMOUNT}")


def _chain_head(s: Sentence, before: str, owner: str) -> tuple[str | None, tuple[float, str] | None]:
    """The state heading a share chain and its share: the last state before the chain with a share after it."""
    heads = [m for m in _HEAD.finditer(before) if s.actor(m.group("p")) not in (None, owner)]
    return (s.actor(heads[-1].group("p")), amount(heads[-1])) if heads else (None, None)


# a partner's share told by a share noun after the owner's flow the same sentence names: "Mongolian imports from Russia
# had different trends: ..., while the share of Russia fell from 36 to 27%", "US imports from the country are on track
# to set a record high in 2023, and its share of the total topped 15 per cent" ("its" is the flow's partner)
_SHARE_OF_NAMED_FLOW = re.compile(rf"{actor('s', its=False)}{POSS}\s+(?:total\s+)?{_FLOW_WORD}(?:\s+(?:to|from|with)\s+"
                                  rf"(?P<p0>@\d+))?\s(?:[^@.;]|(?<=\d)\.(?=\d)){{0,90}}?\b"
                                  rf"(?:the\s+share\s+of\s+(?P<p>@\d+)|(?P<p2>@\d+)(?:'s?|s')?\s+share|(?P<its>its)\s+share)\b")
# a verb that puts a share over the level after it ("its share of the total topped 15 per cent")
_OVER_VERB = re.compile(r"\b(?:topped|tops|exceeded|exceeds|surpassed|surpasses)\s+\d")


def _share_of_named_flow(s: Sentence, claims: dict) -> None:
    """The share a share noun gives a partner of the owner's flow named before it in the sentence, over the level
    after it (see `_SHARE_OF_NAMED_FLOW`)."""
    for m in _SHARE_OF_NAMED_FLOW.finditer(s.template):
        subject = s.actor(m.group("s"))
        partner = s.actor(m.group("p0") if m.group("its") else m.group("p") or m.group("p2"))
        found = level_after(s.template, m.end())
        if not subject or not partner or subject == partner or found is None or (subject, partner) in claims:
            continue
        stated, qualifier, end = found
        if not qualifier and _OVER_VERB.search(s.template, m.end(), end):   # "topped 15 per cent": over 15
            qualifier = "over"
        claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), share=stated, qualifier=qualifier,
                                           flow=_flow(m.group("flow")), year=s.year)


def _share_chain(s: Sentence, claims: dict) -> None:
    """The states a "followed by" chain lists with their shares of the owner's flow a share before it names, and their
    places when a state heads it (see `_SHARE_CHAIN`)."""
    if any(c.rank is not None for c in claims.values()):
        return
    for chain in _SHARE_CHAIN.finditer(s.template):
        before = s.template[: chain.start()]
        heads = {(c.subject, c.flow) for c in claims.values() if c.share is not None}
        if len(heads) == 1:
            owner, flow = next(iter(heads))
        elif heads:
            continue
        else:
            of = ([None] + list(_SHARE_OF_OWNER.finditer(before)))[-1]
            if of is None:
                continue
            owner, words = s.actor(of.group("o")), of.group("words")
            flow = "exports" if re.search(r"\b(?:receipts|earnings)$", words) else _flow_of(words) \
                if re.search(r"\b(?:export|import)", words) else \
                _flow_of(s.template + " " + (s.prior.template if s.prior is not None else ""))
        if owner is None:
            continue
        head, share = _chain_head(s, before, owner)
        place = 1 if head else None
        if head:
            claim = claims.setdefault((owner, head), Claim(KIND, s.text, owner, (head,), share=share[0],
                                                           qualifier=share[1], flow=flow, year=s.year))
            claim.rank = 1
        for item in _CHAIN_ITEM.finditer(chain.group("list")):
            partner = s.actor(item.group("p"))
            if partner is None or partner == owner:
                continue
            place = place + 1 if place else None
            value, qualifier = amount(item)
            existing = claims.get((owner, partner))
            if existing is None:
                claims[(owner, partner)] = Claim(KIND, s.text, owner, (partner,), rank=place, share=value,
                                                 qualifier=qualifier, flow=flow, year=s.year)
            elif existing.share is None:
                existing.share, existing.qualifier, existing.rank = value, qualifier, place


# a flow with a money value whose partners follow by amount, with no rank word: "In 2017, Turkey exported $15.1 billion
# worth of items to Germany, followed by Britain with $9.6 billion and Iraq with $9.1 billion", "Laos made the most
# imports from Thailand at USD 257 million, China at USD 115 million, Vietnam at USD 22 million, ...": the state after
# "to"/"from" is the owner's first partner of that flow and the listed ones, each with a smaller amount than the one before,
# the next places in turn. When the state after "from"/"to" is the owner of the article's ranking so far ("Uganda has been
# Kenya's top export market ... The report showed that the US imported goods from Kenya worth Ksh3.7 billion ..., followed
# by Tanzania at Ksh2.8 billion ... and Uganda at ..."), the listed states follow the sentence's subject: partners of that
# owner's opposite flow. Amounts that do not fall in the order given make no places.
_MONEY = (rf"(?:(?:us|usd|{_DOLLAR_PREFIXES}|{_LETTER_CURRENCIES})?\s?[$€£¥]?\s?(?P<v>\d[\d,]*(?:\.\d+)?)\s*"
          r"(?P<u>trillion|billion|million|bn|mn|mln)\b)")
_MONEY_NAMELESS = re.sub(r"\(\?P<\w+>", "(?:", _MONEY)
_AMOUNT_ITEM = rf"(?:the\s+)?@\d+\s+(?:at|with)\s+{_MONEY_NAMELESS}(?:\s*\([^)@]{{0,30}}\))?"
_AMOUNT_LIST = re.compile(rf"(?P<s>@\d+)\s+(?:(?:has|had|have)\s+)?(?P<verb>exported|imported|shipped|sold|bought|"
                          rf"made\s+the\s+most\s+imports|made\s+the\s+most\s+exports)\s+(?P<mid>[^@;]{{0,60}}?)\b"
                          rf"(?P<prep>to|from)\s+(?P<a>@\d+)(?P<after>[^@;]{{0,50}}?),\s*(?:followed\s+by\s+)?"
                          rf"(?P<list>{_AMOUNT_ITEM}(?:\s*(?:,\s*and|,|and)\s*{_AMOUNT_ITEM})*)")
_AMOUNT_OF = re.compile(rf"(?P<p>@\d+)\s+(?:at|with)\s+{_MONEY}")
_UNIT = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "mln": 1e6}


def _money(m: re.Match) -> float:
    return float(m.group("v").replace(",", "")) * _UNIT[m.group("u")]


def _amount_list(s: Sentence, claims: dict) -> None:
    """The places a flow's amounts give its partners in the order the sentence lists them (see `_AMOUNT_LIST`)."""
    if claims:
        return
    for m in _AMOUNT_LIST.finditer(s.template):
        head = list(re.finditer(_MONEY, m.group("mid") + " " + m.group("after")))
        if not head:   # the first amount is the flow's ("worth Ksh3.7 billion ($41.8 million)": the bracket converts it)
            continue
        subject, first = s.actor(m.group("s")), s.actor(m.group("a"))
        flow = "exports" if m.group("verb").endswith("exports") or m.group("verb") in ("exported", "shipped", "sold") \
            else "imports"
        owner, lead = subject, first
        if first is not None and first == s.owner and subject != first:   # the article's owner after "from"/"to"
            owner, lead = first, subject
            flow = "imports" if flow == "exports" else "exports"
        items = [(s.actor(i.group("p")), _money(i)) for i in _AMOUNT_OF.finditer(m.group("list"))]
        values = [_money(head[0])] + [v for _, v in items]
        partners = [lead] + [p for p, _ in items]
        if owner is None or None in partners or owner in partners or len(set(partners)) != len(partners) \
                or any(b >= a for a, b in zip(values, values[1:])):
            continue
        for place, partner in enumerate(partners, start=1):
            claims.setdefault((owner, partner), Claim(KIND, s.text, owner, (partner,), rank=place, flow=flow,
                                                      year=s.year))


def find(s: Sentence) -> list[Claim]:
    """Trading-partner claims in a sentence, one per (state, partner) pair."""
    if _ARMS.search(s.template) and not re.search(r"trad(?:ing|e) partner", s.template) or arms_imports(s):
        return []
    claims: dict[tuple[str, str], Claim] = {}
    for pattern in _PATTERNS:
        for m in pattern.finditer(s.template):
            groups = m.groupdict()
            subject = s.actor(groups.get("s"))
            words = groups.get("rank2") or groups.get("rank") or ""
            plural = _plural(groups.get("role")) or bool(groups.get("p2") or groups.get("p3"))
            rank, within, minor = rank_of(words, plural) if words.strip() else (None, KEY, False)
            if rank == 1 and groups.get("rank") and re.search(r"\b(?:a|an)\s+$", s.template[: m.start("rank")]):
                rank, within = None, KEY   # "China remained a top market for US goods exports": one of the top
            share = percent_after(s.template, m.end()) if _SHARE_CONTEXT.match(s.template[m.end():]) else None
            share_flow = flow_after(s.template, m.end()) if share else None
            if re.match(r"^\s*in terms of\s+(?:@\d+\s+)?export", s.template[m.end():]):
                groups = {**groups, "role": "export market"}   # "number one trading partner in terms of export sales"
            for key in ("p", "p2", "p3"):
                partner = s.actor(groups.get(key))
                if not subject or not partner or partner == subject or (subject, partner) in claims:
                    continue
                if groups.get(key) and DISPLACED.search(s.template[: m.start(key)]):
                    continue   # "leapfrogging the U.S. to become Japan's leading destination": the U.S. was displaced
                claim = Claim(KIND, s.text, subject, (partner,), rank=rank, within=within, minor=minor,
                              flow=_flow(groups.get("role")), year=s.year)
                if share and key == "p":
                    if share_flow and share_flow != claim.flow:   # "largest trading partner, receiving 17% of exports"
                        claim.notes["shares"] = [(share_flow, share[0], share[1])]
                    else:
                        claim.share, claim.qualifier = share
                claims[(subject, partner)] = claim
            before = s.actor(groups.get("p0"))
            if before and subject and rank and rank > 1 and before != subject and (subject, before) not in claims:
                claims[(subject, before)] = Claim(KIND, s.text, subject, (before,), rank=rank - 1,
                                                  flow=_flow(groups.get("role")), year=s.year)
    for subject, partner, m in anchored(s, _ANCHOR):   # phrasings the patterns above do not cover
        if (subject, partner) not in claims and not _ARMS.search(s.template):
            rank, within, minor = rank_of(m.group("rank"), _plural(m.group("role")))
            place = PLACE_IN_LIST.search(s.template[: m.start()]) if _plural(m.group("role")) else None
            if place:   # "came in second in the list of Thailand's top trading partners": a place, not the top five
                rank, within, minor = rank_of(place.group("a") or place.group("b"), False)
            claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), rank=rank, within=within, minor=minor,
                                               flow=_flow(m.group("role")), year=s.year)
    bare = _BARE.match(s.template)
    # the owner is the previous sentence's subject, unless that sentence ranked its subject with no owner either
    # ("Japan, the second-largest trading partner in 2018, accounted for ...": then both rankings are of one state)
    owner = s.previous if s.prior is None or not _BARE.match(s.prior.template) else s.prior.previous
    if bare and not claims and owner and s.actor(bare.group("p")) != owner:
        rank, within, minor = rank_of(bare.group("rank"), False)
        share = percent_after(s.template, bare.end(), window=60) if _SHARE_CONTEXT.match(s.template[bare.end():]) else None
        claims[(owner, s.actor(bare.group("p")))] = Claim(
            KIND, s.text, owner, (s.actor(bare.group("p")),), rank=rank, within=within, minor=minor,
            share=share[0] if share else None, qualifier=share[1] if share else "", flow=_flow(bare.group("role")),
            year=s.year)
    for pattern in _SHARES:
        for m in pattern.finditer(s.template):
            groups = m.groupdict()
            partner = s.actor(groups.get("p"))
            subject = _owner(s, groups.get("s"), partner) or s.actor(groups.get("s2") or groups.get("s3"))
            if not subject or not partner or subject == partner:
                continue
            if groups.get("supply") and not _goods_not_arms(s):
                continue   # "The United States supplied 73% of Saudi imports": the arms reader's (claims round 111)
            if groups.get("pct"):   # "More than 90 percent of Mongolian exports ...": one-sided
                stated, qualifier = float(groups["pct"]), {"nearly": "about", "almost": "about", "around": "about",
                                                           "no less than": "at least", "not less than": "at least",
                                                           "no more than": "under", "not more than": "under"}.get(
                    groups.get("pq") or "", groups.get("pq") or "")   # "no less than 14 percent" is at least 14, as `amount`
            elif groups.get("n") or groups.get("w") or groups.get("f"):
                stated, qualifier = amount(m)
            else:
                found = level_after(s.template, m.end())
                if found is None:
                    continue
                stated, qualifier, _ = found
            flow = _flow(groups.get("flow") or groups.get("flow2") or groups.get("flow3"))
            existing = claims.get((subject, partner))
            if existing is None:
                claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), share=stated, qualifier=qualifier,
                                                   flow=flow, year=s.year)
            elif existing.share is None:
                existing.share, existing.qualifier, existing.flow = stated, qualifier, flow
            elif (flow, stated) != (existing.flow, existing.share):
                existing.notes.setdefault("shares", []).append((flow, stated, qualifier))
    for m in _BOTH.finditer(s.template):   # "Japan's and South Korea's largest trading partner is China": both owners
        first, second = s.actor(m.group("a")), s.actor(m.group("b"))
        claims.pop((second, first), None)   # the first owner is no partner of the second
        for claim in [c for c in claims.values() if c.subject == second]:
            if first and first != claim.other and (first, claim.other) not in claims:
                claims[(first, claim.other)] = Claim(KIND, s.text, first, claim.others, rank=claim.rank,
                                                     within=claim.within, minor=claim.minor, share=claim.share,
                                                     qualifier=claim.qualifier, flow=claim.flow, year=claim.year)
    if not _ARMS.search(s.template):
        _for_owners(s, claims)
        _places(s, claims)
        _lead_place(s, claims)
        _named_places(s, claims)
        _followed_by(s, claims)
        _followed_on(s, claims)
        _list_followed(s, claims)
        _carried_list(s, claims)
        _apposed_list(s, claims)
        _verb_list(s, claims)
        _flow_share_list(s, claims)
        _share_chain(s, claims)
        _share_of_named_flow(s, claims)
        _amount_list(s, claims)
    firsts = [(c.subject, c.flow) for c in claims.values() if c.share is not None]
    if firsts:   # "..., while that with the United States accounted for 13.7 percent and that with South Korea 6.1 percent"
        subject, flow = firsts[0]
        for m in _THAT_WITH.finditer(s.template):
            partner = s.actor(m.group("p"))
            if partner and partner != subject and (subject, partner) not in claims:
                value, qualifier = amount(m)
                claims[(subject, partner)] = Claim(KIND, s.text, subject, (partner,), share=value, qualifier=qualifier,
                                                   flow=flow, year=s.year)
    if all(c.subject == s.owner for c in claims.values()):   # "India came in third ..., or 7.1 percent of the total"
        for claim in _of_the_total(s):
            existing = claims.setdefault((claim.subject, claim.other), claim)
            if existing.share is None:
                existing.share = claim.share
    return list(claims.values())


MIN_PARTNERS = 5   # a ranking needs the state's trade with at least this many partners (COW names one for North Korea in 1961)
_COLUMN = {"total": ("total", "trade_share", "total trade"), "exports": ("exports", "export_share", "exports"),
           "imports": ("imports", "import_share", "imports")}


# a ranking the sentence denies its partner: "the United States is no longer Nigeria's biggest trading partner", "Uganda
# lost its crown as the largest buyer of Kenyan goods" (the partner is the negation's subject)
_NEGATED_RANK = re.compile(r"(?P<p>@\d+)\s+(?:(?:is|was|are|were)\s+no\s+longer\b|(?:has\s+|had\s+|have\s+)?lost\s+"
                           r"(?:its|their)\s+(?:crown|spot|place|position|title|status|rank)\s+as\b)")


def negate_rankings(s: Sentence, claims: list[Claim]) -> None:
    """Marks the trading-partner rankings of `s` whose partner the sentence says no longer holds them (`negated`): such a
    claim holds when the partner does not hold the rank (tests/fixtures/claims/README.md: "A negated ranking ('is no
    longer Nigeria's biggest trading partner') is labelled supported when the partner is not first", held-out 16 and 32)."""
    for m in _NEGATED_RANK.finditer(s.template):
        partner = s.actor(m.group("p"))
        for claim in claims:
            if claim.kind == KIND and claim.other == partner and (claim.rank is not None or claim.within is not None):
                claim.negated = True


def check(lookup: Lookup, claim: Claim) -> Verdict:
    """Rank and share of the partner in the subject's trade (see the module doc)."""
    try:
        data = trade_partners(lookup, claim.subject, claim.year, claim.flow)
    except LatitudeError as error:
        return Verdict(claim, UNCHECKABLE, f"{error}; bilateral trade of {claim.subject} for {claim.year or 'recent years'} "
                       "would decide it (run `latitude data build` with a trade source covering those years)")
    value, share_column, label = _COLUMN[claim.flow]
    frame = data.frame.sort_values(value, ascending=False).reset_index(drop=True)
    frame = frame[frame[value] > 0].reset_index(drop=True)
    partner = claim.other
    row = frame.index[frame["partner"] == partner]
    rank = int(row[0]) + 1 if len(row) else None
    try:
        covered = rank is not None or trade_covered(lookup, partner, data.year)
    except LatitudeError:   # a partner that is no state ("Cyprus (Cayman Islands)")
        covered = False
    if not covered:
        return Verdict(claim, UNCHECKABLE, f"the store holds no trade of {partner} in {data.year} ({data.source} does not "
                       f"name it as a partner); {partner}'s bilateral trade in {data.year} would decide it",
                       str(data.year), data.source)
    if len(frame) < MIN_PARTNERS and (claim.rank is not None or claim.within is not None or claim.minor):
        return Verdict(claim, UNCHECKABLE, f"the store names only {len(frame)} of {claim.subject}'s partners in {data.year} "
                       f"({data.source}): too few to rank them; {claim.subject}'s partners' reports of their trade with it "
                       "would decide it", str(data.year), data.source)
    share = float(frame.loc[row[0], share_column]) if len(row) else 0.0
    top = frame.iloc[0]
    parts = [f"{partner} is number {rank} of {len(frame)} partners in {claim.subject}'s {label} with "
             f"{pct(share)}" if rank else f"{partner} is not among {claim.subject}'s {len(frame)} partners in {label}"]
    if rank != 1:
        parts.append(f"largest: {top['partner']} {pct(float(top[share_column]))}")
    checks = []
    if claim.rank is not None or claim.within is not None or claim.minor:
        held = rank_holds(claim, rank, share)
        checks.append(not held if claim.negated else held)
        parts.append(f"claimed: {'no longer ' if claim.negated else ''}{claimed_rank(claim)}")
    if claim.share is not None:
        checks.append(stated_share_holds(claim.share, claim.qualifier, share))
        parts.append(f"claimed share: {claim.qualifier + ' ' if claim.qualifier else ''}{claim.share:g}%")
    for flow, stated, qualifier in claim.notes.get("shares", []):   # a second share in the sentence ("... of its imports")
        _, other_column, other_label = _COLUMN[flow]
        other = float(data.frame.loc[data.frame["partner"] == partner, other_column].sum())
        checks.append(stated_share_holds(stated, qualifier, other))
        parts.append(f"{other_label}: {pct(other)}, claimed {qualifier + ' ' if qualifier else ''}{stated:g}%")
    if "compared" in claim.notes and claim.share is not None:   # "16 percent ..., compared to 18 percent for the US"
        against, stated = claim.notes["compared"]
        theirs = float(data.frame.loc[data.frame["partner"] == against, share_column].sum())
        if stated != claim.share:
            checks.append((share > theirs) == (claim.share > stated))
        parts.append(f"compared with {against}: {pct(theirs)} (claimed {stated:g}% against {claim.share:g}%)")
    if not checks:
        checks.append(rank is not None and rank <= KEY)
        parts.append(f"a partner worth naming = top {KEY}")
    years = str(data.year)
    if claim.year is not None and claim.year > data.year:
        years += f" (latest year with data; the claim is about {claim.year})"
    return Verdict(claim, SUPPORTED if all(checks) else CONTRADICTED, "; ".join(parts), years, data.source)


# "With a share of 12.0%, China became the largest trading partner of India in 2020, whereas, the United States' share
# stood at 11.7%": another state's share written beside a ranking is a share of the same owner's trade
_SHARE_BESIDE = re.compile(r"(?P<p>@\d+)(?:'s?|s'|’s?)\s+share\s+(?:stood at|was|is|of|at|reached|rose to|fell to|dropped to|"
                           r"climbed to|increased to|decreased to)\s+(?P<q>about |around |nearly |almost |over |more than |"
                           r"less than |only )?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")


# a share continuing a list across a semicolon, a comma or "while": "...; Mexico at 14%", ", Canada is at 14.9% and China at
# 13.2%", "while the US gets 11% and Japan 5.5%" (the verb written once)
AT_SHARE = re.compile(r"(?:(?:;\s*|,\s*(?:while\s+|whereas\s+)?|\s+and\s+|\s+while\s+|\s+whereas\s+)(?:and\s+)?"
                      r"(?:the\s+)?(?P<p>@\d+)\s+"
                      r"(?:(?:is\s+|was\s+|stood\s+|stands\s+)?at|gets|got|takes|took|receives|received|buys|bought|"
                      r"accounts\s+for|accounted\s+for|makes\s+up|made\s+up)\s+|\s+and\s+(?:the\s+)?(?P<p2>@\d+)\s+)"
                      r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)")


# a second partner's share set against the first's by "compared with/to" (claims round 91): "In 2010, China accounted for 16
# percent of Peru's exports, compared to 18 percent for the United States", "Germany and the United Kingdom each took 4.3
# percent of U.S. exports, compared with 2.4 percent for France", "..., compared with the 19 percent that went to
# Australia", "accounting for 14% of imports compared with 15% from the US": the share is of the same owner's flow, and
# the comparison is judged too (`check`: the two partners' shares must stand in the order the two stated shares do)
_COMPARED_SHARE = re.compile(r"\bcompared\s+(?:with|to)\s+(?:the\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s+"
                             r"(?:for|from|that\s+went\s+to)\s+(?:the\s+)?(?P<p>@\d+)(?!\s*(?:'s?|s'|’s?)\s)")


def _compared_shares(s: Sentence, ranked: list[Claim], owner: str) -> list[Claim]:
    """The shares `_COMPARED_SHARE` sets against the one stated share of the owner's claims that comes before it."""
    stated = [c for c in ranked if c.share is not None and not c.qualifier]
    found = []
    for m in _COMPARED_SHARE.finditer(s.template):
        partner = s.actor(m.group("p"))
        if len(stated) != 1 or partner is None or partner == owner or partner in {c.other for c in ranked + found}:
            continue
        first = stated[0]
        at = [p.start() for p in re.finditer(r"@\d+", s.template[: m.start()]) if s.actor(p.group(0)) == first.other]
        if not at:
            continue
        found.append(Claim(KIND, s.text, owner, (partner,), share=float(m.group("n")), flow=first.flow, year=first.year,
                           span=first.span, notes={"compared": (first.other, first.share)}))
    return found


def shares_beside(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """Shares of other states written beside a sentence's trading-partner claims (one owner only)."""
    ranked = [c for c in claims if c.kind == KIND]
    owners = {c.subject for c in ranked}
    if len(owners) != 1:
        return []
    owner, first = owners.pop(), ranked[0]
    found = _compared_shares(s, ranked, owner)
    for m in list(_SHARE_BESIDE.finditer(s.template)) + list(AT_SHARE.finditer(s.template)):
        partner = s.actor(m.group("p") or m.groupdict().get("p2"))
        if partner and partner != owner and partner not in {c.other for c in ranked + found}:
            found.append(Claim(KIND, s.text, owner, (partner,), share=float(m.group("n")),
                               qualifier=(m.groupdict().get("q") or "").strip().replace("only", ""), flow=first.flow,
                               year=first.year, span=first.span))
    return found



# a list of partners each with its share in brackets, the shares falling: "The main trading partners of Tajikistan remain
# Russia (21.5%), China (19.9%), and Kazakhstan (15.5%)". Listed in order of shares, each partner is told its place as
# well as its share (the labels' convention, held-out 106 and 107), not only that it is one of the top five. Not after
# "major", "key" or "important" partners (the labels' top five, held-out 36 and 43) or a head that counts them ("the four
# top trading partners", "top three"): the list is then a set of the top K, not a ranking.
_SET_HEAD = re.compile(r"\b(?:major|key|important|significant)\b|\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?:top|largest|biggest|main|leading|principal)\b|\btop\s+(?:\d{1,2}|two|three|four|five|six|seven|"
                       r"eight|nine|ten)\b")
_SHARE_LIST = re.compile(r"(?P<p>@\d+)\s*\((?:about |around |some |nearly |almost )?(?P<n>\d{1,3}(?:\.\d+)?)\s*"
                         r"(?:%|percent\b|per cent\b)[^()]{0,60}\)")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


def places_in_list(s: Sentence, claims: list[Claim]) -> None:
    """Give each partner of a ranking read as "one of the top K" its place and share when the sentence lists the partners
    with their shares in brackets in falling order (`_SHARE_LIST`), the list beginning the ranking: no partner of the
    sentence has a place of its own, no "other" comes before the list and no head reads it as a set (`_SET_HEAD`)."""
    loose = [c for c in claims if c.kind in (KIND, "arms supplier", "arms exports") and c.within is not None and
             c.rank is None and c.share is None and c.other]
    if len({(c.kind, c.subject, c.flow) for c in loose}) != 1 or any(c.rank is not None for c in claims):
        return
    run: list[re.Match] = []
    for m in _SHARE_LIST.finditer(s.template):
        if run and not _LIST_GAP.match(s.template[run[-1].end():m.start()]):
            break
        run.append(m)
    partners = [s.actor(m.group("p")) for m in run]
    shares = [float(m.group("n")) for m in run]
    by_partner = {c.other: c for c in loose}
    if len(run) < 2 or len(set(partners)) != len(run) or set(partners) != set(by_partner) or \
            any(a < b for a, b in zip(shares, shares[1:])) or re.search(r"\bother\b", s.template[: run[0].start()]) or \
            _SET_HEAD.search(s.template[: run[0].start()]):
        return
    for place, (partner, share) in enumerate(zip(partners, shares), start=1):
        claim = by_partner[partner]
        claim.rank, claim.within, claim.share = place, None, share



# two partners given two places of one ranking in one phrase, in the order they are named (claims round 79): "while the
# United States and the Netherlands came second and third", "with Japan and the United Kingdom taking the fourth and fifth
# spots respectively", "France also overtook the United States, moving into second and third place respectively". A bare
# pair of places ends its clause or is told "respectively" ("came second and third largest economies" is no place).
_PAIR_PLACES = rf"(?P<o>first|{_LATER}|2nd|3rd|4th|5th)\s+and\s+(?P<o2>{_LATER}|2nd|3rd|4th|5th)"
_PAIRED_PLACES = re.compile(
    rf"(?P<a>@\d+)\s+and\s+(?:the\s+)?(?P<b>@\d+)\s*,?\s+(?:now\s+|also\s+)?(?:(?:came|come|comes|ranked|rank|ranks|placed|"
    rf"finished|were|are)\s+(?:in\s+)?{_PAIR_PLACES}(?:\s+(?:places?|spots?|positions?))?(?=\s*(?:[,.;:]|$|respectively\b))|"
    rf"(?:took|take|takes|taking|occupied|occupy|occupies|occupying|held|hold|holds|holding|secured|securing|claimed|"
    rf"claiming)\s+(?:the\s+)?{_PAIR_PLACES.replace('?P<o>', '?P<o3>').replace('?P<o2>', '?P<o4>')}\s+(?:places|spots|"
    rf"positions|place|spot|position)\b)|"
    rf"(?P<c>@\d+)\s+(?:also\s+)?(?:overtook|overtaking|overtakes|surpassed|surpassing|passed|passing)\s+(?:the\s+)?"
    rf"(?P<d>@\d+)\s*,\s*(?:moving|moved|climbing|climbed|rising|rose)\s+(?:up\s+)?(?:in)?to\s+(?:the\s+)?"
    rf"{_PAIR_PLACES.replace('?P<o>', '?P<o5>').replace('?P<o2>', '?P<o6>')}\s+(?:places|spots|positions|place|spot|"
    rf"position)\b")


def paired_places(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """Two partners given two places at once (see `_PAIRED_PLACES`). The ranking's owner is the one state the sentence's
    trading-partner claims rank partners for and names, else, in a sentence with no such claim and naming no owner, the
    owner the article carries (the ranking the sentence before told goes on)."""
    if _ARMS.search(s.template):
        return []
    ranked = [c for c in claims if c.kind == KIND]
    named = {c.subject for c in ranked if c.subject in s.actors}
    if len(named) == 1:
        owner = named.pop()
        flow = next(c.flow for c in ranked if c.subject == owner)
    elif not ranked and s.owner is not None and s.owner not in s.actors:
        owner = s.owner
        flow = _flow_of(s.template + " " + (s.prior.template if s.prior is not None else ""))
    else:
        return []
    found: list[Claim] = []
    for m in _PAIRED_PLACES.finditer(s.template):
        first, second = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        places = (m.group("o") or m.group("o3") or m.group("o5"), m.group("o2") or m.group("o4") or m.group("o6"))
        for placeholder, words in zip((first, second), places):
            partner = s.actor(placeholder)
            if partner and partner != owner and partner not in {c.other for c in ranked + found if c.subject == owner}:
                found.append(Claim(KIND, s.text, owner, (partner,), rank=_PLACES[words], flow=flow, year=s.year))
    return found


# a list of partners after "ahead of" a ranked partner takes the places after its place, in the order named (claims round
# 81): "China was the most important supplier of imported goods, ahead of the Netherlands, France, the US and Italy" (the
# Netherlands second, France third, ...), "China was Germany's largest trading partner in 2017, ahead of the Netherlands and
# the US, France, the UK, Italy and Poland". One state after "ahead of" ("edging ahead of Australia") is left alone: it
# says which state was passed, not that it comes next.
_AHEAD_SEP = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?"
_AHEAD_OF = re.compile(rf"\b(?:well\s+|just\s+|narrowly\s+|far\s+)?ahead\s+of\s+(?:the\s+)?(?P<g>@\d+(?:{_AHEAD_SEP}@\d+)+)"
                       r"(?!\s*(?:'s?|s'|’s?)\s)")


def places_ahead(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """The places after a ranked partner held by the states listed after "ahead of" it (see `_AHEAD_OF`): the list follows
    the partner in its clause with no other state between them but the ranking's owner."""
    if _ARMS.search(s.template):
        return []
    ranked = [c for c in claims if c.kind == KIND and c.rank is not None]
    found: list[Claim] = []
    for claim in ranked:
        at = next((m.end() for m in re.finditer(r"@\d+", s.template) if s.actor(m.group(0)) == claim.other), None)
        if at is None:
            continue
        stop = re.search(r";|\.\s", s.template[at:])
        m = _AHEAD_OF.search(s.template, at, at + stop.start() if stop else len(s.template))
        if m is None or any(s.actor(p) != claim.subject for p in re.findall(r"@\d+", s.template[at: m.start()])):
            continue
        listed = [s.actor(p) for p in re.findall(r"@\d+", m.group("g"))]
        taken = {c.other for c in claims + found if c.kind == KIND and c.subject == claim.subject}
        if None in listed or len(set(listed)) != len(listed) or {claim.subject, claim.other} & set(listed) or \
                taken & set(listed):
            continue
        for place, partner in enumerate(listed, start=claim.rank + 1):
            found.append(Claim(KIND, s.text, claim.subject, (partner,), rank=place, flow=claim.flow, year=claim.year,
                               span=claim.span))
    return found


# a ranked partner displaced in the passive, the partner after "by" taking its place (claims round 95): "the United
# States is no longer Nigeria's biggest trading partner, being overtaken in the first quarter of 2012 by India", "Japan,
# Australia's biggest market, was overtaken by China". The verb is a passive participle ("was", "being", "only", a comma
# before it) and "by" names a state ("overtaken by trade with the U.S." names a flow, not a partner).
_OVERTAKEN_BY = re.compile(r"^[^.;]{0,80}?(?:\b(?:was|were|is|are|been|being|get|got|gets)\s+|,\s*|\bonly\s+)"
                           r"(?:(?:only|just|now|also|recently|finally|narrowly|already|since)\s+)*"
                           r"(?:overtaken|displaced|replaced|surpassed|eclipsed|superseded|outstripped|outpaced|dethroned|"
                           r"supplanted|unseated|ousted|toppled|leapfrogged)\b(?P<gap>[^@.;]{0,50}?)\bby\s+(?:the\s+)?"
                           r"(?P<y>@\d+)(?!\s*(?:'s?|s'|’s?)\s)")


# the displaced partner's place told as a former one ("once the main destination", "had always been our top partner");
# else the sentence must deny it the place itself ("is no longer Nigeria's biggest trading partner")
_FORMER = re.compile(r"\b(?:once|formerly|previously|long|used\s+to\s+be|had\s+(?:\w+\s+){0,2}been)\b")


def _displaced_partners(s: Sentence, claims: list[Claim], verb: re.Pattern) -> Iterator[tuple[Claim, str, re.Match]]:
    """The ranked trade claims whose partner a displacement `verb` (a pattern with a group `y`, the state that takes the
    place) follows in its clause, with no state between them but the ranking's owner: each claim with the template after
    its partner and the verb's match. Nothing in a sentence about arms."""
    if _ARMS.search(s.template):
        return
    for claim in [c for c in claims if c.kind == KIND and (c.rank is not None or c.within is not None)]:
        at = next((m.end() for m in re.finditer(r"@\d+", s.template) if s.actor(m.group(0)) == claim.other), None)
        if at is None:
            continue
        rest = s.template[at:]
        m = verb.search(rest)
        if m is not None and all(s.actor(p) == claim.subject for p in re.findall(r"@\d+", rest[: m.start("y")])):
            yield claim, rest, m


def overtaken_by(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """The place of a ranked partner taken by the state that displaced it in the passive (see `_OVERTAKEN_BY`): the state
    after "by" holds the place the sentence ranks the displaced partner in, for the same owner, flow and year; the
    displaced partner no longer holds it (`negated`). The passive follows the partner in its clause with no other state
    between them but the ranking's owner, and the sentence tells the displaced partner's place as lost (a negated ranking)
    or former (`_FORMER`)."""
    found: list[Claim] = []
    for claim, rest, m in _displaced_partners(s, claims, _OVERTAKEN_BY):
        denied = any(s.actor(n.group("p")) == claim.other for n in _NEGATED_RANK.finditer(s.template))
        if not (denied or _FORMER.search(rest[: m.start("y")])):
            continue   # "X was Poland's largest trading partner in 2015 but was overtaken by Russia": the place is 2015's
        taker = s.actor(m.group("y"))
        if taker is None or taker in (claim.subject, claim.other) or \
                any(c.kind == KIND and c.subject == claim.subject and c.other == taker for c in claims + found):
            continue
        claim.negated = True
        found.append(Claim(KIND, s.text, claim.subject, (taker,), rank=claim.rank, within=claim.within,
                           minor=claim.minor, flow=claim.flow, year=claim.year, span=claim.span))
    return found


# a ranked partner's place lost to another state, told in the active (claims round 140): "China lost its title as India's
# biggest trading partner to the US", "..., losing the top spot it had held since 2008 to Mexico", "India, which has been
# Sri Lanka's single largest trading partner for decades, has now yielded that place to China". The verb follows the
# partner in its clause; the place is the one the sentence ranks the partner in, or the place the noun names ("the top
# spot"); "to" must name a state ("lost market share to Vietnam" names no place).
_LOST_TO = re.compile(r"^[^.;]{0,120}?\b(?:lost|losing|loses|lose|yielded|yielding|yields|ceded|ceding|cedes|surrendered|"
                      r"surrendering|relinquished|relinquishing|gave\s+up|giving\s+up|given\s+up)\s+(?:its|their|the|that|"
                      r"this)\s+(?:(?P<place>top|first|second|third|fourth|fifth|2nd|3rd|4th|5th|no\.?\s?1|number\s+one)\s+)?"
                      r"(?:title|spot|place|position|crown|status|rank|ranking|standing|slot|mantle|perch)\b"
                      r"[^.;]{0,80}?\bto\s+(?:the\s+)?(?P<y>@\d+)(?!\s*(?:'s?|s'|’s?)\s)", re.IGNORECASE)


def lost_to(s: Sentence, claims: list[Claim]) -> list[Claim]:
    """The place of a ranked partner taken by the state it lost it to (see `_LOST_TO`): that state holds the place, for
    the same owner, flow and year; no other state but the ranking's owner stands between the partner and that state. The
    partner's own claim is left as the other readings give it (`negate_rankings` denies "lost its title as ...")."""
    found: list[Claim] = []
    for claim, _, m in _displaced_partners(s, claims, _LOST_TO):
        taker = s.actor(m.group("y"))
        if taker is None or taker in (claim.subject, claim.other) or \
                any(c.kind == KIND and c.subject == claim.subject and c.other == taker for c in claims + found):
            continue
        place = m.group("place")
        rank = claim.rank if place is None else _PLACES.get(place.lower(), 1)   # "No. 1", "number one"
        found.append(Claim(KIND, s.text, claim.subject, (taker,), rank=rank, within=claim.within if place is None else None,
                           minor=claim.minor if place is None else False, flow=claim.flow, year=claim.year,
                           span=claim.span))
    return found
