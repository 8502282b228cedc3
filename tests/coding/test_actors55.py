"""Actors round 55 (issue 13): long offices before a comma. The development sort of the people whose first name is a
place's or a state's name, missed or read as that place (held-out actors 18-54, read by article and alone), found the
largest shape one that holds beyond those names: a state's long office written before a comma and then the holder's
name ("The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, held ...", "The
Minister of Foreign Affairs of the Republic of Azerbaijan, Jeyhun Bayramov, met ..."). The name after the comma is the
state's office holder (`gazetteer._long_office_names`), and a place's name opening it is a first name (actors round 40's
`_first_of_longer_name`, with the office read by `_long_office_state`). Probes quote development sentences (held-out
actors 36 AE001, 43 AL036, 53 AV024, 51 AT014) and general sentences; expected states read from the sentences by hand."""

import datetime as dt

from prose_rows import states_over


def test_a_long_office_before_a_comma_names_its_state_holder():
    # held-out actors 36 AE001
    sentence = ("The Minister of Foreign Affairs of the Republic of Azerbaijan, Jeyhun Bayramov, met with the Minister "
                "of Foreign Affairs of the Republic of the Maldives, Musa Zameer, on the sidelines of the 19th Summit "
                "of the Non-Aligned Movement in Kampala, Uganda.")
    assert states_over(sentence, "Jeyhun Bayramov", clauses=True) == {"AZE"}
    assert states_over(sentence, "Musa Zameer", clauses=True) == {"MDV"}
    # held-out actors 51 AT014
    sentence = ("Speaker of the US House of Representatives, Mike Johnson, called aid to Ukraine \"the top priority\" of "
                "his country during a conversation with journalists in Sarasota, Florida, which was broadcast by the "
                "WFLA channel.")
    assert states_over(sentence, "Mike Johnson", clauses=True) == {"USA"}
    # a general sentence
    sentence = "The Minister of Trade and Industry of the Republic of Kenya, Wanjiru Kamau, opened the fair on Monday."
    assert states_over(sentence, "Wanjiru Kamau", dt.date(2024, 3, 4), clauses=True) == {"KEN"}


def test_a_place_as_first_name_after_a_long_office_and_a_comma():
    # held-out actors 43 AL036
    sentence = ("The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, held on "
                "Friday a phone conversation with his British counterpart, Lord David Cameron, during which both parties "
                "expressed their shared willingness to further enhance bilateral relations in all areas.")
    assert states_over(sentence, "Nasser Bourita", clauses=True) == {"MAR"}
    # held-out actors 53 AV024
    sentence = ("The United States Undersecretary of State for Political Affairs, Victoria Nuland is arriving Nepal on "
                "January 29 in course of her two-day visit.")
    assert states_over(sentence, "Victoria Nuland", dt.date(2024, 1, 27), clauses=True) == {"USA"}
    # a general sentence
    sentence = "The Minister of Trade, Industry and Ghanaian Diaspora Affairs, Jordan Mensah, opened the fair."
    assert states_over(sentence, "Jordan Mensah", dt.date(2024, 3, 4), clauses=True) == {"GHA"}


def test_a_post_after_to_and_a_name_before_the_office_are_not_the_office():
    # a general sentence: the post after "to" is not the office's state
    sentence = "She met India's High Commissioner to the United Kingdom, Anil Mehra, on Friday."
    assert states_over(sentence, "Anil Mehra", dt.date(2024, 3, 4), clauses=True) == {"IND"}
    # a general sentence: a name before its office opens no office for the next name
    sentence = "Anil Mehra, Chairman of the Indian Chamber of Commerce, Ruth Okafor, and others attended."
    assert "IND" not in states_over(sentence, "Ruth Okafor", dt.date(2024, 3, 4), clauses=True)
    # a general sentence: a state's adjective after a comma opens an office, no first name
    sentence = "He met his Chinese counterpart, Wang Yi, Russian Deputy Foreign Minister Sergei Ryabkov said."
    assert states_over(sentence, "Russian", dt.date(2024, 3, 4), clauses=True) == {"RUS"}
