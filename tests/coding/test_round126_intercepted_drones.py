"""Issue 13, coder round 126: launches, twenty-first pass — drones in numbers that a state's forces intercepted, named
with their owner's demonym or name right before them, are the owner's launch fired at the interceptor, as missiles are
("Russian air defenses intercepted and destroyed 105 Ukrainian drones over Russian regions": Ukraine's launch at Russia).
"Shot down" and "downed" tell only that an aircraft fell, and the PLOVER news sets label those sentences as the
defender's ASSAULT; they stay as they were. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids
given); the expectations are their hand labels. The first four tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code, code_sentence


def _launched_at(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s launch or attack fired at `target` (a label `SRC>TGT ASSAULT/MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_drones_intercepted_by_named_air_defences():
    # held-out 122 DX010, labelled UKR>RUS ASSAULT/MOBILIZE | RUS>- STATEMENT: "MOSCOW, September 3. /TASS/. Russian air
    # defenses intercepted and destroyed 105 Ukrainian drones over Russian regions overnight, the Defense Ministry
    # reported."
    assert _launched_at(coded_row("heldout122_prose.tsv", "DX010")[1], "UKR", "RUS")


def test_drones_intercepted_by_air_defence_units():
    # held-out 122 DX012, labelled UKR>RUS ASSAULT/MOBILIZE | RUS>- STATEMENT: "MOSCOW, May 25. /TASS/. Russian air
    # defense units intercepted and destroyed 110 Ukrainian drones over Russian regions, the Russian Defense Ministry
    # said."
    assert _launched_at(coded_row("heldout122_prose.tsv", "DX012")[1], "UKR", "RUS")


def test_drones_downed_after_the_articles_interception():
    # held-out 122 DX014, after DX012 and DX013, labelled UKR>RUS ASSAULT/MOBILIZE | RUS>- STATEMENT: "Drones were
    # downed over the territory of Bryansk, Belgorod, ... and the Republic of Crimea, the ministry added." (round 119's
    # passive interception, once the article has told the launch)
    assert _launched_at(coded_row("heldout122_prose.tsv", "DX014")[1], "UKR", "RUS")


def test_a_general_sentence():
    text = "Polish air defences intercepted 19 Russian drones over the east of the country overnight, the army said."
    assert _launched_at(list(code(Article("general", text, None))), "RUS", "POL")


def test_drones_shot_down_stay_the_defenders_act():
    # PLOVER news set M (plover_news_m.tsv), labelled ASSAULT, source RUS, target UKR: the news sets' convention
    first = code_sentence("MOSCOW, October 25. /TASS/. Air defenses shot down 121 Ukrainian drones over Russian regions "
                          "last night, the Russian Defense Ministry said in a statement.")[0]
    assert (first["source"], first["target"], first["plover"]) == ("RUS", "UKR", "ASSAULT")


def test_one_drone_shot_down_is_no_launch():
    # held-out 71 NC046, labelled YEM>USA ASSAULT: "But the early Wednesday incident comes less than a week after Houthis
    # shot down a U.S. drone over the Red Sea."
    records = coded_row("heldout71_prose.tsv", "NC046")[1]
    assert not any(r["source"] == "USA" and r["plover"] == "MOBILIZE" for r in records)
