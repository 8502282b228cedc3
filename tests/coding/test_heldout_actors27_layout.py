"""Layout of the held-out set of actors round 27 (issue 13: envoys, spokespeople, deputies and ministers of
2020-2026 named with an office that has a complement, an ordinal or a body, or with no state beside the name;
collected 2026-12-05 before any change to the people rules): real news sentences naming deputy foreign ministers,
ministers of state, special envoys and representatives, spokespeople and their counterparts of many states
("Deputy Foreign Minister of Russia Mikhail Galuzin", "Sung Kim, the Joe Biden administration's special envoy on
North Korean affairs", "Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang"), each citing its page, with
the state of every named person and place. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors27_layout():
    frame, items = read_actor_set("heldout_actors27.tsv", rows=70, pages=19, dated=48)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 141
    assert len([item for item in items if item.startswith("@")]) == 27
    assert len({item.rsplit("=", 1)[1] for item in items}) == 30
    assert sum(len(states.split()) for states in frame["states"]) == 140
    check_names_in_rows(frame, codes)


def test_heldout_actors27_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors27.tsv")
