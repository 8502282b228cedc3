"""Issue 13, coder round 165: tours of several states and lists of partners, the stage where the visitor is named only in
an earlier row. A journey told with its stops and no traveller the sentence names ("The last stop on the tour is in
Namibia, ...", "Suh Hoon, chief of the state spy agency, was also set to visit Japan later in the day.") is read by the
frames as visits with no source; in an article they are the journey of the traveller of the article's last visit or
announced visit coded with both parties (`coder._untravelled`), read with the lone threshold, when every state the
sentence names is a stop and none is the traveller's own, and the sentence is not negated or conditional.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first four tests fail with main's code."""

import datetime as dt

from prose_rows import coded_row, excerpt_codes


def _kinds(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_the_last_stop_on_the_tour():
    # held-out 142 TW007, labelled IND>NAM AGREE/CONSULT: "The last stop on the tour is in Namibia, the first prime
    # ministerial visit in 27 years."; main: no record in its article
    row, records = coded_row("heldout142_prose.tsv", "TW007")
    assert ("IND", "NAM", "CONSULT") in _kinds(records)


def test_an_official_the_tables_do_not_place():
    # held-out 90 TS055, labelled KOR>JPN CONSULT: "Suh Hoon, chief of the state spy agency, was also set to visit Japan
    # later in the day."; main: no record in its article
    row, records = coded_row("heldout90_prose.tsv", "TS055")
    assert ("KOR", "JPN", "CONSULT") in _kinds(records)


def test_a_visit_later_in_the_month():
    # a general article after held-out 63 TV018 ("Later in the month it was a two-day visit to Paris, ..."), which the
    # round quoted here: stop 39's second refit of the is-it-an-event model (threshold 0.563 -> 0.553, held-out 187-195
    # and labels rounds 12-14 added) put that row under the lone threshold the reading uses, as stop 38's fourth refit
    # did to held-out 29 Y041 before it. The stop told with no traveller takes the article's last visitor; without the
    # reading (checked by replacing `coder._untravelled` with the identity) the sentence gives no record of it.
    coded = excerpt_codes(
        ["British Prime Minister Keir Starmer arrived in Berlin on Wednesday for talks with Chancellor Olaf Scholz.",
         "A two-day visit to Paris followed later in the month."],
        dt.date(2024, 7, 10),
    )
    assert ("GBR", "FRA", "CONSULT") in {c[:3] for c in coded}


def test_a_general_last_stop():
    # a general sentence after a visit: main gives the first sentence's visit only
    coded = excerpt_codes(
        ["Kenyan President William Ruto arrived in Ethiopia on Monday for a two-day state visit.",
         "The last stop on the tour is in Somalia, the first presidential visit in a decade."],
        dt.date(2024, 5, 1),
    )
    assert ("KEN", "SOM", "CONSULT") in {c[:3] for c in coded}


def test_a_conditional_stop_is_not_read():
    # a guard, the same with both: a stop told under a condition is no journey
    coded = excerpt_codes(
        ["Japanese Prime Minister Fumio Kishida arrived in Egypt on Saturday.", "If time allows, he would visit Kenya."],
        dt.date(2024, 5, 1),
    )
    assert not any(c[1] == "KEN" for c in coded)
