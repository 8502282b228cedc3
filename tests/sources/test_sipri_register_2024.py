"""The SIPRI trade register by deal and delivery year (2026 export): rows as published, the
figures the mirror documents, row arithmetic, and annual TIV against the older TIV table (sipri_tiv,
360info, to 2021) where the two overlap, with the disagreements characterised."""
from __future__ import annotations

import gzip

import pytest

from latitude.errors import LatitudeError
from latitude.sources import sipri_register_2024


def annual(con, supplier: str, recipient: str) -> dict[int, float]:
    rows = con.execute("SELECT delivery_year, sum(tiv_delivered) FROM sipri_deliveries WHERE supplier_iso3 = ? "
                       "AND recipient_iso3 = ? GROUP BY 1", [supplier, recipient]).fetchall()
    return {int(y): round(v, 1) for y, v in rows}


def test_rows_and_documented_figures(store_con, mirror) -> None:
    text = gzip.decompress((mirror / "sipri_register_2024" / "trade_register.csv.gz").read_bytes()).decode()
    assert store_con.execute("SELECT count(*), min(delivery_year), max(delivery_year) FROM sipri_deliveries"
                             ).fetchall() == [(len(text.splitlines()) - 12, 1995, 2024)]
    # mirror SUMMARY.md: United States -> South Korea 2024 = 990.6; South Korea -> Poland 2022-2024
    assert annual(store_con, "USA", "KOR")[2024] == 990.6
    poland = annual(store_con, "KOR", "POL")
    assert (poland[2022], poland[2023], poland[2024]) == (156.4, 570.7, 680.7)
    assert store_con.execute("SELECT count(*) FROM sipri_deliveries WHERE number_ordered IS NOT NULL "
                             "OR comments IS NOT NULL").fetchall() == [(0,)]  # not in this layout
    assert store_con.execute("SELECT count(*) FROM sipri_deliveries WHERE supplier LIKE '%*' AND supplier_iso3 IS "
                             "NOT NULL").fetchall() == [(0,)]


def test_row_arithmetic(store_con) -> None:
    """TIV of a year's deliveries = number delivered x TIV per unit, within the rounding of the per-unit
    value SIPRI prints with two decimals (0.005 per unit)."""
    worst = store_con.execute("""
        SELECT max(abs(number_delivered * tiv_per_unit - tiv_delivered) - (0.005 * number_delivered + 0.005))
          FROM sipri_deliveries""").fetchall()[0][0]
    assert worst <= 1e-9


def test_annual_tiv_against_the_older_table(store_con) -> None:
    """Sum by supplier-recipient-year vs SIPRI's published annual TIV in `sipri_tiv` (a 2022-era download,
    whole millions), 1995-2021. Equal within rounding = |difference| <= 0.5 per delivery row summed
    + 0.5. Where they differ, SIPRI has revised the data since (new information, re-dated deliveries):
    the share agreeing falls for recent years, and yearly world totals stay within 4%."""
    compared = store_con.execute("""
        WITH reg AS (
            SELECT coalesce(supplier_iso3, lower(supplier)) AS s, coalesce(recipient_iso3, lower(recipient)) AS r,
                   delivery_year AS year, sum(tiv_delivered) AS reg, count(*) AS n
              FROM sipri_deliveries WHERE delivery_year <= 2021 GROUP BY ALL),
        old AS (
            SELECT coalesce(supplier_iso3, lower(supplier)) AS s, coalesce(recipient_iso3, lower(recipient)) AS r,
                   year, sum(tiv) AS tiv
              FROM sipri_tiv WHERE year BETWEEN 1995 AND 2021 GROUP BY ALL)
        SELECT old.s, old.r, old.year, old.tiv, reg.reg, abs(old.tiv - reg.reg) <= 0.5 * reg.n + 0.5 AS same
          FROM old JOIN reg USING (s, r, year)""").df()
    assert len(compared) > 10_000
    assert compared["same"].mean() > 0.79
    early = compared.loc[compared["year"] <= 2015, "same"].mean()
    late = compared.loc[compared["year"] >= 2019, "same"].mean()
    assert early > 0.80 and late < early
    # the Korea-USA dyad agrees every year 1995-2012
    usa_kor = compared[(compared["s"] == "USA") & (compared["r"] == "KOR") & (compared["year"] <= 2012)]
    assert len(usa_kor) == 18 and usa_kor["same"].all()
    # the largest disagreement: US deliveries to Saudi Arabia in 2019 (2,866 then, 2,418.7 now)
    biggest = compared.assign(d=(compared["tiv"] - compared["reg"]).abs()).nlargest(1, "d").iloc[0]
    assert (biggest["s"], biggest["r"], biggest["year"], biggest["tiv"]) == ("USA", "SAU", 2019, 2866)
    totals = store_con.execute("""
        SELECT t.year, t.v, r.v FROM (SELECT year, sum(tiv) v FROM sipri_tiv WHERE year BETWEEN 1995 AND 2021
                                      GROUP BY 1) t
          JOIN (SELECT delivery_year AS year, sum(tiv_delivered) v FROM sipri_deliveries GROUP BY 1) r USING (year)
        """).fetchall()
    assert len(totals) == 27 and all(abs(old - new) / old < 0.04 for _, old, new in totals)


def test_bad_files(tmp_path, mirror) -> None:
    text = gzip.decompress((mirror / "sipri_register_2024" / "trade_register.csv.gz").read_bytes()).decode()
    lines = text.split("\r\n")
    cases = {
        "\r\n".join(lines[:8]): "truncated",
        "\r\n".join(lines[:40] + [lines[40][:30]]): "line 41 has 4 fields instead of 17",
        "\r\n".join(lines[:11] + [lines[11].replace("TIV delivery values", "TIV")] + lines[12:20]):
            r"missing column\(s\) TIV delivery values",
        "\r\n".join(lines[:12] + [lines[12].replace(",No,", ",Maybe,", 1)] + lines[13:20]):
            "unexpected value\\(s\\) Maybe",
    }
    for i, (body, message) in enumerate(cases.items()):
        path = tmp_path / f"register{i}.csv"
        path.write_text(body, encoding="utf-8")
        with pytest.raises(LatitudeError, match=message) as exc:
            sipri_register_2024.parse(path)
        assert "\n" not in str(exc.value)


def test_gzipped_mirror_copy_is_checked_and_unpacked(mirror, tmp_path) -> None:
    """The mirror keeps the register gzipped; fetch checks the gzip's SHA-256, unpacks it and checks the
    published file's SHA-256; a corrupted mirror copy is refused and nothing is left in place."""
    folder = sipri_register_2024.fetch(tmp_path / "raw", mirror=mirror)
    assert (folder / "trade_register.csv").read_bytes() == \
        gzip.decompress((mirror / "sipri_register_2024" / "trade_register.csv.gz").read_bytes())
    fake = tmp_path / "mirror" / "sipri_register_2024"
    fake.mkdir(parents=True)
    data = bytearray((mirror / "sipri_register_2024" / "trade_register.csv.gz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (fake / "trade_register.csv.gz").write_bytes(bytes(data))
    with pytest.raises(LatitudeError, match="checksum mismatch .*trade_register.csv.gz"):
        sipri_register_2024.fetch(tmp_path / "raw2", mirror=tmp_path / "mirror")
    assert not (tmp_path / "raw2" / "trade_register.csv").exists()
