"""PLOVER round 83 (issue 13): envoys called back, pulled out or sent home.

In the development news rows labelled SANCTION, "Russia is calling its ambassador to Ukraine back to Moscow for
'consultations'" was typed CONSULT, "the ambassador was called back to Ankara for 'consultations'" REQUEST, "The United
States yesterday pulled its ambassador out of Damascus" RETREAT and "Somalia sent the Ethiopian ambassador in Mogadishu
back home" SUPPORT. An envoy noun heading the object of "call ... back", "pull ... out" or "send/bring ... home" (or the
passive subject of "called back") is a recall, CAMEO 161 (PLOVER SANCTION), or, sent home when it is another state's
envoy, an expulsion, CAMEO 166 (`verbs._envoy_called_back`). Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv); expected categories, sources and targets their hand labels.
"""

from latitude.coding.coder import classify, code_sentence
from latitude.coding.text import tokens
from latitude.coding.verbs import rule_match


def _code(sentence: str) -> str | None:
    match = rule_match(tokens(sentence))
    return match[0].code if match else None


def test_an_envoy_called_back_pulled_out_or_sent_home_is_a_recall_or_an_expulsion():
    assert _code("The government called back its ambassador after the vote.") == "161"
    assert _code("The government called its ambassador back for talks.") == "161"
    assert _code("Their envoy was called back to the capital on Monday.") == "161"
    assert _code("The country pulled its diplomats out of the capital last week.") == "161"
    assert _code("The country brought its ambassador home after the row.") == "161"
    assert _code("The government sent the foreign ambassador back home on Friday.") == "166"


def test_no_envoy_no_particle_or_a_negation_is_no_recall():
    assert _code("The minister called back the reporter after the interview.") is None
    assert _code("The company pulled its staff out of the region.") is None
    assert _code("The country sent its diplomats back to the capital to reopen the embassy.") is None
    assert _code("The government did not call its ambassador back.") is None
    assert _code("The president called the ambassador on Monday.") != "161"


def test_development_recalls_told_otherwise_are_sanction():
    # H016 (CONSULT before), AJ041 (REQUEST), BF027 (RETREAT), C056 (SUPPORT)
    sentence = (
        'Russia is calling its ambassador to Ukraine back to Moscow for "consultations", the foreign ministry said '
        "Sunday, after tumult in Kiev led to pro-Russian leader Viktor Yanukovych being toppled and replaced with a "
        "pro-EU leadership from the opposition"
    )
    assert classify(sentence).plover == "SANCTION"
    assert [(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)] == [("RUS", "UKR", "SANCTION")]
    assert classify('Mevlut Cavusoglu said today that the ambassador was called back to Ankara for "consultations."').plover == "SANCTION"
    sentence = (
        "The United States yesterday pulled its ambassador out of Damascus because of threats to his safety in Syria, "
        "where protesters are trying to end 41 years of authoritarian rule by the Assad family."
    )
    assert classify(sentence).plover == "SANCTION"
    assert [(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)] == [("USA", "SYR", "SANCTION")]
    sentence = (
        "Somalia sent the Ethiopian ambassador in Mogadishu back home on Thursday and closed two consulates in the "
        "semi-autonomous region of Puntland and in the breakawayregion Somaliland due to a dispute over a port deal, "
        "two Somali officials said."
    )
    assert classify(sentence).cameo == "166"
    assert [(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)] == [("SOM", "ETH", "SANCTION")]


def test_troops_pulled_out_keep_the_retreat_reading():
    assert classify("U.S. troops have pulled out of a remote base in the north, officials said.").plover == "RETREAT"
