"""latitude's own leaders table (2016 on): who is in office on a date, the table's integrity, and
its latest rows checked against the open-data-archive current-leaders snapshot of 2026-08-22."""
from __future__ import annotations

import datetime as dt
import itertools
import unicodedata

import pandas as pd
import pytest

from latitude import leaders
from latitude.errors import LatitudeError
from latitude.sources import leaders_current

# G20 member states (g20.org, "About the G20": 19 countries plus the EU and the African Union,
# which are not states and have no ISO3 in latitude.countries).
G20_STATES = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
              "SAU", "ZAF", "TUR", "GBR", "USA"}


def names(frame: pd.DataFrame) -> list[str]:
    return sorted(frame["leader"])


def test_in_office_on_the_issues_dates() -> None:
    # President Lee Jae-myung from 2025-06-04 (inaugurated the day the election was certified);
    # on that day the acting president Lee Ju-ho handed over.
    assert names(leaders.in_office("KOR", "2025-06-04")) == ["Lee Jae-myung", "Lee Ju-ho"]
    assert names(leaders.in_office("KOR", "2025-06-05")) == ["Lee Jae-myung"]
    # Prime Minister Takaichi from 2025-10-21, elected by the Diet that day (Ishiba resigned that day).
    assert names(leaders.in_office("JPN", "2025-10-22", role="head of government")) == ["Sanae Takaichi"]
    assert names(leaders.in_office("JPN", dt.date(2025, 10, 21), role="head of government")) == \
        ["Sanae Takaichi", "Shigeru Ishiba"]
    assert names(leaders.in_office("JPN", "2025-10-22", role="head of state")) == ["Naruhito"]
    # US presidents are inaugurated on 20 January (20th Amendment).
    assert names(leaders.in_office("USA", "2017-06-01")) == ["Donald Trump"]
    assert names(leaders.in_office("USA", "2021-06-01")) == ["Joe Biden"]
    assert names(leaders.in_office("United States", pd.Timestamp("2025-06-01"))) == ["Donald Trump"]
    assert names(leaders.in_office("CHN", "2016-01-01", role="head of state")) == ["Xi Jinping"]
    assert names(leaders.in_office("RUS", "2016-01-01", role="head of state")) == ["Vladimir Putin"]


def test_korean_acting_presidents() -> None:
    # Yoon Suk Yeol's powers were suspended by his impeachment on 2024-12-14; Han Duck-soo acted,
    # was himself impeached on 2024-12-27 (Choi Sang-mok acted), reinstated on 2025-03-24.
    acting = {day: [r.leader for r in leaders.in_office("KOR", day).itertuples() if r.title == "Acting President"]
              for day in ("2025-01-15", "2025-04-10", "2025-05-20")}
    assert acting == {"2025-01-15": ["Choi Sang-mok"], "2025-04-10": ["Han Duck-soo"], "2025-05-20": ["Lee Ju-ho"]}
    # Yoon stayed president (suspended) until the Constitutional Court removed him on 2025-04-04.
    assert "Yoon Suk Yeol" in names(leaders.in_office("KOR", "2025-01-15"))
    assert "Yoon Suk Yeol" not in names(leaders.in_office("KOR", "2025-04-05"))


def test_bad_requests_are_one_line_errors() -> None:
    cases = [(("KOR", "2015-06-01"), "before latitude's leaders table"),
             (("NOR", "2020-01-01"), "does not cover NOR"),
             (("Narnia", "2020-01-01"), "unknown country"),
             (("KOR", "June 2020"), "is not a date"),
             (("KOR", "2020-01-01", "king"), "unknown role")]
    for args, message in cases:
        with pytest.raises(LatitudeError, match=message) as exc:
            leaders.in_office(*args)
        assert "\n" not in str(exc.value)


def test_coverage_g20_and_korea_region() -> None:
    assert G20_STATES | {"PRK"} <= set(leaders.covered())


def intervals(table: pd.DataFrame, iso3: str, role: str) -> list[tuple[dt.date, dt.date]]:
    rows = table[(table["iso3"] == iso3) & table["role"].isin([role, "head of state and government"])]
    return sorted((r.startdate, r.enddate or leaders.CHECKED_THROUGH) for r in rows.itertuples())


def test_every_day_has_a_head_of_state_and_of_government() -> None:
    """No gap of a day from 2016-01-01 to the check date, per state and office (except the two offices
    the table does not cover: North Korea's and Taiwan's premiers)."""
    table = leaders.since_2016()
    not_covered = {("PRK", "head of government"), ("TWN", "head of government")}
    gaps = []
    for iso3 in leaders.covered():
        for role in ("head of state", "head of government"):
            spans = intervals(table, iso3, role)
            if (iso3, role) in not_covered:
                assert all(r != "head of government" for r in table.loc[table["iso3"] == iso3, "role"])
                continue
            reached = leaders.FIRST_DAY - dt.timedelta(days=1)
            for start, end in spans:
                if start > reached + dt.timedelta(days=1):
                    gaps.append((iso3, role, reached, start))
                reached = max(reached, end)
            if reached < leaders.CHECKED_THROUGH:
                gaps.append((iso3, role, reached, None))
    assert gaps == []


