"""Issue 13, PLOVER round 37: targets of acts of force that the sentence names away from the act's word.

Each sentence is a development row of the real-news sets (tests/fixtures/coding/plover_news_*.tsv); the
labels quoted are the sets' hand labels."""

from latitude.coding.coder import code_sentence


def _first(sentence):
    records = code_sentence(sentence)
    return (records[0]["source"], records[0]["target"]) if records else None


def test_a_use_of_force_with_no_later_party_takes_the_other_state_named_but_a_weapons_test_does_not():
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
    # K024, labelled MOBILIZE CHN > TWN: the state is named in a relative clause ("that encircle")
    assert _first(
        "The PLA has conducted its largest military exercises in six strategic areas that encircle Taiwan island "
        "since August 4."
    ) == ("CHN", "TWN")
    # E062 and D046, labelled MOBILIZE with no target: a weapons test keeps none (not the dateline's state, not
    # the state of a later clause)
    assert _first("Seoul: North Korea fired a ballistic missile toward waters off its east coast, Yonhap News Agency reported.") == ("PRK", None)
    assert _first(
        "Pakistan test-fired a nuclear-capable ballistic missile Wednesday, just days after archrival India tested "
        "its own long-range missile."
    ) == ("PAK", None)


def test_an_attack_noun_opening_the_sentence_names_the_doer_not_the_reporter():
    # T018, labelled ASSAULT ISR > LBN: the act is the noun "airstrike", the verb only reports it
    assert _first(
        "An Israeli airstrike on a car in the southern Lebanese town of Khiam leaves one person dead, Lebanon’s "
        "state news agency and a security source says."
    ) == ("ISR", "LBN")
