"""Layout of the held-out set of actors round 48 (issue 13: officials of international organisations no table holds:
the heads of the WTO, the IAEA, UNHCR, UNICEF, UNRWA and WFP, the AU Commission's chairperson, the OAS's secretary
general and his assistant, an EU commissioner and the European Commission's president, and the UN's special envoys
for Syria and Yemen, named with their office before or after the name ("WTO Director-General Ngozi Okonjo-Iweala",
"Maros Sefcovic, European Commissioner for Trade and Economic Security") and by surname alone ("Sefcovic stressed
that ..."); collected 2026-12-06 before any change to the people rules): real news sentences of 2022-26, each citing
its page, with the state of every named person (`IGO` for an official of an international organisation). Its scores
are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors48_layout():
    frame, items = read_actor_set("heldout_actors48.tsv", rows=48, pages=24, dated=16)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 57
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 7
    assert sum(item.endswith("=IGO") for item in items) == 46
    assert sum(len(states.split()) for states in frame["states"]) == 79
    check_names_in_rows(frame, codes)


def test_heldout_actors48_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors48.tsv")
