"""SIPRI trade-register updater against a recorded backend answer on 127.0.0.1.

The answer is SIPRI's own: the mirror's register export (sipri_register_2024/, "Data generated:
12 Feb 2026", deliveries 1995-2024) in the form the backend sends it, `{"bytes": <base64 CSV>}`
with LF line ends and no trailing ';' (the form of the answer Rat.db recorded from
atbackend.sipri.org/api/p/trades/trade-register-csv/ in tests/testthat/test_data/...-e05b15-POST.R).
Golden figures are the mirror's published checks (sipri_register_2024/SUMMARY.md): United States ->
South Korea TIV 2024 = 990.6; South Korea -> Poland 2022/2023/2024 = 156.4 / 570.7 / 680.7.
"""
from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path

import pytest

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import sipri_register_2024
from latitude.sources._base import SourceInfo
from latitude.update import common, sipri

from .conftest import Reply, closed_port_url

RATE_LIMITED = Reply(429, b'{"status": 429, "error": "Too Many Requests"}', {"Retry-After": "3"})


@pytest.fixture(scope="module")
def website_text(mirror: Path) -> str:
    return gzip.decompress((mirror / "sipri_register_2024" / "trade_register.csv.gz").read_bytes()).decode("utf-8")


@pytest.fixture(scope="module")
def mirror_rows(website_text: str):
    return sipri.parse_register(website_text, "mirror")


def backend_form(text: str, years: tuple[int, int] | None = None) -> str:
    lines = [line.rstrip("\r").removesuffix(";") for line in text.split("\n")]
    if years:
        head = next(i for i, line in enumerate(lines) if line.startswith("SIPRI AT Database ID"))
        keep = [line for line in lines[head + 1:] if line and years[0] <= int(line.split(",")[-7]) <= years[1]]
        lines = lines[:head + 1] + keep
    return "\n".join(line for line in lines if line) + "\n"


def answer(text: str) -> Reply:
    return Reply(200, json.dumps({"bytes": base64.b64encode(text.encode()).decode()}).encode(),
                 {"Content-Type": "application/json"})


def tiv(con, supplier: str, recipient: str) -> dict[int, float]:
    rows = con.execute("SELECT delivery_year, round(sum(tiv_delivered), 1) FROM sipri_deliveries "
                       "WHERE supplier_iso3 = ? AND recipient_iso3 = ? GROUP BY 1", [supplier, recipient]).fetchall()
    return dict(rows)


def test_register_loaded_with_published_figures(loopback, client, con, home, website_text: str) -> None:
    loopback.add("/api/p/trades/trade-register-csv/", RATE_LIMITED, answer(backend_form(website_text)), method="POST")
    result = sipri.update(con, (1995, 2024), url=loopback.url, client=client)
    assert con.execute("SELECT count(*) FROM sipri_deliveries").fetchall() == [(25_024,)]
    assert tiv(con, "USA", "KOR")[2024] == 990.6
    poland = tiv(con, "KOR", "POL")
    assert (poland[2022], poland[2023], poland[2024]) == (156.4, 570.7, 680.7)
    posted = [s for s in loopback.seen if s.method == "POST"]
    assert len(posted) == 2 and client.waits[0] == 3.0                  # Retry-After honoured
    delivery = json.loads(posted[-1].body)["filters"][0]
    assert (delivery["field"], delivery["value1"], delivery["value2"]) == ("Delivery year", 1995, 2024)
    prov = store.provenance(con).set_index("source").loc["sipri_atdb"]
    assert prov["version"].endswith("data generated 2026-02-12")
    assert (prov["coverage_start"], prov["coverage_end"]) == (1995, 2024)
    assert result.tables == {"sipri_deliveries": 25_024}


def test_website_and_backend_forms_parse_alike(website_text: str, mirror_rows) -> None:
    website = mirror_rows
    backend = sipri.parse_register(backend_form(website_text), "backend")
    assert website.equals(backend)
    assert list(website.columns) == sipri_register_2024.TABLE_COLUMNS
    assert website.loc[website["supplier"] == "South Korea", "supplier_iso3"].eq("KOR").all()
    assert website["recipient_iso3"].isna().sum() > 0          # non-state recipients keep their name, no ISO3


