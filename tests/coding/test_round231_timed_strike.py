"""Issue 13, coder round 231: an attack told as coming after another act. A sentence that opens with an attack's noun
as the subject of a verb of time ("The strike came a day after ...", "Friday's deadly strike came hours after ...")
was carried (`coder._timed_attack`) only from the article's last launch fired at a state, so in an article whose act
is a strike of one state on another (air strikes, a drone strike, ASSAULT) the noun read as nothing. It is now the
article's last such strike (`code_article`'s `struck`, from each sentence's final records, kept from a sentence that
reads the pair both ways), and the prior act named after "after" is then read as round 228 reads it. Rows are quoted
from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The
first four tests fail with main's code (9f362b3d)."""

import datetime as dt

from prose_rows import all_found, labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round231", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_the_strike_came_shortly_after_another_israeli_attack():
    # held-out 215 BI004 (ISR>LBN ASSAULT): "The strike came shortly after another Israeli attack damaged a car ..."
    assert all_found("heldout215_prose.tsv", "BI004")


def test_friday_s_deadly_strike_came_hours_after_hezbollah_launched():
    # held-out 209 VL007 (ISR>LBN ASSAULT | LBN>ISR ASSAULT/MOBILIZE): "Friday's deadly strike came hours after Hezbollah
    # launched one of its most intense bombardments of northern Israel ..."
    assert all_found("heldout209_prose.tsv", "VL007")


def test_the_strike_came_a_day_after_a_hezbollah_drone_attack():
    # held-out 209 VQ005 (ISR>LBN ASSAULT | LBN>ISR ASSAULT/MOBILIZE): the strike, the article's Israeli airstrike, is
    # read; the drone attack after "after" is not (its noun is not one of round 228's words)
    assert labels_found("heldout209_prose.tsv", "VQ005")[0]


def test_general_sentence():
    kinds = _kinds(
        "India launched strikes on Pakistan on Wednesday, killing at least eight people.",
        "The strikes came two weeks after an attack on tourists in Pahalgam.",
    )
    assert ("IND", "PAK", "ASSAULT") in kinds


def test_a_strike_read_both_ways_is_not_carried():
    # a sentence whose records hold the pair both ways gives no strike for the noun to stand for
    kinds = _kinds(
        "Israel and Hezbollah exchanged strikes across the border on Monday.",
        "The strikes came a day after talks in Paris ended.",
    )
    assert ("ISR", "LBN", "ASSAULT") not in kinds or ("LBN", "ISR", "ASSAULT") not in kinds
