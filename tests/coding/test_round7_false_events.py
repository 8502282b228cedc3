"""Issue 13's seventh round: false events on the development sets (held-out 3-9, dev_prose,
eventness_train; held-out 9 is development data since this round). Every sentence is quoted from a
cited dev set (tests/fixtures/coding/, row ids given) and is labelled there; the expectations are read
by hand from those labels and the labelling rules of tests/fixtures/coding/README.md (trends, generic
statements, conditionals and private travellers are no events; visits and meetings named as nouns are)."""

import datetime as dt

from latitude.coding.coder import Article, _records, analyse, code, code_sentence
from latitude.coding.eventness import conditional_sentence, prepositional_participle, trend_sentence
from latitude.coding.text import article_sentences, tokens


def _events(sentence, date=None):
    return sorted((r["source"], r["target"], r["cameo"]) for r in code_sentence(sentence, date))


# --- trends: a span of years ------------------------------------------------------

def test_a_span_of_years_sums_up_a_trend():
    # heldout8 V086 (vnnow.net), labelled '-': many tests over years, no single act
    sentence = ("In recent years, North Korea has conducted numerous missile tests, including weapons capable of "
                "reaching the US mainland.")
    assert trend_sentence(tokens(sentence))
    assert _events(sentence) == []


def test_a_meeting_noun_in_a_trend_sentence_is_still_the_meeting():
    # heldout9 W098 (Al-Ahram Weekly), labelled USA<>RUS CONSULT: the span of years qualifies the
    # comparison, the summit noun is read by its own frame
    sentence = ("The Alaska Summit meeting between US President Donald Trump and Russian President Vladimir Putin has "
                "emerged as one of the most consequential diplomatic encounters in recent years.")
    found = _events(sentence, dt.date(2025, 8, 20))
    assert any({s, t} == {"USA", "RUS"} and cameo.startswith("04") for s, t, cameo in found)


# --- a participle used as a preposition -------------------------------------------------------------------

def test_given_opens_a_phrase_not_an_act():
    # heldout5 R034 (Star Tribune editorial), labelled '-' ("given" was read as CAMEO 060 cooperation)
    sentence = "And given events on the Korean Peninsula and the broader geopolitical challenge of China's rise, it needs to remain so."
    words = tokens(sentence)
    assert prepositional_participle(words, words.index("given"))
    assert not prepositional_participle(tokens("Seoul was given assurances"), 2)
    assert _events(sentence) == []


# --- a reported condition ------------------------------------------------------------------------------

def test_a_reported_condition_reports_no_summit():
    # heldout7 U020 (Asia Times, 2018-05-27), labelled '-': both summits are conditional
    sentence = ("Moon also said that if the North Korea-US summit takes place, a trilateral summit of the two Koreas "
                "and the US could also take place.")
    assert conditional_sentence(tokens(sentence))
    assert not conditional_sentence(tokens("Moon said that Kim had agreed to meet Trump"))
    assert _events(sentence, dt.date(2018, 5, 27)) == []


# --- private travellers -----------------------------------------------------------------------------------

def test_tourists_of_a_nationality_are_not_their_state():
    # heldout5 R055 (the Yomiuri, 2025-11-17), labelled '-'
    sentence = ("From January to September this year, 7,487,200 Chinese tourists visited Japan, accounting for the "
                "largest share of foreigner visitors, according to the Japan National Tourism Organization.")
    assert _events(sentence, dt.date(2025, 11, 17)) == []
    # a state's visitor is kept: heldout9-style announced visit of the sixth round (heldout8 V037)
    assert _events("US President Donald Trump visited South Korea.", dt.date(2025, 10, 29)) == [("USA", "KOR", "042")]


# --- "a.m." ending a sentence ------------------------------------------------------------------------------

def test_a_clock_time_can_end_a_sentence():
    # heldout5 R040-R041 (briefly.co): R040 is labelled '-', R041 PRK>RUS (Kim greeting Putin)
    text = ("It must be somebody pretty important in your life to warrant a personal airport pickup at 3 a.m. But "
            "that's the honor North Korean Supreme Leader Kim Jong Un paid to Vladimir Putin on Wednesday morning, "
            "greeting the Russian President on a red carpet-laid runway in the wee hours.")
    sentences = article_sentences(text)
    assert len(sentences) == 2 and sentences[1].startswith("But that's the honor")
    assert all(r["sentence"].startswith("But that's") for r in code(Article("a", text, dt.date(2024, 6, 19))))
    # heldout6 S019: "around 7:40 a.m." at the end stays inside its sentence
    assert len(article_sentences("This ICBM flew about 760 km from the Sunan area of Pyongyang around 7:40 a.m. on Friday.")) == 1


# --- an act with no named doer in an article ---------------------------------------------------------------

def test_an_article_act_with_no_doer_is_left_out():
    # heldout9 W101 (Al-Ahram Weekly) and W070 (netmag.pk, 2023-10-29), both labelled '-': "was sold to
    # the US" names no seller, "both nations must overcome" no actor that did anything
    text = ("First, the symbolism of the location was striking since Alaska was once Russian territory but was sold to "
            "the US 150 years ago for $7 million. This statement has raised eyebrows and has led to speculations "
            "about the challenges both nations must overcome to ensure a successful meeting.")
    assert [r for r in code(Article("a", text, dt.date(2023, 10, 29)))] == []


# --- what the rules leave alone (sentences of the mirror's ConfliBERT span set, annotated as events) -------

def test_a_classifier_statement_near_given_and_a_span_of_months_stay_events():
    # ConfliBERT span sentence: the South Korean government's statement (CAMEO 010, make a statement);
    # "given" there opens a phrase but did not type the event. The gate aside: since the gate was refit on
    # all labelled prose (issue 13, coder round 22) the sentence read alone scores 0.35 ("However", "is")
    said = ("However , the South Korean government has said it is skeptical of that death toll given previous "
            "records of flooding .")
    assert [(r["source"], r["cameo"][:2]) for r in _records(analyse(said), said, None, "", True)] == [("KOR", "01")]
    # ConfliBERT span sentence: fire across the ceasefire line (CAMEO 19, fight) "in recent months" is a
    # campaign under way, not a span of years. Read with the gate's verdict given, as the statement above: since
    # the gate's refit on held-out 67 (after coder round 64) the sentence read alone scores under the lone-sentence
    # threshold, a verdict of the gate and not of the trend reading this test is about
    fired = ("In recent months Syria and Israel have fired across the ceasefire line and violated agreements "
             "regulating the force limitation zones .")
    assert not trend_sentence(tokens(fired))
    records = _records(analyse(fired), fired, None, "", True)
    assert any(r["source"] == "SYR" and r["cameo"].startswith("19") for r in records)
