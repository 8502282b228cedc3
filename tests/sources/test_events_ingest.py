"""Event loaders: real GDELT 1.0 and ICEWS rows from the mirror, synthetic GDELT 2.0 files with
malformed lines, atomic loads, format detection, and the `latitude events load` command."""
from __future__ import annotations

import gzip
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from latitude import countries, events_ingest
from latitude.errors import LatitudeError

GDELT1_SAMPLE = "gdelt_samples/gdelt1_export_20160728_sample710.tsv"


def gdelt2_row(event_id: int, date: str = "20180601", actor1: str = "KOR", actor2: str = "USA",
               code: str = "046", goldstein: str = "7.0", url: str = "https://example.org/a") -> list[str]:
    """One GDELT 2.0 event row (61 fields) in the published layout."""
    fields = dict.fromkeys(events_ingest.GDELT2_COLUMNS, "")
    fields.update({"GLOBALEVENTID": str(event_id), "SQLDATE": date, "MonthYear": date[:6], "Year": date[:4],
                   "FractionDate": f"{date[:4]}.4137", "Actor1Code": actor1 + "GOV", "Actor1Name": actor1,
                   "Actor1CountryCode": actor1, "Actor1Type1Code": "GOV", "Actor2Code": actor2,
                   "Actor2Name": actor2, "Actor2CountryCode": actor2, "IsRootEvent": "1", "EventCode": code,
                   "EventBaseCode": code[:3], "EventRootCode": code[:2], "QuadClass": "1",
                   "GoldsteinScale": goldstein, "NumMentions": "4", "NumSources": "1", "NumArticles": "4",
                   "AvgTone": "1.5", "DATEADDED": date + "120000", "SOURCEURL": url})
    return [fields[c] for c in events_ingest.GDELT2_COLUMNS]


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture()
def con():
    connection = duckdb.connect()
    yield connection
    connection.close()


def test_gdelt1_sample_loads_every_row_with_kor_seoul_event(con, mirror):
    path = mirror / GDELT1_SAMPLE
    raw = pd.read_csv(path, sep="\t", header=None, dtype=str, quoting=3, names=range(58))
    reports = events_ingest.load_events(con, [path])
    assert reports[0].format == "gdelt1" and reports[0].rows_loaded == len(raw) == 710
    assert reports[0].malformed == 0
    # The KOR/SEOUL row of the mirror's SUMMARY.md: GLOBALEVENTID 564137818, Seoul -> North Korean labour.
    row = con.execute("SELECT * FROM events WHERE source_id = '564137818'").df().iloc[0]
    assert str(row["date"])[:10] == "2016-07-28"
    assert (row["source_iso3"], row["target_iso3"], row["target_sector"]) == ("KOR", "PRK", "LAB")
    assert (row["cameo"], row["root_code"], row["quad_class"], row["goldstein"]) == ("016", "01", 1, -2.0)
    assert row["url"].startswith("http://m.firstpost.com/world/malta-denies-visas")
    # 201 historical rows have 57 columns (no SOURCEURL), 509 daily rows 58.
    assert con.execute("SELECT count(url) FROM events").fetchall()[0][0] == int(raw[57].notna().sum()) == 509
    # Actor1 country codes that are ISO3 pass through unchanged.
    for code in ("KOR", "USA", "CHN"):
        expected = int((raw[7] == code).sum())
        got = con.execute("SELECT count(*) FROM events WHERE source_iso3 = ?", [code]).fetchall()[0][0]
        assert got == expected
    # Event codes keep their leading zeros exactly as published.
    assert sorted(con.execute("SELECT cameo FROM events").df()["cameo"]) == sorted(raw[26])


