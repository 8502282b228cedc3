"""Voeten's raw vote file in the official layout (codes 1-9) and the descriptions spreadsheet."""
from __future__ import annotations

import pandas as pd
import pyreadr
import pytest

from latitude.errors import LatitudeError
from latitude.sources import _base, voeten


@pytest.fixture(scope="module")
def raw(mirror):
    return pyreadr.read_r(str(mirror / "unvotes_dgrtwo" / "UNVotesPublished.RData"))["x"]


def test_counts_by_vote_code_match_raw(store_con, raw) -> None:
    got = dict(store_con.execute("SELECT vote, count(*) FROM un_votes_voeten GROUP BY vote").fetchall())
    assert got == {int(k): int(v) for k, v in raw["vote"].value_counts().items()}
    assert set(got) == {1, 2, 3, 8, 9}  # absent (8) and non-member (9) kept, unlike the unvotes package


def test_korea_rows(store_con, raw) -> None:
    # SUMMARY.md: South Korea (COW 732) was not a member (9) at rcid 3 in 1946
    assert store_con.execute("SELECT vote, iso3, session, year FROM un_votes_voeten WHERE ccode = 732 AND rcid = 3"
                             ).fetchall() == [(9, "KOR", 1, 1946)]
    expected = raw[(raw.ccode == 732) & (raw.rcid == 3587)].iloc[0]
    assert store_con.execute("SELECT vote, date FROM un_votes_voeten WHERE ccode = 732 AND rcid = 3587").fetchall() == \
        [(int(expected.vote), pd.to_datetime(expected.date, format="%m/%d/%Y").date())]


def test_descriptions_spreadsheet(store_con, mirror) -> None:
    sheet = pd.read_excel(mirror / "unvotes_dgrtwo" / "descriptions1-70latestversion.xls")
    assert store_con.execute("SELECT count(*) FROM un_descriptions_voeten").fetchall()[0][0] == len(sheet)
    first = sheet.iloc[0]
    assert store_con.execute("SELECT yes, no, abstain, unres FROM un_descriptions_voeten WHERE rcid = ?",
                             [int(first.rcid)]).fetchall() == [(first.yes, first.no, first.abstain, first.unres)]


def test_vote_code_outside_one_to_nine_is_an_error(monkeypatch, raw) -> None:
    bad = raw.head(3).copy()
    bad.loc[bad.index[1], "vote"] = 7
    monkeypatch.setattr(_base, "read_rda", lambda path, obj=None: bad)
    with pytest.raises(LatitudeError, match=r"votes.RData: unexpected value\(s\) 7 in column vote") as exc:
        voeten._votes("votes.RData")
    assert "\n" not in str(exc.value)
