"""Actors round 39 (issue 13): bodies named without their state. The development sort found most people missed next
to a staff, command, council or office with no state in the sentence, which no safe construction reads; the one taken
is a state's armed force whose "'s" owns a unit or an office before the holder: "the head of the Israeli army's
Military Intelligence Directorate, Aharon Haliva" (the force was read as an office word and the "'s" stopped the
office). Probes quote a development sentence (held-out actors 38 AG008) and general sentences; expected states read
from the sentences by hand."""

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _people(sentence: str) -> dict[str, str]:
    raw = raw_tokens(sentence)
    return {" ".join(raw[m.start : m.end]): m.code for m in find_actors(raw, None) if m.person}


def _state_of(sentence: str, name: str) -> str | None:
    return next((code for text, code in _people(sentence).items() if name in text), None)


def test_an_office_of_a_states_armed_forces_unit_reaches_the_name():
    # held-out actors 38 AG008
    sentence = ("The head of the Israeli army’s Military Intelligence Directorate, Aharon Haliva, has acknowledged "
                "responsibility for failing to give warning before the 7 October infiltration of Israeli towns by the "
                "Palestinian resistance, the Times of Israel reported yesterday.")
    assert _state_of(sentence, "Aharon Haliva") == "ISR"
    assert _state_of("The commander of the Egyptian army's Second Field Army Command, Ahmed Fathy Khalifa, visited "
                     "the border.", "Ahmed Fathy Khalifa") == "EGY"


def test_an_office_after_a_states_armed_forces_possessive_reaches_the_name():
    assert _state_of("The Egyptian army's chief of staff, Ahmed Fathy Khalifa, visited the border.",
                     "Ahmed Fathy Khalifa") == "EGY"


def test_a_force_without_a_state_or_an_office_names_nobody():
    assert _people("The army's chief said the talks would resume.") == {}
    assert _people("The Israeli army's Gaza Division said it had struck the site.") == {}
