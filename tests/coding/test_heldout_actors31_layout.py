"""Layout of the held-out set of actors round 31 (issue 13: people resolved to their states through a rank or title
alone before a name, a surname alone, or a state named elsewhere in the sentence; collected 2026-12-05 before any
change to the people rules): real news sentences of 2022-25 naming army chiefs and their hosts ("Lieutenant General
Stephen R Kelsey, vice-chief of the defense staff of Canada", "Chairman JCSC Gen Nadeem", "General Sigdel"), Nigeria's
service chiefs, Ukraine's ministers on the SBU's record, India's defence minister on the Tawang clash, the ambassadors
received by Sudan's foreign minister and by Iran's president, with the places they are in, each citing its page, with
the state of every named person and place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors31_layout():
    frame, items = read_actor_set("heldout_actors31.tsv", rows=28, pages=10, dated=27)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 66
    assert len([item for item in items if item.startswith("@")]) == 10
    assert len({item.rsplit("=", 1)[1] for item in items}) == 19
    assert sum(len(states.split()) for states in frame["states"]) == 65
    check_names_in_rows(frame, codes)


def test_heldout_actors31_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors31.tsv")
