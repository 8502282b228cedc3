"""Actors round 44 (issue 13): officials of international organisations read by their nationality. The development
sort of the people wrong or missed because the tables give an organisation's official their home state (a former
prime minister or minister) or hold no mention for the organisation's office found most of them named with no office
of the organisation in the sentence (a surname alone, a former office or a nationality), which needs the article;
the largest construction the sentence itself gives is an organisation's office before the name that the office rule
did not follow: an office with lower-case words before its head ("the European Union's incoming foreign policy chief
Kaja Kallas", "NATO's outgoing secretary general Jens Stoltenberg").
Probes quote a development sentence (held-out actors 42 AK013) and general sentences; expected states read from the
sentences by hand."""

import datetime as dt

from prose_rows import states_over


def _states_over(sentence: str, name: str, date: dt.date | None = None) -> set[str]:
    return states_over(sentence, name, date, clauses=True)


def test_an_organisations_office_in_lower_case_before_the_name_is_the_organisations():
    # held-out actors 42 AK013
    sentence = ("In a strong message to Beijing, the European Union’s incoming foreign policy chief Kaja Kallas has "
                "declared that China should face “a higher cost” for its support of Russia in the ongoing war against "
                "Ukraine.")
    assert _states_over(sentence, "Kaja Kallas") == {"IGO"}
    # a general sentence
    sentence = "NATO's outgoing secretary general Jens Stoltenberg visited Kyiv on Thursday."
    assert _states_over(sentence, "Jens Stoltenberg") == {"IGO"}


def test_a_states_post_at_the_organisation_keeps_the_states_reading():
    sentence = "The EU's new foreign ministers Kaja Kallas and Josep Borrell met in Brussels."
    assert "IGO" not in _states_over(sentence, "Kaja Kallas")
