"""PLOVER round 25 (issue 13): the event type of a news act.

Each case quotes a development row of the real-news sets (tests/fixtures/coding/plover_news_*.tsv, the
row id in the comment) with the PLOVER category it is labelled with; every case failed on main's code.
"""

import pytest

from latitude.coding.coder import classify, plover_of
from latitude.coding.constructions import construction_match
from latitude.coding.verbs import rule_match


def test_a_denial_of_an_accusation_is_a_reject_as_the_news_sets_label_it_but_stays_a_cameo_statement():
    # CAMEO2PLOVER 2021 has no row for CAMEO 016 (deny responsibility); every news set labels it REJECT.
    assert plover_of("016") == "REJECT" and plover_of("010") is None
    denial = classify(
        "Chinese Foreign Ministry spokesperson Wang Wenbin stated on Tuesday that China firmly denies the unfounded "
        "accusations made by the United States regarding its regular trade and economic interactions with Russia."
    )  # F035
    assert (denial.cameo, denial.plover, denial.quad) == ("016", "REJECT", "0")  # ConfliBERT's class stays 0
    # dismissing a person or calling on someone is no denial
    assert construction_match("the president dismissed the minister and called on parliament to act".split(), []) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya in its response dismissed the claims terming them unsubstantiated allegations.",  # E025
        "However, China has refuted the allegations, claiming the boat was operating in \"a traditional Chinese "
        "fishing ground\" and called on Indonesia to release the eight fishermen.",  # E, refuted
        "Uganda’s foreign minister called the Sudanese general’s accusations “nonsense”.",  # K065
        "Rwanda on Monday termed as 'false' accusations by the UN that its forces took part alongside rebels in "
        "the killings of several hundred civilians in eastern Congo.",  # I, termed as false
    ],
)
def test_denials_told_without_deny_are_denials(sentence):
    event = classify(sentence)
    assert (event.cameo, event.plover) == ("016", "REJECT")


@pytest.mark.parametrize(
    "sentence",
    [
        "India is kicking a Canadian diplomat out of the country, a response to Canada expelling the head of "
        "Indian intelligence as bilateral relations between the two plunge amid a fight about an alleged "
        "assassination.",  # E012
        "Sudan declared 15 United Arab Emirates (UAE) embassy staff persona non grata, ordering them to leave the "
        "country within 48-hours, the Sudanese state news agency said on Sunday.",  # F004
        "Earlier today, Pakistan's top civil and military leadership decided to expel Indian High Commissioner "
        "Ajay Bisaria and suspend bilateral trade with India in the wake of New Delhi's move of revoking special "
        "status for Jammu and Kashmir.",  # F046
        "The US is ousting 51 Russian diplomats in retaliation for the planting of a suspected spy at the FBI.",  # H032
        "Turkey’s ambassador has been recalled from Israel for consultations, the Turkish Foreign Ministry told "
        "reporters.",  # H014, the passive
    ],
)
def test_expulsions_and_recalls_in_every_form_are_sanctions(sentence):
    assert classify(sentence).plover == "SANCTION"


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. Ambassador to Ankara John Bass was summoned to the Turkish foreign office regarding the incident "
        "outside the Turkish embassy in Washington.",  # F001, the passive
        "The Kyrgyz foreign ministry said it had handed a note of protest to Tajikistan about the incident.",  # H047
        "The Russian Embassy sent a protest note to the foreign office of great Britain.",  # N018
        "Seoul's foreign ministry called in Hirohisa Soma, a senior official at the Japanese Embassy in Seoul, and "
        "expressed regret over Japan's annual event meant to publicize its territorial claim to Dokdo.",  # K
    ],
)
def test_protests_without_summon_in_the_active_are_official_complaints(sentence):
    assert classify(sentence).plover == "ACCUSE"


def test_a_passive_rule_verb_is_read_with_its_object_before_it_but_not_in_a_conditional_relative_or_planned_clause():
    recalled = rule_match("turkey s ambassador has been recalled from israel for consultations".split())
    assert recalled is not None and (recalled[0].form, recalled[0].code) == ("recalled", "161")
    conditional = "russia said that it will retaliate if its diplomats are expelled from poland".split()
    relative = "israeli aircraft struck the location from where the projectiles were fired".split()
    planned = "a flag meeting will be held between the border security force and bangladesh rifles".split()
    for words in (conditional, relative, planned):
        found = rule_match(words)
        assert found is None or found[0].form not in ("expelled", "fired", "held")
