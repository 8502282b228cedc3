"""PLOVER round 122 (issue 13): an attack told by a past verb or light verb with the struck place after "on", "against"
or "at" ("Israel carried out airstrikes on southern Lebanon", "Ukraine carried out a drone attack on Russia's two
regions", "Militants in Lebanon launched six unmanned aerial vehicles at northern Israel") gives, in a sentence read
alone, the first ASSAULT record the pair of the state named last before the verb (source) and the place's state
(target), when that record had read exactly the reversed pair (`coder._struck_place_on`). The development rows quoted
are from the real-news sets CR, CQ and M; the guards from CK, CL and CH (rows the first draft of the rule, which took
the nouns "attack" and an infinitive's "launch" as verbs, moved wrongly)."""

import datetime as dt

from latitude.coding.coder import code_sentence


def _first(sentence: str, date: dt.date | None = None) -> tuple:
    records = code_sentence(sentence, date)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_airstrikes_carried_out_on_a_region_of_the_struck_state():
    # CR008 (ASSAULT ISR > LBN; main's code: ASSAULT LBN > ISR, reversed)
    assert _first(
        "BEIRUT/JERUSALEM - Israel carried out airstrikes on southern Lebanon on Saturday, escalating cross-border "
        "tensions after rockets were fired into northern Israel, state-owned National News Agency (NNA) reported."
    ) == ("ASSAULT", "ISR", "LBN")


def test_a_drone_attack_carried_out_on_the_struck_state_s_regions_told_by_its_ministry():
    # CQ017 (ASSAULT UKR > RUS; main's code: ASSAULT RUS > UKR, reversed)
    assert _first(
        "The Russian Ministry of Defense claimed that last night, Ukraine carried out a drone attack on Russia’s two "
        "regions, with 29 drones allegedly shot down in Belgorod Oblast adjacent to northwestern Ukraine, and one in the "
        "skies of Voronezh Oblast.",
        dt.date(2024, 6, 25),
    ) == ("ASSAULT", "UKR", "RUS")


def test_drones_launched_at_a_region_of_the_struck_state():
    # M032 (ASSAULT LBN > ISR; main's code: ASSAULT ISR > LBN, reversed)
    assert _first(
        "Militants in Lebanon launched six unmanned aerial vehicles at northern Israel on Tuesday, causing fire and "
        "damage.",
        dt.date(2024, 5, 7),
    ) == ("ASSAULT", "LBN", "ISR")


def test_a_general_sentence_keeps_its_right_pair():
    # a general sentence of the shape that main's code already reads right is left as it is
    assert _first("Gunmen in Lebanon fired rockets at northern Israel on Monday, causing fires.") == ("ASSAULT", "LBN", "ISR")


def test_the_noun_attack_is_not_the_verb():
    # CL (an attack told by its noun after "what it described as"): the record is not moved
    assert _first(
        "The Russian Foreign Ministry announced on Saturday that five civilians were killed and 46 others injured in what "
        "it described as a Ukrainian attack on the Belgorod region, using cluster munitions."
    ) == ("ASSAULT", "RUS", "UKR")


def test_an_infinitive_of_a_second_act_is_not_the_verb():
    # CK (ASSAULT ARM > AZE, read right): "pushing Baku to launch a retaliatory operation against Armenian forces"
    assert _first(
        "Tensions have flared since an Azerbaijani soldier was killed in Armenian firing last week in the border region "
        "of Lachin, pushing Baku to launch a retaliatory operation against Armenian forces in Karabakh."
    ) == ("ASSAULT", "ARM", "AZE")
