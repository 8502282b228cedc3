"""Does a sentence report an event? A tense, mood and clause check of its event words.

News reports events with finite verbs in the past ("fired", "has summoned"), the progressive ("is
heading to Japan") or a scheduled future ("will visit", "is scheduled to join"); analysis and opinion
writing uses the simple present ("Seoul occupies the space of mediation", "Taiwan firmly rejects
Beijing's claims"), modals ("could hit South Korean industry"), generic or habitual frames ("has long
condemned", "frequently launches") and conditionals ("if the balance is not managed"). A verb of the
lexicon, a hand rule or a construction is an event trigger only when its form and the words before it
in its clause (no comma, colon, semicolon or dash between them) say it is such a reported act:

- past (-ed or irregular) or after a perfect, progressive or passive auxiliary: yes;
- after "will"/"shall" or as the infinitive of a plan or commitment ("scheduled to join", "agreed to
  hold", "vowed to retaliate"), which CAMEO codes as intent: yes, when that verb itself passes;
- after a modal ("could", "would", "may", "might", "should", "can") or "likely": no;
- simple present (-s or bare form, "asserts", "both hold leverage"): no, except reporting verbs
  ("says", "tells"), which news uses for statements;
- participles and gerunds with no auxiliary ("urging", "aiming to"), other infinitives ("to foster"):
  no; negated ("were not disclosed", "never"): no; habitual adverbs ("long", "often", "frequently",
  "usually", "traditionally"): no;
- a present passive ("is guaranteed through a network of partnerships", "are claimed by China"):
  no, a standing state, except plans and schedules ("is scheduled to", "is expected to");
- inside a clause opened by "if", "unless", "whether", "when", "once", anywhere in a sentence that
  opens with "if" or "unless" (its main clause is the consequence of a condition: "If Washington
  raises tariffs again, Korean exporters will suffer"), in a sentence that reports a condition ("said
  that if ..."), or in a question: no;
- in a sentence framed by a span of years ("in recent years", "for decades"): a trend, no (the coder
  keeps visit, meeting and launch nouns); a participle used as a preposition ("given", "following"
  with no auxiliary before it) is no verb.

The checks use word lists only (no parser); `tests/coding/test_eventness.py` shows each case on real
sentences, and `docs/coding.md` gives precision and recall on labelled prose it was not written from.
"""

from __future__ import annotations

import re

from latitude.coding.text import _QUOTES, fold

AUXILIARIES = frozenset("is are was were be been being am has have had having 's".split())
FUTURE = frozenset("will shall".split())
DO_SUPPORT = frozenset("did does do".split())
MODALS = frozenset("could would might may should can cannot likely unlikely".split())
NEGATIONS = frozenset("not never no nor".split())
# "not only / not just / not merely / not simply ... but (also)" focuses, it negates nothing: "The PM's visit to Jeddah
# is not only about expanding bilateral relations", "The Chinese not only rolled out a literal red carpet ..., but ..."
# (coder round 41, from the development prose's missed visits and welcomes).
FOCUS_ADVERBS = frozenset("only just merely simply".split())


def negation(words: list[str], j: int) -> bool:
    """Whether the word at j negates (a word of `NEGATIONS` that is not "not" before a focus adverb)."""
    return words[j] in NEGATIONS and not (words[j] == "not" and words[j + 1 : j + 2] != [] and words[j + 1] in FOCUS_ADVERBS)
HABITUAL = frozenset(
    "long often frequently usually always typically traditionally generally historically routinely "
    "regularly consistently occasionally sometimes constantly ever widely".split()
)
EXPERIENTIAL = frozenset("previously already ever before".split())
CONDITIONAL = frozenset("if unless whether when whenever once".split())
PLAN_VERBS = frozenset(
    "scheduled set due plans planned planning plan agreed agree agrees pledged pledge vowed vow promised promise "
    "decided decide going intends intended intend threatened threaten sought offered offer "
    "prepared ready poised slated arranged arranging tried attempted attempt refused declined "
    "urged asked called invited requested demanded told ordered continued continues began begun started "
    "resumed moved managed helped used allowed".split()
)
REPORTING_PRESENT = frozenset("says tells adds claims insists warns urges".split())
# Adverbs and other words that may stand between an auxiliary and its verb ("has also repeatedly said").
SKIPPABLE = frozenset(
    "also already reportedly later now just first then jointly officially formally publicly "
    "still again further initially recently repeatedly once finally swiftly quickly strongly "
    "firmly sharply briefly personally separately subsequently immediately effectively".split()
)
IRREGULAR_PAST = frozenset(
    "met began begun held fought sent took taken gave given made said told went gone came left led struck shot "
    "threw thrown broke broken stole sold bought brought built drew drawn fled flew flown froze frozen got "
    "gotten hit hurt kept knew known lost meant paid put quit ran rose risen saw seen sought set shut sat spoke "
    "spoken spent stood stuck swore sworn taught thought understood withdrew withdrawn won wrote written "
    "overthrew overthrown forbade forgave bore borne beat beaten bit bled blew burnt cast caught chose chosen "
    "cut dealt dug drove driven fell fallen fed felt found forgot forgotten grew grown hung heard hid hidden "
    "laid lent let lay lit rode rung sank sunk sought shook shaken slew spread sprang stung strove swept "
    "swung tore torn underwent undertook undertaken upheld wound".split()
)


