"""Layout of the held-out set of actors round 20 (issue 13: places the place table does not know, towns,
districts, valleys, sectors, crossings, bases, islands; collected 2026-12-05 before any change to the place
table): real news sentences of 2015-2026, one per page, each citing its page, with the state of every
named place. Its scores are reported once in docs/coding.md, never asserted here."""

import datetime as dt
from pathlib import Path

import pandas as pd

from latitude.countries import state_table

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "coding" / "heldout_actors20.tsv"


def test_heldout_actors20_layout():
    frame = pd.read_csv(FIXTURE, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["id", "url", "article_date", "text", "names", "states"]
    assert len(frame) == 78 and frame["id"].is_unique
    assert frame["url"].str.startswith(("http://", "https://")).all()
    assert frame["url"].nunique() == 78
    assert (frame["article_date"] != "").sum() == 36
    for value in frame["article_date"]:
        if value:
            dt.date.fromisoformat(value)
    codes = set(state_table()["iso3"].dropna())
    items = [item for names in frame["names"] for item in names.split(";")]
    assert len(items) == 163 and all(item.startswith("@") for item in items)
    assert len({item.rsplit("=", 1)[1] for item in items}) == 23
    assert sum(len(states.split()) for states in frame["states"]) == 117
    for row in frame.itertuples():
        states = row.states.split()
        assert set(states) <= codes
        for item in row.names.split(";"):
            name, code = item.rsplit("=", 1)
            assert name.lstrip("@") in row.text and code in states
