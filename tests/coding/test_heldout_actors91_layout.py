"""Layout of the held-out set of actors round 91 (issue 13: people named by a full name, with an office or alone, in
sentences that name their state or a counterpart's -- the largest cell of actors round 91's sort, "a full name alone,
the state read but not tied" -- and by the surname in a later sentence of the page: "Pakistan's Deputy Prime Minister
and Foreign Minister Ishaq Dar met with Iranian Foreign Minister Seyed Abbas Araghchi", "President-elect John Dramani
Mahama has paid a visit to Kenyan President William Ruto" then "President Ruto assured Mahama of Kenya's readiness
...", "Ambassador of the Republic of Algeria, Ali Achoui, ..." then "Achoui highlighted Algeria's support ..."; collected
2026-12-08 before any change to the people rules): real news sentences of 2024-25, one to three consecutive sentences
of a page, each citing its page, with the state of every named person. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors91_layout():
    frame, items = read_actor_set("heldout_actors91.tsv", rows=13, pages=8, dated=8)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 21
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {
        "UZB", "IND", "PAK", "IRN", "GHA", "KEN", "BGD", "VNM", "IDN", "DZA", "KAZ"
    }
    assert sum(item.endswith("=GHA") for item in items) == 3
    assert sum(item.endswith("=IND") for item in items) == 3
    assert sum(len(states.split()) for states in frame["states"]) == 26
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 7
    check_names_in_rows(frame, codes)


def test_heldout_actors91_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors91.tsv")