def clause_starts(sentence: str) -> list[int]:
    """For each word token (as `text.raw_tokens` splits them), the index of the first token of its clause.

    Clauses are cut at commas, semicolons, colons, brackets, quotes and spaced dashes.
    """
    return sentence_shape(sentence)[0]


def clause_breaks(starts: list[int]) -> frozenset[int]:
    """The positions of the tokens that start a clause after the first, given the clause starts of `sentence_shape`:
    where the sentence had a comma, a semicolon, a colon, a bracket, a quote or a spaced dash that the tokens drop."""
    return frozenset(i for i, start in enumerate(starts) if i and start == i)


NOT_VERBS = frozenset("red bed need speed seed feed breed shed united limited hundred indeed".split())
_PIECE = re.compile(r"[A-Za-z0-9]+|\s-+\s|--|[,;:()\"?]|-")


def sentence_shape(sentence: str) -> tuple[list[int], frozenset[int]]:
    """Clause starts (see `clause_starts`) and the positions of words joined to the previous one by a
    hyphen ('much-needed', 'large-scale', 'back-and-forth'), which are never verbs of their own."""
    starts: list[int] = []
    attached: set[int] = set()
    current = 0
    cut = False
    hyphen = False
    for piece in _PIECE.findall(fold(sentence.translate(_QUOTES))):
        if piece[0].isalnum():
            if cut:
                current = len(starts)
                cut = False
            if hyphen:
                attached.add(len(starts))
            starts.append(current)
            hyphen = False
        elif piece == "-":
            hyphen = True
        else:
            cut = True
            hyphen = False
    return starts, frozenset(attached)


def _previous(words: list[str], i: int, start: int, count: int = 3) -> list[str]:
    """Up to `count` words before position i in its clause, nearest first, adverbs skipped."""
    out = []
    j = i - 1
    while j >= start and len(out) < count:
        if words[j] not in SKIPPABLE and not words[j].endswith("ly"):
            out.append(words[j])
        j -= 1
    return out


def is_past(word: str) -> bool:
    """Past tense or past participle: an -ed form or an irregular one ('met', 'held', 'sent')."""
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 3 and word not in NOT_VERBS)


def verb_status(words: list[str], i: int, starts: list[int], depth: int = 0) -> str:
    """Why the verb at position i is or is not a reported act: "event", or the reason it is not —
    "conditional", "modal", "habitual", "negated", "infinitive", "participle" or "present".
    `starts` from `clause_starts` (missing positions count as one clause)."""
    start = starts[i] if i < len(starts) else 0
    clause_head = words[start] if start < len(words) else ""
    if clause_head in CONDITIONAL or (start == 0 and words and words[0] in CONDITIONAL) or conditional_sentence(words):
        return "conditional"
    near = _previous(words, i, start, 4)
    window = set(near[:3])
    adverbs = set(words[max(start, i - 4) : i])  # habitual adverbs often end in -ly ("consistently")
    if window & MODALS:
        return "modal"
    if (window | adverbs) & HABITUAL:
        return "habitual"
    if adverbs & EXPERIENTIAL and adverbs & {"has", "have"}:
        return "habitual"  # "has previously faced difficulties": experience, not a reported act
    if set(near[:2]) & NEGATIONS and any(negation(words, j) for j in range(max(start, i - 4), i)):
        return "negated"
    word = words[i]
    before = near[0] if near else ""
    if before == "to":
        governor = _governor(words, i, start)
        if governor is None or depth > 0:
            return "infinitive"
        return verb_status(words, governor, starts, depth + 1)
    if before in FUTURE or before in DO_SUPPORT:
        return "event"
    if word.endswith("ing"):
        return "event" if before in AUXILIARIES else "participle"
    if before in PRESENT_BE and is_past(word) and word not in PLAN_VERBS and words[i + 1 : i + 2] != ["to"]:
        return "present"  # a present passive: "is guaranteed through ...", "are claimed by China"
    if is_past(word) or before in AUXILIARIES:  # past, or a passive or perfect ("has shut")
        return "event"
    return "event" if word in REPORTING_PRESENT else "present"


