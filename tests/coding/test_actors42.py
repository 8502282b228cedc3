"""Actors round 42 (issue 13): an office after the name. The development sort of the people wrong or missed before an
apposition or a relative clause that gives their office found the largest general construction in a person the tables
give one state (someone else of the same name, or the person's own state before an international post) named right
before an apposition that gives another state's office or an international organisation's own office: "General Angus
J. Campbell, Chief of Defence Forces Australia" read as Canada's, "Kandia Kamissoko Camara, Minister of Foreign
Affairs ... of the Republic of Cote d'Ivoire" as Guinea's, "Kaja Kallas, the EU High Representative" as Estonia's. The
apposition tells whose office the person holds; an organisation's office after a name the tables do not know is read
as the organisation's, as a state's office is ("Rafael Grossi, Director General of the International Atomic Energy
Agency (IAEA)"). Probes quote development sentences (held-out actors 23 Q064 and Q086, 27 V005, 34 AC012, 41 AJ007)
and general sentences; expected states read from the sentences by hand."""

import datetime as dt

from prose_rows import states_over


def test_an_apposition_gives_the_office_holders_state():
    # held-out actors 34 AC012
    sentence = ("In a significant stride towards bolstering bilateral ties, General Angus J. Campbell, Chief of Defence "
                "Forces Australia, embarked on an official visit to Pakistan to partake in the 13th Round of "
                "Pakistan-Australia Defence and Security Talks and the 10th Round of 1.5 Track Security Dialogue.")
    assert states_over(sentence, "Angus J. Campbell", dt.date(2024, 5, 20)) == {"AUS"}
    # held-out actors 23 Q064
    sentence = ("Accordingly, he met Aïssata Tall Sall, Minister of Foreign Affairs and Senegalese Abroad of the Republic "
                "of Senegal, Frederick M. M. SHAVA, the Minister of Foreign Affairs and International Trade of the "
                "Republic of Zimbabwe, Kandia Kamissoko Camara, Minister of Foreign Affairs, African Integration and "
                "Diaspora of the Republic of Côte d’Ivoire, and MBELLA MBELLA, Minister of External Relations of the "
                "Republic of Cameroon.")
    assert states_over(sentence, "Kandia Kamissoko Camara") == {"CIV"}
    # held-out actors 23 Q086
    sentence = ("Admiral Tripathi is scheduled to hold bilateral discussions with his counterpart Admiral M Nazmul "
                "Hassan, Chief of the Naval Staff of Bangladesh Navy in Dhaka, as also review the passing out parade "
                "scheduled at Bangladesh Naval Academy (BNA) at Chittagong on July 4, said an Indian Navy spokesperson.")
    assert states_over(sentence, "M Nazmul Hassan", dt.date(2024, 6, 30)) == {"BGD"}
    # a general sentence
    assert states_over("The minister also met Kim Campbell, the Australian Ambassador to Japan, on Tuesday.",
                        "Kim Campbell", dt.date(2024, 3, 5)) == {"AUS"}


def test_an_organisations_office_after_the_name_is_its_officials():
    # held-out actors 27 V005
    sentence = ("He also held a first meeting with Kaja Kallas, the EU High Representative for Foreign Affairs and "
                "Security Policy and Vice-President of the European Commission")
    assert states_over(sentence, "Kaja Kallas") == {"IGO"}
    # held-out actors 41 AJ007
    sentence = ("Rafael Grossi, Director General of the International Atomic Energy Agency (IAEA), has called on Russia "
                "and Ukraine to allow the organization's experts to visit the Zaporizhzhia Nuclear Power Plant "
                "(Enerhodar, Zaporizhzhia region).")
    assert states_over(sentence, "Rafael Grossi") == {"IGO"}
    # general sentences
    assert states_over("Josep Borrell, the EU's foreign policy chief, said the talks would go on.", "Josep Borrell",
                        dt.date(2023, 5, 8)) == {"IGO"}
    assert states_over("Rafael Grossi, head of the International Atomic Energy Agency, said on Monday the plant "
                        "was safe.", "Rafael Grossi") == {"IGO"}


def test_a_list_of_holders_or_a_plural_office_keeps_each_names_reading():
    # held-out 101 OA038 (its start): the plural office goes to the two names in order
    sentence = ("Joe Biden, America’s president, accompanied by Anthony Albanese and Rishi Sunak, the prime ministers "
                "of Australia and Britain respectively, gathered in front of the USS Missouri.")
    assert states_over(sentence, "Rishi Sunak", dt.date(2023, 3, 13)) == {"GBR"}
    # held-out actors 33 AB022 (its end): a titled name before the next holder of a list
    sentence = ("He held working meetings with Iranian Deputy Foreign Minister Kazem Gharibabadi, Zimbabwean Deputy "
                "Minister of Foreign Affairs Sheillah Chikomo and First Deputy Minister of Foreign Affairs of Cuba "
                "Gerardo Peñalver Portal.")
    assert states_over(sentence, "Kazem Gharibabadi") == {"IRN"}
    # a general sentence: the office after the comma is the next name's
    assert "UKR" not in states_over("Blinken met Josep Borrell, Ukraine's Foreign Minister Dmytro Kuleba and others.",
                                     "Josep Borrell", dt.date(2023, 5, 8))
