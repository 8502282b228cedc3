"""Issue 13, coder round 192: the article's own visit or meeting named by its noun as the predicate of "this", "it" or
"that", counted by an ordinal ("This is her ninth official visit to China.", "This would be the eighth meeting between
Modi and Obama in two years.", "It's the first state visit that Trump has ever handled."), is that visit or meeting (labels
round 13's line: the meeting's noun and a plan). Development rows are quoted from cited sets (tests/fixtures/coding/, row
ids given), expectations their hand labels; each of the first five tests fails with main's code (no record on the row);
the guards hold on both."""

from latitude.coding.coder import code_sentence
from prose_rows import all_found, article_records, row_codes

SCHOLZ = "German Chancellor Olaf Scholz visited Kenya on Friday. "


def _sentence_codes(text: str, start: str) -> set[tuple[str, str | None, str]]:
    return {(r["source"], r["target"], r["plover"]) for r in article_records(text) if r["sentence"].startswith(start)}


def test_a_counted_visit_to_the_host():
    # held-out 82 CY056: "This is her ninth official visit to China." (Merkel's visit, DEU>CHN CONSULT)
    assert all_found("heldout82_prose.tsv", "CY056")


def test_a_counted_meeting_that_would_be():
    # held-out 12 Z025: "This would be the eighth meeting between Modi and Obama in two years." (labels round 13's M,
    # USA<>IND CONSULT/AGREE); held-out 113 FM005: "It was the second meeting between two leaders within a month."
    assert all_found("heldout12_prose.tsv", "Z025")
    assert all_found("heldout113_prose.tsv", "FM005")


def test_a_counted_visit_told_by_its_host():
    # held-out 36 k084: "It's the first state visit that Trump has ever handled." (Macron's state visit, FRA>USA)
    assert all_found("heldout36_prose.tsv", "k084")


def test_a_counted_visit_keeps_the_traveller_first():
    # held-out 50 w022: "This marks Prime Minister Wickremasinghe's first visit to Maldives since President Solih took
    # office in September 2018." (LKA>MDV; the article's meeting was first coded with the host first, MDV>LKA)
    assert all_found("heldout50_prose.tsv", "w022")
    assert ("MDV", "LKA", "042") not in row_codes("heldout50_prose.tsv", "w022")
    # held-out 109 OM014: "This is his first visit to the neighbouring nation since taking office in 2022." (no party
    # named: the article's visit, LKA>IND)
    assert all_found("heldout109_prose.tsv", "OM014")


def test_a_general_counted_visit():
    # (main: no record; "It was his second visit to the country this year." main reads already)
    text = SCHOLZ + "This is his fourth official visit to Africa."
    assert ("DEU", "KEN", "CONSULT") in _sentence_codes(text, "This is his fourth")


def test_guards_another_state_and_a_sentence_alone():
    # a counted visit to another state is not the article's visit (the sentence's own reading gives that state)
    assert ("DEU", "KEN", "CONSULT") not in _sentence_codes(SCHOLZ + "It was his second visit to Nigeria this year.", "It was his second")
    # read alone, the sentence has no visit to carry
    assert code_sentence("It was his second visit to the country this year.") == []
