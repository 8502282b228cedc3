"""UN Comtrade updater against recorded answers on 127.0.0.1.

Bodies are real Comtrade records in the API v1 layout:
- rows: rOpenSci comtradr's stored API extracts in the mirror (comtrade_comtradr/vignette_data_*.rda,
  snake_case there) turned back into the API's camelCase fields, in the order of the answer
  comtradr recorded from comtradeapi.un.org (tests/testthat/goods/comtradeapi.un.org/data/v1/get/
  C/A/HS-60a6ad.json: {"elapsedTime", "count", "data": [...], "error": ""});
- monthly rows: Korea–China monthly trade from KOSIS in the mirror (trade_korea_misc/, thousand USD);
- Reporters.json: the layout of files/v1/app/reference/Reporters.json (recorded by comtradr in
  tests/testthat/re_tb2/...), with the codes and names of the reporters in those extracts;
- data availability (getDA): reporterCode, reporterISO, period, lastReleased as the official client
  uncomtrade/comtradeapicall's DataAvailability returns them.
Expected values come from a second, independent extract of the same Comtrade figures
(comtrade_totals_westonslayton/, fetched with comtradeapicall in 2023) or from KOSIS.
"""
from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import pandas as pd
import pyreadr
import pytest

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.update import comtrade

from .conftest import Reply, Seen, closed_port_url

API_FIELDS = ["typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO",
              "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code",
              "partner2ISO", "partner2Desc", "classificationCode", "classificationSearchCode",
              "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf", "customsCode", "customsDesc",
              "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated",
              "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated",
              "grossWgt", "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag",
              "isReported", "isAggregate"]
RATE_LIMITED = b'{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 1 seconds." }'


def extract(mirror: Path, n: int) -> pd.DataFrame:
    frame = next(iter(pyreadr.read_r(str(mirror / "comtrade_comtradr" / f"vignette_data_{n}.rda")).values()))
    assert len(frame.columns) == len(API_FIELDS)       # comtradr keeps the API's 47 fields, renamed
    return frame.set_axis(API_FIELDS, axis=1)


def records(frame: pd.DataFrame) -> list[dict]:
    return json.loads(frame.to_json(orient="records"))


def answer(rows: list[dict]) -> Reply:
    body = {"elapsedTime": "0.03 secs", "count": len(rows), "data": rows, "error": ""}
    return Reply(200, json.dumps(body).encode(), {"Content-Type": "application/json"})


def reporters_json(*frames: pd.DataFrame) -> bytes:
    seen = {}
    for frame in frames:
        for side in ("reporter", "partner"):
            for code, iso, desc in frame[[f"{side}Code", f"{side}ISO", f"{side}Desc"]].drop_duplicates().itertuples(
                    index=False):
                if int(code) != 0 and iso in set(countries.state_table()["iso3"].dropna()):
                    seen[int(code)] = (iso, desc)     # states only: "Other Asia, nes" (S19) never reports
    results = [{"id": code, "text": desc, "reporterCode": code, "reporterDesc": desc, "reporterNote": desc,
                "reporterCodeIsoAlpha2": countries.resolve(iso).iso2, "reporterCodeIsoAlpha3": iso,
                "entryEffectiveDate": "1900-01-01T00:00:00", "isGroup": False} for code, (iso, desc) in seen.items()]
    return json.dumps({"results": results}).encode()


def query(seen: Seen) -> dict[str, str]:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(seen.path).query))


