"""Actors round 45 (issue 13): an organisation's official named later by surname alone. The development sort of the
organisations' officials wrong or missed found the surname alone read by the home state the tables give the name (a
former prime minister or minister) in sentences after the page named the person in full as the organisation's office
holder; the largest construction taken: a surname the article named in full before as an organisation's official, and
with no state, stands for that official ("Rutte said" after "NATO Secretary General Mark Rutte"), unless a state's
office stands right before it. The second, from the officials the tables do not know: a name right after an
organisation's office whose words the state office rule did not follow ("IAEA Director General Raphael Grossi", "UN
High Commissioner for Refugees Filippo Grandi") is the organisation's. Probes quote development sentences (held-out
actors 44 AM007-AM008 and AM041, 42 AK013-AK014, 41 AJ004) and general sentences; expected states read from the
sentences by hand."""

from prose_rows import state_in_article, states_over



def test_a_surname_after_the_organisations_office_holder_named_in_full_is_the_organisations():
    # held-out actors 44 AM007 and AM008
    sentences = (
        "NATO Secretary General Mark Rutte said in Brussels today that working to build a stronger, fairer and more "
        "lethal alliance is one of the goals of the upcoming meeting of foreign ministers of the military alliance's "
        "members.",
        "Rutte said that NATO allies would continue to send support to Ukraine, noting that in the first three months "
        "of this year they had already pledged more than 20 billion euros in security assistance for 2025.",
    )
    assert state_in_article(sentences, "Rutte") == "IGO"
    # held-out actors 42 AK013 and AK014
    sentences = (
        "In a strong message to Beijing, the European Union’s incoming foreign policy chief Kaja Kallas has declared "
        "that China should face “a higher cost” for its support of Russia in the ongoing war against Ukraine.",
        "Kallas, who previously served as Estonia’s prime minister, made these remarks during a three-hour hearing "
        "before the European Parliament prior to assuming her new role.",
    )
    assert state_in_article(sentences, "Kallas") == "IGO"
    # a general pair
    sentences = ("NATO Secretary General Jens Stoltenberg arrived in Vilnius on Monday.",
                 "Stoltenberg met Lithuanian officials on Tuesday.")
    assert state_in_article(sentences, "Stoltenberg") == "IGO"


def test_a_states_office_before_the_surname_keeps_the_tables_reading():
    sentences = ("NATO Secretary General Mark Rutte arrived in The Hague on Monday.",
                 "As Prime Minister Rutte had led the Netherlands for fourteen years.")
    assert state_in_article(sentences, "Rutte") == "NLD"


def test_a_surname_alone_with_no_office_named_before_keeps_the_tables_reading():
    sentences = ("Dutch Prime Minister Mark Rutte arrived in Brussels on Monday.", "Rutte met NATO officials.")
    assert state_in_article(sentences, "Rutte") == "NLD"


def test_a_name_the_tables_do_not_know_after_an_organisations_office_is_the_organisations():
    # held-out actors 44 AM041 and 41 AJ004
    sentence = ("UN High Commissioner for Refugees Filippo Grandi delivers his opening statement to the Executive "
                "Committee in Geneva on 9 October.")
    assert states_over(sentence, "Filippo Grandi", clauses=True) == {"IGO"}
    sentence = ("After his visit to Russia, IAEA Director General Raphael Grossi will again come to Ukraine to coordinate "
                "the protection zone around the Zaporizhzhia NPP.")
    assert states_over(sentence, "Raphael Grossi", clauses=True) == {"IGO"}
    # a general sentence
    sentence = "UNICEF Executive Director Catherine Russell visited Sudan on Monday."
    assert states_over(sentence, "Catherine Russell", clauses=True) == {"IGO"}


def test_the_organisations_official_read_so_carries_to_the_surname():
    sentences = ("IAEA Director General Rafael Grossi arrived in Kyiv on Tuesday.",
                 "Grossi met Ukrainian officials on Wednesday.")
    assert state_in_article(sentences, "Grossi") == "IGO"
