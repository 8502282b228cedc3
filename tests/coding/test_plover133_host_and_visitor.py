"""PLOVER round 133 (issue 13): the target told by its leader as the object of a meeting or a welcome, read after a
visit's place — a visit told in a relative clause on the subject between commas (", who arrived in Italy ...,") puts
the main clause's record (the subject > the leader met) first (`coder._visit_clause_after`); a host who welcomes or
receives a visitor "to" the host's own state or capital puts the host > visitor record first
(`coder._host_welcome_first`). Only the records' order changes. The development rows quoted are from the real-news
sets AD, BH and Z; the general sentences and the guards are made up."""

import datetime as dt

from prose_rows import first_codes


def test_a_visit_clause_on_the_subject_before_a_meeting():
    # AD005 (CONSULT IND > GBR; main's code: CONSULT IND > ITA first, the place of the visit)
    assert first_codes(
        "Jaishankar, who arrived in Italy from Greece on the second leg of this two-nation tour on Monday, met British "
        "Foreign Secretary Dominic Raab in the morning and the two leaders reviewed the progress in bilateral ties and "
        "discussed global and regional issues.",
        dt.date(2021, 6, 29),
    ) == ("CONSULT", "IND", "GBR")


def test_a_visit_clause_then_a_meeting_with_another_states_minister():
    assert first_codes("Blinken, who arrived in Israel on Monday, met Egyptian Foreign Minister Sameh Shoukry.") == (
        "CONSULT", "USA", "EGY",
    )


def test_a_visit_clause_of_a_stay_then_talks():
    assert first_codes(
        "Lavrov, who arrived in Indonesia for the G20 meeting, held talks with Chinese Foreign Minister Wang Yi."
    ) == ("CONSULT", "RUS", "CHN")
    assert first_codes("Wang Yi, who is visiting Russia, met Indian Foreign Minister Subrahmanyam Jaishankar.") == (
        "CONSULT", "CHN", "IND",
    )


def test_a_host_welcomes_a_visitor_to_the_hosts_state():
    # BH038 (CONSULT PNG > SLB; main's code: CONSULT SLB > PNG first)
    assert first_codes(
        "Prime Minister Hon. James Marape has formally welcomed Solomon Islands Prime Minister Hon. Jeremiah Manele to "
        "Papua New Guinea, describing the visit as a reaffirmation of deep historical, cultural, and economic ties "
        "between the two Melanesian neighbours."
    ) == ("CONSULT", "PNG", "SLB")


def test_a_host_receives_an_envoy_posted_to_the_hosts_capital():
    # Z042 (CONSULT MAR > DZA; main's code: CONSULT DZA > MAR first)
    assert first_codes(
        "Morocco’s Minister of Foreign Affairs Nasser Bourita received Algeria’s ambassador to Rabat to reiterate "
        "Morocco’s determination to know Algeria’s position on King Mohammed VI’s dialogue offer.",
        dt.date(2018, 11, 26),
    ) == ("CONSULT", "MAR", "DZA")


def test_hosts_welcome_and_receive_general():
    assert first_codes("President Xi Jinping welcomed French President Emmanuel Macron to Beijing.") == (
        "CONSULT", "CHN", "FRA",
    )
    assert first_codes("Egypt's Foreign Minister Sameh Shoukry received Sudan's ambassador to Cairo on Monday.") == (
        "CONSULT", "EGY", "SDN",
    )


def test_guards_keep_their_first_record():
    # the visit's state is the main clause's party too: the first record stays
    assert first_codes("Modi, who arrived in Tokyo on Friday, met Japanese Prime Minister Shigeru Ishiba.") == (
        "CONSULT", "IND", "JPN",
    )
    # a clause on the object, not the subject: not read (the subject names two states)
    assert first_codes(
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida, who arrived in New Delhi on "
        "Monday."
    ) == ("CONSULT", "IND", "JPN")
    # a host receiving a visitor with no "to" after the visitor: as main read it
    assert first_codes("Chinese President Xi Jinping received French President Emmanuel Macron in Beijing.") == (
        "CONSULT", "CHN", "FRA",
    )
