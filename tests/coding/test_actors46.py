"""Actors round 46 (issue 13): organisation officials read by their home state. The development sort of the
organisations' officials wrong or missed (held-out actors 18-45, read by article) found most of them named in full or
by surname with no office in reach, or an office the rules do not follow, and read by the state the tables give the
name for an earlier state office (a prime minister's or a minister's: "Stoltenberg" NOR, "Kaja Kallas" EST, "Josep
Borrell" ESP, "Moussa Faki Mahamat" TCD) or not read at all (no row for "Lagarde", "Banga", "Georgieva"). The tables
held no organisation's official with a term (Phoenix's few `IGO` people are timeless). The construction taken is the
term: `igo_officials.tsv` gives the officials the development sets name their organisation's office with its dates,
added to the terms of the same phrase, so that the organisation's term decides when it is in force on the article's
date; outside it, or undated, the phrase's state terms decide as before, and a name the tables hold for the
organisation alone is the organisation's undated, unless a state's head of state, government or minister office with
its state stands right before it. Probes quote development sentences
(held-out actors 44 AM009, AM015 and AM043, 45 AN019, 41 AJ012 and AJ033) and general sentences; expected states read
from the sentences by hand."""

import datetime as dt

from prose_rows import states_over


def test_a_former_prime_minister_in_the_organisations_term_is_the_organisations():
    # held-out actors 44 AM009: NATO's secretary general in September 2024, Norway's prime minister before
    sentence = "It will be nearly another month before Norway’s former prime minister, Jens Stoltenberg, can finally move home again."
    assert states_over(sentence, "Jens Stoltenberg", dt.date(2024, 9, 6)) == {"IGO"}
    # held-out actors 45 AN019: the EU's High Representative in April 2025, Estonia's prime minister before
    sentence = ("According to Kallas, her work as head of EU foreign policy is significantly more difficult than the "
                "position of Prime Minister of Estonia.")
    assert states_over(sentence, "Kallas", dt.date(2025, 4, 10)) == {"IGO"}


def test_an_official_the_tables_did_not_hold_is_the_organisations():
    # held-out actors 44 AM015
    sentence = ('Ajay Banga, the current president of World Bank, told India Today that he\'s "the perfect example of '
                'Made in India".')
    assert states_over(sentence, "Ajay Banga", dt.date(2023, 9, 10)) == {"IGO"}
    # a general sentence
    sentence = "Georgieva told reporters that the fund would cut its growth forecast for the region."
    assert states_over(sentence, "Georgieva", dt.date(2024, 4, 16)) == {"IGO"}


def test_an_undated_official_the_tables_hold_for_the_organisation_alone_is_the_organisations():
    # held-out actors 44 AM043 (undated)
    sentence = ("In an interview with the newspaper ‘Les Echos’, ECB President Christine Lagarde did not rule out the "
                "possibility of stepping down early from her post in order to “influence” the 2027 presidential debate in "
                "France with “a French and European voice”.")
    assert states_over(sentence, "Christine Lagarde") == {"IGO"}


def test_an_undated_official_with_a_state_office_in_the_tables_keeps_the_state():
    # with no date the term of the organisation's office is not known to be in force (passes with main's code too);
    # this test quoted held-out actors 41 AJ012 (labelled IGO), which names the EU and is the organisation's since
    # actors round 47 (tests/coding/test_actors47.py): a sentence naming no organisation keeps the state
    sentence = "Josep Borrell asserted that Europeans have to fulfil their moral and political obligation towards Ukraine."
    assert states_over(sentence, "Josep Borrell") == {"ESP"}


def test_a_state_office_holder_before_the_organisations_term_keeps_the_state():
    # a general sentence of the state office's term (passes with main's code too)
    sentence = "Estonian Prime Minister Kaja Kallas met Finland's president in Helsinki on Monday."
    assert states_over(sentence, "Kaja Kallas", dt.date(2022, 5, 2)) == {"EST"}
    sentence = "Spain's foreign minister Josep Borrell told parliament that Madrid would not recognise Kosovo."
    assert states_over(sentence, "Josep Borrell", dt.date(2019, 3, 1)) == {"ESP"}


def test_an_undated_sentence_naming_a_state_office_before_the_name_keeps_the_state():
    # held-out actors 41 AJ033 (undated; Bachelet's state passes with main's code too, Turk's organisation fails with
    # it: main reads the surname as the demonym too)
    sentence = ("The United Nations on Thursday approved Austrian diplomat Volker Turk to be its new high commissioner "
                "for human rights, replacing former Chilean president Michelle Bachelet in the sensitive, high-profile "
                "post.")
    assert states_over(sentence, "Michelle Bachelet") == {"CHL"}
    assert states_over(sentence, "Volker Turk") == {"IGO"}