def routes(loopback, frames: list[pd.DataFrame], path: str, released: str = "2023-05-04T00:00:00") -> None:
    rows = pd.concat(frames, ignore_index=True)
    loopback.add("/files/v1/app/reference/Reporters.json", Reply(200, reporters_json(*frames)))

    def data(seen: Seen) -> Reply:
        q = query(seen)
        pick = rows[(rows["reporterCode"] == int(q["reporterCode"])) & (rows["period"].astype(str) == q["period"])
                     & rows["flowCode"].isin(q["flowCode"].split(","))]
        if q.get("partnerCode"):
            pick = pick[pick["partnerCode"] == int(q["partnerCode"])]
        if q["cmdCode"] not in ("AG6", "TOTAL"):
            pick = pick[pick["cmdCode"].isin(q["cmdCode"].split(","))]
        return answer(records(pick))

    loopback.add(path, Reply(429, RATE_LIMITED, {"Retry-After": "1"}), Reply(500, b"Internal Server Error"), data)

    def availability(seen: Seen) -> Reply:
        q = query(seen)
        iso = rows.loc[rows["reporterCode"] == int(q["reporterCode"]), "reporterISO"].iloc[0]
        return answer([{"reporterCode": int(q["reporterCode"]), "reporterISO": iso, "period": p,
                        "lastReleased": released} for p in q["period"].split(",")])

    loopback.add(path.replace("preview", "getDA").replace("data/v1/get", "data/v1/getDa"), availability)


@pytest.fixture()
def totals(mirror: Path) -> list[pd.DataFrame]:
    return [extract(mirror, 2), extract(mirror, 1)]       # China's exports to KOR/MEX/USA; US imports


def test_annual_totals_keyless_replace_mirror_rows(loopback, client, con, home, mirror: Path, totals) -> None:
    con.execute(comtrade.TOTALS_DDL)
    con.execute("""INSERT INTO comtrade_totals VALUES
        ('A', 2021, NULL, 'China', 'CHN', 'Rep. of Korea', 'KOR', 'X', 1.0, 'mirror'),
        ('A', 2020, NULL, 'China', 'CHN', 'Rep. of Korea', 'KOR', 'X', 112476153443.0, 'mirror')""")
    routes(loopback, totals, "/public/v1/preview/C/A/HS")
    result = comtrade.update(con, "CHN,USA", (2021, 2021), url=loopback.url, client=client)

    exports = pd.read_csv(mirror / "comtrade_totals_westonslayton" / "comtrade_all_exports_2021A.csv.gz")
    imports = pd.read_csv(mirror / "comtrade_totals_westonslayton" / "comtrade_all_imports_2021A.csv.gz")
    china = exports[exports["reporter"] == "China"].set_index("partner")["value"]
    usa = imports[imports["reporter"] == "USA"].set_index("partner")["value"]
    got = con.execute("SELECT reporter_iso3, partner_iso3, flow, value_usd, origin, month FROM comtrade_totals "
                      "WHERE year = 2021 ORDER BY reporter_iso3, partner_iso3").df()
    assert got["origin"].eq("api").all() and got["month"].isna().all()
    by = got.set_index(["reporter_iso3", "partner_iso3", "flow"])["value_usd"]
    assert by[("CHN", "KOR", "X")] == pytest.approx(china["Rep. of Korea"], rel=1e-9)   # 148.85 bn
    assert by[("CHN", "USA", "X")] == pytest.approx(china["USA"], rel=1e-9)
    assert by[("USA", "JPN", "M")] == pytest.approx(usa["Japan"], rel=1e-9)
    assert by[("USA", "DEU", "M")] == pytest.approx(usa["Germany"], rel=1e-9)
    assert len(got) == 7                          # CHN: KOR, MEX, USA; USA: FRA, DEU, JPN, MEX
    # the mirror's 2020 row stays; its stale 2021 row was replaced
    assert con.execute("SELECT origin FROM comtrade_totals WHERE year = 2020").fetchall() == [("mirror",)]
    # public preview, no key; 429 waited as asked, then the 500 backed off
    first = [s for s in loopback.seen if "/preview/" in s.path]
    assert "Ocp-Apim-Subscription-Key" not in first[0].headers and client.waits[:2] == [1.0, 2.0]
    prov = store.provenance(con).set_index("source").loc["comtrade_api"]
    assert "latest release 2023-05-04" in prov["version"]
    assert json.loads(prov["tables"]) == {"comtrade_totals": 7}
    assert (prov["coverage_start"], prov["coverage_end"]) == (2021, 2021)
    assert result.tables == {"comtrade_totals": 7}


