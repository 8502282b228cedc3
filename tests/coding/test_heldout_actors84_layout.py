"""Layout of the held-out set of actors round 84 (issue 13: officials of international organisations named by the
organisation, the office and the name, with states named beside them: "Rafael Grossi, Director General of the
International Atomic Energy Agency (IAEA)" then "Grossi emphasized", "WHO Director-General Tedros Adhanom
Ghebreyesus" then "Israel's ambassador said Tedros' comments", "The IMF Managing Director, Kristalina Georgieva" and
"the IMF Resident Representative in Ghana, Dr. Leandro Medina" beside the Bank of Ghana's governor, "Georgieva, a
national of Bulgaria", "The Director-General of the World Trade Organisation (WTO), Ngozi Okonjo-Iweala" then
"China's Ambassador to the WTO, Li Chenggang", "UN Special Envoy for Yemen, Hans Grundberg", "Catherine Russell is
the Executive Director of UNICEF"; collected 2026-12-07
before any change to the people rules): real news sentences of 2024-25, each citing its page, with the state (or
`IGO`) of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors84_layout():
    frame, items = read_actor_set("heldout_actors84.tsv", rows=14, pages=8, dated=10)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 16
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"IGO", "GHA", "CHN"}
    assert sum(item.endswith("=IGO") for item in items) == 14
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 4
    assert sum(len(states.split()) for states in frame["states"]) == 30
    check_names_in_rows(frame, codes)


def test_heldout_actors84_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors84.tsv", rows=14, pages=8, dated=10)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors84_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors84.tsv")
