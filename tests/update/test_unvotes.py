"""UN Digital Library voting-data updater against a recorded file list and CSV on 127.0.0.1.

The CSV is in the library's published layout (data dictionary of record 4060887, "UN General
Assembly Voting Data: Description and Terms of Use": undl_id, ms_code, ms_name, ms_vote Y/N/A/X,
date, session, resolution, draft, committee_report, meeting, title, agenda_title, subjects,
vote_note, total_yes, total_no, total_abstentions, total_non_voting, total_ms, undl_link), filled
with the real votes of sessions 75-77 from the mirror (unvotes_bensoltoff_2024/, Voeten's data; the
first 25 roll calls of each session):
cast votes as Y/N/A, members who cast no vote on a roll call as X. The mirror has no library ids,
so undl_id is 4,000,000 + Voeten's rcid (the real ids are seven-digit numbers too). The file list
is the library's file API answer, a JSON list of {name, url, format} (as mocked in
app/un_data_stream tests of public UN-data projects and used by them against
https://digitallibrary.un.org/api/v1/file?recid=4060887).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pyreadr
import pytest

from latitude import store
from latitude.catalogue import catalogue
from latitude.errors import LatitudeError
from latitude.sources import unvotes as unvotes_source
from latitude.update import common, unvotes

from .conftest import Reply, closed_port_url

LAYOUT = ["undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "draft", "committee_report",
          "meeting", "title", "agenda_title", "subjects", "vote_note", "total_yes", "total_no", "total_abstentions",
          "total_non_voting", "total_ms", "undl_link"]
OFFSET = 4_000_000
CALLS_PER_SESSION = 25          # the first 25 roll calls of each session keep the test quick


@pytest.fixture(scope="module")
def voeten(mirror: Path) -> dict[str, pd.DataFrame]:
    """Voeten's roll calls and cast votes (2024 release) in the store's layout."""
    folder = mirror / "unvotes_bensoltoff_2024"
    raw = pyreadr.read_r(str(folder / "un_votes.rda"))["un_votes"]
    calls = pyreadr.read_r(str(folder / "un_roll_calls.rda"))["un_roll_calls"]
    calls = calls.assign(rcid=calls["rcid"].astype("int64"), session=calls["session"].astype("int64"),
                         date=pd.to_datetime(calls["date"]), importantvote=pd.NA, amend=0, para=0,
                         **{flag: 0 for flag in unvotes.ISSUES})
    calls["year"] = calls["date"].dt.year
    calls = calls[calls["session"] >= 75].groupby("session").head(CALLS_PER_SESSION)
    raw = raw[raw["rcid"].isin(calls["rcid"])]
    votes = pd.DataFrame({"rcid": raw["rcid"].astype("int64"), "country": raw["country"].astype(str),
                          "country_code": raw["country_code"].astype(str),
                          "vote": raw["vote"].astype(str).map({"yes": 1, "abstain": 2, "no": 3})})
    votes = votes.merge(unvotes_source.country_keys(votes["country"]), on="country")   # as the unvotes source keys them
    votes = votes.merge(calls[["rcid", "year", "session"]], on="rcid")
    return {"calls": calls[["rcid", "session", "year", "date", "importantvote", "unres", "amend", "para", "short",
                            "descr", *unvotes.ISSUES]], "votes": votes}


_BUILT: dict[tuple, bytes] = {}


def library_csv(voeten: dict[str, pd.DataFrame], sessions: tuple[int, ...], bad_vote: bool = False) -> bytes:
    """The library's CSV for `sessions` (built once per test run)."""
    if (sessions, bad_vote) not in _BUILT:
        _BUILT[(sessions, bad_vote)] = _library_csv(voeten, sessions, bad_vote)
    return _BUILT[(sessions, bad_vote)]


