"""Issue 13, coder round 65 (summits, visits and talks told by a noun whose parties the article named earlier): a summit
attended abroad whose place its relative clause tells ("..., which will be held in Bahrain", "..., which President
Jokowi is hosting next week in Bali") is a visit to that place or host, and an attendance announced while the article
is on another visit does not become the visit later sentences refer to. Each sentence is a development row (its set and
id, the page it quotes), coded in its article as the prose scores code it; the expected events are the rows' hand
labels."""

from __future__ import annotations

from prose_rows import has, row_records


def test_an_attended_summit_held_in_a_place_is_a_visit_there():
    # heldout31 b076 (King Salman's 2016 Gulf tour): SAU>BHR AGREE/CONSULT, the king named in b074
    records = row_records(
        "heldout31_prose.tsv", "b076", "The king will also attend the 37th GCC summit, which will be held in Bahrain later this week."
    )
    assert has(records, "SAU", "BHR", "CONSULT")  # an announced visit is PLOVER CONSULT since coder round 82
    # b078, two sentences on: the reception at the airport is still the visit to the UAE (SAU>ARE CONSULT)
    records = row_records(
        "heldout31_prose.tsv", "b078", "An official reception was held for King Salman at the airport, where the Saudi national anthem was played."
    )
    assert has(records, "SAU", "ARE", "CONSULT") and not has(records, "SAU", "BHR", "CONSULT")


def test_the_host_of_an_attended_summit_named_in_its_relative_clause():
    # heldout18 T063 (CNA, Lee Hsien Loong and Joko Widodo at the 2022 ASEAN summits): SGP>IDN CONSULT
    records = row_records(
        "heldout18_prose.tsv", "T063",
        "Mr Lee is also attending the G20 Summit, which President Jokowi is hosting next week in Bali, and he looks forward "
        "to contributing to the discussions there, said PMO.",
    )
    assert has(records, "SGP", "IDN", "CONSULT")

