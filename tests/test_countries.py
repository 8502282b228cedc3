"""Country identity: every tricky name in the fixture table resolves as written there."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from latitude import countries
from latitude.errors import LatitudeError

FIXTURE = Path(__file__).parent / "fixtures" / "country_names.csv"
ROWS = list(csv.DictReader(FIXTURE.open(encoding="utf-8")))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['input']}-{r['year']}" for r in ROWS])
def test_fixture_row(row: dict[str, str]) -> None:
    year = int(row["year"]) if row["year"] else None
    found = countries.resolve(int(row["input"]) if row["input"].isdigit() else row["input"], year)
    assert found.iso3 == (row["iso3"] or None)
    assert found.cow == (int(row["cow"]) if row["cow"] else None)
    assert found.name == row["name"]


@pytest.mark.parametrize("name", ["Korea", "Narnia", "Sovjet Onion", ""])
def test_unknown_or_ambiguous_is_one_line_error(name: str) -> None:
    with pytest.raises(LatitudeError) as info:
        countries.resolve(name)
    assert "\n" not in str(info.value)


def test_ambiguous_korea_lists_both_koreas() -> None:
    with pytest.raises(LatitudeError, match=r"South Korea \(KOR\).*North Korea \(PRK\)"):
        countries.resolve("Korea")


def test_unknown_name_suggests_closest() -> None:
    with pytest.raises(LatitudeError, match="closest: United States"):
        countries.resolve("Untied States")


def test_codes_round_trip_for_every_current_state() -> None:
    table = countries.state_table()
    current = table[table["end"].isna() & table["iso3"].notna()]
    for _, row in current.iterrows():
        assert countries.resolve(row["iso3"]).iso3 == row["iso3"]
        assert countries.resolve(int(row["cow"])).iso3 == row["iso3"]


def test_vectorised_conversions_are_time_aware() -> None:
    iso3 = pd.Series(["DEU", "DEU", "YEM", "YEM", "KOR", "HKG"])
    years = pd.Series([1970, 2000, 1980, 2000, 2000, 2000])
    assert countries.iso3_to_cow(iso3, years).tolist() == [260, 255, 678, 679, 732, pd.NA]
    assert countries.cow_to_iso3(pd.Series([732, 731, 365, 245])).tolist() == ["KOR", "PRK", "RUS", pd.NA]


def test_country_list_option() -> None:
    assert countries.parse_country_list("USA, CHN,Japan,USA") == ["USA", "CHN", "JPN"]
    assert countries.parse_country_list(["USA", 710, " Japan", "CHN"]) == ["USA", "CHN", "JPN"]  # COW 710 = China
    with pytest.raises(LatitudeError, match="empty country list"):
        countries.parse_country_list([])


def test_cow_codes_of_a_state() -> None:
    # COW lists unified Germany (255) and the German Federal Republic (260), both ISO3 DEU.
    assert sorted(countries.cow_codes("DEU")) == [255, 260]
    assert countries.cow_codes("KOR") == (732,)
    assert countries.cow_codes("HKG") == ()
