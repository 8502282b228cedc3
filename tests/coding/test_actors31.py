"""Actors round 31 (issue 13): office holders no table holds, named as the leader of a group a state's mention names,
or after an office whose capitalised field no office word list holds. A delegation, side or team of a state's mention
"led by" or "headed by" a holder is the state's ("An Iranian delegation headed by Foreign Minister Abbas Araqchi", "the
Chinese delegation, led by Chen Zhou"); a capitalised word right before a capitalised "Minister", "Secretary",
"Governor" or spokesperson is the office's field, not a name ("Vice Unification Minister Chun Hae-sung", "Lebanese
Health Minister Firass Abiad"); a body's noun ("Duma") names no holder. Probes quote development sentences (held-out
actors 20, 21, 24, 27, 29 and 30); expected states read from the sentences by hand."""

from actor_probe import state_of

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def test_the_leader_of_a_states_delegation_or_side_is_its_person():
    # held-out actors 21 H038, 27 V019, 30 Y017
    assert state_of("An Iranian delegation headed by Foreign Minister Abbas Araqchi is now in Oman’s capital, Muscat, "
                    "for indirect negotiations with the United States.", "Abbas Araqchi") == "IRN"
    assert state_of("The Azerbaijani delegation was led by Deputy Foreign Minister Samir Sharifov, while the Russian "
                    "side was headed by Deputy Foreign Minister Mikhail Galuzin, the Azerbaijani Foreign Ministry told "
                    "News.Az.", "Mikhail Galuzin") == "RUS"
    assert state_of("During the visit, the Chinese delegation, led by Chen Zhou, deputy head of the International "
                    "Department of the CPC Central Committee, held meetings with officials.", "Chen Zhou") == "CHN"


def test_a_capitalised_field_before_an_office_is_no_name():
    # held-out actors 24 R052, 20 V010
    raw = raw_tokens("The South Korean side will be led by Vice Unification Minister Chun Hae-sung, who will meet with "
                     "his North Korean counterpart, Jon Chong-su, once every week.")
    people = [m for m in find_actors(raw) if m.person]
    assert not [m for m in people if m.text == "Unification"]
    assert [m.code for m in people if m.text.startswith("Chun")] == ["KOR"]
    assert state_of("The strike targeted a building in the city of Nabatieh, which was housing Syrian refugees, as "
                    "confirmed by Lebanese Health Minister Firass Abiad.", "Firass Abiad") == "LBN"
