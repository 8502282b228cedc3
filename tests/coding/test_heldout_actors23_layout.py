"""Layout of the held-out set of actors round 23 (issue 13: ministers, governors, party leaders and commanders of
2018-26 that no table holds; collected 2026-12-05 before any change to the name tables): real news sentences of
2020-2026 naming foreign, defence, trade and finance ministers, envoys, governors, party leaders and army and navy
commanders (Turkey, Viet Nam, Nigeria, Kenya, Bangladesh and Pakistan, Brazil and Argentina, Ukraine, Iran and
Saudi Arabia, Japan and South Korea, India and Sri Lanka, Ghana and Ethiopia, the EU), each citing its page, with
the state of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors23_layout():
    frame, items = read_actor_set("heldout_actors23.tsv", rows=86, pages=56, dated=58)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 174
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 41
    assert sum(len(states.split()) for states in frame["states"]) == 149
    check_names_in_rows(frame, codes)


def test_heldout_actors23_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors23.tsv")
