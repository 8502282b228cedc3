"""Issue 13, coder round 162: a weapon whose owner is named only earlier, and strike nouns under the article's
threshold. Two article readings (`coder.code_article`; a sentence read alone, `code_sentence`, is unchanged):
- an attack told by a weapon as the subject of its hit ("A Houthi drone struck a tourist area in the Israeli city of
  Eilat", coded `YEM>ISR ASSAULT` with no verb of launching) is a launch the article's later sentences carry
  (`_fired_at_state`, `_WEAPON_HITS`): "The drone fell in a tourist area of Eilat ...", "The attack occurred ...";
- a sentence telling an attack by a weapon's strike or attack noun owned by a state named right before it ("A Russian
  drone strike has damaged port infrastructure ...", "Russian missile and drone strikes battered the Kyiv region
  overnight") is read under `RULED_THRESHOLD`, not the article's register threshold, keeping only that state's
  attack records (`_weapon_attack_owner`).
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first five tests fail with main's code."""

from prose_rows import article_records, coded_row

from latitude.coding.coder import code_sentence


def _attacked(records: list[dict], source: str, target: str | None) -> bool:
    """Whether a record is `source`'s launch or attack at `target` (a label `SRC>TGT ASSAULT/MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_the_drone_fell_takes_the_houthi_drone_strike():
    # held-out 141 IN001-IN002, labelled YEM>ISR ASSAULT/MOBILIZE: "A Houthi drone struck a tourist area in the Israeli
    # city of Eilat, ..." then "The drone fell in a tourist area of Eilat, with most injuries caused by panic following
    # the explosion."; main: no record on IN002
    assert _attacked(coded_row("heldout141_prose.tsv", "IN002")[1], "YEM", "ISR")


def test_the_attack_occurred_takes_the_houthi_drone_strike():
    # held-out 141 IN003, labelled YEM>ISR ASSAULT/MOBILIZE: "The attack occurred on the Jewish holiday of Rosh Hashanah
    # with many people holidaying the edge of the Red Sea."; main: no record
    assert _attacked(coded_row("heldout141_prose.tsv", "IN003")[1], "YEM", "ISR")


def test_a_russian_drone_strike_has_damaged_port_infrastructure():
    # held-out 141 KP001, labelled RUS>UKR ASSAULT/MOBILIZE: "A Russian drone strike has damaged port infrastructure in
    # the coastal Ukrainian city of Odesa."; main: no record (under the article's threshold)
    assert _attacked(coded_row("heldout141_prose.tsv", "KP001")[1], "RUS", "UKR")


def test_russian_missile_and_drone_strikes_battered_the_kyiv_region():
    # held-out 153 IB001, labelled RUS>UKR ASSAULT/MOBILIZE: "Russian missile and drone strikes battered the Kyiv region
    # overnight, killing at least nine people and injuring dozens, according to Ukrainian officials."; main: no record
    assert _attacked(coded_row("heldout153_prose.tsv", "IB001")[1], "RUS", "UKR")


def test_general_the_missile_hit_after_a_missile_struck():
    records = article_records(
        "A Houthi missile struck a port in the Israeli city of Eilat on Tuesday, Israeli media reported. "
        "The missile hit a warehouse near the port, and nobody was hurt."
    )
    assert sum(_attacked([r], "YEM", "ISR") for r in records) >= 2


def test_a_sentence_read_alone_is_unchanged():
    # held-out 141 KP001 read alone (as the news sets read sentences) gave its label before this round and still does
    assert _attacked(code_sentence("A Russian drone strike has damaged port infrastructure in the coastal Ukrainian city of Odesa."), "RUS", "UKR")
