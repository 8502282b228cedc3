"""Layout of the held-out set of actors round 68 (issue 13: heads and spokespeople of the UN, its agencies, the EU,
NATO, and the IAEA named beside state officials, as the pages come: "Iranian Foreign Minister Abbas
Araghchi held a meeting with Rafael Grossi, Director General of the International Atomic Energy Agency, ...", "Mark
Rutte, the secretary general of NATO, met with Trump ...", "Rutte, who was Dutch prime minister for almost 14 years,
...", "EU foreign policy chief Kaja Kallas said she will visit the United States ...", "UNICEF Executive Director
Catherine Russel met with Japanese Foreign Minister Takeshi Iwaya."; collected 2026-12-07 before any change to the
people rules): real news and agency sentences of 2022-26, each citing its page, with the state of every named person
(an international official `IGO`). Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors68_layout():
    frame, items = read_actor_set("heldout_actors68.tsv", rows=21, pages=15, dated=12)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 37
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 8
    assert sum(item.endswith("=IGO") for item in items) == 19
    assert sum(item.endswith("=IRN") for item in items) == 5
    assert sum(item.endswith("=USA") for item in items) == 5
    assert sum(len(states.split()) for states in frame["states"]) == 45
    check_names_in_rows(frame, codes)


def test_heldout_actors68_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors68.tsv")
