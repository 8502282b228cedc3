"""Layout of the held-out set of actors round 26 (issue 13: office holders of 2023-2026 named with their office and
their state written only by a demonym, a capital or an apposition; collected 2026-12-05 before any change to the
people rules): real news sentences naming foreign, defence and trade ministers, national security advisers, envoys
and speakers ("his Turkish counterpart, Hakan Fidan", "South Korea's Trade Minister Yeo Han-koo", "the Russian
President's Special Envoy ..., Kirill Dmitriev"), each citing its page, with the state of every named person and
place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors26_layout():
    frame, items = read_actor_set("heldout_actors26.tsv", rows=69, pages=26, dated=52)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 155
    assert len([item for item in items if item.startswith("@")]) == 36
    assert len({item.rsplit("=", 1)[1] for item in items}) == 20
    assert sum(len(states.split()) for states in frame["states"]) == 149
    check_names_in_rows(frame, codes)


def test_heldout_actors26_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors26.tsv")
