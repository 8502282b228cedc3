"""Issue 13, PLOVER round 37: targets of acts of force that the sentence names away from the act's word.

Each sentence is a development row of the real-news sets (tests/fixtures/coding/plover_news_*.tsv); the
labels quoted are the sets' hand labels."""

import datetime as dt

from latitude.coding.coder import code_sentence


def _first(sentence):
    records = code_sentence(sentence)
    return (records[0]["source"], records[0]["target"]) if records else None


def test_an_attack_with_no_later_party_takes_the_other_state_named_but_a_weapons_test_does_not():
    # R019, labelled ASSAULT RUS > UKR: the target is named before the launch word
    assert _first(
        "Russia has carried out a major overnight assault on Ukraine, launching hundreds of drones and missiles "
        "targeting energy facilities and civilian infrastructure across several regions, Ukrainian officials reported."
    ) == ("RUS", "UKR")
    # Y022, labelled ASSAULT PAK > AFG: the victims' state opens the sentence
    assert _first(
        "Hundreds of Afghan families have been displaced by cross-border rocket and artillery fire by Pakistani "
        "troops, an aid group said on Monday, as tension rose after Pakistan said militants implicated in recent "
        "attacks had taken shelter in Afghanistan."
    ) == ("PAK", "AFG")
    # X002, labelled ASSAULT PSE > ISR: the state hit is named after the launch word
    assert _first(
        "At least two rockets fired by Gaza militants hit southern Israel late on Wednesday, in a second rocket "
        "attack launched from the Palestinian enclave over the past two weeks, Israeli officials said."
    ) == ("PSE", "ISR")
    # held-out prose 46 KT104 and 52 ML049 (development data now), labelled PRK >, IRN > MOBILIZE with no
    # target: a weapons test keeps none though the sentence is typed as an attack
    kt104 = code_sentence(
        "Just a day before Trump’s arrival, North Korea test-fired several sea-to-surface strategic cruise missiles "
        "into the West Sea, its first such launch in five months.", dt.date(2025, 10, 29))
    assert [(r["source"], r["target"]) for r in kt104 if r["plover"] == "MOBILIZE"] == [("PRK", None)]
    ml049 = code_sentence(
        "According to Fox News, Iran launched a Mersad surface-to-air missile from the Semnan launch site Feb. 8 in "
        "its third missile test since U.S. President Donald Trump took office.", dt.date(2017, 2, 9))
    assert [(r["source"], r["target"]) for r in ml049 if r["plover"] == "MOBILIZE"] == [("IRN", None)]


def test_an_attack_noun_opening_the_sentence_names_the_doer_not_the_reporter():
    # T018, labelled ASSAULT ISR > LBN: the act is the noun "airstrike", the verb only reports it
    assert _first(
        "An Israeli airstrike on a car in the southern Lebanese town of Khiam leaves one person dead, Lebanon’s "
        "state news agency and a security source says."
    ) == ("ISR", "LBN")
