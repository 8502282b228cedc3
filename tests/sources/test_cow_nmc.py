"""COW National Material Capabilities against the raw file: KOR CINC, counts, missing values."""
from __future__ import annotations

import pyreadr


def test_korea_cinc_2016_and_missing_values(store_con, mirror) -> None:
    raw = pyreadr.read_r(str(mirror / "peacesciencer" / "cow_nmc.rda"))["cow_nmc"]
    kor = raw[(raw.ccode == 732) & (raw.year == 2016)].iloc[0]
    got = store_con.execute("SELECT cinc, milex, tpop, iso3 FROM cow_nmc WHERE ccode = 732 AND year = 2016").fetchall()
    assert got == [(kor.cinc, kor.milex, kor.tpop, "KOR")]
    assert round(kor.cinc, 6) == 0.023258  # peacesciencer SUMMARY row
    counts = store_con.execute("SELECT count(*), count(*) - count(milex), count_if(milex < 0) FROM cow_nmc").fetchall()
    assert counts == [(len(raw), int(raw.milex.isna().sum()), 0)]
