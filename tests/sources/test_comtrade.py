"""UN Comtrade extracts: the comtradr `.rda` files (real API output) load with the values of the
raw files; downloaded API JSON and CSV land in the same table; bad downloads give one-line errors
and leave the store as it was. Also the critical-minerals export shares (EPQ, from BACI)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyreadr
import pytest

from latitude import store
from latitude.errors import LatitudeError
from latitude.sources import comtrade, critical_minerals


def raw(mirror: Path, n: int) -> pd.DataFrame:
    return next(iter(pyreadr.read_r(str(mirror / "comtrade_comtradr" / f"vignette_data_{n}.rda")).values()))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    folder = tmp_path_factory.mktemp("comtrade")
    path = folder / "store.duckdb"
    con = store.connect(path)
    for module in (comtrade, critical_minerals):
        module.fetch(folder / "raw" / module.INFO.name, mirror)
        module.load(con, folder / "raw")
    con.close()
    return path


@pytest.fixture()
def con(loaded: Path, tmp_path: Path):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(loaded.read_bytes())
    connection = store.connect(copy)
    yield connection
    connection.close()


def flows(con, extract: str) -> pd.DataFrame:
    return con.execute("SELECT * FROM comtrade_flows WHERE extract = ?", [extract]).df()


def test_thai_shrimp_hs6_matches_raw_rda(con, mirror: Path) -> None:
    source = raw(mirror, 3)
    loaded = flows(con, "vignette_data_3.rda")
    assert len(loaded) == len(source) == 1586
    assert set(loaded["cmd_code"]) == {"030613", "030623", "160520", "160540"}   # leading zeros kept
    assert (loaded["aggr_level"] == 6).all() and (loaded["reporter_iso3"] == "THA").all()
    assert loaded["partner_iso3"].nunique() == source["partner_iso"].nunique() == 137
    want = source.groupby(["ref_year", "flow_code", "cmd_code"])["primary_value"].sum()
    got = loaded.groupby(["year", "flow", "cmd_code"])["value_usd"].sum()
    pd.testing.assert_series_equal(got.astype(float), want.astype(float), check_names=False, check_index_type=False)
    row = loaded[(loaded["year"] == 2007) & (loaded["flow"] == "M") & (loaded["partner_iso3"] == "MOZ")
                 & (loaded["cmd_code"] == "030613")]
    assert row["value_usd"].tolist() == [2482223.0] and row["cif_usd"].tolist() == [2482223.0]
    assert row["net_wgt_kg"].tolist() == [292990.0]


def test_eu_wood_imports_and_china_korea_totals(con, mirror: Path) -> None:
    eu = flows(con, "vignette_data_4.rda")
    assert len(eu) == 173358 and set(eu["flow"]) == {"M"}
    assert eu["aggr_level"].value_counts().to_dict() == {4: 113999, 6: 31676, 2: 27683}
    hit = eu[(eu["reporter_iso3"] == "AUT") & (eu["partner_iso3"] == "KOR") & (eu["cmd_code"] == "4401")
             & (eu["year"] == 2018)]
    assert hit["value_usd"].tolist() == [812.586]
    assert eu["value_usd"].sum() == pytest.approx(raw(mirror, 4)["primary_value"].sum(), rel=1e-12)
    chn = flows(con, "vignette_data_2.rda")
    kor = chn[(chn["partner_iso3"] == "KOR") & (chn["year"] == 2012)]
    assert kor[["reporter_iso3", "flow", "cmd_code", "aggr_level"]].values.tolist() == [["CHN", "X", "TOTAL", 0]]
    assert kor["value_usd"].tolist() == [87673764182.0]


def test_bulk_extract_numeric_codes_mapped(con) -> None:
    bulk = flows(con, "vignette_data_10.rda")
    assert (bulk["reporter_iso3"] == "ARG").all() and (bulk["reporter_code"] == 32).all()
    codes = dict(zip(bulk["partner_code"], bulk["partner_iso3"]))
    assert codes[0] == "W00" and codes[12] == "DZA" and codes[24] == "AGO"
    assert bulk["partner_iso3"].notna().all()


def camel(record: dict) -> dict:
    """comtradr's snake_case field -> the API's camelCase key (reporter_iso -> reporterISO)."""
    out = {}
    for key, value in record.items():
        head, *rest = key.split("_")
        name = head + "".join("ISO" if part == "iso" else part.capitalize() for part in rest)
        out[name] = value
    return out


def test_api_json_roundtrip_into_same_table(con, mirror: Path, tmp_path: Path) -> None:
    source = raw(mirror, 3).head(5)
    records = [camel({k: (None if pd.isna(v) else v.item() if hasattr(v, "item") else v) for k, v in r.items()})
               for r in source.to_dict("records")]
    assert "reporterCode" in records[0] and "primaryValue" in records[0] and "cmdCode" in records[0]
    path = tmp_path / "tha_shrimp.json"
    path.write_text(json.dumps({"elapsedTime": "0.1 secs", "count": 5, "data": records}))
    before = con.execute("SELECT count(*) FROM comtrade_flows").fetchall()[0][0]
    counts = comtrade.load_extracts(con, [path])
    assert counts["comtrade_flows"] == before + 5
    got = flows(con, "tha_shrimp.json").sort_values("value_usd")
    assert got["value_usd"].tolist() == sorted(source["primary_value"].tolist())
    assert set(got["cmd_code"]) == {"030613"} and set(got["reporter_iso3"]) == {"THA"}
    comtrade.load_extracts(con, [path])          # loading the same file again replaces its rows
    assert con.execute("SELECT count(*) FROM comtrade_flows").fetchall()[0][0] == before + 5
    files = json.loads(store.provenance(con).set_index("source").loc["comtrade", "files"])
    assert [f["name"] for f in files].count("tha_shrimp.json") == 1 and len(files) == 6


def test_csv_download_pascal_case_and_taiwan(con, tmp_path: Path) -> None:
    path = tmp_path / "kor_imports.csv"
    path.write_text("RefYear,ReporterCode,ReporterISO,FlowCode,PartnerCode,PartnerISO,CmdCode,CmdDesc,PrimaryValue\n"
                    "2021,410,KOR,M,490,S19,854231,Processors,1500.5\n"
                    "2021,410,KOR,M,156,,854231,Processors,700\n")
    comtrade.load_extracts(con, [path])
    got = flows(con, "kor_imports.csv").sort_values("value_usd")
    assert got["partner_iso3"].tolist() == ["CHN", "TWN"]      # empty ISO filled from code 156; S19 -> TWN
    assert got["value_usd"].tolist() == [700.0, 1500.5]


@pytest.mark.parametrize("name, text, message", [
    ("cut.json", '{"data": [{"refYear": 2021, "reporterCode": 410', r"not valid JSON"),
    ("bad.json", json.dumps({"data": [{"refYear": 2021, "reporterCode": 410, "partnerCode": 156, "flowCode": "M",
                                       "cmdCode": "854231", "primaryValue": "lots"}]}), r"record 1 .*'lots'"),
    ("nokeys.csv", "year,value\n2021,1\n", r"no reporter column"),
])
def test_bad_downloads_one_line_and_store_intact(con, tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    before = con.execute("SELECT count(*), sum(value_usd) FROM comtrade_flows").fetchall()[0]
    with pytest.raises(LatitudeError, match=message) as info:
        comtrade.load_extracts(con, [path])
    assert "\n" not in str(info.value) and name in str(info.value)
    after = con.execute("SELECT count(*), sum(value_usd) FROM comtrade_flows").fetchall()[0]
    assert after[0] == before[0] and after[1] == pytest.approx(before[1], rel=1e-12)


def test_critical_minerals_world_shares(con, mirror: Path) -> None:
    wide = pd.read_parquet(mirror / "critical_minerals_epq" / "pivotal1_raw_materials_export_shares_BACI.parquet")
    # Published values are exports relative to the top exporter (top = 100): China's rare earths, 2023.
    assert wide.loc[(wide["year"] == 2023) & (wide["country"] == "CHN"), "280530"].item() == 100.0
    shares = con.execute("SELECT year, hs6, sum(world_share) s FROM critical_minerals_exports GROUP BY ALL").df()
    assert shares["s"].round(12).eq(1.0).all()
    column = wide.loc[wide["year"] == 2023, ["country", "280530"]].set_index("country")["280530"]
    got = con.execute("SELECT iso3, world_share FROM critical_minerals_exports WHERE year = 2023 AND hs6 = '280530'"
                      ).df().set_index("iso3")["world_share"]
    assert got["CHN"] == pytest.approx(100.0 / column.sum())
    assert got["AUS"] == pytest.approx(column["AUS"] / column.sum())
    desc = con.execute("SELECT description, mineral FROM critical_minerals_products WHERE hs6 = '260500'").fetchall()
    assert desc == [("Cobalt ores and concentrates", "cobalt")]