def test_cameo_country_codes_map_to_iso3_as_labelled(mirror):
    table = pd.read_csv(mirror / "cameo_lookups/CAMEO.country.txt", sep="\t", keep_default_na=False)
    mapping = dict(events_ingest.cameo_iso3_frame().itertuples(index=False))
    for code, label in zip(table["CODE"], table["LABEL"]):
        if code in events_ingest.CAMEO_REGIONS or code == "0":
            assert code not in mapping, f"{code} ({label}) is not a country"
            continue
        assert code in mapping, f"CAMEO {code} ({label}) has no ISO3"
        if mapping[code] == code:
            # An identity code must name a country latitude knows under that ISO3 key.
            assert countries.resolve(code, scheme="iso3").iso3 == code
    # The exceptions resolve, by their CAMEO label, to the ISO3 code we map them to.
    labels = dict(zip(table["CODE"], table["LABEL"]))
    for code in ("ROM", "TMP", "IMY", "MTN", "WSB", "GZS"):
        assert countries.iso3(labels[code]) == mapping[code], labels[code]
    assert mapping["BAG"] == "IRQ"   # Baghdad, a city: its country


def icews_tsv(mirror: Path, path: Path) -> pd.DataFrame:
    """The mirror's ICEWS sample written out as a published-layout ICEWS file."""
    from latitude.sources import _base
    from latitude.sources.icews import ICEWS_HEADERS

    frame = _base.read_rda(mirror / "icews_andybega/icews_sample.rda")
    frame = frame[list(ICEWS_HEADERS)].rename(columns=ICEWS_HEADERS)
    frame.to_csv(path, sep="\t", index=False)
    return frame


def test_icews_file_south_korea_to_usa_negotiation(con, mirror, tmp_path):
    frame = icews_tsv(mirror, tmp_path / "events.2018.sample.tab")
    reports = events_ingest.load_events(con, [tmp_path / "events.2018.sample.tab"])
    assert reports[0].format == "icews" and reports[0].rows_loaded == len(frame) == 4993
    row = con.execute("SELECT * FROM events WHERE source_id = '32891172'").df().iloc[0]
    assert str(row["date"])[:10] == "2018-06-01"
    assert (row["source_iso3"], row["target_iso3"], row["cameo"], row["root_code"]) == ("KOR", "USA", "046", "04")
    # CAMEO 046 "engage in negotiation" is +7.0 on the Goldstein scale (GDELT CAMEO.goldsteinscale.txt).
    assert row["quad_class"] == 1 and row["goldstein"] == 7.0
    # ICEWS publishes its own intensity from the same CAMEO weights: the two agree on most events.
    merged = con.execute("SELECT source_id, goldstein FROM events").df().merge(
        frame.assign(source_id=frame["Event ID"].astype(str)), on="source_id")
    assert (merged["goldstein"] == merged["Intensity"]).mean() > 0.99   # 99.4%: ICEWS re-weights 016, 022, 164
    assert con.execute("SELECT count(*) FROM events WHERE goldstein IS NULL").fetchall()[0][0] == 0


def test_actor_names_are_kept_as_published(con, mirror, tmp_path):
    frame = icews_tsv(mirror, tmp_path / "icews.tab")
    events_ingest.load_events(con, [tmp_path / "icews.tab"])
    names = con.execute("SELECT source_id, source_name, target_name FROM events").df()
    merged = names.merge(frame.assign(source_id=frame["Event ID"].astype(str)), on="source_id")
    assert (merged["source_name"] == merged["Source Name"]).all()
    assert (merged["target_name"].fillna("") == merged["Target Name"].fillna("")).all()
    # ICEWS 2018-06-01: Narendra Modi (India) makes a visit (042) to Indonesia.
    modi = con.execute("SELECT source_iso3, target_iso3 FROM events WHERE cameo = '042' "
                       "AND source_name = 'Narendra Modi'").fetchall()
    assert ("IND", "IDN") in modi
    con.execute("DELETE FROM events")
    events_ingest.load_events(con, [mirror / GDELT1_SAMPLE])
    raw = pd.read_csv(mirror / GDELT1_SAMPLE, sep="\t", header=None, dtype=str, quoting=3, names=range(58))
    kept = con.execute("SELECT source_id, source_name FROM events").df().set_index("source_id")["source_name"]
    assert (kept.reindex(raw[0]).fillna("").values == raw[6].fillna("").values).all()   # column 7: Actor1Name


