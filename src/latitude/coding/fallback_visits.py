"""Coder round 309: the article's visit or meeting told again by a sentence that codes none (a broad fallback reader).

Coder rounds 297 and 305 sorted the development visit and meeting labels with no record of their pair: most stand on
rows that tell the visit or meeting by a noun or verb of it with a party named only in an earlier sentence ("He last
visited the country in December 2023.", "The presidential trip is a nod toward Papua New Guinea's rapidly growing
strategic importance.", "Chinese Foreign Minister Wang Yi will hold talks with him ..."), which no reader of the
article gave a record. Such a row is the article's last visit (`code_article`'s `journey`) or last meeting (its
`visit`), typed as the label convention types it: `CONSULT` when held or under way, `AGREE` (CAMEO 036) when only
planned. This round kept it under a precision budget (one false or wrong-pair record per four labels gained), not the
usual "no false event": see docs/coding.md, "coder round 309".
"""

from __future__ import annotations

import re

from latitude.coding.eventness import MODALS, NEGATIONS, conditional_sentence, negated_predicate
from latitude.coding.gazetteer import Mention
from latitude.coding.text import raw_tokens

# the words that tell one visit or one meeting: a plural tells visits or meetings in general or a habit ("state visits",
# "Obama's meetings went fine", "face-to-face meetings ... used to be seen as a staple"), a host a country's hosting of
# anything ("hosting over 28,500 American troops", "The host country shoulders the cost"), an arrival a ceremony's time
# ("Upon arrival at the stand of honor, the two countries' national anthems were played.")
_VISIT_WORDS = frozenset("visit visited visiting trip".split())
_MEETING_WORDS = frozenset("meet met meeting talks summit".split())
# the words that tell it only planned (a held visit or meeting outweighs them: "arrived ... and will meet")
_PLANNED = frozenset("will plans plan planned planning expected scheduled upcoming impending due".split())
_HELD = frozenset("visited met held concluded during".split())
# a visit or meeting only wished, proposed, called for, sought, refused, cancelled or put off (labels rounds 19, 20), a
# habit or visits in general ("regularly visited", "such trips were routine"), or a meeting with people of no state
# ("meet with Korean residents in Japan", "meet CEOs ... and address the Indian diaspora"): no visit or meeting
_UNREAL = MODALS | NEGATIONS | frozenset(
    "if unless whether hope hopes hoped wish wants want wanted seek seeks sought call calls called urge urges urged "
    "proposed proposes propose suggested suggests invite invites invited invitation offer offered refused refuses "
    "declined declines rejected cancelled canceled postponed postpone delayed scrapped boycott boycotted skip skipped "
    "possible possibility willingness ready readiness without must need needs keen like try tries efforts effort "
    "arrange organize organise initiate request ensure rumors rumours speculation speculations "
    "didn doesn don isn wasn weren hasn haven hadn won wouldn couldn "
    "usually regularly regular routine routinely often typically traditionally such every each annual neither "
    "business businessmen businesspeople ceos community diaspora residents students expatriate expatriates".split()
)
# a meeting told with its host or with "other" parties is a gathering whose guests the sentence does not name ("a
# ministerial meeting on African development that Japan will host in Tokyo", "held bilateral talks with a host of other
# Heads of State"), not the article's pair's
_GATHERING = frozenset("host hosts hosting other".split())
# what a verb of meeting or visiting takes as its object when it tells a state's meeting or visit: a leader's title, a
# pronoun or a state's common noun ("met with President Xi Jinping", "will hold talks with him", "last visited the
# country"); else the object is a site or people of no state ("visited Akasaka Palace", "meet the outlandish singer")
_OBJECT_WORDS = frozenset(
    "him her them his their counterpart counterparts president premier prime minister ministers king queen emir amir "
    "sultan chancellor crown prince speaker chairman leader leaders head secretary the country nation kingdom capital "
    "island".split()
)
_VERB_FORMS = frozenset("meet met visit visited visiting".split())
# a noun of visiting or meeting right after "last" or "previous" is the traveller's earlier journey, not the article's
# ("His last trip abroad was cut short by the pandemic."; "He last visited the country ..." is the adverb, read), and one
# "being discussed" or weighed is only a proposal ("Nara Prefecture, where the summit is being discussed, ...")
_EARLIER = frozenset("last previous".split())
_WEIGHED = frozenset("discussed considered negotiated mooted explored weighed".split())
# talks of a state's own: held or planned by a verb, or given by a determiner or "summit" in the three words before
# ("held two-hour closed-door talks", "these diplomatic talks", "summit talks"), or the subject of a verb of their own
# ("talks were expected to focus on ..."); not talks of a field or a level ("trade talks", "high-level talks",
# "Cultural talks aim to ...") nor the verb ("he talks of ...")
_TALKS_BEFORE = frozenset("the their these those his her its held hold holds holding summit".split())
_TALKS_AFTER = frozenset("were was will are".split())
# plural nouns of visits and meetings tell them in general or a habit ("made 11 separate overseas trips", "his disdain
# for multilateral summit meetings"): a sentence holding one tells no one visit or meeting
_PLURALS = frozenset("trips meetings summits".split())
# the sets `fallback_visit` asks of every sentence of an article, joined once here rather than on each call
_SILENT = _UNREAL | _GATHERING
_TOLD_WORDS = _VISIT_WORDS | _MEETING_WORDS


