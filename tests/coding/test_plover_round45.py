"""PLOVER round 45 (issue 13): retaliation held out, and threats issued, are threats (PLOVER THREATEN).

Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv); expected categories
are those sets' hand labels.
"""

from latitude.coding.coder import classify
from latitude.coding.verbs import rule_match


def _threat(sentence: str) -> bool:
    fired = rule_match(sentence.lower().split())
    return fired is not None and fired[0].code == "130"


def test_retaliation_held_out_by_a_modal_vow_or_pledge_is_a_threat():
    # news sets AA, AB, AC, D, F, I and J, labelled THREATEN; read before as pledges of cooperation (CAMEO 030, 036)
    # or as the act the sentence names ("insisted", "must")
    for sentence in (
        "Russia has vowed to give a military response to a U.S. missile defence deal with the Czech Republic.",
        "Russia will consider how to retaliate over a planned U.S. missile shield but wants to continue talks on the issue "
        "with Washington, President Dmitry Medvedev said on Wednesday.",
        'Russia will take "measures of reprisal" if the United States insisted on deploying a missile shield in central '
        "Europe which could threaten Moscow's national security, a foreign ministry spokesman said Monday.",
        "Defence Minister Nikos Panagiotopoulos said Greece would respond to any Turkish provocations by all means "
        "necessary, “even militarily”.",
        "Hezbollah has said that Israel would face reprisal after two sets of strikes on southern Lebanon the previous day "
        "killed 10 civilians, half of them children.",
        "Russia will be forced to make a military response if the US-Czech missile defense agreement is ratified, the "
        "Russian Foreign Ministry said Tuesday.",
        "North Korea said on Tuesday that South Korea will face “devastating consequences” over anti-Pyongyang leaflets, "
        "state media KCNA said.",
        "In response, South Korean President Moon Jae-in immediately pledged to take “corresponding” countermeasures for "
        "what he described as a “reckless” and “selfish” decision by Japan.",
        'Moscow threatened Kiev on Sunday with "irreversible consequences" after a man was killed by a shell fired across '
        "the border from Ukraine, describing the incident in warlike terms as aggression that must be met with a "
        "response.",
    ):
        assert classify(sentence).plover == "THREATEN", sentence
    # a retaliation that happened is told "in retaliation" or "in response"; a denied one is none; a threat in a clause
    # after the sentence's act (set AH, labelled ASSAULT) is a second event
    assert not _threat("israel carried out air strikes on sunday in retaliation for rocket fire from gaza")
    assert not _threat("the foreign ministry said it would not retaliate against the expulsion")
    assert not _threat("the army said it would act in response to the attack")
    sentence = (
        "The Israeli army attacked Syrian government artillery on Saturday after fire across the armistice line hit the "
        "Israeli-occupied Golan Heights and warned it would step up such retaliation in the future."
    )
    assert not _threat(sentence)
    assert classify(sentence).plover == "ASSAULT"


def test_a_threat_warning_or_ultimatum_issued_renewed_or_launched_is_a_threat():
    # news sets AB, AC, N and Z, labelled THREATEN
    for sentence in (
        "Prime Minister Benjamin Netanyahu issued a direct warning Sunday to the Lebanese-based Hezbollah terror group, "
        "saying it and its host nation would pay dearly for any assault on Israel.",
        "The Turkish Minister of Defence, Hulusi Akar launched a series of new threats against Greece and Cyprus saying "
        "his country would respond to any actions in the sea it deemed were against its national interests.",
        "President Donald Trump renewed his threat Wednesday to send more troops to the U.S.-Mexico border following an "
        "incident in which Mexican soldiers confronted U.S. personnel.",
        "U.S. President Donald Trump on Monday issued new tariff threat to force Russia to move forward ceasefire with "
        "Ukraine.",
    ):
        assert classify(sentence).plover == "THREATEN", sentence
    assert not _threat("the state department issued a travel warning for the region on friday")  # advice, no threat