def test_an_events_table_from_before_actor_names_gains_them(con):
    old_columns = [c for c in events_ingest.EVENTS_COLUMNS if c not in events_ingest.ADDED_COLUMNS]
    con.execute("CREATE TABLE events (" + ", ".join(f"{c} VARCHAR" for c in old_columns) + ")")
    con.execute("INSERT INTO events (date, source_iso3, cameo) VALUES ('2018-01-01', 'KOR', '042')")
    events_ingest.insert_events_frame(con, pd.DataFrame([{
        "date": "2018-06-01", "source_iso3": "KOR", "source_sector": "GOV", "target_iso3": "USA",
        "target_sector": "GOV", "cameo": "042", "root_code": "04", "quad_class": 1, "goldstein": 1.9,
        "source_id": "x", "source_name": "Moon Jae-in"}]), file="new.json")
    rows = con.execute("SELECT source_iso3, source_name FROM events ORDER BY date").fetchall()
    assert rows == [("KOR", None), ("KOR", "Moon Jae-in")]


def test_icews_rda_and_file_give_the_same_rows(con, mirror, tmp_path):
    frame = icews_tsv(mirror, tmp_path / "icews.tab")
    events_ingest.load_events(con, [tmp_path / "icews.tab"])
    from_file = con.execute("SELECT * EXCLUDE (file, file_id) FROM events ORDER BY source_id").df()
    con.execute("DELETE FROM events")
    events_ingest.icews_frame_to_events(con, frame, events_ingest.Tag("icews_sample.rda", 7))
    from_rda = con.execute("SELECT * EXCLUDE (file, file_id) FROM events ORDER BY source_id").df()
    pd.testing.assert_frame_equal(from_file, from_rda)


def test_malformed_gdelt2_rows_are_counted_with_line_numbers(con, tmp_path):
    rows = [gdelt2_row(i) for i in range(1, 11)]
    rows[2] = rows[2][:60]                                     # line 3: 60 columns
    rows[4] = gdelt2_row(5, date="20181341")                   # line 5: no such date
    rows[6] = gdelt2_row(7, goldstein="abc")                   # line 7: Goldstein not a number
    rows[8] = rows[8] + ["extra"]                              # line 9: 62 columns
    path = write_rows(tmp_path / "20180601.export.CSV", rows)
    report = events_ingest.load_events(con, [path])[0]
    assert report.format == "gdelt2"
    assert report.rows_loaded == 6 and report.malformed == 4
    assert report.problems == [(3, "60 columns"), (5, "bad SQLDATE"), (7, "bad GoldsteinScale"), (9, "62 columns")]
    assert "line 5 (bad SQLDATE)" in report.summary()
    loaded = sorted(int(x) for (x,) in con.execute("SELECT source_id FROM events").fetchall())
    assert loaded == [1, 2, 4, 6, 8, 10]


def test_gdelt1_mixed_layouts_report_the_fitting_error(con, tmp_path, mirror):
    lines = (mirror / GDELT1_SAMPLE).read_text(encoding="utf-8").splitlines()
    first57 = next(line for line in lines if len(line.split("\t")) == 57)
    first58 = next(line for line in lines if len(line.split("\t")) == 58)
    broken58 = first58.split("\t")
    broken58[1] = "2016XX28"
    body = [first57, first58, "\t".join(broken58), "\t".join(first57.split("\t")[:40])]
    path = tmp_path / "mixed.tsv"
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    report = events_ingest.load_events(con, [path], format="gdelt1")[0]
    assert report.rows_loaded == 2
    assert report.problems == [(3, "bad SQLDATE"), (4, "40 columns")]


