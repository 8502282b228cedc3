"""Layout of the held-out set of actors round 92 (issue 13: people named in a possessive -- the untaken cell of actors
round 91's sort, "a possessive" -- beside the same people named in full or by the surname on the same page: "Prime
Minister Ishiba's visit to Korea follows ...", "China's furious response to Takaichi's comment is based ...",
"Yuri Ushakov and Kirill Dmitriev, Putin's investment envoy, were also present.", "Witkoff's latest visit to Moscow
comes a day after Trump criticised ..."; collected 2026-12-08 before any change to the people rules): real news
sentences of 2025, one to four sentences of a page in the page's order, each citing its page, with the state of every named
person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors92_layout():
    frame, items = read_actor_set("heldout_actors92.tsv", rows=15, pages=5, dated=15)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 31
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"USA", "JPN", "RUS", "KOR", "CHN"}
    assert sum(item.endswith("=USA") for item in items) == 12
    assert sum(item.endswith("=JPN") for item in items) == 8
    assert sum(item.endswith("=RUS") for item in items) == 8
    assert sum(len(states.split()) for states in frame["states"]) == 35
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 17
    check_names_in_rows(frame, codes)


def test_heldout_actors92_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors92.tsv")
