"""Layout of the held-out set of actors round 56 (issue 13: titles and offices no state opens: "The President of the
Republic, Mr. Alassane Ouattara, met ...", "The Speaker of Parliament, Rt. Hon. Alban Bagbin, is presently ...",
"the acting Minister of Foreign Affairs, Josefina Vidal, who ...", "Chief of Army Staff (COAS) General Syed Asim
Munir"; collected 2026-12-06 before any change to the people rules): real news sentences of 2022-25, each citing its
page, with the state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors56_layout():
    frame, items = read_actor_set("heldout_actors56.tsv", rows=32, pages=15, dated=30)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 50
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 17
    assert sum(item.endswith("=PAK") for item in items) == 10
    assert sum(item.endswith("=KEN") for item in items) == 8
    assert sum(len(states.split()) for states in frame["states"]) == 50
    check_names_in_rows(frame, codes)


def test_heldout_actors56_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors56.tsv")
