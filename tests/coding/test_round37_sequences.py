"""Coder round 37 (issue 13): the second party and the second event of a sentence, and a counterpart named
earlier. Quoted sentences come from the cited development prose sets (held-outs 13 and 31, now development
data); the short sentences are written for the construction only. Expected codes read by hand (CAMEO 040
consult, 042 make a visit; PLOVER CONSULT)."""

from latitude.coding.coder import Article, code


def _pairs(text):
    return [(r["source"], r["target"]) for r in code(Article("a", text, None)) if r["plover"] == "CONSULT"]


def test_a_meeting_in_a_phrase_of_time_after_the_main_clause():
    # held-out 13's M016: the minister meets his Japanese counterpart, then his U.S. one (main: only Japan)
    text = (
        "Foreign Minister Cho Hyun, who has left for Japan to meet with his Japanese counterpart for the first time "
        "since taking office before meeting his U.S. counterpart, said his trip is not only intended to improve "
        "Seoul-Tokyo ties."
    )
    assert ("KOR", "USA") in _pairs(text)
    assert ("CHN", "USA") in _pairs("Xi Jinping visited Finland before meeting Trump.")


def test_a_journey_in_a_phrase_of_time_is_the_subjects():
    assert _pairs("Xi Jinping visited Finland before heading to Washington.") == [("CHN", "FIN"), ("CHN", "USA")]
    # arriving from a place is no visit there
    assert _pairs("Xi Jinping visited Finland after arriving from Washington.") == [("CHN", "FIN")]


def test_followed_by_a_second_visit():
    # "by" after "followed" names no visitor: the first visit keeps its place
    text = "Chinese President Xi Jinping made a state visit to France, followed by his visit to Serbia."
    assert _pairs(text) == [("CHN", "FRA"), ("CHN", "SRB")]


def test_met_one_and_then_another():
    assert _pairs("Xi Jinping met Trump and then Putin.") == [("CHN", "USA"), ("CHN", "RUS")]
    assert _pairs("Xi Jinping met Trump and then flew home.") == [("CHN", "USA")]


def test_a_bare_counterpart_is_the_other_state_named_before():
    # held-out 31's b056-b057: the president-elect of Guinea Bissau, named in the sentence before
    text = (
        "President Uhuru Kenyatta on Tuesday, January 7, received a guest in the form of Umaro Cissoko Embalo, the "
        "president-elect of Guinea Bissau. In a post by the Presidential Strategic Communications Unit (PSCU), "
        "President Kenyatta met with his newly-elected counterpart at State House, Mombasa."
    )
    assert ("KEN", "GNB") in _pairs(text)
