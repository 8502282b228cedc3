"""Layout of the held-out set of actors round 22 (issue 13: people and places resolved to their states;
collected 2026-12-05 before any change to the name and place tables): real news sentences of 2018-2026 that
name heads, ministers, governors, envoys and army commanders together with provinces, districts, towns, bases
and islands (Afghanistan's provinces, Kashmir and Ladakh, Balochistan, Tigray and Somali Region, Darfur,
Palawan and Batanes, Papua, southern Lebanon, Donetsk and Kherson, Cali and Cartagena), each citing its page,
with the state of every named office holder and place. Its scores are reported once in docs/coding.md, never
asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors22_layout():
    frame, items = read_actor_set("heldout_actors22.tsv", rows=76, pages=48, dated=43)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 197
    assert len([item for item in items if item.startswith("@")]) == 94
    assert len({item.rsplit("=", 1)[1] for item in items}) == 36
    assert sum(len(states.split()) for states in frame["states"]) == 121
    check_names_in_rows(frame, codes)


def test_heldout_actors22_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors22.tsv")
