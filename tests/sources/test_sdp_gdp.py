"""Anders, Fariss & Markowitz GDP/population estimates against the raw file."""
from __future__ import annotations

import pyreadr


def test_korea_estimates_and_missing(store_con, mirror) -> None:
    raw = pyreadr.read_r(str(mirror / "peacesciencer" / "cow_sdp_gdp.rda"))["cow_sdp_gdp"]
    kor = raw[(raw.ccode == 732) & (raw.year == 2015)].iloc[0]
    assert store_con.execute("SELECT wbgdp2011est, wbpopest, sdpest, iso3 FROM sdp_gdp WHERE ccode = 732 AND year = 2015"
                             ).fetchall() == [(kor.wbgdp2011est, kor.wbpopest, kor.sdpest, "KOR")]
    assert store_con.execute("SELECT count(*), count(*) - count(wbgdp2011est) FROM sdp_gdp").fetchall() == \
        [(len(raw), int(raw.wbgdp2011est.isna().sum()))]
