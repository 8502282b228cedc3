"""PLOVER round 29 (issue 13): news sentences that get no record, or a record with no target. Sentences
from the development news sets (A to R) and prose sets; expected codes read by hand from each sentence."""

import datetime as dt

from latitude.coding import code_sentence
from prose_rows import lone_codes, ungated_record


def test_a_lone_sentence_dated_like_a_news_lead_reports_its_act_between_named_parties_a_preview_does_not():
    # set P: a weekday anchors the shelling; Pakistan's troops act on India's side of the Line of Control
    assert lone_codes(
        "Pakistani troops on Sunday resorted to unprovoked mortar shelling and small arms fire along the Line of "
        "Control in Poonch district’s Shahpur area of Jammu and Kashmir.",
        dt.date(2018, 2, 4),
    )[1:] == ("PAK", "IND")
    # set O: "this morning"
    assert lone_codes(
        "Israeli drones carried out strikes in Quneitra and Daraa, both in southern Syria this morning, causing "
        "“material damage” to the military targets."
    ) == ("ASSAULT", "ISR", "SYR")
    # prose held-out 19: the day is the date of an inauguration ahead, the act a hedged trend
    assert code_sentence(
        "North Korea appears to be increasing its provocations ahead of the inauguration of U.S. "
        "President-elect Donald Trump, set for Monday."
    ) == []


def test_an_act_with_no_target_takes_the_other_state_the_sentence_names_not_a_coordinated_one():
    # set G: Colombia, named before the expulsion
    # (the target, not the gate: its is-it-an-event probability, 0.51 with the model of 2026-12-05 and 0.49 since the
    # refits of 2026-12-06, sits at the lone sentence's boundary 0.5)
    record = ungated_record(
        "Venezuela breaks relations with its neighbor Colombia and expels all diplomats from its embassy, "
        "President Nicolas Maduro declared during a rally in Caracas."
    )
    assert (record["source"], record["target"]) == ("VEN", "COL")
    # set R: Pakistan, named before the aid
    assert lone_codes(
        "In response to the request of President Musharraf and the Government of Pakistan, the United States is "
        "providing an initial contribution of up to $50 million for relief and reconstruction following the "
        "earthquake that struck on October 8."
    )[1:] == ("USA", "PAK")
    # set K: the two sides exchanged fire, as the set labels it with no target
    record = code_sentence(
        "Pakistani border guards and Afghan Taliban fighters exchanged fire on September 6, the latest flare-up "
        "along the disputed border."
    )[0]
    assert record["target"] is None
