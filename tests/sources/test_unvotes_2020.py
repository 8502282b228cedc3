"""The dgrtwo release of UN votes (to 2019): counts and vote codes against the raw .rda files."""
from __future__ import annotations

import pyreadr


def test_counts_and_korea_vote(store_con, mirror) -> None:
    votes = pyreadr.read_r(str(mirror / "unvotes_dgrtwo" / "un_votes.rda"))["un_votes"]
    calls = pyreadr.read_r(str(mirror / "unvotes_dgrtwo" / "un_roll_calls.rda"))["un_roll_calls"]
    assert store_con.execute("SELECT count(*) FROM un_votes_2020").fetchall()[0][0] == len(votes) == 870_109
    assert store_con.execute("SELECT count(*) FROM un_roll_calls_2020").fetchall()[0][0] == len(calls)
    # SUMMARY.md: South Korea abstained on rcid 3587 and voted yes on 3588
    assert store_con.execute("SELECT rcid, vote, iso3, cow FROM un_votes_2020 WHERE country = 'South Korea' "
                             "AND rcid IN (3587, 3588) ORDER BY rcid").fetchall() == \
        [(3587, 2, "KOR", 732), (3588, 1, "KOR", 732)]
    assert store_con.execute("SELECT max(session), max(year) FROM un_roll_calls_2020").fetchall() == [(74, 2020)]  # session 74 ran to January 2020