def _library_csv(voeten: dict[str, pd.DataFrame], sessions: tuple[int, ...], bad_vote: bool) -> bytes:
    calls = voeten["calls"][voeten["calls"]["session"].isin(sessions)]
    votes = voeten["votes"][voeten["votes"]["session"].isin(sessions)]
    members = {s: g[["iso3", "country"]].drop_duplicates("iso3") for s, g in votes.groupby("session")}
    by_call = dict(tuple(votes.groupby("rcid")))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(LAYOUT)
    letters = {1: "Y", 2: "A", 3: "N"}
    for call in calls.itertuples(index=False):
        cast = by_call[call.rcid]
        absent = members[call.session][~members[call.session]["iso3"].isin(cast["iso3"])]
        totals = [int((cast["vote"] == v).sum()) for v in (1, 3, 2)] + [len(absent), len(members[call.session])]
        lines = [(i, n, letters[int(v)]) for i, n, v in cast[["iso3", "country", "vote"]].itertuples(index=False)]
        lines += [(i, n, "X") for i, n in absent.itertuples(index=False)]
        for iso, name, vote in lines:
            writer.writerow([OFFSET + call.rcid, iso, name.upper(), "Q" if bad_vote else vote,
                             call.date.strftime("%Y-%m-%d"), int(call.session), call.unres, "", "", "", call.short,
                             call.descr, "", "", *totals, f"https://digitallibrary.un.org/record/{OFFSET + call.rcid}"])
    return out.getvalue().encode()


def listing(*names: str) -> Reply:
    files = [{"name": n, "url": f"https://digitallibrary.un.org/record/4060887/files/{n}.csv", "format": ".csv"}
             for n in names]
    files.append({"name": "2025_7_23_ga_voting_md", "url": "https://digitallibrary.un.org/record/4060887/files/"
                  "2025_7_23_ga_voting_md.md", "format": ".md"})
    return Reply(200, json.dumps(files).encode(), {"Content-Type": "application/json"})


@pytest.fixture()
def store_to_76(con, voeten):
    """A store whose UN votes end with session 76, as a Voeten release would."""
    calls = voeten["calls"][voeten["calls"]["session"].isin([75, 76])]
    votes = voeten["votes"][voeten["votes"]["session"].isin([75, 76])]
    con.register("c", calls)
    con.register("v", votes)
    con.execute("CREATE TABLE un_roll_calls AS SELECT * FROM c")
    con.execute("CREATE TABLE un_votes AS SELECT * FROM v")
    common.write_provenance(con, unvotes_source.INFO, {"un_votes": len(votes), "un_roll_calls": len(calls)},
                            (int(calls["year"].min()), int(calls["year"].max())), [], "Voeten to session 76")
    return con


