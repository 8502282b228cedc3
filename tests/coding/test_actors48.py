"""Actors round 48 (issue 13): officials of international organisations no table holds. The development sort (held-out
actors 18-47 read by article) found organisations' officials with no row in `igo_officials.tsv` either read as the
state another table gives the name ("Ngozi Okonjo-Iweala", Nigeria's former finance minister, read NGA beside "the
Director-General of the World Trade Organization") or not read at all ("SCO Secretary-General Zhang Ming", "the
director-general of the Food and Agriculture Organization of the United Nations QU Dongyu", "David Beasley"). The
change taken: rows of `igo_officials.tsv` for the development officials, each with the office's dates from a cited
public page (the WTO's director-general, WFP's executive directors, FAO's director-general, the SCO's secretary-general,
the UN special rapporteur on the occupied Palestinian territories, the UN's humanitarian chief). Probes quote
development sentences (held-out actors 40 AI008, 46 AO006, AO012-AO014, AO036) and general sentences; expected states
read from the sentences by hand."""

import datetime as dt

from prose_rows import state_in_article, states_over


def test_an_organisations_official_another_table_gives_a_state_is_the_organisations():
    # held-out actors 46 AO006 (undated): main reads NGA, the tables' former finance minister
    sentence = (
        "Ngozi Okonjo-Iweala, the Director-General of the World Trade Organization (WTO), has expressed deep concern "
        "over the recent tariffs imposed by the United States, calling them a potential threat to global trade and "
        "economic growth."
    )
    assert states_over(sentence, "Ngozi Okonjo-Iweala") == {"IGO"}
    # held-out actors 46 AO012-AO014 (undated): the surname alone after the full name, read as one article
    sentences = (
        "The Director-General of the World Trade Organisation (WTO), Dr. Ngozi Okonjo-Iweala, has urged members of the "
        "global trade body to use the platform for dialogue and to engage on the issues contributing to the current "
        "global trade tensions.",
        "Okonjo-Iweala said she has been meeting with WTO members to discuss the broader geopolitical landscape and "
        "explore how the organisation could approach the situation.",
    )
    assert state_in_article(sentences, "Okonjo") == "IGO"
    # a general sentence, dated in the term
    assert states_over("WTO chief Ngozi Okonjo-Iweala met Kenyan trade officials.", "Ngozi Okonjo-Iweala",
                       dt.date(2024, 5, 2)) == {"IGO"}


def test_an_organisations_official_no_table_held_is_read():
    # held-out actors 40 AI008 (2023-05-05): main reads nothing over the name
    sentence = (
        "Jaishankar also welcomed SCO Secretary-General Zhang Ming and foreign ministers of Russia, Kyrgyzstan, "
        "Kazakhstan, Uzbekistan and Tajikistan for the CFM meeting in Goa."
    )
    assert states_over(sentence, "Zhang Ming", dt.date(2023, 5, 5)) == {"IGO"}
    # held-out actors 46 AO036 (undated)
    sentence = (
        "The appointment was made by United Nations secretary-general António Guterres and the director-general of the "
        "Food and Agriculture Organization of the United Nations QU Dongyu, after consultations with the WFP Board at a "
        "special session at WFP’s Rome headquarters."
    )
    assert states_over(sentence, "QU Dongyu") == {"IGO"}
    # general sentences
    assert states_over("UN relief chief Tom Fletcher arrived in Port Sudan on Monday.", "Tom Fletcher") == {"IGO"}
    assert states_over("Francesca Albanese presented her report in Geneva.", "Francesca Albanese",
                       dt.date(2024, 3, 26)) == {"IGO"}


def test_an_official_outside_the_offices_term_is_not_the_organisations():
    # a date before the term: the row does not read the name as the organisation's
    assert "IGO" not in states_over("Zhang Ming met EU officials in Brussels.", "Zhang Ming", dt.date(2019, 3, 1))
    assert "IGO" not in states_over("David Beasley spoke in Columbia.", "David Beasley", dt.date(2001, 6, 1))