def _named_gathering(raw: list[str], i: int) -> bool:
    """Whether the noun at raw token `i` ("summit", "meeting") is a named gathering's: a capitalised word or one with a
    digit right before it, not opening the sentence ("the G20 summit", "the BRICS Summit", "the second FIPIC meeting",
    "the upcoming major Workers' Party meeting"), which is a body's meeting with no second state of its own."""
    j = i - 1
    while j > 0 and raw[j] in ("'", "s", "’", "leaders", "Leaders"):
        j -= 1
    return j > 0 and (raw[j][:1].isupper() or any(c.isdigit() for c in raw[j]))


def _own_talks(words: list[str], i: int) -> bool:
    """Whether "talks" at `i` are talks of a state's own (`_TALKS_BEFORE` in the three words before it, or
    `_TALKS_AFTER` right after it)."""
    return not _TALKS_BEFORE.isdisjoint(words[max(0, i - 3) : i]) or (i + 1 < len(words) and words[i + 1] in _TALKS_AFTER)


def _object_told(words: list[str], mentions: list[Mention], i: int) -> bool:
    """Whether the verb at `i` takes a state's party as its object within the three words after it (over "with"): a
    mention, a pronoun, a title or a state's common noun (`_OBJECT_WORDS`)."""
    starts = {m.start for m in mentions}
    for j in range(i + 1, min(len(words), i + 4)):
        if j in starts or words[j] in _OBJECT_WORDS:
            return True
        if words[j] not in ("with", "the", "a", "an", "his", "her", "its", "their"):
            return False
    return False


def fallback_visit(words: list[str], mentions: list[Mention], records: list[dict], visit: dict | None,
                   journey: dict | None, cancelled: list[set[str]], sentence: str) -> list[dict]:
    """The article's last visit (`journey`, a visit record with both parties) or last meeting (`visit`, a CONSULT
    record with both parties) as the act a sentence tells when the sentence codes no visit or meeting of its own (no
    CONSULT or AGREE record) and holds one word of visiting (`_VISIT_WORDS`: the journey is the template) or meeting
    (`_MEETING_WORDS`: the meeting is), with a verb's object a state's party (`_object_told`) and a noun no named
    gathering's (`_named_gathering`); the sentence names no state outside the template's pair and is no negation,
    condition, modal, wish, call, habit or meeting with people of no state (`_UNREAL`), no gathering (`_GATHERING`),
    earlier journey (`_EARLIER`) or proposal (`_WEIGHED`), nor the plan of a meeting called off earlier (`cancelled`).
    The record is the template re-typed: planned (`_PLANNED` with no word of a held act, `_HELD`) is `AGREE` (CAMEO
    036), else `CONSULT` with the template's own code; `code_article` dates it by the sentence. The sentence's tokens
    in their own case (one per word, or no reading) are read only once its words hold a visit or meeting, since
    `code_article` asks this of every sentence. Else []."""
    if any(r["plover"] in ("CONSULT", "AGREE") for r in records) or not _SILENT.isdisjoint(words):
        return []
    told = [i for i, w in enumerate(words) if w in _TOLD_WORDS]
    if not told or not _PLURALS.isdisjoint(words) or negated_predicate(words) or conditional_sentence(words):
        return []
    raw = raw_tokens(sentence)
    if len(raw) != len(words):
        return []
    if any(words[i] in _VERB_FORMS and not _object_told(words, mentions, i) and words[i] != "visiting" for i in told):
        return []
    if any(words[i] in ("summit", "meeting") and _named_gathering(raw, i) for i in told):
        return []
    if any(words[i] == "talks" and not _own_talks(words, i) for i in told):
        return []
    if any(words[i] not in _VERB_FORMS and i > 0 and words[i - 1] in _EARLIER for i in told):
        return []
    if any(w == "being" and words[j + 1] in _WEIGHED for j, w in enumerate(words[:-1])):
        return []
    template = journey if any(words[i] in _VISIT_WORDS for i in told) else visit
    if template is None or template["source"] is None or template["target"] in (None, template["source"]):
        return []
    pair = {template["source"], template["target"]}
    if any(m.code not in pair for m in mentions) or any(pair <= off for off in cancelled):
        return []
    first = min(mentions, key=lambda m: m.start) if {m.code for m in mentions} == pair else None
    if first is not None and not template["joint"] and first.code != template["source"]:
        return []  # both parties named, the first not the template's traveller ("it is now Korea's turn to visit Japan")
    if not _PLANNED.isdisjoint(words) and _HELD.isdisjoint(words):
        return [{**template, "plover": "AGREE", "cameo": "036"}]
    return [{**template, "plover": "CONSULT", "cameo": template["cameo"] if template["plover"] == "CONSULT" else "042"}]


