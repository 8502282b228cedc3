"""PLOVER round 38 (issue 13): event type — an act announced after a modal is a threat only with a
condition or a warning, a participle between a noun and "by"/"from" is not the sentence's verb, and the verb
lexicon has every form of its irregular verbs.

Each sentence is a development row of the real-news sets (tests/fixtures/coding/plover_news_*.tsv), quoted as
published; the expected categories are the sets' labels, read by hand.
"""

from latitude.coding import build
from latitude.coding.coder import classify
from latitude.coding.text import tokens_with_names
from latitude.coding.verbs import verb_matches


def _verbs(sentence: str) -> dict[str, str]:
    words, names = tokens_with_names(sentence)
    return {words[m.position]: m.code for m in verb_matches(words, names)}


def test_an_act_after_a_modal_is_a_threat_only_with_a_condition_or_a_warning():
    # R008 and S055: announced expulsions and import bans, labelled SANCTION and COERCE/SANCTION
    assert classify(
        "Russia will expel 23 British diplomats in retaliation against the United Kingdom’s expulsion of 23 Russian "
        "diplomats, Russia’s foreign ministry said."
    ).plover == "SANCTION"
    assert classify(
        "Chinese customs authorities said Thursday that Beijing will suspend imports of all seafood products from "
        "Japan with immediate effect, shortly after Tokyo began discharging treated radioactive water from the "
        "crippled Fukushima Daiichi nuclear power plant into the Pacific Ocean."
    ).plover == "SANCTION"
    # X029: with a condition ("If ...") and a warning ("warned") it stays a threat, labelled THREATEN
    assert classify(
        "If Moscow encroaches on Ukraine’s sovereignty, the US will impose sanctions against Russia like no one has "
        "ever seen before, Vice President Kamala Harris warned on Sunday."
    ).plover == "THREATEN"


def test_a_participle_between_a_noun_and_by_or_from_is_not_the_verb():
    # Z049: "backed by fighter planes" modifies the units; the act is the attack (ASSAULT)
    sentence = (
        "Ethiopia army units backed by fighter planes attacked Eritrean troops on a second front yesterday in an "
        "escalation of the border conflict between the two Horn of Africa states."
    )
    assert "backed" not in _verbs(sentence) and "attacked" in _verbs(sentence)
    assert classify(sentence).plover == "ASSAULT"
    # E040: "information provided by Moroccan security services" is not aid; the sentence is an accusation
    assert classify(
        "Morocco also said that Germany disclosed sensitive information provided by Moroccan security services to “an "
        "individual previously convicted of acts of terrorism”."
    ).plover == "ACCUSE"
    # after an auxiliary the participle is the verb
    assert "backed" in _verbs("The plan was backed by Japan and the United States.")


def test_the_verb_lexicon_has_every_form_of_an_irregular_verb():
    assert {"withdraw", "withdraws", "withdrawing", "withdrew", "withdrawn"} <= build._inflections("withdraw")
    assert "agreeing" in build._inflections("agree") and "agreing" not in build._inflections("agree")
    # C025: "have completely withdrawn" is a verb of the lexicon (PETRARCH2 lists only "withdrew")
    verbs = _verbs(
        "As of Nov. 11, Russian forces have completely withdrawn from the west bank of the Dnipro River where the city "
        "of Kherson sits, according to the Russian Defense Ministry."
    )
    assert verbs["withdrawn"] == "080"