def test_reload_replaces_and_failed_load_changes_nothing(con, tmp_path):
    first = write_rows(tmp_path / "a.CSV", [gdelt2_row(i) for i in range(1, 4)])
    events_ingest.load_events(con, [first])
    events_ingest.load_events(con, [first])
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 3
    second = write_rows(tmp_path / "b.CSV", [gdelt2_row(i) for i in range(10, 15)])
    payload = "".join("\t".join(gdelt2_row(i)) + "\n" for i in range(100, 5000)).encode()
    truncated = tmp_path / "c.CSV.gz"
    truncated.write_bytes(gzip.compress(payload)[:-2000])    # cut mid-stream: unreadable past the start
    with pytest.raises(LatitudeError, match="nothing was changed"):
        events_ingest.load_events(con, [second, truncated])
    assert con.execute("SELECT count(*), count(DISTINCT file) FROM events").fetchall()[0] == (3, 1)
    events_ingest.load_events(con, [second], replace=True)
    assert con.execute("SELECT count(*) FROM events WHERE file = 'a.CSV'").fetchall()[0][0] == 0


def test_wrong_format_and_unknown_files_fail_in_one_line(con, tmp_path):
    path = write_rows(tmp_path / "x.CSV", [gdelt2_row(1)])
    with pytest.raises(LatitudeError, match="61 columns.*--format gdelt2"):
        events_ingest.load_events(con, [path], format="gdelt1")
    odd = write_rows(tmp_path / "odd.tsv", [["a", "b", "c"]])
    with pytest.raises(LatitudeError, match="3 tab-separated fields"):
        events_ingest.load_events(con, [odd])
    with pytest.raises(LatitudeError, match="no such file"):
        events_ingest.load_events(con, [tmp_path / "missing.tsv"])


def test_sample_sources_load_into_shared_events_table(tmp_path, mirror):
    from latitude import store
    from latitude.sources import gdelt, icews

    con = store.connect(tmp_path / "s.duckdb")
    user = write_rows(tmp_path / "user.CSV", [gdelt2_row(i) for i in range(1, 4)])
    events_ingest.load_events(con, [user])
    for module in (gdelt, icews):
        module.fetch(tmp_path / "raw" / module.INFO.name, mirror)
        module.load(con, tmp_path / "raw")
        module.load(con, tmp_path / "raw")      # reloading replaces its own rows only
    counts = dict(con.execute("SELECT file, count(*) FROM events GROUP BY 1").fetchall())
    assert counts == {"user.CSV": 3, gdelt.FILE: 710, icews.FILE: 4993}
    prov = store.provenance(con).set_index("source")
    assert prov.loc["icews_sample", "rows"] == 4993 and prov.loc["gdelt_sample", "coverage_end"] == 2016
    con.close()


def test_events_load_command_reports_lines(tmp_path):
    from latitude.cli import app

    rows = [gdelt2_row(i) for i in range(1, 5)]
    rows[1] = gdelt2_row(2, date="2018-06-01")
    path = write_rows(tmp_path / "day.CSV", rows)
    store_file = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["events", "load", str(path), "--store", str(store_file)])
    assert result.exit_code == 0, result.output
    assert "3 events loaded" in result.output and "line 2 (bad SQLDATE)" in result.output


def test_malformed_icews_rows_count_lines_from_the_header(con, tmp_path):
    header = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
              "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID"]
    good = ["1", "2018-06-01", "Moon Jae-in", "Government", "South Korea", "Consult", "040", "1", "Abe", "Government",
            "Japan", "9"]
    rows = [header, good, ["2", "2018-13-01", *good[2:]], good[:11], ["4", "2018-06-02", *good[2:6], "331", *good[7:]]]
    path = tmp_path / "icews.tab"
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    report = events_ingest.load_events(con, [path])[0]
    assert report.rows_loaded == 2
    assert report.problems == [(3, "bad Event Date"), (4, "11 columns")]
    got = con.execute("SELECT source_iso3, target_iso3, cameo, root_code, quad_class FROM events ORDER BY source_id"
                      ).fetchall()
    # "331" lost its leading zero (no three-digit CAMEO code exceeds 204): it is 0331.
    assert got == [("KOR", "JPN", "040", "04", 1), ("KOR", "JPN", "0331", "03", 1)]