def test_key_uses_the_data_endpoint_and_header(loopback, client, con, home, totals) -> None:
    routes(loopback, totals, "/data/v1/get/C/A/HS")
    comtrade.update(con, "CHN", (2021, 2022), api_key="secret-key", url=loopback.url, client=client)
    calls = [s for s in loopback.seen if s.path.startswith("/data/v1/get/")]
    assert calls and all(s.headers["Ocp-Apim-Subscription-Key"] == "secret-key" for s in calls)
    assert "secret-key" not in json.dumps(json.loads(store.provenance(con).set_index("source")
                                                     .loc["comtrade_api", "files"]))
    assert con.execute("SELECT count(*) FROM comtrade_totals WHERE year = 2022").fetchall() == [(3,)]


def test_monthly_totals_from_kosis_months(loopback, client, con, home, mirror: Path) -> None:
    kosis = pd.read_csv(mirror / "trade_korea_misc" / "mizydorczyk_korea-china-trade-data.csv")
    kosis = kosis[kosis["Date"].astype(str).str.startswith("2019")]
    rows = []
    for date, exports, imports in kosis[["Date", "Exports", "Imports"]].itertuples(index=False):
        month = int(f"{date:.2f}".split(".")[1])
        for flow, value in (("X", exports), ("M", imports)):
            rows.append({"typeCode": "C", "freqCode": "M", "refPeriodId": int(f"2019{month:02d}01"), "refYear": 2019,
                         "refMonth": month, "period": f"2019{month:02d}", "reporterCode": 410, "reporterISO": "KOR",
                         "reporterDesc": "Rep. of Korea", "flowCode": flow, "flowDesc": "Export" if flow == "X" else
                         "Import", "partnerCode": 156, "partnerISO": "CHN", "partnerDesc": "China", "partner2Code": 0,
                         "cmdCode": "TOTAL", "customsCode": "C00", "motCode": 0, "primaryValue": value * 1000.0})
    frame = pd.DataFrame(rows)
    routes(loopback, [frame], "/public/v1/preview/C/M/HS")
    comtrade.update(con, "KOR", (2019, 2019), freq="M", url=loopback.url, client=client)
    got = con.execute("SELECT month, sum(value_usd) FILTER (flow = 'X'), sum(value_usd) FILTER (flow = 'M') "
                      "FROM comtrade_totals WHERE freq = 'M' GROUP BY month ORDER BY month").fetchall()
    assert [m for m, _, _ in got] == list(range(1, 13))
    assert sum(x for _, x, _ in got) == pytest.approx(kosis["Exports"].sum() * 1000.0)   # 136.2 bn (KOSIS)
    assert got[11][1] == pytest.approx(12_296_986_000.0)                                  # Dec 2019 exports
    assert len([s for s in loopback.seen if "/preview/" in s.path]) == 12 + 2            # 12 months + 429 + 500


def test_hs6_by_partner_into_comtrade_flows(loopback, client, con, home, mirror: Path) -> None:
    shrimp = extract(mirror, 3)                        # Thailand's HS6 shrimp trade, 2007-2011
    routes(loopback, [shrimp], "/public/v1/preview/C/A/HS")
    comtrade.update(con, "THA", (2010, 2010), hs6=True, partners="JPN,USA", url=loopback.url, client=client)
    raw = shrimp[(shrimp["refYear"] == 2010) & shrimp["partnerISO"].isin(["JPN", "USA"])]
    got = con.execute("SELECT extract, partner_iso3, flow, cmd_code, value_usd FROM comtrade_flows").df()
    assert sorted(set(got["extract"])) == ["comtrade-api:THA:2010:JPN", "comtrade-api:THA:2010:USA"]
    assert len(got) == len(raw)
    assert got["value_usd"].sum() == pytest.approx(raw["primaryValue"].sum())
    assert set(got["cmd_code"]) == set(raw["cmdCode"]) and got["cmd_code"].str.len().eq(6).all()
    # rerun the same day: answers come from the cache, nothing is asked again, rows are not doubled
    asked = len(loopback.seen)
    comtrade.update(con, "THA", (2010, 2010), hs6=True, partners="JPN,USA", url=loopback.url, client=client)
    assert len([s for s in loopback.seen[asked:] if "/preview/" in s.path]) == 0
    assert con.execute("SELECT count(*) FROM comtrade_flows").fetchall() == [(len(raw),)]


