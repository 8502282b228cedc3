"""Issue 13, coder round 120: false events in opinion and analysis, twelfth pass. Every record the coder gives on a
development row labelled with no event was listed and sorted by construction (a writer's judgement over the article's
own visit, meeting or launch, generic and habitual statements, plans and hypotheticals, quoted opinion, questions,
negated meetings, what a party said in a meeting, headlines, a state acting on itself); the construction taken: an act
in a question opened by "whether" is asked about, not told, whatever governs the question ("It was not immediately
confirmed whether ...", "it remains unclear whether ..."). Before, only a "whether" or "if" right after a verb of
knowing or saying, or a clause that opens with "whether", was read so. Sentences are quoted from a cited development
set (row ids given) or are general; the expectations are their hand labels. Each test fails with main's code."""

from latitude.coding.coder import Article, code_article
from prose_rows import all_found, has, quiet


def test_a_meeting_not_confirmed_is_no_meeting():
    # held-out 87 EV041, labelled '-': "It was not immediately confirmed whether Song had met with sitting North Korean
    # leader Kim Jong-un." after the article's visit of China's envoy Song Tao to Pyongyang (main: CHN>PRK CONSULT);
    # the visit told in the article's row before is kept (EV037, CHN>PRK CONSULT: "ending his four-day visit, while it
    # was immediately unknown whether he met with North Korean leader Kim Jong-un")
    assert quiet("heldout87_prose.tsv", "EV041")
    assert all_found("heldout87_prose.tsv", "EV037")


def test_a_meeting_in_an_unclear_whether_question_is_no_meeting():
    # general: the first sentence tells the visit, the second only asks whether the two leaders met
    text = (
        "President Vladimir Putin arrived in Ankara on Monday for a two-day visit. "
        "It remains unclear whether Putin met Recep Tayyip Erdogan on Tuesday."
    )
    records = code_article(Article("https://example.org/q", text, None))
    assert has([r for r in records if "arrived" in r["sentence"]], "RUS", "TUR", "CONSULT")
    assert not [r for r in records if "whether" in r["sentence"]]
