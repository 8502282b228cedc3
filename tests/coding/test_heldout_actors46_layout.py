"""Layout of the held-out set of actors round 46 (issue 13: organisation officials read by their home state: the
IMF's managing director, the WTO's director-general, the World Bank's president, the UN Secretary-General, NATO's
secretary general, the IAEA's director general, UNRWA's commissioner-general, the WFP's executive director and the
FAO's director-general, the EU's foreign policy chief, the European Council's and the European Commission's presidents
and a European commissioner, named by full name with and without their office and by surname after: "Ajay Banga, a
prominent Indian-American business leader", "former Dutch Prime Minister Mark Rutte officially took over as NATO
Secretary General", "Kallas takes over from Josep Borrell, a seasoned Spanish politician"; collected 2026-12-06 before
any change to the people rules): real news sentences of 2023-25, each citing its page, with the state of every named
person (`IGO` for an official of an international organisation). Its scores are reported once in docs/coding.md,
never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors46_layout():
    frame, items = read_actor_set("heldout_actors46.tsv", rows=46, pages=17, dated=18)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 57
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 5
    assert sum(item.endswith("=IGO") for item in items) == 45
    assert sum(len(states.split()) for states in frame["states"]) == 75
    check_names_in_rows(frame, codes)


def test_heldout_actors46_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors46.tsv")
