"""CAMEO lookup tables: rows and codes as published (leading zeros kept)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("table,file", [("cameo_event_codes", "CAMEO.eventcodesfull.txt"),
                                        ("cameo_goldstein", "CAMEO.goldsteinscale.txt"),
                                        ("cameo_countries", "CAMEO.country.txt"),
                                        ("cameo_actor_types", "CAMEO.actortype.txt")])
def test_one_row_per_line(store_con, mirror, table, file) -> None:
    lines = (mirror / "cameo_lookups" / file).read_text().splitlines()
    assert store_con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] == len(lines) - 1


def test_codes_and_goldstein(store_con) -> None:
    assert store_con.execute("SELECT description, root_code FROM cameo_event_codes WHERE event_code = '011'"
                             ).fetchall() == [("Decline comment", "01")]
    # Goldstein (1992) as used by GDELT: 190 "use conventional military force" is -10, 060 "engage in material cooperation" +6
    got = dict(store_con.execute("SELECT event_code, goldstein FROM cameo_goldstein WHERE event_code IN ('190', '060')"
                                 ).fetchall())
    assert got == {"190": -10.0, "060": 6.0}
    assert store_con.execute("SELECT label FROM cameo_countries WHERE code = 'KOR'").fetchall() == [("South Korea",)]
