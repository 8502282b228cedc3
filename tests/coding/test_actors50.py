"""Actors round 50 (issue 13): a bare people's word that is a person's name. Actors round 49's sort found every
development "Turk"/"Türk" read as Türkiye's people (21 over held-out actors 45, 47 and 49 read by article) standing
alone as a name, with no title and no full name earlier on the page. The construction taken: a singular people's noun
of the tables (the World Factbook's "Turks" -> "Turk") written as a name, with no determiner before it, as the subject
of a verb of saying ("Turk said", "Türk noted", "also" allowed between) or before an apposition or relative clause
("Turk, an Austrian lawyer ...", "Turk, who ...") is the one state (or IGO) of the people the tables name in full with
that last name (`igo_officials.tsv`: Volker Turk, UN High Commissioner for Human Rights). Probes quote development
sentences (held-out actors 47 AP001, AP003, 49 AR026) read as an article's first sentence, and a general sentence;
guards keep the people's word after a determiner, in other positions, and a place's name before an apposition."""

import datetime as dt

from prose_rows import state_in_article


def test_a_bare_peoples_word_before_an_apposition_is_the_person():
    # held-out actors 47 AP001 and AP003 (each the first sentence read): main reads TUR
    assert state_in_article(("Turk, an Austrian lawyer who is a long-time UN diplomat, takes over from Michele "
                             "Bachelet, whose term ended August 31.",), "Turk") == "IGO"
    assert state_in_article(("Turk, a 57-year-old Austrian national and UN veteran, stressed that respect for "
                             "international law was “absolutely critical”.",), "Turk") == "IGO"


def test_a_bare_peoples_word_as_the_subject_of_a_verb_of_saying_is_the_person():
    # held-out actors 49 AR026 (undated): main reads TUR
    assert state_in_article(("Russia’s war in Ukraine has turned even more deadly, Türk noted.",), "Turk") == "IGO"  # tokens fold "Türk"
    # a general sentence, dated within the High Commissioner's term
    assert state_in_article(("Türk also said the office would publish its findings on the detentions next month.",),
                            "Turk", dt.date(2024, 3, 5)) == "IGO"


def test_the_peoples_word_elsewhere_keeps_the_people():
    # a determiner before the word, or no verb of saying after it: the people's word as main reads it
    assert state_in_article(("A Turk said the border crossing had been closed for a week.",), "Turk") == "TUR"
    assert state_in_article(("Every Turk who voted in the election received a text message.",), "Turk") == "TUR"
    # a place's name before an apposition is no people's word (development prose 172 CF001's "Gulf of Aden, a ...")
    assert state_in_article(("The ship was hit in the Gulf of Aden, a United States official said.",), "Aden") == "YEM"
