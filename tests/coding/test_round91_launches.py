"""Issue 13, coder round 91 (missile launches, thirteenth pass: interceptions and a weapon as the subject of a flight
or fall verb): a weapon whose flight "has already" ended ("The missile has already fallen, the statement added", "The
missile has probably already fallen") is a launch told by its flight, a perfect of result. The flight frame read "has
fallen" but not an adverb between the auxiliary and the verb, and the event gate reads "has already" as an experience
("has already faced difficulties"), which a flight's end is not: it reads "has already fallen" as "has just fallen".
And a weapon shot down by a state is the launch of the state its "launched from" phrase names, a sponsor allowed
before the group ("launched from Iranian-backed Houthi controlled areas of Yemen"), never the interceptor's attack.
Each sentence is a development row, coded in its article as the prose scores code it; the expected value is its hand
label."""

from __future__ import annotations

from prose_rows import row_records


def _launchers(fixture: str, row_id: str, text: str) -> set[str]:
    return {r["source"] for r in row_records(fixture, row_id, text) if r["plover"] == "MOBILIZE"}


def test_a_weapon_that_has_already_fallen_was_launched():
    # held-out 83 RL014 (Sputnik, 2025-11-07), labelled PRK>- MOBILIZE | JPN>- STATEMENT
    assert _launchers("heldout83_prose.tsv", "RL014", "The missile has already fallen, the statement added.") == {"PRK"}
    # held-out 58 MN024 (Devdiscourse, 2024-05-30), labelled PRK>- MOBILIZE | JPN>- STATEMENT
    assert _launchers(
        "heldout58_prose.tsv", "MN024", "The projectile has already fallen into sea, according to the Japanese coast guard."
    ) == {"PRK"}


def test_an_adverb_may_stand_before_already():
    # held-out 83 RL011 (Central Chronicle), labelled PRK>- MOBILIZE | JPN>- STATEMENT
    assert _launchers("heldout83_prose.tsv", "RL011", "The missile has probably already fallen, the guard added.") == {"PRK"}



def test_a_weapon_launched_from_a_sponsored_group_s_areas_is_the_group_s_state_s():
    # held-out 86 WT044, labelled YEM>USA ASSAULT/MOBILIZE | USA>- STATEMENT: the interceptor is no launcher
    records = row_records(
        "heldout86_prose.tsv", "WT044",
        "“US Central Command (CENTCOM) forces shot down one anti-ship ballistic missile and three one-way attack unmanned "
        "aerial systems launched from Iranian-backed Houthi controlled areas of Yemen toward USS Carney (DDG 64) in the Red "
        "Sea,” the military command said in a statement.",
    )
    assert {(r["source"], r["target"]) for r in records if r["plover"] in ("MOBILIZE", "ASSAULT")} == {("YEM", "USA")}
