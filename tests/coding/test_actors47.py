"""Actors round 47 (issue 13): officials on undated pages, and names that are also a state's word. The development
sort (held-out actors 18-46 read by article) found the organisations' officials read wrong for two causes round 46
left: a page with no date, where the tables' state term of the person's earlier state office decides ("Kaja Kallas"
EST, "Josep Borrell" ESP, "Moussa Faki Mahamat" TCD, "Mark Rutte" NLD), and the surname "Turk"/"Türk" (Volker Türk,
the UN's human rights chief) read as the word of Türkiye's people after the page named him in full. The constructions
taken: (a) a people's word the tables read as a state that is the surname of a person the article (or the sentence)
named in full before is that person, written as a name and not after a determiner (`_demonym_surnames`); (b) with no
article date, a person `igo_officials.tsv` holds as an organisation's official is the organisation's when the sentence
names an international organisation, unless a state's office with its state stands right before the name
(`_igo_term`, `_names_organisation`). Probes quote development sentences (held-out actors 41 AJ030-AJ031 and AJ012,
42 AK010, 44 AM029, 45 AN042-AN043) and general sentences; expected states read from the sentences by hand."""

import datetime as dt

from prose_rows import state_in_article, states_over


def test_a_surname_that_is_a_peoples_word_after_the_full_name_is_the_person():
    # held-out actors 41 AJ030-AJ031 (undated): main reads the second sentence's "Turk" as Türkiye
    sentences = (
        '"Any escalation in warfare is deeply troubling to us, and it\'s happening in Ukraine," UN High Commissioner '
        "for Human Rights Volker Turk told reporters in Geneva on his first day on the job.",
        '"We have received reports from our colleagues on the ground about these drone attacks," said Turk, who is '
        "succeeding Chilean former president Michelle Bachelet at the helm of the UN rights office.",
    )
    assert state_in_article(sentences, "Turk") == "IGO"
    # held-out actors 45 AN042-AN043 (2025-09-08), the spelling with the umlaut
    sentences = (
        "The United Nations High Commissioner for Human Rights, Volker Türk, has delivered a stark warning about the "
        "state of human rights and the global order, calling out the growing “glorification of violence” and widespread "
        "efforts to weaken the rule of law.",
        "In an address to the UN Human Rights Council in Geneva, Türk cautioned that the international community is "
        "facing a critical moment.",
    )
    assert state_in_article(sentences, "Turk", dt.date(2025, 9, 8)) == "IGO"  # the tokens fold the umlaut
    # a general article
    sentences = ("UN rights chief Volker Turk arrived in Caracas on Monday.", "Turk met opposition leaders on Tuesday.")
    assert state_in_article(sentences, "Turk") == "IGO"


def test_a_peoples_word_after_a_determiner_or_a_states_name_keeps_the_state():
    # general articles (pass with main's code too): "a Turk" is one of Türkiye's people, and a state's own name is the
    # state even after a person who bears it
    sentences = ("UN rights chief Volker Turk arrived in Athens on Monday.", "Police said a Turk was arrested at the port.")
    assert state_in_article(sentences, "Turk") == "TUR"
    sentences = ("Congressman Jim Jordan spoke in Amman on Monday.", "Jordan hosts more than a million refugees.")
    assert state_in_article(sentences, "Jordan") == "JOR"


def test_an_undated_official_in_a_sentence_naming_an_organisation_is_the_organisations():
    # held-out actors 41 AJ012, 42 AK010 and 44 AM029 (undated pages): main reads the tables' earlier state office
    sentence = ('During a meeting organised by the New Economy Forum in the EU capital, Josep Borrell asserted that '
                'Europeans "have to fulfil our moral and political obligation towards Ukraine" in its defence against '
                "Russian aggression.")
    assert states_over(sentence, "Josep Borrell") == {"IGO"}
    sentence = ("In a powerful statement marking her first day as the European Union’s new chief diplomat, Kaja Kallas "
                "declared unequivocally that “the European Union wants Ukraine to win this war” against Russia.")
    assert states_over(sentence, "Kaja Kallas") == {"IGO"}
    sentence = ("African Union (AU) Commission chairperson Moussa Faki Mahamat has warned that the continent is facing "
                "growing threats from military coups, electoral violence, and humanitarian crises sparked by war.")
    assert states_over(sentence, "Moussa Faki Mahamat") == {"IGO"}
    # a general sentence
    sentence = "Mark Rutte said NATO allies must spend far more on air defence."
    assert states_over(sentence, "Mark Rutte") == {"IGO"}


def test_an_undated_official_with_a_state_office_before_the_name_or_no_organisation_keeps_the_state():
    # general sentences (pass with main's code too): a state's office with its state right before the name, or no
    # organisation named, and the tables' state term decides as before
    sentence = "Estonian Prime Minister Kaja Kallas told EU leaders that the sanctions must stay."
    assert states_over(sentence, "Kaja Kallas") == {"EST"}
    sentence = "Mark Rutte cycled to the palace in The Hague."
    assert states_over(sentence, "Mark Rutte") == {"NLD"}
