"""Layout of the held-out set of actors round 20 (issue 13: places the place table does not know, towns,
districts, valleys, sectors, crossings, bases, islands; collected 2026-12-05 before any change to the place
table): real news sentences of 2015-2026, one per page, each citing its page, with the state of every
named place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, read_actor_set


def test_heldout_actors20_layout():
    frame, items = read_actor_set("heldout_actors20.tsv", rows=78, pages=78, dated=36)
    codes = set(state_table()["iso3"].dropna())
    assert len(items) == 163 and all(item.startswith("@") for item in items)
    assert len({item.rsplit("=", 1)[1] for item in items}) == 23
    assert sum(len(states.split()) for states in frame["states"]) == 117
    check_names_in_rows(frame, codes)
