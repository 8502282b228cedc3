"""PLOVER round 51 (issue 13): the event type of condemnations and appeals. A condemnation ("condemned",
"condemns") or an appeal ("urges", "called for", "called on ... for") told by the sentence's first verb types the
sentence, whatever act it is about: the quad classifier, reading the act's words ("storming", "attack",
"release", "humanitarian assistance"), no longer overrules these hand rules. Sentences quoted from the real-news
development sets (tests/fixtures/coding/plover_news_*.tsv), expected categories their hand labels."""

from latitude.coding.coder import classify


def test_a_condemned_storming_is_an_accusation_not_the_storming():
    # set U, row U074: labelled ACCUSE
    text = (
        "Jordan on Sunday condemned a renewed storming of Al Aqsa Mosque/Al Haram Al Sharif by Israeli forces agents "
        "and Jewish extremists."
    )
    assert classify(text).plover == "ACCUSE"


def test_a_condemned_attack_on_an_embassy_is_an_accusation_not_a_statement():
    # set R, row R039: labelled ACCUSE
    text = (
        "China condemns the attack on the Iranian embassy in Syria, Chinese foreign ministry spokesperson Wang Wenbin "
        "said on Tuesday."
    )
    assert classify(text).plover == "ACCUSE"


def test_a_condemnation_read_in_a_statement_is_an_accusation():
    # set AB, row AB073: labelled ACCUSE
    text = (
        "The United States condemns the attack on the Azerbaijani embassy that occurred earlier today in Tehran, reads "
        "the statement issued by the US State Department, News.az reports."
    )
    assert classify(text).plover == "ACCUSE"


def test_a_condemned_missile_attack_is_an_accusation_not_a_protest():
    # set R, row R040: labelled ACCUSE
    text = (
        "The Ministry of Foreign Affairs of the Islamic Republic of Iran condemns in the strongest terms the "
        "illegitimate Israeli regime’s missile attack on the consular section building of the Embassy of the Islamic "
        "Republic of Iran in Damascus on the evening of Monday, April 1, 2024."
    )
    assert classify(text).plover == "ACCUSE"


def test_urging_a_release_is_a_request_not_the_release():
    # set AE, row AE057: labelled REQUEST
    text = (
        "WASHINGTON – President Barack Obama urges Iran Friday to “immediately release” three American hikers being "
        "captured by the Islamic republic, saying they had never worked for the US government and committed "
        "“absolutely no crime.”"
    )
    assert classify(text).plover == "REQUEST"


def test_urging_a_government_to_release_a_candidate_is_a_request():
    # set AE, row AE059: labelled REQUEST
    text = (
        "WASHINGTON (UrduPoint News / Sputnik - 05th June, 2021) The United States urges the Nicaraguan government of "
        "Daniel Ortega to immediately release opposition candidate for president Cristiana Chamorro who was earlier "
        "placed by police under house arrest, Department of State spokesperson Ned price said on Friday."
    )
    assert classify(text).plover == "REQUEST"


def test_calling_for_a_release_is_a_request_not_an_agreement():
    # set AJ, row AJ028: labelled REQUEST
    text = (
        "Russia today called for the release of an OSCE mission detained in Ukraine and vowed to do everything in its "
        "power to see them freed."
    )
    assert classify(text).plover == "REQUEST"


def test_calling_on_a_day_for_a_ceasefire_is_a_request_not_a_consultation():
    # set V, row V051: labelled REQUEST
    text = (
        "U.N. agencies called on Saturday for a ceasefire and unrestricted humanitarian access throughout Gaza after 20 "
        "trucks carrying a shipment of aid reached the enclave through the Rafah crossing."
    )
    assert classify(text).plover == "REQUEST"


def test_calling_for_more_aid_is_a_request_not_aid():
    # set V, row V052: labelled REQUEST
    text = (
        "The UN senior relief official in South Sudan on Friday called for urgent scale up of humanitarian assistance "
        "in Tamburu in Western Equatoria which recently witnessed an influx of over 18,000 IDPs due to an escalation "
        "of fighting in the surrounding areas."
    )
    assert classify(text).plover == "REQUEST"
