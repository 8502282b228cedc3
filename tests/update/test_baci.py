"""BACI release updater against a recorded release zip on 127.0.0.1.

The zip has CEPII's published layout (one BACI_HS92_Y{year}_V202501.csv per year with t,i,j,k,v,q,
country_codes_V202501.csv in the 2024+ layout, product_codes_HS92_V202501.csv; see
tests/sources/test_baci.py and CEPII's BACI page). BACI itself is not in the mirror, so its rows
are real trade of the same kind: Thailand's HS6 shrimp trade 2007-2011 from the mirror's UN Comtrade
extract (comtrade_comtradr/vignette_data_3.rda), as exporter i -> importer j with values in
thousand USD and quantities in tonnes, as BACI states them.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pyreadr
import pytest

from latitude import countries, store
from latitude.errors import LatitudeError
from latitude.update import baci

from .conftest import Reply, closed_port_url

PATH = "/BACI_HS92_V202501.zip"


@pytest.fixture(scope="module")
def shrimp(mirror: Path) -> pd.DataFrame:
    raw = pyreadr.read_r(str(mirror / "comtrade_comtradr" / "vignette_data_3.rda"))["example_3"]
    raw = raw[raw["partner_code"] != 0]
    exports = raw["flow_code"] == "X"
    return pd.DataFrame({
        "t": raw["ref_year"].astype(int),
        "i": raw["reporter_code"].where(exports, raw["partner_code"]).astype(int),
        "j": raw["partner_code"].where(exports, raw["reporter_code"]).astype(int),
        "k": raw["cmd_code"], "v": raw["primary_value"] / 1000, "q": raw["net_wgt"] / 1000,
        "desc": raw["cmd_desc"], "iso": raw["reporter_iso"].where(exports, raw["partner_iso"]),
        "iso_j": raw["partner_iso"].where(exports, raw["reporter_iso"])})


def release_zip(shrimp: pd.DataFrame) -> bytes:
    codes = pd.concat([shrimp[["i", "iso"]].set_axis(["code", "iso"], axis=1),
                       shrimp[["j", "iso_j"]].set_axis(["code", "iso"], axis=1)]).drop_duplicates("code")
    lines = ["country_code,country_name,country_iso2,country_iso3"]
    for code, iso in codes.itertuples(index=False):
        iso2 = countries.resolve(iso).iso2 if iso in set(countries.state_table()["iso3"].dropna()) else ""
        lines.append(f"{code},\"{iso}\",{iso2 or ''},{iso}")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for year, part in shrimp.groupby("t"):
            archive.writestr(f"BACI_HS92_Y{year}_V202501.csv",
                             part[["t", "i", "j", "k", "v", "q"]].to_csv(index=False, na_rep="NA"))
        archive.writestr("country_codes_V202501.csv", "\n".join(lines) + "\n")
        products = shrimp[["k", "desc"]].drop_duplicates("k").set_axis(["code", "description"], axis=1)
        archive.writestr("product_codes_HS92_V202501.csv", products.to_csv(index=False))
        archive.writestr("Readme.txt", "BACI HS92 V202501\n")
    return out.getvalue()


def test_release_downloaded_resumed_and_loaded(loopback, client, con, home, shrimp) -> None:
    body = release_zip(shrimp)
    loopback.file(PATH, body, cut=len(body) // 2)
    result = baci.update(con, "V202501", years=(2009, 2010), url=loopback.url, client=client)
    got = con.execute("SELECT year, round(sum(value_kusd), 3) FROM baci_flows GROUP BY year ORDER BY year").fetchall()
    want = shrimp[shrimp["t"].isin([2009, 2010])].groupby("t")["v"].sum().round(3)
    assert got == list(want.items())
    thai = con.execute("SELECT count(*) FROM baci_flows WHERE exporter_iso3 = 'THA'").fetchall()[0][0]
    assert thai == int(((shrimp["i"] == 764) & shrimp["t"].isin([2009, 2010])).sum())
    prov = store.provenance(con).set_index("source").loc["baci"]
    assert prov["version"] == "BACI V202501"
    assert loopback.seen[1].headers["Range"] == f"bytes={len(body) // 2}-"
    assert result.version == "BACI V202501 (HS92)" and result.coverage == (2009, 2010)
    # the zip stays cached: another load of other years downloads nothing
    asked = len(loopback.seen)
    baci.update(con, "V202501", years=(2011, 2011), url=loopback.url, client=client)
    assert len(loopback.seen) == asked
    assert con.execute("SELECT DISTINCT year FROM baci_flows").fetchall() == [(2011,)]


def test_years_outside_the_release(loopback, client, con, home, shrimp) -> None:
    loopback.file(PATH, release_zip(shrimp))
    with pytest.raises(LatitudeError, match="has years 2007-2011, none in 2020-2021"):
        baci.update(con, "V202501", years=(2020, 2021), url=loopback.url, client=client)


def test_missing_release_and_damaged_zip(loopback, client, con, home) -> None:
    with pytest.raises(LatitudeError, match="HTTP 404") as err:
        baci.update(con, "V209901", url=loopback.url, client=client)
    assert "\n" not in str(err.value)
    loopback.add(PATH, Reply(200, b"PK\x03\x04 this is not a zip"))
    with pytest.raises(LatitudeError, match="damaged zip"):
        baci.update(con, "V202501", url=loopback.url, client=client)
    assert not store.has_table(con, "baci_flows")


@pytest.mark.parametrize(("release", "hs", "message"), [
    (None, "HS92", "needs --release"), ("2025", "HS92", "not CEPII's form"), ("V202501", "HS99", "not one of"),
])
def test_hostile_parameters(con, home, release, hs, message) -> None:
    with pytest.raises(LatitudeError, match=message):
        baci.update(con, release, hs=hs, url="http://127.0.0.1:9/")


def test_offline_one_line(con, home, client) -> None:
    with pytest.raises(LatitudeError, match=r"^cannot reach 127\.0\.0\.1:\d+: no network\?"):
        baci.update(con, "V202501", url=closed_port_url(), client=client)
