"""Layout of the held-out set of actors round 32 (issue 13: people resolved to their states through a surname alone
or a rank or title alone before a name; collected 2026-12-06 before any change to the people rules): real news
sentences of 2022-26 naming defence and foreign ministers, army and navy chiefs, commanders, envoys and ambassadors
("his Japan counterpart Gen Nakatani", "Mr. Singh", "Sheikh Salem", "Lt Gen Kumar", "DGP Swain", "General
Dwivedi"), India's army commanders on the LoC and the LAC, Ukraine's delegation with the US envoys, the ambassadors
presenting credentials to Spain's king, with the places they are in, each citing its page, with the state of every
named person and place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors32_layout():
    frame, items = read_actor_set("heldout_actors32.tsv", rows=62, pages=18, dated=39)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 124
    assert len([item for item in items if item.startswith("@")]) == 32
    assert len({item.rsplit("=", 1)[1] for item in items}) == 27
    assert sum(len(states.split()) for states in frame["states"]) == 123
    check_names_in_rows(frame, codes)


def test_heldout_actors32_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors32.tsv")
