"""Layout of the held-out set of actors round 19 (issue 13: office holders up to 2026; collected 2026-12-05
before any change to the name tables): real news sentences of 2023-2026, each citing its page, with the
state of every named office holder (heads, ministers, deputies, envoys; people only, no places). Its
scores are reported once in docs/coding.md, never asserted here."""

import datetime as dt

from latitude.countries import state_table

from actor_sets import check_names_in_rows, read_actor_set


def test_heldout_actors19_layout():
    frame, items = read_actor_set("heldout_actors19.tsv", rows=75, pages=41, dated=47)
    assert all(dt.date(2023, 1, 1) <= dt.date.fromisoformat(value) <= dt.date(2026, 12, 31)
               for value in frame["article_date"] if value)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 146 and not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} <= codes
    assert len({item.rsplit("=", 1)[1] for item in items}) == 28
    check_names_in_rows(frame, codes)
