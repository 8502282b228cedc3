"""Layout of the held-out set of actors round 64 (issue 13: a state given beside the person in a list or a long title,
as the pages come: foreign ministers of several states listed as counterparts ("Japan's Takeshi Iwaya and China's Wang
Yi", "his Jordanian counterpart Ayman Safadi and his Iraqi counterpart Fouad Hussein"), speakers and officers of
parliaments ("Speaker of the Jatiya Sangsad Shirin Sharmin Chaudhury", "Nguyen Khac Dinh, vice president of the
National Assembly of Vietnam"), and people with the state at the end of a long title ("Cho Tae-yeol, Minister of
Foreign Affairs of South Korea", "Minister of War Veterans and Rights Holders of Algeria Laid Rebiga"); collected
2026-12-07 before any change to the people rules): real news, agency, government and ministry sentences of 2022-25,
each citing its page, with the state of every named person. Its scores are reported once in docs/coding.md, never
asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors64_layout():
    frame, items = read_actor_set("heldout_actors64.tsv", rows=26, pages=12, dated=18)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 54
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 17
    assert sum(item.endswith("=VNM") for item in items) == 10
    assert sum(item.endswith("=KOR") for item in items) == 8
    assert sum(item.endswith("=JPN") for item in items) == 8
    assert sum(len(states.split()) for states in frame["states"]) == 64
    check_names_in_rows(frame, codes)


def test_heldout_actors64_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors64.tsv")