def test_recent_years_replace_only_themselves(loopback, client, con, home, website_text: str, mirror_rows) -> None:
    # the store as the mirror build leaves it: every delivery year, under the mirror's source row
    con.register("m", mirror_rows)
    con.execute("CREATE TABLE sipri_deliveries AS SELECT * FROM m")
    mirror_info = SourceInfo(sipri.MIRROR_SOURCE, "t", "p", "v", "l", "c", "b", "cov", (), ("sipri_deliveries",))
    common.write_provenance(con, mirror_info, {"sipri_deliveries": 25_024}, (1995, 2024), [], "v")
    con.execute("DELETE FROM sipri_deliveries WHERE delivery_year = 2024")        # a store from before 2024
    loopback.add("/api/p/trades/trade-register-csv/", answer(backend_form(website_text, (2023, 2024))), method="POST")
    sipri.update(con, (2023, 2024), url=loopback.url, client=client)
    assert con.execute("SELECT count(*) FROM sipri_deliveries").fetchall() == [(25_024,)]
    assert tiv(con, "USA", "KOR")[2024] == 990.6
    assert set(store.provenance(con)["source"]) == {sipri.MIRROR_SOURCE, "sipri_atdb"}
    loopback.add("/api/p/trades/trade-register-csv/", answer(backend_form(website_text)), method="POST")
    sipri.update(con, (1995, 2024), url=loopback.url, client=client)    # everything replaced: mirror row goes
    prov = store.provenance(con).set_index("source")
    assert set(prov.index) == {"sipri_atdb"} and json.loads(prov.loc["sipri_atdb", "tables"]) == \
        {"sipri_deliveries": 25_024}


@pytest.mark.parametrize(("body", "message"), [
    (b'{"message": "ok"}', "expected SIPRI's"),
    (b"<html>maintenance</html>", "not JSON"),
])
def test_unexpected_answers_one_line(loopback, client, con, home, body: bytes, message: str) -> None:
    loopback.add("/api/p/trades/trade-register-csv/", Reply(200, body), method="POST")
    with pytest.raises(LatitudeError, match=message) as err:
        sipri.update(con, (2023, 2024), url=loopback.url, client=client)
    assert "\n" not in str(err.value) and not store.has_table(con, "sipri_deliveries")


def test_cut_off_register_changes_nothing(loopback, client, con, home, website_text: str) -> None:
    text = backend_form(website_text)
    loopback.add("/api/p/trades/trade-register-csv/", answer(text[:len(text) // 2]), method="POST")
    with pytest.raises(LatitudeError, match="fields instead of 17") as err:
        sipri.update(con, (1995, 2024), url=loopback.url, client=client)
    assert "\n" not in str(err.value) and not store.has_table(con, "sipri_deliveries")


@pytest.mark.parametrize(("years", "message"), [((2024, 2020), "reversed"), ((1900, 2020), "outside 1950-"),
                                                ((2020, 2999), "outside 1950-")])
def test_hostile_years(con, home, years, message) -> None:
    with pytest.raises(LatitudeError, match=message):
        sipri.update(con, years, url="http://127.0.0.1:9/")


def test_offline_one_line(con, home, client) -> None:
    with pytest.raises(LatitudeError, match=r"^cannot reach 127\.0\.0\.1:\d+: no network\?"):
        sipri.update(con, (2023, 2024), url=closed_port_url(), client=client)


def test_deal_without_delivery_year_left_out(loopback, client, con, home, website_text: str) -> None:
    text = backend_form(website_text, (2024, 2024))
    lines = text.splitlines()
    fields = lines[-1].split(",")
    fields[-7] = ""                                   # a deal on order with no delivery year yet
    loopback.add("/api/p/trades/trade-register-csv/", answer("\n".join([*lines, ",".join(fields)]) + "\n"),
                 method="POST")
    result = sipri.update(con, (2024, 2024), url=loopback.url, client=client)
    assert "1 deal(s) without a delivery year left out" in result.summary()
    assert con.execute("SELECT count(*) FROM sipri_deliveries WHERE delivery_year IS NULL").fetchall() == [(0,)]
    deals = len(lines) - 1 - next(i for i, line in enumerate(lines) if line.startswith("SIPRI AT Database ID"))
    assert con.execute("SELECT count(*) FROM sipri_deliveries").fetchall() == [(deals,)]     # all 2024 deals
