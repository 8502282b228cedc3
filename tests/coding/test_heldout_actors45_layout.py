"""Layout of the held-out set of actors round 45 (issue 13: an organisation's official named later by surname alone:
the UN Secretary-General, the UN High Commissioner for Human Rights, the IAEA's director general, the WHO's
director-general, the IMF's managing director, NATO's secretary general, the EU's foreign policy chief, the African
Union Commission's chairperson and ASEAN's secretary-general, each named with the office first and by surname alone
after: "UN Secretary-General Antonio Guterres has called ..." then "... Guterres said", "The head of the European
Union's foreign policy, Kaya Kallas, ..." then "According to Kallas, her work as head of EU foreign policy is ...
more difficult than the position of Prime Minister of Estonia"; collected 2026-12-06 before any change to the people
rules): real news sentences of 2022-26, each citing its page, with the state of every named person (`IGO` for an
official of an international organisation). Its scores are reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors45_layout():
    frame, items = read_actor_set("heldout_actors45.tsv", rows=49, pages=20, dated=24)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 57
    assert not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 7
    assert sum(item.endswith("=IGO") for item in items) == 49
    assert sum(len(states.split()) for states in frame["states"]) == 76
    check_names_in_rows(frame, codes)


def test_heldout_actors45_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors45.tsv")
