"""Layout of the held-out set of actors round 19 (issue 13: office holders up to 2026; collected 2026-12-05
before any change to the name tables): real news sentences of 2023-2026, each citing its page, with the
state of every named office holder (heads, ministers, deputies, envoys; people only, no places). Its
scores are reported once in docs/coding.md, never asserted here."""

import datetime as dt
from pathlib import Path

import pandas as pd

from latitude.countries import state_table

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "coding" / "heldout_actors19.tsv"


def test_heldout_actors19_layout():
    frame = pd.read_csv(FIXTURE, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["id", "url", "article_date", "text", "names", "states"]
    assert len(frame) == 75 and frame["id"].is_unique
    assert frame["url"].str.startswith(("http://", "https://")).all()
    assert frame["url"].nunique() == 41
    assert (frame["article_date"] != "").sum() == 47
    for value in frame["article_date"]:
        if value:
            assert dt.date(2023, 1, 1) <= dt.date.fromisoformat(value) <= dt.date(2026, 12, 31)
    codes = set(state_table()["iso3"].dropna()) | {"IGO"}
    items = [item for names in frame["names"] for item in names.split(";")]
    assert len(items) == 146 and not [item for item in items if item.startswith("@")]
    assert {item.rsplit("=", 1)[1] for item in items} <= codes
    assert len({item.rsplit("=", 1)[1] for item in items}) == 28
    for row in frame.itertuples():
        states = row.states.split()
        assert set(states) <= codes
        for item in row.names.split(";"):
            name, code = item.rsplit("=", 1)
            assert name in row.text and code in states
