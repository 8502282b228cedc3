"""Layout of the held-out set of actors round 90 (issue 13: a person named in full with a state, then by the surname
alone in a later sentence of the same article, in articles where a capitalised name of a thing recurs -- an exercise,
a sea, a shoal: "Defense Minister Wellington Koo ... praised Taiwanese troops" then "Koo officially announced the end
of the ... Han Kuang exercises", "Philippine National Security spokesperson Jonathan Malaya" then "... in the South
China Sea, Malaya added", "Japan's Defense Minister Gen Nakatani" then "Nakatani noted China has become more active
than ever in the East and South China Seas"; collected 2026-12-08 before any change to the people rules): real news
sentences of 2024-25, taken as runs of two or three consecutive sentences of one page, each citing its page, with the
state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import (check_names_in_rows, check_runs_name_the_person_first, check_shares_no_page_or_sentence,
                        read_actor_set)


def test_heldout_actors90_layout():
    frame, items = read_actor_set("heldout_actors90.tsv", rows=13, pages=6, dated=4)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 16
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"TWN", "PHL", "UKR", "JPN", "USA", "AUS"}
    assert sum(item.endswith("=PHL") for item in items) == 6
    assert sum(item.endswith("=AUS") for item in items) == 3
    assert sum(len(states.split()) for states in frame["states"]) == 22
    check_names_in_rows(frame, codes)


def test_heldout_actors90_runs_of_a_page_name_the_person_first():
    """Each page's rows stand together, two or three of them, and each one-word name of a later row is a word of a
    name an earlier row of its page gave ("Koo" after "Wellington Koo", "Jones" after "Justin Jones")."""
    frame, _ = read_actor_set("heldout_actors90.tsv", rows=13, pages=6, dated=4)
    check_runs_name_the_person_first(frame, longest=3)
    assert sum(" " not in item.rsplit("=", 1)[0] for names in frame["names"] for item in names.split(";")) == 7


def test_heldout_actors90_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors90.tsv")
