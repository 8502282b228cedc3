"""Layout of the held-out set of actors round 51 (issue 13: a person resolved from the article's own words: a
state's post written after the name, "Seyyed Abbas Araghchi, Iran's Foreign Minister", "Mike Johnson, speaker of the
US House of Representatives", "Kim Yong-hyun, former head of the Presidential Security Service, as defense minister",
and people sharing a surname with someone the tables hold: "Kim" for South Korea's defence minister Kim Yong-hyun,
"Johnson" for the US House speaker Mike Johnson, "Khan" for the ICC prosecutor Karim Khan; collected 2026-12-06
before any change to the people rules): real news sentences of 2022-26, each citing its page, with the state of every
named person (`IGO` for an official of an international organisation). Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors51_layout():
    frame, items = read_actor_set("heldout_actors51.tsv", rows=40, pages=20, dated=21)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 58
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 11
    assert sum(item.endswith("=KOR") for item in items) == 19
    assert sum(item.endswith("=IGO") for item in items) == 8
    assert sum(len(states.split()) for states in frame["states"]) == 71
    check_names_in_rows(frame, codes)


def test_heldout_actors51_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors51.tsv")
