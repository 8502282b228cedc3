"""PLOVER round 90 (issue 13): acts inside one state that get no record — a policing body named by a noun alone.

Of the development news rows of acts inside one state (labelled the state > the state) that `code_sentence` gave no
record, most name no state at all (the doer a bare noun, "Police fired tear gas ...", the state only in the article);
among those that name it, the largest construction is an arrest, a raid, tear gas or police fire whose doer is a
policing body named by a noun alone ("police", "authorities", "a court") and whose state the sentence names only by a
place of it ("In St. Petersburg, police detained ...", "Police in Nairobi have lobbed teargas ..."): the doer is no
actor of the gazetteer and the place is read as a place, so no record named a party. Such an act (CAMEO 17, not 174,
or ASSAULT), told by a past verb, in a sentence whose every named party is of one state of the COW system and that
names no border, line, foreigners, craft or sea, is now that state's on itself (`coder._policed_place`, the fallback of
`code_sentence` when it gives no record). Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv), with their article dates; expected sources and targets their hand labels.
"""

import datetime as dt

from prose_rows import lone_codes

from latitude.coding.coder import code_sentence


def test_an_act_of_a_policing_body_named_by_a_noun_in_a_place_of_one_state_is_that_states_on_itself():
    # a general sentence
    assert lone_codes("In Mombasa, police arrested twelve activists on Monday.") == ("COERCE", "KEN", "KEN")
    # BY, labelled COERCE RUS > RUS (no record)
    text = "In St. Petersburg, police detained nine activists for placing flowers at the monument to Taras Shevchenko."
    assert lone_codes(text) == ("COERCE", "RUS", "RUS")
    # CA, labelled COERCE KEN > KEN (no record)
    assert lone_codes("Police in Nairobi have lobbed teargas to disperse protesting youths along Kimathi Street.", dt.date(2024, 7, 2)) == ("COERCE", "KEN", "KEN")
    # BA, labelled COERCE RUS > RUS (no record)
    text = ("Armed police raided the office of opposition activist group Strategy 31 in central Moscow ahead of a banned "
            "protest on Thursday, a spokesman said Wednesday.")
    assert lone_codes(text) == ("COERCE", "RUS", "RUS")
    # BA, labelled COERCE PAK > PAK: a passive with the body as its agent (no record)
    text = ("The former foreign minister was arrested by the police in cases of riots and arsons in Punjab and "
            "Khyber-Pakhtunkhwa.")
    assert lone_codes(text) == ("COERCE", "PAK", "PAK")
    # AZ, labelled ASSAULT IND > IND: police fire (no record)
    assert lone_codes("One person was killed in Rajasthan’s Alwar as the police opened fire to disperse a mob.") == (
        "ASSAULT", "IND", "IND")


def test_no_record_of_its_own_state_for_a_second_state_a_border_foreigners_or_an_act_not_done():
    # guards: the place's state is not the act's patient, or nothing was done
    assert all(r["target"] != r["source"] for r in code_sentence(
        "In Mombasa, police arrested twelve Somali nationals on Monday."))
    assert not code_sentence("In Mombasa, police could arrest twelve activists next week.")
    assert not code_sentence("Police near the border in Mandera detained twelve men on Monday.")
    assert not code_sentence("In Mombasa, police did not arrest the activists.")
    # a body named by a noun that is not a policing body is no doer of this reading ("protesters", "gunmen")
    assert not code_sentence("In Mombasa, gunmen detained twelve activists on Monday.")
