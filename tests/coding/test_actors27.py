"""Actors round 27 (issue 13): office holders no table holds, whose state the sentence writes beside the office in a
way the readers of round 26 did not take. An envoy's complement after "for" or "on" is passed over ("Japan's special
envoy for national reconciliation in Myanmar, Yohei Sasakawa"); a spokesperson "for" a state's body and an office
holder "from" a state are that state's ("a spokesperson for the Israeli military, Avichay Adraee", "his counterpart
from Bosnia and Herzegovina, Elmedin Konakovic"); a name before "from" and a state is the state's person ("Foreign
Minister Peter Burke from Ireland"), not a place's name ("the Chagos Islands from Mauritius"); "Representative" heads
an office ("U.S. Trade Representative Jamieson Greer"). Probes quote development sentences (held-out actors 18, 23, 24,
25 and 26); expected states read from the sentences by hand."""

from actor_probe import state_of

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def test_an_envoys_complement_is_passed_over():
    # held-out actors 18 M030
    assert state_of("Japan’s special envoy for national reconciliation in Myanmar, Yohei Sasakawa, is also in the "
                    "country.", "Yohei Sasakawa") == "JPN"


def test_a_spokesperson_for_a_states_body_and_a_counterpart_from_astate_of():
    # held-out actors 25 T019, held-out actors 23 Q005
    assert state_of("An Arabic-language spokesperson for the Israeli military, Avichay Adraee, said the strike in the "
                    "southern province targeted a weapons depot belonging to Hezbollah.", "Avichay Adraee") == "ISR"
    assert state_of("The External Affairs Minister also met his counterpart from Bosnia and Herzegovina, Elmedin Konakovic "
                    "and discussed growing bilateral ties with a focus on trade and economy.", "Elmedin Konakovic") == "BIH"


def test_a_name_before_from_and_a_state_is_the_states_person():
    # held-out actors 23 Q061; held-out actors 24 R017 (a place's name is no person)
    assert state_of("Foreign Minister Peter Burke from Ireland concurred with him by advising against hurrying trade "
                    "agreements as they could prove foolish.", "Peter Burke") == "IRL"
    raw = raw_tokens("In 1965, Britain separated the Chagos Islands from Mauritius and set up a joint military base "
                     "with the United States on Diego Garcia.")
    assert not [m for m in find_actors(raw) if m.person and "Chagos" in m.text]


def test_a_representative_heads_an_office():
    # held-out actors 26 U024
    assert state_of("Trade Minister Yeo Han-koo met with U.S. Trade Representative Jamieson Greer to fine-tune key trade "
                    "issues, particularly those tied to last month's tariff agreement.", "Jamieson Greer") == "USA"