def test_effective_leaders_do_not_overlap() -> None:
    """The effective leader (Archigos's concept: one per state) changes hands at most on a handover day."""
    table = leaders.since_2016()
    for iso3, rows in table[table["effective"]].groupby("iso3"):
        spans = sorted((r.startdate, r.enddate or dt.date.max, r.leader) for r in rows.itertuples())
        for (_, end, who), (start, _, nxt) in itertools.pairwise(spans):
            assert start >= end or who == nxt, (iso3, who, nxt)
    assert not table.loc[table["title"].str.startswith("Acting"), "effective"].any()


def test_every_row_cites_a_source() -> None:
    table = leaders.since_2016()
    assert table["source"].str.match(r"https://[a-z.]+\.[a-z]+/\S+$").all()
    assert table["startdate"].map(lambda d: isinstance(d, dt.date)).all()


def test_malformed_tables(tmp_path) -> None:
    header = ",".join(leaders.COLUMNS)
    good = "KOR,Moon Jae-in,head of state and government,President,2017-05-10,2022-05-10,true,,,https://x.org/a"
    cases = {
        "iso3,leader\nKOR,Moon\n": r"missing column\(s\) role",
        f"{header}\n{good.replace('2017-05-10', '10/05/2017')}\n": "startdate '10/05/2017' of Moon Jae-in is not a date",
        f"{header}\n{good.replace('head of state and government', 'monarch')}\n": "unknown role",
        f"{header}\n{good.replace('2022-05-10', '2012-05-10')}\n": "ends 2012-05-10 before starting",
        f"{header}\n{good.replace('https://x.org/a', 'Wikipedia')}\n": "has no source URL",
        f"{header}\n{good.replace(',true,', ',yes,')}\n": "effective must be true or false",
    }
    for i, (text, message) in enumerate(cases.items()):
        path = tmp_path / f"leaders{i}.csv"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(LatitudeError, match=message) as exc:
            leaders.parse(path)
        assert "\n" not in str(exc.value)


# ---------------------------------------------------------------- the snapshot check

def _key(name: str) -> frozenset[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return frozenset(plain.replace("-", " ").replace(".", " ").split())


# Names the snapshot spells another way (the same person).
SAME_PERSON = {"Bongbong Marcos": "Ferdinand Marcos Jr."}

# Every disagreement between latitude's table and the snapshot of 2026-08-22, with the reason.
DOCUMENTED = {
    ("SAU", "head of state", "leader"): "known snapshot error (mirror SUMMARY.md): Mohammed bin Salman is prime "
                                       "minister since 2022-09-27; the head of state is King Salman (since 2015-01-23)",
    ("SAU", "head of state", "start_date"): "same snapshot error (the date is MBS's prime-ministership)",
    ("CAN", "head of government", "start_date"): "snapshot gives no start date for Mark Carney (in office since "
                                                  "2025-03-14)",
    ("GBR", "head of government", "leader"): "snapshot reports Prime Minister Andy Burnham from 2026-07-20, a change "
                                             "the mirror's curator did not verify and latitude could not source; "
                                             "latitude keeps Keir Starmer, the last verified holder",
    ("GBR", "head of government", "start_date"): "same unverified 2026 change",
    ("TUR", "head of government", "start_date"): "the snapshot dates Erdogan's headship of government from his "
                                                 "presidency (2014-08-28); the president became head of government "
                                                 "when the prime minister's office was abolished on 2018-07-09",
}


def term_start(table: pd.DataFrame, iso3: str, role: str, leader: str, day: dt.date) -> dt.date:
    """When `leader` began holding `role` without interruption up to `day` (joins a person's
    consecutive rows, e.g. Erdogan as head of state before and after 2018-07-09)."""
    spans = [s for s in intervals(table[table["leader"] == leader], iso3, role) if s[0] <= day]
    start = max(s for s, _ in spans)
    for s, e in sorted(spans, reverse=True):
        if e >= start >= s:
            start = s
    return start


def test_latest_rows_against_the_snapshot(mirror) -> None:
    folder = mirror / "leaders_current_2026"
    day = leaders_current.snapshot_date(folder / "all-leaders.json")
    assert day == leaders.CHECKED_THROUGH
    snapshot = leaders_current.parse(folder / "all-leaders.csv", day)
    snapshot = snapshot[snapshot["iso3"].isin(leaders.covered())]
    table = leaders.since_2016()
    compared, disagreements = 0, {}
    for row in snapshot.itertuples():
        ours = leaders.in_office(row.iso3, day, role=row.role)
        assert len(ours) == 1, (row.iso3, row.role, list(ours["leader"]))
        ours = ours.iloc[0]
        theirs = SAME_PERSON.get(row.leader, row.leader)
        compared += 1
        if _key(theirs) != _key(ours["leader"]):
            disagreements[(row.iso3, row.role, "leader")] = (row.leader, ours["leader"])
        start = term_start(table, row.iso3, row.role, ours["leader"], day)
        if pd.isna(row.start_date) or row.start_date != start:
            disagreements[(row.iso3, row.role, "start_date")] = (row.start_date, start)
    # 20 covered states in the snapshot (the G20 states and the Philippines), two offices each
    assert compared == 40
    assert set(disagreements) == set(DOCUMENTED), disagreements
    assert disagreements[("GBR", "head of government", "leader")] == ("Andy Burnham", "Keir Starmer")
    assert disagreements[("SAU", "head of state", "leader")] == ("Mohammed bin Salman", "Salman bin Abdulaziz")
