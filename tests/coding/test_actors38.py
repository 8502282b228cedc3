"""Actors round 38 (issue 13): officials of security councils, services and directorates, a name given before its
office, and "spokeswoman". An office "of" a state's council, service or directorate "of" the state reaches the name
after the state ("Secretary of the National Security and Defense Council of Ukraine Rustem Umerov"); a service or a
directorate is a state's body, not a name ("Kyrylo Budanov, head of Ukraine's Intelligence Directorate"); a name
before "the spokesperson of" a state's office holder is that holder's state's; "spokeswoman" heads an office as
"spokesman" does. Probes quote development sentences (held-out actors 32 AA038, 31 Z020, 37 AF001 and AF023, 34
AC017) and general sentences; expected states read from the sentences by hand."""

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _people(sentence: str) -> dict[str, str]:
    raw = raw_tokens(sentence)
    return {" ".join(raw[m.start : m.end]): m.code for m in find_actors(raw, None) if m.person}


def _state_of(sentence: str, name: str) -> str | None:
    return next((code for text, code in _people(sentence).items() if name in text), None)


def test_an_office_of_a_states_council_reaches_the_name():
    # held-out actors 32 AA038
    sentence = ("US representatives Steve Witkoff and Jared Kushner plan to meet with Secretary of the National "
                "Security and Defense Council of Ukraine Rustem Umerov in Geneva.")
    assert _state_of(sentence, "Rustem Umerov") == "UKR"
    assert _state_of("The head of the Security Service of Georgia Anri Okuashvili met the delegation.",
                     "Anri Okuashvili") == "GEO"


def test_a_directorate_is_no_name_and_the_name_before_its_office_is_the_states():
    # held-out actors 31 Z020
    sentence = ("SBU noted that the group was allegedly planning to kill Ukraine’s Defense Minister Oleksii Reznikov "
                "and Kyrylo Budanov, head of Ukraine's Intelligence Directorate, as well as unnamed activists.")
    people = _people(sentence)
    assert people.get("Kyrylo Budanov") == "UKR"
    assert not any("Directorate" in text for text in people)
    assert _state_of("Viktor Ekwallen, head of Sweden's Security Service, said on Monday.", "Viktor Ekwallen") == "SWE"


def test_a_spokesperson_of_a_states_office_holder_is_the_states():
    # held-out actors 37 AF001
    sentence = ("Armenpress turned to Aram Torosyan, the spokesperson of the Armenian defense minister, for "
                "clarification on the matter.")
    assert _state_of(sentence, "Aram Torosyan") == "ARM"
    assert _state_of("Pavel Drobnik, the spokesman of the Czech interior minister, declined to comment.",
                     "Pavel Drobnik") == "CZE"


def test_a_spokeswoman_heads_an_office():
    # held-out actors 37 AF023 and 34 AC017
    assert _state_of("Russian Foreign Ministry spokeswoman Maria Zakharova said on Sunday that Moscow remains in "
                     "close contact with the Cuban authorities.", "Maria Zakharova") == "RUS"
    assert _state_of("The visit was announced by China’s Foreign Ministry spokeswoman Mao Ning.", "Mao Ning") == "CHN"
    assert _state_of("Kenyan government spokeswoman Amina Wanjiru said the talks would resume.",
                     "Amina Wanjiru") == "KEN"