# coder round 311: a meeting whose one named party is the object of a verb of meeting and whose other party, the
# subject, is a person or pronoun the sentence ties to no state ("The external affairs minister also met Fijian Prime
# Minister Frank Bainimarama.", "Additionally, Ambassador Mohammad Sadiq also met with Acting Afghan Minister ...")
_MEETING_VERBS = frozenset("met meet meets".split())
# what may stand between the verb and its object's mention: "with", a determiner, a possessive, an adverb of the
# meeting's own ("also met on Monday with his French counterpart"); a clause's or list's word ends the object
_OBJECT_GAP_STOPS = frozenset("and or but to before after then while which who that where when".split())
# hedges that leave the meeting only possible ("She will most possibly also meet ...")
_HEDGES = frozenset("possibly perhaps probably maybe".split())


def traveller_meeting(words: list[str], mentions: list[Mention], records: list[dict], template: dict | None) -> list[dict]:
    """The article's traveller (the source of `template`: its last visit, else its last meeting) meeting the one state
    a sentence names, when that state is the object of a verb of meeting (`_MEETING_VERBS`, or a state's own "talks
    with", `_own_talks`) within six words over no clause's word (`_OBJECT_GAP_STOPS`), and the sentence names no state
    but it and the traveller's and codes no visit or meeting of its own: its subject is then a person or pronoun of
    the traveller's party, told by an earlier sentence. Under `fallback_visit`'s guards (`_UNREAL`, `_GATHERING`,
    `_PLURALS`, negation, condition) and `_HEDGES`. A joint `CONSULT` (CAMEO 040), `AGREE` (036) when only planned.
    Else []."""
    if template is None or template["source"] in (None, "IGO", "NGO"):
        return []
    if any(r["plover"] in ("CONSULT", "AGREE") for r in records):
        return []
    states = {m.code for m in mentions} - {template["source"]}  # the subject may be a pronoun read as the traveller's
    if len(states) != 1 or not states.isdisjoint(("IGO", "NGO")):
        return []
    if not (_SILENT.isdisjoint(words) and _PLURALS.isdisjoint(words) and _HEDGES.isdisjoint(words)):
        return []
    if negated_predicate(words) or conditional_sentence(words):
        return []
    start = min(m.start for m in mentions if m.code in states)

    def verb(i: int) -> bool:
        if words[i] == "talks":
            return words[i + 1 : i + 2] == ["with"] and _own_talks(words, i)  # not "trade talks with the U.S."
        return words[i] in _MEETING_VERBS

    if not any(verb(i) and _OBJECT_GAP_STOPS.isdisjoint(words[i + 1 : start]) for i in range(max(0, start - 6), start)):
        return []
    planned = not _PLANNED.isdisjoint(words) and _HELD.isdisjoint(words)
    plover, cameo = ("AGREE", "036") if planned else ("CONSULT", "040")
    return [{**template, "target": next(iter(states)), "joint": True, "plover": plover, "cameo": cameo}]


