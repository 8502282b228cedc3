"""Issue 13, coder round 78 (false visit and meeting events in opinion and analysis): a visit or meeting noun that
names the kind, not one event the article told, takes no parties from the article's earlier sentences: a plural after
"all", "some", "many" or "most" ("whether all these trips are really necessary"), the kind "as we know it" ("The
summit meeting as we know it is a product of modern transportation"), the kind's history ("the pomp and history of
the state visit to Britain"). Each sentence is a development row (its set and id), coded in its article as the prose
scores code it; the expected events are the rows' hand labels. The guards: the same articles' told visits stay
visits, and so do an owned plural ("those trips") and a plural with its partner ("meetings with Xi")."""

from __future__ import annotations

from prose_rows import all_found, coded_row, has, row_records


def test_a_quantified_plural_of_visits_is_no_visit():
    # heldout63 TV014 (a piece on Starmer's week of trips to Norway and Estonia): labelled no event
    assert row_records(
        "heldout63_prose.tsv", "TV014",
        "But others have questioned whether all these trips are really necessary, and whether he would do better to "
        "focus on some of the pressing issues at home.",
    ) == []
    # the guard: the article's trip to Norway, labelled GBR>NOR CONSULT (and GBR<>NOR AGREE)
    assert has(coded_row("heldout63_prose.tsv", "TV011")[1], "GBR", "NOR", "CONSULT")
    # guards: an owned plural and a plural with its partner stay the article's visits and meetings
    assert has(coded_row("heldout44_prose.tsv", "r071")[1], "BRA", "ARG", "CONSULT")  # "those trips", labelled BRA>ARG
    assert has(coded_row("heldout16_prose.tsv", "P013")[1], "BRA", "CHN", "CONSULT")  # "meetings with Xi", BRA<>CHN


def test_the_summit_as_we_know_it_is_no_summit():
    # heldout59 SF042 (a history of presidential summits after Trump and Kim's): labelled no event
    assert row_records(
        "heldout59_prose.tsv", "SF042", "The summit meeting as we know it is a product of modern transportation."
    ) == []


def test_the_history_of_the_state_visit_is_no_visit():
    # heldout36 k079 (a standfirst on the history of state visits to Britain, after Trump's): labelled no event
    assert row_records(
        "heldout36_prose.tsv", "k079",
        "Dr Carolyn Harris takes a closer look at the pomp and history of the state visit to Britain, and those of "
        "British monarchs abroad…",
    ) == []
    # the guard: the article's state visit, labelled USA>GBR CONSULT
    assert all_found("heldout36_prose.tsv", "k075")
