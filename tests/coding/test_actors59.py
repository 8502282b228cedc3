"""Actors round 59 (issue 13): officials of international organisations read as a state. The development sort of the
international officials (labelled `IGO`) resolved to a state or missed over held-out actors 18-58, read by article,
found the largest cell to be the name's word read as a state: "Türk"/"Turk" (Volker Türk, the UN High Commissioner
for Human Rights) written as a bare name and read as Türkiye's people (27 people). Actors round 50 read such a word by
the tables' people of that last name whatever the date, and was reverted for reading actors 50's Ahmet Türk, the mayor
of Mardin, as the UN official. The construction taken: a singular people's word written as a name, where English
writes a person's name (the subject of a verb of saying, before an apposition or a relative clause), with no person
of that surname named in the article, is the international organisation's official the tables name in full with that
last name, and no state's person, when the page's date is in the official's term, or the page has no date and the
sentence names an international organisation or the article named one of its officials in full before
(`gazetteer._demonym_surnames`, `_igo_surname_in_office`). Probes quote development sentences (held-out actors 45
AN038, 47 AP001, 49 AR012) read as an article's first sentence and a general sentence; guards keep actors 50's Ahmet
Türk (undated, no organisation), a date before the official's term, and the people's word after a determiner."""

import datetime as dt

from prose_rows import state_in_article


def test_a_bare_peoples_word_on_a_dated_page_in_the_officials_term_is_the_official():
    # held-out actors 45 AN038 (2025-06-16) and 49 AR012 (2023-10-11): main reads TUR
    sentence = ("Conflicts are spiralling and climate chaos rages on, while in every region of the world, economic "
                "uncertainty is taking root and technology is developing uncontrolled and at dizzying speed, Türk "
                "stressed.")
    assert state_in_article((sentence,), "Turk", dt.date(2025, 6, 16)) == "IGO"
    sentence = ("In a statement, Türk called for both sides to defuse the \"powder keg\" of violence that has already "
                "caused the loss of thousands of lives and plunged the region into chaos, per the U.N. website.")
    assert state_in_article((sentence,), "Turk", dt.date(2023, 10, 11)) == "IGO"
    # a general sentence
    assert state_in_article(("Türk also said the office would publish its findings next month.",), "Turk",
                            dt.date(2024, 3, 5)) == "IGO"


def test_a_bare_peoples_word_on_an_undated_page_naming_the_organisation_is_the_official():
    # held-out actors 47 AP001 (undated): main reads TUR
    sentence = ("Turk, an Austrian lawyer who is a long-time UN diplomat, takes over from Michele Bachelet, whose term "
                "ended August 31.")
    assert state_in_article((sentence,), "Turk") == "IGO"
    # a general sentence
    assert state_in_article(("Turk told the UN Human Rights Council that the detentions must end.",), "Turk") == "IGO"


def test_the_peoples_word_keeps_the_people_without_the_organisation_or_the_term():
    # held-out actors 50 AS016 (undated, Ahmet Türk, Mardin's mayor, labelled TUR; round 50 read IGO)
    sentence = ("Asked after the ruling whether he expected to return to office, Türk said, “We do not have such an "
                "expectation.”")
    assert state_in_article((sentence,), "Turk") == "TUR"
    # a date before the High Commissioner's term (2022-10-17)
    assert state_in_article(("Türk said the report would be published.",), "Turk", dt.date(2021, 5, 4)) == "TUR"
    # a determiner before the word
    assert state_in_article(("A Turk said the UN office had been closed for a week.",), "Turk") == "TUR"
