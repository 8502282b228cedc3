"""Actors round 22 (issue 13): GeoNames' places of 5,000 people or more and their spellings, and first-level
divisions named without GeoNames' type word ("Tigray" for "Tigray Region"), resolve to their states
(`places_towns.tsv`, `build.build_town_table`); another place's other name, a short word after an Arabic article
and a name made of given names and surnames do not. Probes written from the development sets (held-out actors
18 and 20, PLOVER news sets G, M, T and AA, the held-out leaders set), not from the round's held-out set."""

from pathlib import Path

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from latitude.countries import state_table

DATA = Path(__file__).resolve().parents[2] / "src" / "latitude" / "coding" / "data"


def _found(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.sector) for m in find_actors(raw_tokens(sentence))]


def test_towns_of_5000_people_and_divisions_without_their_type_word_resolve():
    # towns of 5,000-15,000 people (held-out actors 20 V017: Kargil; 18 M058: Trakai, M067: Dalbandin)
    assert _found("Troops were rushed to Kargil.") == [("Kargil", "IND", None)]
    assert _found("The ministers met in Trakai.") == [("Trakai", "LTU", None)]
    assert _found("The blast happened in the Dalbandin region.") == [("Dalbandin", "PAK", None)]
    # the 2018 snapshot's spellings (held-out actors 20 V002: "Avdiivka"; 18 M029: "Naypyitaw")
    assert _found("Shelling hit Avdiivka overnight.") == [("Avdiivka", "UKR", None)]
    assert _found("The junta met in Naypyitaw.") == [("Naypyitaw", "MMR", None)]
    # a first-level division without "Region" (held-out actors 18 M077: "humanitarian concerns in Tigray")
    assert _found("Aid reached Tigray.") == [("Tigray", "ETH", None)]


def test_other_names_short_words_after_an_article_and_peoples_names_do_not():
    # beside a town that resolves: another place's other name, "Peking" being Beijing's, not a German
    # village's (held-out actors 21 H021)
    assert _found("Kissinger flew from Peking to Trakai.") == [("Trakai", "LTU", None)]
    # a short word after an Arabic article (PLOVER T016: "Deir Qanoun El Ain" in Lebanon, not Al Ain)
    assert _found("An airstrike hit a car in El Ain and Kargil.") == [("Kargil", "IND", None)]
    # a name of given names and surnames (PLOVER G047: "Hon. St. Clair Prince", a minister of Saint Vincent)
    assert _found("St Clair Prince visited Dalbandin.") == [("Dalbandin", "PAK", None)]


def test_town_table_cites_its_source_and_adds_only_new_names_of_known_states():
    lines = (DATA / "places_towns.tsv").read_text(encoding="utf-8").splitlines()
    assert "spyratos/geodata @ 1bab62c4e83d434cc5ac98a0aac5ae0176f819b1" in lines[0]
    assert "build_town_table" in lines[0]
    rows = [line.split("\t") for line in lines[1:]]
    places = {line.split("\t")[0] for line in (DATA / "places_geonames.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    phoenix = (DATA / "phoenix_actors.tsv").read_text(encoding="utf-8").splitlines()[1:]
    codes = set(state_table()["iso3"].dropna()) | {line.split("\t")[1] for line in phoenix}
    assert len(rows) > 30_000
    assert not {row[0] for row in rows} & places
    assert all(row[1] in codes and row[2:] == ["", "", ""] for row in rows)
