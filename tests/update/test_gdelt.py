"""GDELT 2.0 updater against a recorded file list and export zips on 127.0.0.1.

The export files are the 710 real GDELT rows in the mirror (gdelt_samples/, a GDELT 1.0 daily
export of 2016-07-28, 58 columns) re-laid as GDELT 2.0 15-minute exports: columns named by GDELT's
own header files in the mirror (gdelt_gdeltPyR/GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv
and GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv), the three ADM2 codes GDELT 2.0 adds left
empty, DATEADDED set to the file's timestamp, one `.export.CSV` per zip. The file list has GDELT's
`SIZE MD5 URL` lines, three per 15 minutes (export, mentions, gkg), as in masterfilelist.txt
(GDELT 2.0 announcement, https://blog.gdeltproject.org/gdelt-2-0-our-global-world-in-realtime/).
"""
from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from latitude import store
from latitude.errors import LatitudeError
from latitude.update import gdelt

from .conftest import Reply, closed_port_url

SLOTS = ["20160728000000", "20160728001500", "20160728003000", "20160729000000"]
LISTED = "http://data.gdeltproject.org/gdeltv2/"


def sample_rows(mirror: Path) -> list[list[str]]:
    header1 = (mirror / "gdelt_gdeltPyR" / "GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv").read_text()
    names1 = header1.split()[1:]                         # one name a line under 'tableId'
    with open(mirror / "gdelt_gdeltPyR" / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv") as fh:
        names2 = [row["tableId"] for row in csv.DictReader(fh)]
    text = (mirror / "gdelt_samples" / "gdelt1_export_20160728_sample710.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line]
    assert len(names1) == 58 and len(names2) == 61 and {len(r) for r in rows} == {57, 58}
    # 201 of the rows have no SOURCEURL (GDELT 1.0's 57-column layout): it stays empty
    return [[dict(zip(names1, r)).get(name, "") for name in names2] for r in rows]


def export_zip(stamp: str, rows: list[list[str]]) -> bytes:
    body = "".join("\t".join(r[:-2] + [stamp, r[-1]]) + "\n" for r in rows)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stamp}.export.CSV", body)
    return out.getvalue()


def list_line(stamp: str, kind: str, payload: bytes) -> str:
    return f"{len(payload)} {hashlib.md5(payload).hexdigest()} {LISTED}{stamp}.{kind}"


@pytest.fixture()
def published(mirror: Path) -> dict[str, bytes]:
    rows = sample_rows(mirror)
    parts = [rows[0:250], rows[250:500], rows[500:710], rows[0:5]]
    return {stamp: export_zip(stamp, part) for stamp, part in zip(SLOTS, parts)}


def master_list(published: dict[str, bytes], stamps: list[str], broken: str | None = None) -> bytes:
    lines = []
    for stamp in stamps:
        data = published[stamp]
        line = list_line(stamp, "export.CSV.zip", data)
        if stamp == broken:
            line = f"{len(data)} {'0' * 32} {LISTED}{stamp}.export.CSV.zip"
        lines += [line, list_line(stamp, "mentions.CSV.zip", data[:100]), list_line(stamp, "gkg.csv.zip", data[:50])]
    return ("\n".join(lines) + "\n").encode()


def serve(loopback, published: dict[str, bytes], stamps: list[str], broken: str | None = None) -> None:
    loopback.file("/masterfilelist.txt", master_list(published, stamps, broken))
    for i, stamp in enumerate(stamps):
        loopback.file(f"/{stamp}.export.CSV.zip", published[stamp], cut=len(published[stamp]) // 3 if i == 0 else None)
    second = f"/{stamps[1]}.export.CSV.zip"
    loopback.add(second, Reply(500, b"busy"), loopback.routes[("GET", second)][0])     # a 500 first, then the file


def test_day_of_exports_checked_and_loaded(loopback, client, con, home, mirror: Path, published) -> None:
    serve(loopback, published, SLOTS)
    result = gdelt.update(con, "2016-07-28", "2016-07-28", url=loopback.url, client=client)
    rows = con.execute("SELECT file, count(*) FROM events WHERE origin = 'gdelt2' GROUP BY file ORDER BY file"
                       ).fetchall()
    assert rows == [("20160728000000.export.CSV", 250), ("20160728001500.export.CSV", 250),
                    ("20160728003000.export.CSV", 210)]          # the 29 July file is outside the range
    # Korea as actor 1 in the sample, counted from the raw TSV (column 8, Actor1CountryCode)
    raw = (mirror / "gdelt_samples" / "gdelt1_export_20160728_sample710.tsv").read_text().splitlines()
    korean = sum(1 for line in raw if line.split("\t")[7] == "KOR")
    assert con.execute("SELECT count(*) FROM events WHERE origin = 'gdelt2' AND source_iso3 = 'KOR'").fetchall() == \
        [(korean,)]
    # the truncated first zip was resumed with Range, the 500 on the second retried
    first = [s for s in loopback.seen if s.path == f"/{SLOTS[0]}.export.CSV.zip"]
    assert len(first) == 2 and first[1].headers["Range"] == f"bytes={len(published[SLOTS[0]]) // 3}-"
    assert len([s for s in loopback.seen if s.path == f"/{SLOTS[1]}.export.CSV.zip"]) == 2
    prov = store.provenance(con).set_index("source").loc["gdelt2"]
    assert prov["version"] == "GDELT 2.0 exports 2016-07-28 00:00–2016-07-28 00:30 UTC"
    years = [int(line.split("\t")[1][:4]) for line in raw]                      # SQLDATE: event dates,
    assert (prov["coverage_start"], prov["coverage_end"]) == (min(years), max(years))   # not file dates
    assert result.tables == {"events": 710}
    assert "93 of 96 15-minute exports are not in GDELT's list" in result.summary()


def test_md5_mismatch_loads_nothing(loopback, client, con, home, published) -> None:
    serve(loopback, published, SLOTS, broken=SLOTS[2])
    with pytest.raises(LatitudeError) as err:
        gdelt.update(con, "2016-07-28", url=loopback.url, client=client)
    text = str(err.value)
    assert text.startswith(f"{SLOTS[2]}.export.CSV.zip: MD5 ") and "nothing was loaded" in text and "\n" not in text
    assert not store.has_table(con, "events") or con.execute("SELECT count(*) FROM events").fetchall() == [(0,)]
    assert "gdelt2" not in set(store.provenance(con)["source"])


def test_master_list_topped_up_by_range_and_reruns_replace(loopback, client, con, home, published) -> None:
    serve(loopback, published, SLOTS[:3])
    gdelt.update(con, "2016-07-28", url=loopback.url, client=client)
    old_size = len(master_list(published, SLOTS[:3]))
    serve(loopback, published, SLOTS)                    # GDELT appended the next day's files
    gdelt.update(con, "2016-07-29", url=loopback.url, client=client)
    tops = [s for s in loopback.seen if s.path == "/masterfilelist.txt"]
    assert tops[-1].headers["Range"] == f"bytes={old_size}-"
    assert con.execute("SELECT count(*) FROM events WHERE origin = 'gdelt2'").fetchall() == [(715,)]
    prov = store.provenance(con).set_index("source").loc["gdelt2"]
    assert prov["tables"] == '{"events": 715}'           # provenance covers both runs' files
    gdelt.update(con, "2016-07-29", url=loopback.url, client=client)   # again: same file replaces its rows
    assert con.execute("SELECT count(*) FROM events WHERE origin = 'gdelt2'").fetchall() == [(715,)]


def test_latest_export_from_lastupdate(loopback, client, con, home, published) -> None:
    loopback.add("/lastupdate.txt", Reply(200, master_list(published, SLOTS[2:3])))
    loopback.file(f"/{SLOTS[2]}.export.CSV.zip", published[SLOTS[2]])
    gdelt.update(con, latest=True, url=loopback.url, client=client)
    assert con.execute("SELECT DISTINCT file FROM events").fetchall() == [(f"{SLOTS[2]}.export.CSV",)]


@pytest.mark.parametrize(("start", "end", "message"), [
    ("2016-07-29", "2016-07-28", "reversed"),
    ("2014-01-01", "2014-01-02", "GDELT 2.0 exports start on 2015-02-18"),
    ("2016-01-01", "2016-12-31", "spans 366 days"),
    ("2999-01-01", None, "in the future"),
    ("July 2016", None, "is not a date"),
    (None, None, "needs --start"),
])
def test_hostile_dates_one_line(con, home, start, end, message) -> None:
    with pytest.raises(LatitudeError, match=message) as err:
        gdelt.update(con, start, end, url="http://127.0.0.1:9/")
    assert "\n" not in str(err.value)


def test_offline_one_line(con, home, client) -> None:
    with pytest.raises(LatitudeError, match=r"^cannot reach 127\.0\.0\.1:\d+: no network\?"):
        gdelt.update(con, "2016-07-28", url=closed_port_url(), client=client)
