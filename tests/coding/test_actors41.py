"""Actors round 41 (issue 13): officials of international organisations read by their nationality. The development
sort found the largest general construction in an office of an organisation that the organisation's mention opens
right before a person the tables give a state (a former leader or minister): "UN Secretary-General Antonio Guterres"
read as Portugal's, "the EU High Representative for Foreign Affairs and Security Policy Josep Borrell" as Spain's.
The person is the organisation's official, `IGO`, as the sets label them. Probes quote development sentences
(held-out actors 19 N044, 33 AB024, 35 AD025, 37 AF021) and general sentences; expected states read from the
sentences by hand."""

import datetime as dt

from prose_rows import states_over


def test_a_person_after_an_organisations_office_is_its_official():
    # held-out actors 19 N044
    sentence = ("The discussion was part of Jaishankar’s broader diplomatic agenda at UNGA 80, where he engaged with "
                "several global leaders including UN Secretary-General Antonio Guterres and Saudi Foreign Minister "
                "Prince Faisal bin Farhan.")
    assert states_over(sentence, "Antonio Guterres") == {"IGO"}
    assert states_over(sentence, "Faisal bin Farhan") == {"SAU"}
    # held-out actors 33 AB024 (its start)
    sentence = ("Dacic also had the opportunity to hold short meetings and talks with the EU High Representative for "
                "Foreign Affairs and Security Policy Josep Borrell, President of Cyprus Nikos Christodoulides, "
                "President of Croatia Zoran Milanovic and Secretary General of the Council of Europe Marija "
                "Pejcinovic Buric.")
    date = dt.date(2023, 9, 19)
    assert states_over(sentence, "Josep Borrell", date) == {"IGO"}
    assert states_over(sentence, "Marija Pejcinovic Buric", date) == {"IGO"}
    assert states_over(sentence, "Zoran Milanovic", date) == {"HRV"}
    # held-out actors 35 AD025
    sentence = "Another bilateral meeting of the day took place with the President of the European Council, Charles Michel."
    assert states_over(sentence, "Charles Michel", dt.date(2023, 1, 25)) == {"IGO"}
    # held-out actors 37 AF021
    sentence = ("He added that Foreign Minister Hossein Amirabdollahian had complained about European countries’ "
                "interference in Iran’s internal affairs during the recent riots in the country in a meeting with High "
                "Representative of the EU for Foreign Affairs and Security Policy Josep Borrell in the Jordanian "
                "capital Amman.")
    assert states_over(sentence, "Josep Borrell") == {"IGO"}
    # a general sentence
    assert states_over("The EU's foreign policy chief Josep Borrell said on Monday the talks would go on.",
                        "Josep Borrell", dt.date(2023, 5, 8)) == {"IGO"}


def test_a_states_post_at_an_organisation_or_a_clause_break_keeps_the_tables_reading():
    assert states_over("EU foreign ministers Josep Borrell and Annalena Baerbock met on Monday.", "Josep Borrell",
                        dt.date(2019, 5, 13)) == {"ESP"}
    assert "USA" in states_over("At the UN General Assembly, President Joe Biden said the war must end.",
                                 "Joe Biden", dt.date(2023, 9, 19))
    assert "BEL" in states_over("At the European Council, Charles Michel said the summit would go on.",
                                 "Charles Michel", dt.date(2017, 3, 9))