def test_news_text_is_coded_into_the_events_table(con, tmp_path):
    from latitude.cli import app

    article = tmp_path / "yonhap.txt"
    article.write_text("South Korean President Moon Jae-in met Japanese Prime Minister Shinzo Abe in Tokyo.\n",
                       encoding="utf-8")
    report = events_ingest.load_events(con, [article], date="2018-05-09")[0]
    assert report.format == "text" and report.rows_loaded >= 1
    rows = con.execute("SELECT source_iso3, target_iso3, root_code, origin, file FROM events").fetchall()
    assert ("KOR", "JPN", "04", "latitude-coder", "yonhap.txt") in rows
    for command in ("code", "evaluate"):   # the coder's own commands sit in the same group
        assert CliRunner().invoke(app, ["events", command, "--help"]).exit_code == 0


def test_lookup_joins_are_built_on_the_lookups_not_the_file(con, tmp_path):
    # DuckDB estimates a typed CSV scan at a few dozen rows and would build the first lookup join's
    # hash table on the whole file (a RIGHT join); the loader keeps the file on the probe side.
    path = write_rows(tmp_path / "day.CSV", [gdelt2_row(i) for i in range(1, 4)])
    events_ingest.ensure_table(con)
    events_ingest._register_lookups(con)
    relation = events_ingest._read_csv(path, events_ingest.GDELT2_COLUMNS, events_ingest._GDELT_TYPES, header=False,
                                       dateformat="%Y%m%d", rejects="plan_rejects")
    select = events_ingest._gdelt_select(relation, "gdelt2", events_ingest.Tag(path.name, 1), True)
    assert "RIGHT" in con.execute(f"EXPLAIN INSERT INTO events BY NAME {select}").fetchall()[0][1]   # DuckDB on its own
    with events_ingest.lookups_as_build_side(con):
        plan = con.execute(f"EXPLAIN INSERT INTO events BY NAME {select}").fetchall()[0][1]
    assert "RIGHT" not in plan and plan.count("LEFT") == 2
    con.execute("SET disabled_optimizers = 'late_materialization'")
    events_ingest.load_events(con, [path])
    assert con.execute("SELECT current_setting('disabled_optimizers')").fetchall()[0][0] == "late_materialization"


# ---------------------------------------------------------------- hardening (issue 16)

def test_a_file_cut_inside_its_last_column_is_refused(con, tmp_path):
    kept = write_rows(tmp_path / "kept.CSV", [gdelt2_row(1)])
    events_ingest.load_events(con, [kept])
    body = "".join("\t".join(gdelt2_row(i, url=f"https://example.org/story-{i}.html")) + "\n" for i in range(2, 5))
    cut = tmp_path / "20180602.export.CSV"
    cut.write_text(body[:-12], encoding="utf-8")     # the third line ends inside its URL, no final newline
    with pytest.raises(LatitudeError, match=r"20180602.export.CSV: line 3 is cut off .*truncated") as caught:
        events_ingest.load_events(con, [kept, cut])
    assert "\n" not in str(caught.value)
    assert con.execute("SELECT count(*), count(DISTINCT file) FROM events").fetchall()[0] == (1, 1)
    gz = tmp_path / "20180602.export.CSV.gz"
    gz.write_bytes(gzip.compress(body[:-12].encode()))      # a whole gzip stream of a cut file
    with pytest.raises(LatitudeError, match=r"line 3 is cut off"):
        events_ingest.load_events(con, [gz])
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 1


def test_a_file_whose_every_row_is_rejected_fails_and_writes_nothing(con, tmp_path):
    kept = write_rows(tmp_path / "kept.CSV", [gdelt2_row(1)])
    bad = write_rows(tmp_path / "bad.CSV", [gdelt2_row(i, date="2018-06-01") for i in range(2, 6)])
    with pytest.raises(LatitudeError, match=r"bad.CSV: all 4 rows were rejected \(line 1 \(bad SQLDATE\), "
                                            r"line 2 \(bad SQLDATE\), line 3 \(bad SQLDATE\), … 1 more\)"):
        events_ingest.load_events(con, [kept, bad])
    events_ingest.ensure_table(con)
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 0
    assert con.execute("SELECT count(*) FROM event_files").fetchall()[0][0] == 0
    header_only = tmp_path / "icews.tab"
    header_only.write_text("\t".join(events_ingest.ICEWS_REQUIRED) + "\n", encoding="utf-8")
    with pytest.raises(LatitudeError, match="no event rows"):
        events_ingest.load_events(con, [header_only])


