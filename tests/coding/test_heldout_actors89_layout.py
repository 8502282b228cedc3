"""Layout of the held-out set of actors round 89 (issue 13: people whose state only an earlier sentence of the article
tells, taken as runs of two to four consecutive sentences of one page: "South Korean Foreign Minister Cho Tae-yul met
with the top US envoy to Seoul" then "In his talks with Ambassador Philip Goldberg, Cho stressed ..." and "Goldberg
congratulated Cho ...", "Nigeria’s Foreign Affairs Minister, Ambassador Yusuf Maitama Tuggar, has dismissed ..." then
"Tuggar stressed that he and President Bola Tinubu ..." and "... Bauchi State Governor, Bala Mohammed, ...",
"Korea’s Foreign Minister Cho Hyun pledged ..." then "Cho said the Lee Jae Myung administration ...", "Indonesian
Foreign Minister Sugiono has spoken by phone ..." then "Sugiono, who goes by only one name, spoke with Saudi Foreign
Minister Faisal bin Farhan ..."; collected 2026-12-07 before any change to the people rules): real news sentences of
2024-26, each citing its page, with the state of every named person. Its scores are reported once in docs/coding.md,
never asserted here."""

from latitude.countries import state_table

from actor_sets import (check_names_in_rows, check_runs_name_the_person_first, check_shares_no_page_or_sentence,
                        read_actor_set)


def test_heldout_actors89_layout():
    frame, items = read_actor_set("heldout_actors89.tsv", rows=15, pages=6, dated=13)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 21
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"KOR", "USA", "NGA", "IDN", "SAU"}
    assert sum(item.endswith("=KOR") for item in items) == 8
    assert sum(item.endswith("=NGA") for item in items) == 8
    assert sum(len(states.split()) for states in frame["states"]) == 33
    check_names_in_rows(frame, codes)


def test_heldout_actors89_runs_of_a_page_name_the_person_first():
    """Each page's rows stand together, two to four of them, and each one-word name of a later row is a word of a
    name an earlier row of its page gave ("Cho" after "Cho Tae-yul", "Sugiono" after "Sugiono")."""
    frame, _ = read_actor_set("heldout_actors89.tsv", rows=15, pages=6, dated=13)
    check_runs_name_the_person_first(frame, longest=4)
    assert sum(" " not in item.rsplit("=", 1)[0] for names in frame["names"] for item in names.split(";")) == 11


def test_heldout_actors89_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors89.tsv")
