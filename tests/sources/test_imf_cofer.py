"""IMF COFER currency shares: published figures, internal consistency, the long layout, bad files."""
from __future__ import annotations

import pytest

from latitude.errors import LatitudeError
from latitude.sources import imf_cofer


def share(con, period: str, currency: str = "USD", area: str = "World") -> float:
    return con.execute("SELECT value FROM cofer_shares WHERE area = ? AND period = ? AND currency = ? "
                       "AND measure = 'share_allocated'", [area, period, currency]).fetchall()[0][0]


def test_published_dollar_shares(store_con) -> None:
    # IMF COFER release for 2024Q4 (and the mirror's README): USD 57.8% of allocated reserves.
    assert share(store_con, "2024-Q4") == pytest.approx(57.8, abs=0.05)
    assert share(store_con, "2024") == share(store_con, "2024-Q4")  # annual = end-of-year position
    # Arslanalp, Eichengreen & Simpson-Bell, "The Stealth Erosion of Dollar Dominance", IMF Blog,
    # 24 March 2022: the dollar's share "fell ... from 71 percent in 1999 to 59 percent in 2021".
    assert round(share(store_con, "1999")) == 71 and round(share(store_con, "2021")) == 59


def test_shares_are_amounts_over_allocated(store_con) -> None:
    """Each currency's share equals its amount over allocated reserves (computed here from the amounts)."""
    rows = store_con.execute("""
        SELECT s.area, s.period, s.currency, s.value, a.value / t.value * 100
          FROM cofer_shares s
          JOIN cofer_shares a USING (area, period, currency)
          JOIN cofer_shares t ON t.area = s.area AND t.period = s.period AND t.currency = 'allocated'
                             AND t.measure = 'amount_usd'
         WHERE s.measure = 'share_allocated' AND a.measure = 'amount_usd'""").fetchall()
    assert len(rows) > 2000
    assert all(abs(published - computed) < 1e-6 for *_, published, computed in rows)
    # amounts are US dollars: world total reserves at end-2024 about 12.36 trillion
    total = store_con.execute("SELECT value FROM cofer_shares WHERE area = 'World' AND period = '2024-Q4' AND "
                              "currency = 'total' AND measure = 'amount_usd'").fetchall()[0][0]
    assert 12.0e12 < total < 12.7e12


def test_layout(store_con) -> None:
    assert store_con.execute("SELECT DISTINCT area FROM cofer_shares ORDER BY 1").fetchall() == [
        ("Advanced Economies",), ("Emerging Market and Developing Economies",), ("World",)]
    # annual end-of-year positions from 1995, quarterly ones from 1999-Q1 (the export's 1995-1998
    # quarterly columns are empty)
    assert store_con.execute("SELECT freq, min(period), max(period) FROM cofer_shares GROUP BY 1 ORDER BY 1"
                             ).fetchall() == [("A", "1995", "2024"), ("Q", "1999-Q1", "2025-Q1")]
    # the renminbi is reported separately from 2016-Q4 on
    assert store_con.execute("SELECT min(period) FROM cofer_shares WHERE currency = 'CNY' AND freq = 'Q'"
                             ).fetchall() == [("2016-Q4",)]
    assert store_con.execute("SELECT count(*) FROM cofer_shares WHERE (freq = 'A') <> (quarter IS NULL)"
                             ).fetchall() == [(0,)]


def test_bad_files(tmp_path) -> None:
    head = "SERIES_CODE,COUNTRY,INDICATOR,FXR_CURRENCY,TYPE_OF_TRANSFORMATION,FREQUENCY,UNIT,SCALE"
    row = "X,World,Allocated foreign exchange reserves,Claims in US dollar,Shares,Quarterly,Percent,Units"
    cases = {f"{head},2024-Q4\n{row},57.8\n".replace("FXR_CURRENCY,", ""): r"missing column\(s\) FXR_CURRENCY",
             f"{head}\n{row}\n": "no period columns",
             f"{head},2024-Q4\n{row.replace('US dollar', 'Rupee')},1\n": "unknown currency 'Claims in Rupee'",
             f"{head},2024-Q4\n{row},n/a\n": "'n/a' in period 2024-Q4 is not a number",
             f"{head},2024\n{row},57.8\n": "period 2024 does not match frequency Q"}
    for i, (text, message) in enumerate(cases.items()):
        path = tmp_path / f"cofer{i}.csv"
        path.write_text(text)
        with pytest.raises(LatitudeError, match=message) as exc:
            imf_cofer.parse(path)
        assert "\n" not in str(exc.value)