def test_answer_at_the_preview_cap_is_split_then_refused(loopback, client, con, home, mirror: Path) -> None:
    shrimp = extract(mirror, 3)
    loopback.add("/files/v1/app/reference/Reporters.json", Reply(200, reporters_json(shrimp)))
    full = records(pd.concat([shrimp] * 2).head(comtrade.PREVIEW_CAP))   # real records, repeated to fill the cap
    loopback.add("/public/v1/preview/C/A/HS", answer(full))
    with pytest.raises(LatitudeError) as err:
        comtrade.update(con, "THA", (2010, 2010), hs6=True, partners="USA", url=loopback.url, client=client)
    assert "500-record limit" in str(err.value) and "COMTRADE_API_KEY" in str(err.value)
    flows = [query(s)["flowCode"] for s in loopback.seen if "/preview/" in s.path]
    assert flows == ["X,M", "X"]                       # split by flow before giving up
    assert not store.has_table(con, "comtrade_flows")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"reporters": "Narnia", "years": (2021, 2021)}, "unknown country 'Narnia'"),
    ({"reporters": "KOR", "years": (2023, 2020)}, "reversed"),
    ({"reporters": "KOR", "years": (1900, 2021)}, "outside 1988-"),
    ({"reporters": "KOR", "years": (2021, 2021), "freq": "Q"}, "neither A"),
    ({"reporters": "KOR", "years": (2021, 2021), "hs6": True}, "needs --partners"),
    ({"reporters": "KOR", "years": (2021, 2021), "hs6": True, "partners": "USA", "commodities": "8542"},
     "not 6-digit"),
    ({"reporters": "", "years": (2021, 2021)}, "needs --reporters"),
])
def test_hostile_parameters_one_line(con, home, kwargs, message) -> None:
    with pytest.raises(LatitudeError, match=message) as err:
        comtrade.update(con, url="http://127.0.0.1:9/", **kwargs)
    assert "\n" not in str(err.value)


def test_reporter_without_a_comtrade_code_and_too_many_requests(loopback, client, con, home, totals) -> None:
    loopback.add("/files/v1/app/reference/Reporters.json", Reply(200, reporters_json(*totals)))
    with pytest.raises(LatitudeError, match="no reporter code for PRK"):
        comtrade.update(con, "PRK", (2021, 2021), url=loopback.url, client=client)
    with pytest.raises(LatitudeError, match="needs 72 UN Comtrade requests"):
        comtrade.update(con, "CHN,USA", (2020, 2022), freq="M", url=loopback.url, client=client, max_requests=50)


def test_missing_release_dates_are_said_not_invented(loopback, client, con, home, totals) -> None:
    routes(loopback, totals, "/public/v1/preview/C/A/HS")
    loopback.add("/public/v1/getDA/C/A/HS", Reply(404, b'{ "statusCode": 404, "message": "Resource not found" }'))
    result = comtrade.update(con, "CHN", (2021, 2021), url=loopback.url, client=client)
    assert "release dates unavailable for CHN" in result.summary() and "latest release" not in result.version
    files = json.loads(store.provenance(con).set_index("source").loc["comtrade_api", "files"])
    assert files[0]["published"].startswith("UN Comtrade A 2021, released n/a")


def test_offline_one_line(con, home, client) -> None:
    with pytest.raises(LatitudeError, match=r"^cannot reach 127\.0\.0\.1:\d+: no network\?"):
        comtrade.update(con, "KOR", (2021, 2021), url=closed_port_url(), client=client)


def test_other_asia_is_keyed_taiwan_as_in_the_mirror_table() -> None:
    """Comtrade's partner 490 "Other Asia, nes" is its label for Taiwan: the updater keys it TWN, as
    the mirror's comtrade_totals, BACI and the Comtrade extracts do; World (0) stays missing."""
    import pandas as pd

    from latitude.update.comtrade import _state_iso3

    assert _state_iso3(pd.Series([490, 410, 0])).tolist()[:2] == ["TWN", "KOR"]
    assert pd.isna(_state_iso3(pd.Series([0])).iloc[0])
