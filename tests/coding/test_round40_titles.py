"""Coder round 40 (issue 13): parties named by a title, second pass. Sentences are quoted from the cited
development prose sets (held-outs 21 and 34, now development data) or are the cases round 36 left; expected codes
read by hand (CAMEO 040 consult, 042 make a visit, 043 host a visit; PLOVER CONSULT)."""

import datetime as dt

from latitude.coding.coder import Article, code
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _dyads(text):
    return [(r["source"], r["target"], r["plover"]) for r in code(Article("a", text, dt.date(2015, 1, 25)))]


def test_a_ministers_office_written_with_the_state_is_a_person():
    # held-out 21's I061: the visitor is China's foreign minister, not the state's name alone
    tokens = raw_tokens("China's top diplomat will come to the United States tomorrow for a three-day visit.")
    assert [(m.text, m.code, m.person) for m in find_actors(tokens)][0] == ("China s top diplomat", "CHN", True)
    tokens = raw_tokens("The remark sparked speculation that the Chinese foreign minister could visit South Korea.")
    assert [(m.text, m.code, m.person, m.office) for m in find_actors(tokens)][0] == ("Chinese foreign minister", "CHN", True, True)


def test_present_at_the_airport_to_receive_is_hosting():
    # held-out 34's d062 (main codes nothing: "to receive" read as an infinitive of plan)
    sentence = "Earlier in the day, Modi was present at the Palam Air Force Base to receive Obama and his wife Michelle."
    assert ("IND", "USA", "CONSULT") in _dyads(sentence)
    assert _dyads("Modi was not present to receive Obama.") == []


def test_meeting_officials_from_a_list_of_states_meets_each():
    # main finds only Qatar (the UAE after "from" is skipped as a place)
    assert _dyads("Kerry met with officials from the UAE and Qatar.") == [("USA", "ARE", "CONSULT"), ("USA", "QAT", "CONSULT")]
