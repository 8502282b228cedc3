"""PLOVER round 79 (issue 13): a disaster's participle is no attack.

In the development news rows about aid carried, delivered or handed over, "earthquake-hit Nepal", "Mozambique hit by
tropical cyclone Idai", "communities ravaged by the 2019 flood" or "a region devastated by an October 8 earthquake"
was read as a use of force (CAMEO 190, ASSAULT). A use-of-force match of such a participle right after a disaster
noun, or before "by" and a disaster noun, is dropped (`verbs._struck_by_disaster`); "hit by airstrikes" keeps its
attack. Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv); expected
categories, sources and targets their hand labels.
"""

from latitude.coding.coder import classify, code_sentence
from latitude.coding.verbs import verb_matches


def _words(sentence: str) -> list[str]:
    return sentence.lower().replace(".", " .").replace("-", " ").split()


def test_a_disaster_participle_is_not_a_use_of_force():
    words = _words("Relief supplies from Japan reached villages hit by the flood.")
    assert not any(m.code[:2] == "19" for m in verb_matches(words))
    words = _words("India sent rice to drought-hit Malawi and earthquake-ravaged Syria.")
    assert not any(m.code[:2] == "19" for m in verb_matches(words))


def test_an_attack_keeps_its_force():
    words = _words("Two towns hit by airstrikes were evacuated.")
    assert any(m.code[:2] == "19" for m in verb_matches(words))
    assert classify("Israeli jets hit Gaza on Monday.").plover == "ASSAULT"


def test_aid_delivered_to_a_place_hit_by_a_disaster_is_aid():
    # AX045 and BP019: typed ASSAULT before
    assert classify(
        "THE National Emergency Management Agency (NEMA) has distributed relief materials to communities ravaged by "
        "the 2019 flood in Akoko-Edo Local Government Area of Edo."
    ).plover == "AID"
    assert classify(
        "The Indian Navy has despatched a fourth ship to Mozambique hit by tropical cyclone Idai to assist in disaster relief."
    ).plover == "AID"
    assert classify("Relief supplies from Japan reached villages hit by the flood.").plover == "AID"


def test_a_carrier_landed_or_a_grant_handed_over_is_coded_aid():
    # F006 and D068: the first record was ASSAULT before
    landed = code_sentence(
        "An Indian Air Force (IAF) plane carrying relief supplies Saturday landed in China\u2019s southwestern province "
        "of Sichuan, which was hit by a devastating earthquake Monday.",
        None,
    )[0]
    assert (landed["source"], landed["target"], landed["plover"]) == ("IND", "CHN", "AID")
    handed = code_sentence(
        "The United States handed over the first tranche on Saturday of its $200 million grant to Pakistan for "
        "reconstruction in the northern region devastated by an October 8 earthquake.",
        None,
    )[0]
    assert (handed["source"], handed["target"], handed["plover"]) == ("USA", "PAK", "AID")