def test_all_rejected_exits_non_zero_in_one_line(tmp_path):
    from latitude.cli import app

    bad = write_rows(tmp_path / "bad.CSV", [gdelt2_row(i, date="2018-06-01") for i in range(1, 4)])
    store_file = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["events", "load", str(bad), "--store", str(store_file)])
    # `latitude.cli.main` prints a LatitudeError as one line on stderr and exits 1.
    assert result.exit_code != 0 and isinstance(result.exception, LatitudeError)
    assert "all 3 rows were rejected" in str(result.exception) and "\n" not in str(result.exception)
    assert "✓" not in result.output and "events loaded" not in result.output


def fake_sample(tmp_path: Path):
    """A sample source in the shape of sources.gdelt: a 3-row GDELT 2.0 file and its SourceInfo."""
    from latitude.sources._base import SourceFile, SourceInfo, sha256_of

    path = write_rows(tmp_path / "sample" / "day.CSV", [gdelt2_row(i) for i in range(1, 4)]) \
        if (tmp_path / "sample").mkdir() is None else None
    info = SourceInfo(name="fake_sample", title="t", publisher="p", version="v", licence="l", citation="c",
                      bibtex="b", coverage="2018 (sample)", tables=("events",),
                      files=(SourceFile("day.CSV", "x/day.CSV", "https://example.org/day.CSV", sha256_of(path), "p"),))
    return path, info


def test_a_user_file_never_replaces_a_source_and_is_keyed_by_path_and_content(tmp_path):
    from latitude import store

    con = store.connect(tmp_path / "s.duckdb")
    path, info = fake_sample(tmp_path)
    events_ingest.replace_sample(con, info, lambda c, tag: events_ingest._load_gdelt(c, path, "gdelt2", tag))
    # A user file with the sample's name, somewhere else, with other rows.
    mine = write_rows(tmp_path / "day.CSV", [gdelt2_row(i, actor2="CHN") for i in range(10, 15)])
    report = events_ingest.load_events(con, [mine])[0]
    assert report.replaced == [] and not report.sample
    rows = dict(con.execute("SELECT sample, count(*) FROM events GROUP BY 1").fetchall())
    assert rows == {True: 3, False: 5}
    assert store.provenance(con).set_index("source").loc["fake_sample", "rows"] == 3
    files = events_ingest.loaded_events(con)
    assert files[["dataset", "file", "events", "sample"]].values.tolist() == [
        ["fake_sample", "day.CSV", 3, True], ["user", "day.CSV", 5, False]]
    assert files["path"].iloc[1] == str(mine.resolve()) and pd.isna(files["path"].iloc[0])
    # The same path again, its content changed: replaces its own earlier load, not the sample.
    write_rows(mine, [gdelt2_row(i, actor2="JPN") for i in range(20, 22)])
    assert events_ingest.load_events(con, [mine])[0].replaced == ["day.CSV"]
    assert dict(con.execute("SELECT target_iso3, count(*) FROM events GROUP BY 1").fetchall()) == {"USA": 3, "JPN": 2}
    # The same content from another path replaces that load too (no double counting) ...
    copy = tmp_path / "copy.CSV"
    copy.write_bytes(mine.read_bytes())
    assert events_ingest.load_events(con, [copy])[0].replaced == ["day.CSV"]
    # ... and a copy of the sample's own file is a user load of its own, flagged as a sample.
    twin = tmp_path / "twin.CSV"
    twin.write_bytes(path.read_bytes())
    assert events_ingest.load_events(con, [twin])[0].replaced == []
    assert dict(con.execute("SELECT file, count(*) FROM events WHERE sample GROUP BY 1").fetchall()) == {
        "day.CSV": 3, "twin.CSV": 3}
    # --replace drops the user's loads only.
    events_ingest.load_events(con, [mine], replace=True)
    assert con.execute("SELECT file, sample, count(*) FROM events GROUP BY ALL ORDER BY ALL").fetchall() == [
        ("day.CSV", False, 2), ("day.CSV", True, 3)]
    con.close()


