"""Does a sentence report an event? Sentences quoted from the cited real-prose dev set
(tests/fixtures/coding/dev_prose.tsv, labels fixed before the gate was written) and from issue 13,
which quotes a real opinion piece; expected answers follow the labelling rules of
tests/fixtures/coding/README.md (CAMEO codebook 1.1b3 for the codes)."""

import datetime as dt

import pytest

from latitude.coding import code
from latitude.coding.coder import analyse, code_sentence
from latitude.coding.eventness import clause_starts, sentence_shape, verb_status
from latitude.coding.text import article_sentences, raw_tokens

ARTICLE = dt.date(2026, 1, 14)

NON_EVENTS = [
    # issue 13 (a real opinion piece): analysis the old coder turned into ASSAULT and THREATEN
    "Seoul occupies the space of mediation between Beijing and Tokyo.",
    "Seoul maintains working defense channels with Tokyo.",
    # dev set, asiatimes.com 2026-01-10 and m.ajupress.com 2026-01-13 (analysis and opinion)
    "China and Japan each is eager to draw South Korea to its side as President Lee walks across a narrowing bridge between them.",
    "China and Japan can shift quickly, and both hold leverage that could hit South Korean industry.",
    "Japan, too, has appeared eager to avoid provoking Seoul.",
    # dev set, theglobal24.com 2025-11-17: standing positions in the simple present
    "Conversely, Taiwan firmly rejects Beijing\u2019s claims of sovereignty.",
    "China asserts that Taiwan is part of its territory and has consistently stated that it may resort to force to enforce its control.",
    # dev set, junotane.com: generic and conditional
    "When perceived relative security threats rise, middle powers bandwagon with a dominant major power, accepting its leadership in exchange for protection.",
]


@pytest.mark.parametrize("sentence", NON_EVENTS)
def test_analysis_opinion_generic_and_conditional_sentences_give_no_event(sentence):
    assert code_sentence(sentence, ARTICLE) == []


def test_reported_acts_pass_the_gate():
    # dev set, theglobal24.com: "summoned" (past) is an event, typed CAMEO 114 with source and target
    (record,) = code_sentence("In reaction to Takaichi\u2019s remarks, Beijing summoned the Japanese ambassador for the first time in over two years.", ARTICLE)
    assert (record["source"], record["target"], record["plover"]) == ("CHN", "JPN", "ACCUSE")


@pytest.mark.parametrize(
    ("sentence", "position", "status"),
    [
        ("Japan could impose tariffs on Korea.", 2, "modal"),
        ("North Korea has long condemned the drills.", 4, "habitual"),
        ("Further details were not disclosed by the ministry.", 4, "negated"),
        ("If China imposes sanctions, Seoul would suffer.", 2, "conditional"),
        ("Taiwan firmly rejects the claims.", 2, "present"),
        ("His task is to foster closer ties.", 4, "infinitive"),
        ("He is scheduled to join Takaichi in Nara.", 4, "event"),  # infinitive of a plan verb
        ("President Lee is heading to Japan.", 3, "event"),  # progressive
        ("The JCS said the missile was launched on Sunday.", 6, "event"),  # passive
    ],
)
def test_verb_status(sentence, position, status):
    words = [w.lower() for w in raw_tokens(sentence)]
    assert verb_status(words, position, clause_starts(sentence)) == status


def test_negated_cooperation_is_a_refusal():
    # CAMEO codes declined cooperation as REJECT (12x); ConfliBERT's annotators label it verbal conflict.
    # Whether this lone sentence is then coded is the is-it-an-event model's call (0.47 with the model
    # its build code fits, under the lone-sentence boundary 0.5; 0.66 with the stale file it replaced)
    found = analyse("The United States will not lift the ban on ZTE.", ARTICLE)
    assert (found.mentions[0].code, found.trigger.cameo, found.trigger.plover) == ("USA", "120", "REJECT")


def test_headlines_are_not_coded_but_a_single_line_is():
    article = "Xi woos Lee to join hands against Japan\nBeijing summoned the Japanese ambassador on Monday."
    assert article_sentences(article) == ["Beijing summoned the Japanese ambassador on Monday."]
    assert article_sentences("Beijing summoned the Japanese ambassador") == ["Beijing summoned the Japanese ambassador"]
    assert [r["source"] for r in code(article, date="2026-01-14")] == ["CHN"]


def test_hyphenated_words_and_clause_cuts():
    starts, attached = sentence_shape("Japan provided a much-needed boost, Kyodo said.")
    words = raw_tokens("Japan provided a much-needed boost, Kyodo said.")
    assert words[attached and min(attached)] == "needed"
    assert starts == [0, 0, 0, 0, 0, 0, 6, 6]


def test_questions_give_no_event():
    assert code_sentence("Did China summon the Japanese ambassador?", ARTICLE) == []
