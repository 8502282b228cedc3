"""Layout of the held-out set of actors round 82 (issue 13: officials of international organisations named by office
and name or surname, some of them former national leaders or ministers, with states named beside them: the Pacific
Islands Forum's "former Nauru President Baron Waqa" then "Waqa succeeded Henry Puna", the Council of Europe's "Former
Swiss President Alain Berset", the UNHCR's "Former Iraqi President Barham Salih" then "Salih", the General Assembly's
"Cameroon's former Prime Minister, Philemon Yang" and "Annalena Baerbock, a former German foreign minister", the
OSCE's "Former Turkish Foreign Minister Feridun Sinirlioglu", the Commonwealth's "Madam Botchwey, former Ghanaian
Minister of Foreign Affairs", the EU's "Former prime minister of Estonia Kaja Kallas" then "Kallas"; collected
2026-12-07 before any change to the people rules): real news sentences of 2024-26, each citing its page, with the
state (or `IGO`) of every named person. Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors82_layout():
    frame, items = read_actor_set("heldout_actors82.tsv", rows=19, pages=12, dated=11)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 23
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {"IGO", "CHE", "GBR"}
    assert sum(item.endswith("=IGO") for item in items) == 21
    assert sum(" " not in item.rsplit("=", 1)[0] for item in items) == 6
    assert sum(len(states.split()) for states in frame["states"]) == 40
    check_names_in_rows(frame, codes)


def test_heldout_actors82_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors82.tsv", rows=19, pages=12, dated=11)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors82_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors82.tsv")
