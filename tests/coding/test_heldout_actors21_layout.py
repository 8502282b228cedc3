"""Layout of the held-out set of actors round 21 (issue 13: people named in history and in other spellings;
collected 2026-12-05 before any change to the name tables): real sentences, one per page, from news of
2002-2026 and from features, history and anniversary pieces that name leaders of earlier decades (Nixon and
Zhou Enlai, Kim Dae-jung and Kim Jong Il, Reagan and Gorbachev, Sadat and Begin, Nehru, Tito and Nasser,
Vajpayee and Nawaz Sharif, Kohl and Mitterrand, Brandt, Tanaka, Rajiv Gandhi), and names in other
transliterations or with titles ("Amir-Abdollahian", "Amirabdollahian", "Araqchi", "Chou En-lai",
"Zhou-en-Lai", "Moamer Kadhafi", "Qaddafi", "el-Sissi", "Sheikh Mohamed", "Alyaksandr Lukashenka"), each
citing its page, with the state of every named office holder. Its scores are reported once in
docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, check_shares_no_page_or_sentence, read_actor_set


def test_heldout_actors21_layout():
    frame, items = read_actor_set("heldout_actors21.tsv", rows=90, pages=90, dated=38)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    assert len(items) == 163 and not [item for item in items if item.startswith("@")]
    assert len({item.rsplit("=", 1)[1] for item in items}) == 29
    assert sum(len(states.split()) for states in frame["states"]) == 195
    check_names_in_rows(frame, codes)


def test_heldout_actors21_shares_no_page_or_sentence_with_earlier_sets():
    check_shares_no_page_or_sentence("heldout_actors21.tsv")