def test_coded_frames_are_user_loads_keyed_by_their_name(con):
    frame = pd.DataFrame([{"date": "2018-06-01", "source_iso3": "KOR", "source_sector": "GOV", "target_iso3": "USA",
                           "target_sector": "GOV", "cameo": "042", "root_code": "04", "quad_class": 1,
                           "goldstein": 1.9, "source_id": "x"}])
    events_ingest.insert_events_frame(con, frame, file="a.json")
    events_ingest.insert_events_frame(con, frame.assign(source_id="y"), file="a.json")   # same name: replaces
    events_ingest.insert_events_frame(con, frame.assign(source_id="z"), file="b.json")
    assert con.execute("SELECT file, source_id, sample FROM events ORDER BY 1").fetchall() == [
        ("a.json", "y", False), ("b.json", "z", False)]
    assert con.execute("SELECT dataset, file, rows FROM event_files ORDER BY file").fetchall() == [
        ("user", "a.json", 1), ("user", "b.json", 1)]


def test_an_events_table_from_before_the_registry_is_registered(con):
    columns = [c for c in events_ingest.EVENTS_COLUMNS if c not in ("file_id", "sample")]
    con.execute("CREATE TABLE events (" + ", ".join(f"{c} VARCHAR" for c in columns) + ")")
    con.execute("INSERT INTO events (date, origin, file) VALUES ('2016-07-28', 'gdelt1', "
                "'gdelt1_export_20160728_sample710.tsv'), ('2016-07-27', 'gdelt1', "
                "'gdelt1_export_20160728_sample710.tsv'), ('2018-01-01', 'gdelt2', 'mine.CSV')")
    events_ingest.ensure_table(con)
    assert con.execute("SELECT file, sample, count(DISTINCT file_id) FROM events GROUP BY ALL ORDER BY 1").fetchall() \
        == [("gdelt1_export_20160728_sample710.tsv", True, 1), ("mine.CSV", False, 1)]
    assert con.execute("SELECT dataset, rows, first_date::VARCHAR FROM event_files ORDER BY 1").fetchall() == [
        ("gdelt_sample", 2, "2016-07-27"), ("user", 1, "2018-01-01")]


def test_a_user_file_named_like_the_gdelt_sample_leaves_the_sample_whole(tmp_path, mirror):
    # The case of issue 16: 5 user rows in a file with the sample's name replaced its 710 rows.
    from latitude import store
    from latitude.sources import gdelt, icews

    con = store.connect(tmp_path / "s.duckdb")
    for module in (gdelt, icews):
        module.fetch(tmp_path / "raw" / module.INFO.name, mirror)
        module.load(con, tmp_path / "raw")
    mine = write_rows(tmp_path / gdelt.FILE, [gdelt2_row(i) for i in range(1, 6)])
    events_ingest.load_events(con, [mine])
    counts = con.execute("SELECT file, origin, sample, count(*) FROM events GROUP BY ALL ORDER BY ALL").fetchall()
    assert counts == [(gdelt.FILE, "gdelt1", True, 710), (gdelt.FILE, "gdelt2", False, 5),
                      (icews.FILE, "icews", True, 4993)]
    prov = store.provenance(con).set_index("source")
    assert prov.loc["gdelt_sample", "rows"] == 710 and prov.loc["icews_sample", "rows"] == 4993
    # The published sample file loaded by hand is recognised by its checksum and flagged too.
    report = events_ingest.load_events(con, [mirror / GDELT1_SAMPLE])[0]
    assert report.sample and "bundled sample" in report.summary()
    assert con.execute("SELECT count(*) FROM events WHERE sample").fetchall()[0][0] == 710 * 2 + 4993
    con.close()


