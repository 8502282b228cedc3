"""Layout of the held-out set of actors round 18 (issue 13: foreign and other ministers, former leaders
and places below the capital; collected 2026-12-05 before any change to the actor tables): real
sentences, each citing its page, with the state of every named office holder and place. Its scores are
reported once in docs/coding.md, never asserted here."""

from latitude.countries import state_table

from actor_sets import check_names_in_rows, read_actor_set


def test_heldout_actors18_layout():
    frame, items = read_actor_set("heldout_actors18.tsv", rows=80, pages=50, dated=49)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    places = [item for item in items if item.startswith("@")]
    assert (len(items) - len(places), len(places)) == (109, 66)
    assert {item.rsplit("=", 1)[1] for item in items} <= codes
    assert len({item.rsplit("=", 1)[1] for item in items}) == 32
    check_names_in_rows(frame, codes)


def test_named_actor_scores_counts_names_and_states(tmp_path):
    from latitude.coding.evaluate import named_actor_scores

    path = tmp_path / "set.tsv"
    path.write_text(
        "id\turl\tarticle_date\ttext\tnames\tstates\n"
        "A\thttps://example.org\t2026-01-05\tPresident Lee Jae-myung met Xi Jinping in Beijing.\t"
        "Lee Jae-myung=KOR;Xi Jinping=CHN;@Beijing=CHN\tKOR CHN\n"
        "B\thttps://example.org\t\tJapan and China held talks in Zzyzxville.\t@Zzyzxville=USA\tJPN CHN USA\n",
        encoding="utf-8",
    )
    rows = named_actor_scores(path).set_index("task")
    # people: both found; places: Beijing found, the invented Zzyzxville not (1 of 2, none wrong)
    assert rows.loc["people: state of the name", "recall"] == 1.0
    assert rows.loc["places: state of the name", "recall"] == 0.5
    assert rows.loc["places: state of the name", "precision"] == 1.0
    # states: A finds KOR and CHN, B finds JPN and CHN: 4 of 5 labelled, none unlabelled
    assert rows.loc["states found", "recall"] == 4 / 5
    assert rows.loc["states found", "precision"] == 1.0
