"""Actors round 22b (issue 13): a name only the town table gives (`places_towns.tsv`, GeoNames' places of 5,000
people) is a place only where the sentence writes it as one: after a preposition of place or a verb of visiting or
taking a place, after a place noun or a state's "'s", before a place noun, or in a list of places that is one.
Elsewhere its one-word names are words and names that are no place ("the Atlantic", an Iowa town; "Hurricane", a
Utah town; "Benaulim" as a dateline). Probes quote development sentences (prose held-out 10, 14 and 59, PLOVER news
sets A and M, held-out actors 18 and 20)."""

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _found(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in find_actors(raw_tokens(sentence))]


def test_a_town_name_out_of_a_place_context_is_no_actor():
    # held-out 10 X047 and 59 SF043: the ocean, not Atlantic, Iowa
    assert _found("A trade war has erupted across the Atlantic.") == []
    assert ("Atlantic", "USA") not in _found(
        "President Franklin Roosevelt could fly across the Atlantic to meet the leaders of the other Allied nations "
        "during World War II."
    )
    # held-out 14 N107: a storm's name, not Hurricane, Utah
    found = _found("President Trump will be in Texas overseeing Hurricane Harvey relief efforts, which may keep him "
                   "distracted enough to refrain from tweeting bellicose statements about North Korea.")
    assert not [text for text, _ in found if "Hurricane" in text]
    # PLOVER news A018: a dateline, not a party to the talks
    assert ("Benaulim", "IND") not in _found(
        "Benaulim: Pakistan Foreign Minister Bilawal Bhutto Zardari and his Russian counterpart Sergey Lavrov on "
        "Thursday held bilateral talks, which included matters of \"mutual interest\"."
    )


def test_a_town_name_in_a_place_context_keeps_its_state():
    # after a preposition of place (held-out actors 20 V003), after "capital" (18 M029), before a place noun (18
    # M067), in a list of places after "of" (20 V002) and before a plural place noun (PLOVER news M057)
    assert ("Kupwara", "IND") in _found(
        "Two civilians were injured when Pakistani troops violated ceasefire along the Line of Control (LoC) in "
        "Tangdhar sector of Kupwara in Jammu and Kashmir on Wednesday."
    )
    assert ("Naypyitaw", "MMR") in _found(
        "Senior officials from China, Japan and Thailand landed in the Myanmar capital Naypyitaw over the weekend to "
        "meet with coup leader Senior General Min Aung Hlaing."
    )
    assert ("Dalbandin", "PAK") in _found(
        "The attack happened in the Dalbandin region, around 340km from Quetta, the capital of Pakistan Occupied "
        "Balochistan, when the Chinese engineers working on a mineral project were being transported to the city."
    )
    assert ("Avdiivka", "UKR") in _found(
        "He said the most severe of the frontline battles were in the eastern towns of Maryinka, Avdiivka and "
        "Bakhmut, but also reported heavy fighting in Kharkiv region and in the south."
    )
    found = _found("For the first time since the Kargil war of 1999, Pakistani forces fired across the Line of "
                   "Control in the Kargil and Drass sectors yesterday.")
    assert found.count(("Kargil", "IND")) == 2