# coder round 314: the article's meeting told again only by its parties' discussion ("The two sides discussed ...",
# "Bilateral defense cooperation was discussed in detail.", "Views were also exchanged on ...", "We discussed regional
# issues."), a sentence with no word of visiting or meeting that round 309's fallback reads
_DISCUSSED = frozenset("discussed reviewed".split())
# the parties as the discussion's subject: a plural of the meeting's sides, "both", "they" or "we" (a party's own
# report); a single person ("Assistant Secretary Biswal reviewed ...", "As I discussed in my prior post") or a group of
# no party ("aides urgently discussed countermeasures") is not
_PARTY_SUBJECTS = frozenset(
    "both they we sides parties leaders ministers officials delegations counterparts presidents premiers".split()
)
# what "exchanged" or "exchange" takes when it tells a discussion, not gifts, greetings or currency ("exchanged
# greetings", "foreign exchange markets", "in exchange for")
_VIEWS = frozenset("views opinions perspectives ideas".split())
_PASSIVE = frozenset("was were been being".split())
# a discussion only planned: "will discuss", "are expected to discuss", "is set to discuss" (a purpose's bare "to
# discuss" is no act: "There is much to discuss", "will gather in San Francisco to discuss ...")
_PLANNED_BEFORE = frozenset("will expected set due scheduled".split())


# every word `_discussion` reads holds one of these stems
_DISCUSSION_STEMS = re.compile(r"discuss|review|exchang", re.IGNORECASE)


def may_tell_discussion(sentence: str) -> bool:
    """Whether a sentence holds a word `_discussion` reads, asked before it is tokenised for `discussed_meeting`: most
    sentences of an article after its first visit hold none."""
    return _DISCUSSION_STEMS.search(sentence) is not None


def _discussion(words: list[str], both_named: bool) -> str | None:
    """"held" or "planned" when the sentence tells a discussion by its parties: `_DISCUSSED`, "are discussing" or
    "exchanged" views (`_VIEWS`) as a passive or after its subject, the parties (`_PARTY_SUBJECTS`, "the two", or "and"
    when the sentence names both: "Jaishankar said he and Lavrov discussed ..."); "discuss" or an "exchange of" views
    after a plan's word (`_PLANNED_BEFORE`, in the four words before: "both sides will, inter alia, discuss"). Else None."""
    for i, w in enumerate(words):
        before = words[max(0, i - 4) : i]
        if w in ("exchanged", "exchange") and _VIEWS.isdisjoint(words[max(0, i - 3) : i + 3]):
            continue  # gifts, greetings or currency, not views
        if w in _DISCUSSED or w == "exchanged" or (w == "discussing" and before[-1:] in (["are"], ["were"])):
            subject = words[:i]
            if not _PASSIVE.isdisjoint(before[-2:]) or not _PARTY_SUBJECTS.isdisjoint(subject) or "two" in subject:
                return "held"
            if both_named and "and" in subject:
                return "held"
        elif w in ("discuss", "exchange") and not _PLANNED_BEFORE.isdisjoint(before):
            return "planned"
    return None


def discussed_meeting(words: list[str], mentions: list[Mention], records: list[dict], template: dict | None,
                      cancelled: list[set[str]]) -> list[dict]:
    """The article's last meeting (`template`, else its last visit) as the act a sentence tells only by its parties'
    discussion (`_discussion`), when the sentence codes no visit or meeting of its own, holds no word of visiting or
    meeting (round 309's `fallback_visit` reads those, under its own guards), names no state outside the template's
    pair, is no negation, condition, modal, wish, habit, gathering or hedge (round 309's and 311's guards) nor the
    plan of a meeting called off earlier (`cancelled`). The
    template re-typed: `CONSULT` held, `AGREE` (CAMEO 036) planned. Else []."""
    if template is None or template["source"] in (None, "IGO", "NGO") or template["target"] in (None, template["source"]):
        return []
    if any(r["plover"] in ("CONSULT", "AGREE") for r in records) or not _TOLD_WORDS.isdisjoint(words):
        return []
    if not (_SILENT.isdisjoint(words) and _PLURALS.isdisjoint(words) and _HEDGES.isdisjoint(words)):
        return []
    pair = {template["source"], template["target"]}
    if any(m.code not in pair for m in mentions) or any(pair <= off for off in cancelled):
        return []
    if negated_predicate(words) or conditional_sentence(words):
        return []
    told = _discussion(words, {m.code for m in mentions} == pair)
    if told is None:
        return []
    if told == "planned":
        return [{**template, "plover": "AGREE", "cameo": "036"}]
    return [{**template, "plover": "CONSULT", "cameo": template["cameo"] if template["plover"] == "CONSULT" else "040"}]
