"""Layout of the held-out leaders set (issue 13, actors round, collected 2026-12-04 before any change to
the actor tables): real sentences naming office holders of many states and eras, each citing its page.
Its scores are reported once in docs/coding.md, never asserted here."""

import datetime as dt
from pathlib import Path

import pandas as pd

from latitude.countries import state_table

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "coding" / "heldout_leaders.tsv"


def test_heldout_leaders_layout():
    frame = pd.read_csv(FIXTURE, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["id", "url", "article_date", "text", "states"]
    assert len(frame) >= 120 and frame["id"].is_unique
    assert frame["url"].str.startswith(("http://", "https://")).all()
    assert frame["url"].nunique() >= 60
    for value in frame["article_date"]:
        if value:
            dt.date.fromisoformat(value)
    codes = set(state_table()["iso3"].dropna())
    labelled = {code for states in frame["states"] for code in states.split()}
    assert all(states.split() for states in frame["states"])
    assert labelled <= codes
    assert len(labelled) >= 30


def test_actor_scores_counts_states_of_people(tmp_path):
    from latitude.coding.evaluate import actor_scores

    path = tmp_path / "set.tsv"
    path.write_text(
        "id\turl\tarticle_date\ttext\tstates\n"
        "A\thttps://example.org\t2026-01-05\tPresident Lee Jae-myung met Xi Jinping in Beijing.\tKOR CHN\n"
        "B\thttps://example.org\t\tJapan and China held talks.\tJPN\n",
        encoding="utf-8",
    )
    rows = actor_scores(path).set_index("task")
    # A: both people found (2 of 2); B: no person named, so JPN (a country, not a person) is missed
    assert rows.loc["states of named people", "recall"] == 2 / 3
    assert rows.loc["states of named people", "precision"] == 1.0
    assert rows.loc["sentences with every state found", "recall"] == 0.5
