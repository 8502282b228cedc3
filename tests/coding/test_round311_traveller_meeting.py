"""Coder round 311 (issue 13): the article's traveller meeting the one state a sentence names, kept under a precision
budget. A sentence whose one named state is the object of a verb of meeting ("met", "meet", "meets", a state's own
"talks with") and whose subject is a person or pronoun the sentence ties to no state ("The external affairs minister
also met Fijian Prime Minister Frank Bainimarama.") tells the article's traveller (the source of its last visit, else of
its last meeting) meeting that state: a joint `CONSULT`, `AGREE` when only planned. General guards keep it silent on
hedges, negations, conditions and talks of a field ("trade talks with the U.S."). Development rows are coded in their
articles, as the sets are scored; sentences written for this round are read as short articles. Expected values by
hand, by the sets' conventions. Each assertion but the guards fails with main's code at the branch point (ca65e07f);
the guards hold with both."""

import datetime as dt

from prose_rows import all_found, excerpt_codes, quiet


def test_development_rows_where_the_articles_traveller_meets_the_named_state():
    # held-out 125's HG042 "The external affairs minister also met Fijian Prime Minister Frank Bainimarama." (IND<>FJI)
    assert all_found("heldout125_prose.tsv", "HG042")
    # held-out 125's HG033 "Additionally, Ambassador Mohammad Sadiq also met with Acting Afghan Minister for Industry
    # and Commerce Nooruddin Azizi." (PAK<>AFG CONSULT)
    assert all_found("heldout125_prose.tsv", "HG033")
    # held-out 113's FM013 "Meanwhile, the Minister of External Affairs also met with his French counterpart,
    # Catherine Colonna." (IND<>FRA CONSULT)
    assert all_found("heldout113_prose.tsv", "FM013")
    # held-out 144's CK051 "The delegation separately met External Affairs Minister (EAM), Dr. S. Jaishankar."
    # (LKA<>IND CONSULT)
    assert all_found("heldout144_prose.tsv", "CK051")


def _second(sentences: list[str]) -> list[tuple[str, str | None, str | None]]:
    coded = excerpt_codes(sentences, dt.date(2025, 5, 1))
    return [(s, t, p) for s, t, p, sentence in coded if sentence == sentences[1]]


def test_written_sentences_where_the_articles_traveller_meets_the_named_state():
    fiji = "Indian External Affairs Minister S Jaishankar arrived in Suva on Monday for a three-day visit to Fiji."
    assert _second([fiji, "The delegation also met Samoan Prime Minister Fiame Naomi Mataafa on Tuesday."]) == [
        ("IND", "WSM", "CONSULT")
    ]
    envoy = "Additionally, Ambassador Rajiv Menon also met with Samoan Prime Minister Fiame Naomi Mataafa."
    assert _second([fiji, envoy]) == [("IND", "WSM", "CONSULT")]
    accra = "A Kenyan trade delegation arrived in Accra on Thursday for talks with Ghanaian officials."
    envoy = "Additionally, envoy Daniel Kiprono also met with Togolese Foreign Minister Robert Dussey."
    assert _second([accra, envoy]) == [("KEN", "TGO", "CONSULT")]


def test_guard_development_row_with_no_event_stays_silent():
    # held-out 32's KR052 "Lee faces tough challenges, including trade talks with the U.S. and the future of U.S. forces
    # in South Korea." (talks of a field, not the article's traveller's meeting; draft 1 coded it)
    assert quiet("heldout32_prose.tsv", "KR052")


def test_guard_written_sentences_with_no_meeting_stay_silent():
    fiji = "Indian External Affairs Minister S Jaishankar arrived in Suva on Monday for a three-day visit to Fiji."
    assert _second([fiji, "The minister may possibly also meet Samoan Prime Minister Fiame Naomi Mataafa."]) == []
    assert _second([fiji, "The minister did not meet Samoan Prime Minister Fiame Naomi Mataafa."]) == []
    assert _second([fiji, "He faces tough trade talks with Samoa next year."]) == []
