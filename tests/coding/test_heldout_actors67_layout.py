"""Layout of the held-out set of actors round 67 (issue 13: officials quoted by a saying verb whose state the sentence
gives in the speaker's apposition or title, or not at all, as the pages come: "Chinese Foreign Ministry spokesperson
Mao Ning said at a regular press conference on Friday", "Yuriy Ihnat, a spokesperson for the Ukrainian Air Force,
dismissed the assertion as propaganda.", "John Kirby, White House national security communications adviser, said ...",
"This was stated by the spokesman of the Ministry of Foreign Affairs, Heorhiy Tykhyi, ...", "..., Kirby told Channel 12
News."; collected 2026-12-07 before any change to the people rules): real news and agency sentences of 2022-26, each
citing its page, with the state of every named person. Its scores are reported once in docs/coding.md, never asserted
here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors67_layout():
    frame, items = read_actor_set("heldout_actors67.tsv", rows=24, pages=17, dated=16)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 35
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 11
    assert sum(item.endswith("=USA") for item in items) == 11
    assert sum(item.endswith("=IRN") for item in items) == 5
    assert sum(item.endswith("=PHL") for item in items) == 5
    assert sum(len(states.split()) for states in frame["states"]) == 49
    check_names_in_rows(frame, codes)


def test_heldout_actors67_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors67.tsv")
