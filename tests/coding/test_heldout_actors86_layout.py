"""Layout of the held-out set of actors round 86 (issue 13: lesser-known officials tied to their states in the
sentence: spokespeople "Guo Jiakun, the newly appointed spokesperson for the Chinese Ministry of Foreign Affairs",
"Press Secretary of the Ministry of Foreign Affairs (MOFA) of Japan, Mr. KITAMURA Toshihiro", deputy ministers
"Belgium's Prime Minister Bart De Wever and Deputy Prime Minister and Foreign Minister Maxime Prévot", generals
"Nepal's Chief of Army Staff General Ashok Raj Sigdel", ambassadors listed with their states in brackets "Andres
Vosman (Estonia)", "the Chinese Ambassador-designate to Kenya, Guo Haiyan", "Vietnamese Ambassador to Mozambique Phạm
Hoàng Kim"; collected 2026-12-07 before any change to the people rules): real news sentences of 2024-25, each citing
its page, with the state of every named person. Its scores are reported once in docs/coding.md, never asserted
here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors86_layout():
    frame, items = read_actor_set("heldout_actors86.tsv", rows=12, pages=8, dated=8)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 35
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {
        "CHN", "VNM", "IND", "JPN", "NPL", "BEL", "EGY", "NZL", "EST", "LVA", "IGO", "SSD", "ZMB", "GRC", "CUB", "KOR",
        "AGO",
    }
    assert sum(item.endswith("=VNM") for item in items) == 6
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 2
    assert sum(len(states.split()) for states in frame["states"]) == 32
    check_names_in_rows(frame, codes)


def test_heldout_actors86_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors86.tsv", rows=12, pages=8, dated=8)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors86_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors86.tsv")
