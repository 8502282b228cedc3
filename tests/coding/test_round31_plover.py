"""PLOVER round 31 (issue 13): done acts read as threats, and approved arms sales. Sentences from the
development news sets (A to T); expected codes read by hand from each sentence, as the sets label them."""

from latitude.coding.coder import classify
from latitude.coding.verbs import verb_matches
from prose_rows import lone_codes


def test_an_arrest_that_was_made_is_coercion_not_a_threat():
    # set T (T006) and set J: PETRARCH2's "apprehend ... navy" threat pattern read a done arrest as THREATEN
    assert lone_codes("Twenty-three Tamil nadu fishermen were arrested by the Sri Lankan Navy, Navy sources said.") == (
        "COERCE", "LKA", "IND")
    assert classify(
        "Four Indian fishermen have been arrested by the Sri Lankan Navy for allegedly fishing in the island "
        "nation's territorial waters."
    ).plover == "COERCE"


def test_a_withdrawal_under_way_is_a_retreat_not_a_threat():
    # set E: "has begun withdrawing its 'peacekeeping' contingent" (the "retreat ... peacekeeping" pattern is 131)
    assert classify(
        "Russia has begun withdrawing its \"peacekeeping\" contingent from Nagorno-Karabakh, Kremlin spokesperson "
        "Dmitry Peskov confirmed on April 17, according to Russian independent media outlet Meduza."
    ).plover == "RETREAT"


def test_a_threat_pattern_still_holds_after_a_modal_or_as_an_infinitive():
    words = "the navy will apprehend the army".split()  # a held-out act keeps PETRARCH2's threat code
    assert [m.code for m in verb_matches(words)] == ["138"]
    words = "the fishermen were apprehended by the navy".split()
    assert [m.code[:2] for m in verb_matches(words)] == ["17"]
    # set N: the threat verb's own construction is untouched
    assert classify(
        "President Trump threatened to mobilize the military and even shut down the border if Mexico fails to "
        "stop thousands of Central American migrants."
    ).plover == "THREATEN"


def test_an_approved_arms_sale_is_aid():
    # sets R and Q: the State Department's approval of a possible sale is military aid to the buyer
    assert lone_codes(
        "The U.S. Department of State has approved the possible sale of shipborne missile interceptors to South Korea."
    ) == ("AID", "USA", "KOR")
    sentence = "The US State Department has approved a possible arms sale to Saudi Arabia worth more than $1bn."
    assert classify(sentence).plover == "AID"


def test_an_act_termed_or_described_by_an_evaluative_word_is_an_accusation():
    # set I: "termed as 'unwarranted'" (the rule of "called ... 'regrettable'" had no "termed", "described")
    assert lone_codes(
        "Kenya has termed as ‘unwarranted’ the decision by Somalia to expel its ambassador in yet another round "
        "of diplomatic tiffs between the two countries."
    ) == ("ACCUSE", "KEN", "SOM")
    # set J
    assert classify("Venezuela also spoke out, describing Guyana’s statement as “interference.”").plover == "ACCUSE"