def test_newer_sessions_appended_as_cast_votes(loopback, client, store_to_76, home, voeten) -> None:
    con = store_to_76
    body = library_csv(voeten, (76, 77))
    loopback.add("/api/v1/file", listing("2024_09_12_ga_resolutions_voting", "2025_7_23_ga_voting"))
    loopback.file("/record/4060887/files/2025_7_23_ga_voting.csv", body, cut=len(body) // 2)
    result = unvotes.update(con, url=loopback.url, client=client)

    expected = voeten["votes"][voeten["votes"]["session"] == 77]
    got = con.execute("SELECT rcid - ? AS rcid, iso3, vote FROM un_votes WHERE session = 77", [OFFSET]).df()
    key = ["rcid", "iso3", "vote"]
    assert len(got) == len(expected)
    assert got.sort_values(key).reset_index(drop=True).astype(str).equals(
        expected[key].sort_values(key).reset_index(drop=True).astype(str))
    n77 = int((voeten["calls"]["session"] == 77).sum())
    assert con.execute("SELECT count(*) FROM un_roll_calls WHERE session = 77").fetchall() == [(n77,)]
    assert con.execute("SELECT count(*) FROM un_roll_calls WHERE session = 76").fetchall() == \
        [(int((voeten["calls"]["session"] == 76).sum()),)]                       # not appended twice
    flags = con.execute("SELECT count(*) FILTER (hr IS NULL), count(*) FILTER (amend = 0) FROM un_roll_calls "
                        "WHERE session = 77").fetchall()[0]
    assert flags == (n77, n77)                          # issue flags missing, never 0
    prov = store.provenance(con).set_index("source").loc["unvotes_undl"]
    assert "file of 2025-07-23" in prov["version"] and json.loads(prov["files"])[0]["sessions"] == [77]
    years = voeten["calls"].loc[voeten["calls"]["session"] == 77, "year"]
    assert (prov["coverage_start"], prov["coverage_end"]) == (years.min(), years.max())
    # the catalogue now sees un_votes reaching the appended years, whichever source row it reads
    calls = voeten["calls"][voeten["calls"]["session"] >= 75]
    assert catalogue(con).coverage("un_votes") == (calls["year"].min(), calls["year"].max())
    ranged = [s for s in loopback.seen if s.path.endswith(".csv")]
    assert ranged[-1].headers["Range"] == f"bytes={len(body) // 2}-"     # the cut download resumed
    assert result.tables == {"un_votes": len(expected), "un_roll_calls": n77}


def test_newer_file_replaces_the_sessions_it_added(loopback, client, store_to_76, home, voeten) -> None:
    con = store_to_76
    loopback.add("/api/v1/file", listing("2025_7_23_ga_voting"))
    loopback.file("/record/4060887/files/2025_7_23_ga_voting.csv", library_csv(voeten, (77,)))
    unvotes.update(con, url=loopback.url, client=client)
    before = con.execute("SELECT count(*) FROM un_votes").fetchall()
    loopback.add("/api/v1/file", listing("2025_7_23_ga_voting", "2026_02_06_ga_voting"))
    loopback.file("/record/4060887/files/2026_02_06_ga_voting.csv", library_csv(voeten, (77,)))
    unvotes.update(con, url=loopback.url, client=client)
    assert con.execute("SELECT count(*) FROM un_votes").fetchall() == before
    assert "file of 2026-02-06" in store.provenance(con).set_index("source").loc["unvotes_undl", "version"]


def test_bad_vote_code_changes_nothing(loopback, client, store_to_76, home, voeten) -> None:
    con = store_to_76
    loopback.add("/api/v1/file", listing("2025_7_23_ga_voting"))
    loopback.file("/record/4060887/files/2025_7_23_ga_voting.csv", library_csv(voeten, (77,), bad_vote=True))
    before = con.execute("SELECT count(*) FROM un_votes").fetchall()
    with pytest.raises(LatitudeError, match=r"unexpected ms_vote value\(s\) \['Q'\]") as err:
        unvotes.update(con, url=loopback.url, client=client)
    assert "\n" not in str(err.value) and con.execute("SELECT count(*) FROM un_votes").fetchall() == before


def test_nothing_newer_is_one_line(loopback, client, store_to_76, home, voeten) -> None:
    loopback.add("/api/v1/file", listing("2025_7_23_ga_voting"))
    loopback.file("/record/4060887/files/2025_7_23_ga_voting.csv", library_csv(voeten, (76,)))
    with pytest.raises(LatitudeError, match="has no session after 76"):
        unvotes.update(store_to_76, url=loopback.url, client=client)


def test_listing_without_a_voting_file(loopback, client, store_to_76, home) -> None:
    loopback.add("/api/v1/file", Reply(200, b'[{"name": "readme", "url": "https://x/readme.txt", "format": ".txt"}]'))
    with pytest.raises(LatitudeError, match="no '\\*_ga_voting.csv' file"):
        unvotes.update(store_to_76, url=loopback.url, client=client)


def test_needs_the_unvotes_tables(con, home) -> None:
    with pytest.raises(LatitudeError, match="run `latitude data build unvotes` first"):
        unvotes.update(con, url="http://127.0.0.1:9/")


def test_offline_one_line(store_to_76, home, client) -> None:
    with pytest.raises(LatitudeError, match=r"^cannot reach 127\.0\.0\.1:\d+: no network\?"):
        unvotes.update(store_to_76, url=closed_port_url(), client=client)
