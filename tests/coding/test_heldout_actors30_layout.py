"""Layout of the held-out set of actors round 30 (issue 13: people resolved to their states through an office a person
or a state's adjective owns, an office with an ordinal, or a body named by an acronym; collected 2026-12-05 before
any change to the people rules): real news sentences of 2023-25 naming envoys and aides ("President Donald Trump's
special envoy for hostage response, Adam Boehler", "Russian presidential aide Yuri Ushakov"), first and second
ministers and deputies ("First Deputy Head of the Administration of the President of Belarus Maksim Ryzhenkov",
"Second Minister for Foreign Affairs Maliki Osman"), spokespeople and the delegations of Russia, Ukraine, the US,
China, Pakistan and Afghanistan, with the places they are in, each citing its page, with the state of every named
person and place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors30_layout():
    frame, items = read_actor_set("heldout_actors30.tsv", rows=64, pages=21, dated=38)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 139
    assert len([item for item in items if item.startswith("@")]) == 24
    assert len({item.rsplit("=", 1)[1] for item in items}) == 15
    assert sum(len(states.split()) for states in frame["states"]) == 123
    check_names_in_rows(frame, codes)


def test_heldout_actors30_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors30.tsv")