PRESENT_BE = frozenset("is are am".split())
CONDITIONAL_OPENERS = frozenset("if unless".split())


def conditional_sentence(words: list[str]) -> bool:
    """A sentence that opens with "if" or "unless", or reports a condition ("Moon also said that if the
    North Korea-US summit takes place, a trilateral summit ... could also take place"): none of its
    clauses reports an act."""
    if not words:
        return False
    if words[0] in CONDITIONAL_OPENERS:
        return True
    if "if" not in words and "unless" not in words:  # cheap: this is called for every verb of a sentence
        return False
    return any(w in CONDITIONAL_OPENERS and words[j - 1] == "that" for j, w in enumerate(words) if j > 0)


# A span of years frames a trend, not an act: "In recent years, North Korea has conducted numerous
# missile tests", "Seoul has displayed behavior resembling hedging over the years".
SPANS_OF_YEARS = re.compile(
    r"\b(?:in recent (?:years|decades)|over recent years|over the (?:years|decades)|for (?:years|decades)"
    r"|(?:in|over) the past decades?|in past decades)\b"
)


def trend_sentence(words: list[str]) -> bool:
    """Whether the sentence is framed by a span of years ("in recent years", "for decades"): what it
    says sums up a trend, so its verbs report no single act (visit, meeting and launch nouns, read by
    their own frames, are not affected)."""
    return SPANS_OF_YEARS.search(" ".join(words)) is not None


# Participles used as prepositions ("And given events on the Korean Peninsula ...", "following the
# talks"): without an auxiliary before them they introduce a phrase, they report no act.
PREPOSITIONAL_PARTICIPLES = frozenset(
    "given considering regarding concerning following including according excluding barring pending".split()
)


def prepositional_participle(words: list[str], i: int) -> bool:
    """Whether the word at i is a participle used as a preposition (no auxiliary before it)."""
    return words[i] in PREPOSITIONAL_PARTICIPLES and (i == 0 or words[i - 1] not in AUXILIARIES)


NEGATED_AUXILIARIES = frozenset("has have had was were is are am did does do will would".split())


def negated_predicate(words: list[str]) -> bool:
    """A negated auxiliary anywhere in the sentence ('has not been held', 'does not recognise')."""
    return any(negation(words, j) and j > 0 and words[j - 1] in NEGATED_AUXILIARIES for j in range(len(words)))


def verb_reports_event(words: list[str], i: int, starts: list[int]) -> bool:
    """Whether the verb at position i is a reported act (see the module doc and `verb_status`)."""
    return verb_status(words, i, starts) == "event"


def finite_verbs(words: list[str], starts: list[int], attached: frozenset[int] = frozenset()) -> list[int]:
    """Positions of words that look like finite verbs reporting an act, lexicon or not: past forms
    (-ed or irregular) and verbs after an auxiliary or "will", that pass `verb_reports_event`."""
    out = []
    for i, word in enumerate(words):
        if i in attached or i == 0 and word in ("the", "a"):
            continue
        previous = words[i - 1] if i > 0 else ""
        verbish = is_past(word) or previous in FUTURE or (previous in AUXILIARIES and word.endswith(("ed", "en")))
        if verbish and previous not in _DETERMINERS and verb_reports_event(words, i, starts):
            out.append(i)
    return out


_DETERMINERS = frozenset("the a an this that these those its their his her our".split())


def _governor(words: list[str], i: int, start: int) -> int | None:
    """Position of the plan or commitment verb that governs an infinitive at i ('scheduled to join')."""
    for j in range(i - 2, max(start, i - 6) - 1, -1):
        if words[j] in PLAN_VERBS:
            return j
    return None


def is_question(sentence: str) -> bool:
    """A sentence ending in a question mark reports no event."""
    return sentence.rstrip(" \"'\u201d)").endswith("?")
