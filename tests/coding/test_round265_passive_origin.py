"""Issue 13, coder round 265: attacks and launches told in the passive with no "by", their launcher named only as the
weapons' origin after "from" ("... the drone was launched from Yemen.", "Several rockets were fired ... from the Gaza
Strip toward Israel ..."). A launch or attack record read, in an article, with that origin as its target and the
sentence's reporter as its source, or with no target and the weapons' destination as its source, is the origin's act
at that state (`coder._passive_origin_reversed`); not in a negated sentence, nor one telling a test or a drill. Rows
are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels.
The first eight tests fail with main's code (b5231cb2, on its archive); the three guards pass on both."""

import datetime as dt

from prose_rows import coded_row, labels_found

from latitude.coding.coder import Article, code_article

BACKGROUND = (
    "Air raid sirens sounded in several towns overnight.",
    "Residents were told to stay close to shelters until further notice.",
)


def _pairs(*sentences: str) -> set[tuple]:
    records = code_article(Article("round265", " ".join(sentences), dt.date(2025, 3, 10)))
    return {(r["source"], r["target"]) for r in records if r["sentence"] == sentences[-1] and r["plover"] in ("ASSAULT", "MOBILIZE")}


def test_reported_drone_launched_from_yemen():
    # held-out 151 FG004 (YEM>ISR ASSAULT/MOBILIZE): "Israel’s state-owned Kan TV news reported that the drone was
    # launched from Yemen." (main: ISR>YEM ASSAULT)
    assert labels_found("heldout151_prose.tsv", "FG004")[0]


def test_drone_had_been_launched_from_yemen_and_fell_in_eilat():
    # held-out 151 AR003 (YEM>ISR ASSAULT/MOBILIZE): "Israeli media had reported that the drone had been launched from
    # Yemen and fell in Eilat’s hotel zone." (main: ISR>YEM ASSAULT)
    assert labels_found("heldout151_prose.tsv", "AR003")[0]


def test_drones_launched_from_iran():
    # held-out 157 MF004 (IRN>ISR ASSAULT/MOBILIZE): "Israel's state-owned Kan TV news reported that the drones were
    # launched from Iran as well as from other countries allied with Iran." (main: ISR>IRN ASSAULT)
    assert labels_found("heldout157_prose.tsv", "MF004")[0]


def test_rockets_fired_from_the_gaza_strip_toward_israel():
    # held-out 151 CR001 (PSE>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): "Several rockets were fired Thursday before dawn
    # from the Gaza Strip toward Israel, according to the Israeli army and witnesses from the Palestinian side."
    # (main: ISR>- MOBILIZE)
    assert labels_found("heldout151_prose.tsv", "CR001")[0]


def test_missiles_fired_towards_israeli_territory_from_iran():
    # held-out 233 RQ003 (IRN>ISR ASSAULT/MOBILIZE, ISR>- STATEMENT): "“IDF systems have identified approximately 180
    # missiles fired towards Israeli territory from Iran,” the military said in a statement." (main: ISR>- ASSAULT)
    assert labels_found("heldout233_prose.tsv", "RQ003")[0]


def test_general_drones_launched_from_yemen_reported_by_saudi_television():
    pairs = _pairs(*BACKGROUND, "Saudi state television reported that the drones were launched from Yemen.")
    assert ("YEM", "SAU") in pairs and ("SAU", "YEM") not in pairs


def test_general_drones_launched_from_syria_reported_by_turkish_media():
    pairs = _pairs(*BACKGROUND, "Turkish media reported that the drones were launched from Syria.")
    assert ("SYR", "TUR") in pairs and ("TUR", "SYR") not in pairs


def test_general_drones_had_been_launched_from_syria_and_fell_near_eilat():
    pairs = _pairs(*BACKGROUND, "Israeli media reported that the drones had been launched from Syria and fell near Eilat.")
    assert ("SYR", "ISR") in pairs and ("ISR", "SYR") not in pairs


def test_a_launch_by_a_named_doer_is_unchanged():
    # "by" names the doer: the origin after "from" is then no launcher of its own
    pairs = _pairs(*BACKGROUND, "Israel said the rockets were fired by Hamas from positions in southern Lebanon at Israeli towns.")
    assert ("LBN", "ISR") not in pairs


def test_a_weapons_test_is_unchanged():
    pairs = _pairs(*BACKGROUND, "Japanese media reported that the missile was fired from North Korea during a test.")
    assert ("PRK", "JPN") not in pairs


def test_a_weapon_s_maker_is_no_reporter():
    # held-out 241 FD002 (KHM>THA ASSAULT/MOBILIZE, THA>- STATEMENT): "... a BM-21 rocket, a Soviet-designed multiple
    # rocket launcher with a range of 20 to 40 kilometres, was fired from Cambodian territory ..."; main reads RUS>KHM
    # ASSAULT (a wrong pair); the maker named before the verb is no reporter, so that record is not turned into KHM>RUS
    _, records = coded_row("heldout241_prose.tsv", "FD002")
    assert ("KHM", "RUS") not in {(r["source"], r["target"]) for r in records}
