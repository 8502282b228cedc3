"""Who is in office: the profile's leaders against the mirror's raw current-leaders snapshot."""
from __future__ import annotations

import csv

from latitude.profile.leaders import in_office


def test_current_leaders_match_the_raw_snapshot(store_con, mirror) -> None:
    """leaders_current_2026/all-leaders.csv (snapshot 2026-08-22): South Korea's and Japan's heads
    of government and state, with the dates they took office."""
    with open(mirror / "leaders_current_2026" / "all-leaders.csv", encoding="utf-8") as fh:
        raw = {r["ISO"]: r for r in csv.DictReader(fh)}
    frame = in_office(store_con, ["KOR", "JPN"])
    def norm(name: str) -> str:   # the snapshot writes "Lee Jae Myung", latitude "Lee Jae-myung"
        return name.replace("-", " ").lower()

    got = {(r.iso3, norm(r.leader), str(r.startdate)) for r in frame.itertuples()}
    for iso2, iso3 in (("KR", "KOR"), ("JP", "JPN")):
        row = raw[iso2]
        assert (iso3, norm(row["Head of Government"]), row["HoG Since"]) in got
        assert (iso3, norm(row["Head of State"]), row["HoS Since"]) in got
    assert list(dict.fromkeys(frame["iso3"])) == ["KOR", "JPN"] and frame.attrs["checked"] == "2026-08-22"
    assert frame["source"].str.startswith("http").all()


def test_a_state_the_table_does_not_cover_has_no_current_row(store_con) -> None:
    # Archigos ends in 2015 and latitude's table covers 22 states: Norway's current leaders are missing, not guessed
    assert in_office(store_con, ["NOR"]).empty
