"""The current-leaders snapshot as loaded: one row per entity and office with a named holder."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from latitude.errors import LatitudeError
from latitude.sources import leaders_current


def test_loaded_snapshot(store_con) -> None:
    # 30 entities x 2 offices, less Malaysia's head of state and Myanmar's head of government (blank in the CSV)
    assert store_con.execute("SELECT count(*), count(DISTINCT entity) FROM leaders_current").fetchall() == [(58, 30)]
    assert store_con.execute("SELECT leader, start_date, snapshot_date FROM leaders_current WHERE iso3 = 'KOR' "
                             "ORDER BY role").fetchall() == \
        [("Lee Jae Myung", dt.date(2025, 6, 4), dt.date(2026, 8, 22))] * 2
    assert store_con.execute("SELECT leader, start_date FROM leaders_current WHERE iso3 = 'JPN' AND "
                             "role = 'head of government'").fetchall() == [("Sanae Takaichi", dt.date(2025, 10, 21))]
    # organisations keep their row without an ISO3; Canada's prime minister has no start date
    assert store_con.execute("SELECT entity FROM leaders_current WHERE iso3 IS NULL GROUP BY 1 ORDER BY 1"
                             ).fetchall() == [("African Union",), ("European Union",)]
    assert store_con.execute("SELECT start_date FROM leaders_current WHERE iso3 = 'CAN' AND role = "
                             "'head of government'").fetchall() == [(None,)]


def test_malformed_snapshot(tmp_path) -> None:
    broken = tmp_path / "all-leaders.json"
    broken.write_text('{"snapshot_date": "2026-08-22", "lead')
    with pytest.raises(LatitudeError, match="truncated or not JSON"):
        leaders_current.snapshot_date(broken)
    broken.write_text(json.dumps({"leaders": {}}))
    with pytest.raises(LatitudeError, match="no snapshot_date"):
        leaders_current.snapshot_date(broken)
    csv = tmp_path / "all-leaders.csv"
    csv.write_text('"Country","ISO","HoG Title","Head of Government","HoG Since"\n"Japan","JP","PM","X","2025-10-21"\n')
    with pytest.raises(LatitudeError, match=r"missing column\(s\) HoS Title"):
        leaders_current.parse(csv, dt.date(2026, 8, 22))
    csv.write_text('"Country","ISO","HoG Title","Head of Government","HoG Since","HoS Title","Head of State",'
                   '"HoS Since"\n"Japan","JP","PM","X","21/10/2025","Emperor","Naruhito","2019-05-01"\n')
    with pytest.raises(LatitudeError, match="HoG Since '21/10/2025' is not a date") as exc:
        leaders_current.parse(csv, dt.date(2026, 8, 22))
    assert "\n" not in str(exc.value)
