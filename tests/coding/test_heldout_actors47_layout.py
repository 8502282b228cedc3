"""Layout of the held-out set of actors round 47 (issue 13: officials on undated pages, and names that are also a
state's word: the UN High Commissioner for Human Rights Volker Türk ("Turk"/"Türk", the word of Türkiye's people)
named in full and by surname alone, the AU Commission's chairperson, the EU's foreign policy chiefs, the UN
Secretary-General, the WHO's director-general, a UN special rapporteur and Israel's minister Israel Katz, on pages
whose date the set leaves out (given only in the text or the address: "on October 17", "/2023/06/19/",
"Thursday January 18 2024"); collected 2026-12-06 before any change to the people rules): real news sentences of
2022-25, each citing its page, with the state of every named person (`IGO` for an official of an international
organisation). Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors47_layout():
    frame, items = read_actor_set("heldout_actors47.tsv", rows=49, pages=19, dated=0)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 64
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 5
    assert sum(item.endswith("=IGO") for item in items) == 46
    assert sum(len(states.split()) for states in frame["states"]) == 81
    check_names_in_rows(frame, codes)


def test_heldout_actors47_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors47.tsv")
