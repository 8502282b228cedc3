"""PLOVER round 76 (issue 13): a pledge of goods or money told as an intent is AID, not AGREE.

CAMEO codes aid announced for the future as an intent (033 and the other 03 codes), which CAMEO2PLOVER maps to
AGREE; the news sets label the pledge AID on the receiving state. `classify` now reads an AGREE of CAMEO 03 whose
sentence has a verb of giving with a good or a sum after it as AID, keeping the CAMEO code and quad class. Each
positive test fails on the round's base (f5066652), where the four sentences are AGREE.
"""

from latitude.coding.coder import classify


def test_a_promised_vaccine_grant_is_aid():
    # development news set BM: "India will provide one million doses of COVID-19 vaccine to Nepal ..." (AID)
    event = classify(
        "India will provide one million doses of COVID-19 vaccine to Nepal under grant assistance, the Minister for "
        "Health and Population Hridayesh Tripathi said."
    )
    assert event.plover == "AID"
    assert event.cameo.startswith("03") and event.quad == "1"  # the CAMEO code and quad class are kept


def test_offered_flood_aid_is_aid():
    # development news set AR: India's offer of flood aid to Pakistan (AID)
    event = classify(
        "NEW DELHI: India on Tuesday offered another 20 million dollars in flood aid to Pakistan, the country's foreign "
        "minister said, boosting efforts to build goodwill between the estranged neighbours."
    )
    assert event.plover == "AID"


def test_agreed_to_provide_a_grant_is_aid():
    # development news set BG: "Japanese Government has agreed to provide ... in grant to Nepal." (AID)
    event = classify(
        "Kathmandu – Japanese Government has agreed to provide approximately Rs 683.2 million (Japanese Yen 700 million) "
        "in grant to Nepal."
    )
    assert event.plover == "AID"


def test_a_general_sentence_sending_relief_supplies_is_aid():
    assert classify("Canada will send 50 tonnes of relief supplies to Peru after the floods, the foreign ministry said.").plover == "AID"


def test_a_pledge_told_by_a_noun_or_a_delegation_sent_stays_agree():
    # development news set A labels Germany's announced package AGREE: "pledge" there is a noun, not a verb of giving
    assert classify(
        "Germany announced on Saturday that it would supply Ukraine with an aid package worth nearly $3 billion to "
        "strengthen the country’s defense, marking Berlin’s largest pledge in military aid since the start of the war."
    ).plover == "AGREE"
    # development news set AG: a delegation sent to talks is no good or sum
    assert classify(
        "Israel replied to Qatari, Egyptian and US mediators early Friday, saying that it will send a delegation to "
        "resume talks on a Gaza ceasefire deal on August 15."
    ).plover == "AGREE"
