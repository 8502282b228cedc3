"""Layout of the held-out set of actors round 88 (issue 13: lesser-known officials, spokespeople, lawmakers, diplomats
and an analyst whose states the sentence tells: an ambassador "Dato’ Tan Yang Thai, Ambassador of Malaysia", a
dateline's state "MANILA – National Security Adviser (NSA) Eduardo Año", lawmakers "Nairobi Senator Edwin Sifuna and
his Kisii and Busia counterparts Richard Onyonka and Okiya Omtatah", "Deputy Speaker Gladys Shollei", ministers
"Lithuanian Foreign Minister Kestutis Budrys", "Estonian Minister of Defence Hanno Pevkur", seven high commissioners
to Bangladesh of seven states; collected 2026-12-07 before any change to the people rules): real news sentences of
2024-25, each citing its page, with the state of every named person. Its scores are reported once in docs/coding.md,
never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors88_layout():
    frame, items = read_actor_set("heldout_actors88.tsv", rows=13, pages=11, dated=5)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 24
    assert not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} == {
        "MYS", "PHL", "KEN", "LTU", "EST", "LVA", "IND", "GBR", "CAN", "PAK", "LKA", "MDV", "BGD"
    }
    assert sum(item.endswith("=KEN") for item in items) == 4
    assert not [item for item in items if " " not in item.rsplit("=", 1)[0]]
    assert sum(len(states.split()) for states in frame["states"]) == 31
    check_names_in_rows(frame, codes)


def test_heldout_actors88_keeps_each_pages_rows_together_full_name_first():
    frame, _ = read_actor_set("heldout_actors88.tsv", rows=13, pages=11, dated=5)
    urls = list(frame["url"])
    assert all(urls.index(url) + urls.count(url) - 1 == len(urls) - 1 - urls[::-1].index(url) for url in set(urls))
    for url in set(urls):
        first = frame[frame["url"] == url].iloc[0]
        assert any(" " in item.rsplit("=", 1)[0] for item in first["names"].split(";"))


def test_heldout_actors88_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors88.tsv")