def test_a_gdelt_table_in_its_published_columns_reads_as_the_loader_stores_it(con, tmp_path):
    # GDELT kept elsewhere (Parquet on a cluster, BigQuery's export) is read in place through
    # `attach_gdelt`: the same rows as the file loader would store, and a registry for coverage.
    import ibis

    from latitude.measures.events import dyad_series

    rows = [gdelt2_row(1), gdelt2_row(2, actor1="ROM", actor2="", code="190", goldstein="-10.0"),
            gdelt2_row(3, date="20180715", actor1="CHN", actor2="KOR", code="0874", goldstein="-2.0")]
    quad = events_ingest.GDELT2_COLUMNS.index("QuadClass")
    rows[1][quad] = "4"                                               # 190 use conventional military force
    rows[2][quad] = ""                                                # missing: from the root code (08 -> 2)
    path = write_rows(tmp_path / "20180601.export.CSV", rows)
    events_ingest.load_events(con, [path])
    backend = ibis.duckdb.connect()
    published = backend.read_csv(str(path), names=events_ingest.GDELT2_COLUMNS, delim="\t", header=False, quote="",
                                 types={"SQLDATE": "INTEGER", "QuadClass": "INTEGER", "GoldsteinScale": "FLOAT",
                                        "GLOBALEVENTID": "BIGINT", "EventCode": "VARCHAR",
                                        "EventRootCode": "VARCHAR"})
    cat = events_ingest.attach_gdelt(backend, published, name="day")
    columns = [c for c in events_ingest.EVENTS_COLUMNS if c not in ("file", "file_id")]
    stored = con.execute(f"SELECT {', '.join(columns)} FROM events ORDER BY source_id").df()
    attached = cat.table("events").select(*columns).order_by("source_id").to_pandas()
    pd.testing.assert_frame_equal(stored, attached, check_dtype=False)
    assert attached["source_iso3"].tolist() == ["KOR", "ROU", "CHN"] and attached["quad_class"].tolist() == [1, 4, 2]
    assert cat.table("event_files").to_pandas()[["rows", "first_date", "last_date"]].astype(str).values.tolist() == [
        ["3", "2018-06-01", "2018-07-15"]]
    series = dyad_series(cat, "KOR", ["USA", "CHN"], freq="month")
    # Days counted from the `event_dates` view (no country joins) equal those of the stored rows.
    pd.testing.assert_frame_equal(series, dyad_series(con, "KOR", ["USA", "CHN"], freq="month"))
    assert series.set_index(["partner", "period"])["source_days"].to_dict() == {
        ("CHN", "2018-06"): 1, ("CHN", "2018-07"): 1, ("USA", "2018-06"): 1, ("USA", "2018-07"): 1}
    assert series["verbal_coop"].sum() == 1 and series["material_coop"].sum() == 1


def test_an_updaters_loads_are_keyed_within_its_own_dataset(con, tmp_path):
    # `latitude data update gdelt` loads exports under its source's name: a user's file of the
    # same name, or `--replace`, never touches them; the updater's own rerun replaces its file.
    (tmp_path / "cache").mkdir()
    export = write_rows(tmp_path / "cache" / "20180601000000.export.CSV", [gdelt2_row(i) for i in range(1, 4)])
    events_ingest.load_events(con, [export], dataset="gdelt2")
    mine = write_rows(tmp_path / "20180601000000.export.CSV", [gdelt2_row(9, actor2="JPN")])
    events_ingest.load_events(con, [mine], replace=True)
    assert con.execute("SELECT dataset, file, rows FROM event_files ORDER BY dataset").fetchall() == [
        ("gdelt2", "20180601000000.export.CSV", 3), ("user", "20180601000000.export.CSV", 1)]
    assert events_ingest.load_events(con, [export], dataset="gdelt2")[0].replaced == ["20180601000000.export.CSV"]
    assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] == 4
