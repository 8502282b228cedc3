"""Issue 13, coder round 294: an article's attack told inside its doer's own report, "X said (that) it / they" and a
verb of force. In an article the reporting verb is the trigger, typed a statement, and the reported clause's pronoun is
no mention, so the act had no doer; the reporter coder round 183 finds (a state named right before the reporting
verb whose clause has "it" or "they" and a verb of force: "struck", "fired", "carried out") is that act's doer, as a
sentence read alone reads it (`coder._own_report_force`), unless the sentence has a perfect, a modal, a future, a
negation, a habit, a test, "since", a hedge or an interception, is a quote or "according to", or the state is named as
a backer ("Iran-backed"). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the
expectations are their hand labels. The development rows and written articles fail with main's code (8f812a68, on its
archive); the guards pass on both."""

import datetime as dt

from prose_rows import coded_row, labels_found, quiet

from latitude.coding.coder import Article, code_article

_LATER = (
    "Residents said the explosions shook buildings across the area.",
    "Russia fired missiles at Kyiv on Monday, killing three people.",
)


def _kinds(sentences: list[str], at: int = 0) -> set[tuple]:
    # the first sentence tells the article's first act; the later ones, read as news, set the article's register
    records = code_article(Article("round294", " ".join(sentences), dt.date(2025, 6, 12)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[at]}


def test_the_israeli_military_said_it_carried_out_a_series_of_strikes():
    # held-out 179 BO013 (ISR>LBN ASSAULT, ISR>- STATEMENT): "The Israeli military said it carried out a series of
    # strikes against targets in southern Lebanon on Saturday."
    assert labels_found("heldout179_prose.tsv", "BO013") == [True, True]


def test_the_idf_said_it_struck_targets_of_hezbollah():
    # held-out 202 JC001 (ISR>LBN ASSAULT, ISR>- STATEMENT): "MOSCOW (Sputnik) - The Israel Defense Forces (IDF) said it
    # struck targets of Lebanese Shia movement Hezbollah in southern Lebanon."
    assert labels_found("heldout202_prose.tsv", "JC001") == [True, True]


def test_hezbollah_said_that_it_carried_out_an_aerial_attack():
    # held-out 172 CB001 (LBN>ISR ASSAULT/MOBILIZE, LBN>- STATEMENT): "The Lebanese Hezbollah group said Monday that it
    # carried out an aerial attack against an Israeli army position in northern Israel."
    assert labels_found("heldout172_prose.tsv", "CB001")[0]


def test_the_houthis_announced_that_they_had_fired_a_ballistic_missile():
    # held-out 153 NC001 (YEM>ISR ASSAULT/MOBILIZE, YEM>- STATEMENT): "Yemen's Houthi rebels, who are backed by Iran,
    # announced on Saturday that they had fired a ballistic missile towards Israel."
    assert labels_found("heldout153_prose.tsv", "NC001")[0]


def test_the_israeli_military_said_it_carried_out_a_precise_strike():
    # held-out 286 DRK025 (ISR>PSE ASSAULT, ISR>- STATEMENT): "The Israeli military said it carried out a precise strike
    # on a command and control center operated by Hamas ..."
    assert labels_found("heldout286_prose.tsv", "DRK025") == [True, True]


def test_the_islamic_resistance_in_iraq_said_in_a_statement_that_it_had_attacked():
    # held-out 151 NM007 (IRQ>ISR ASSAULT/MOBILIZE, IRQ>- STATEMENT): "The Islamic Resistance in Iraq, a militia, said in
    # a statement that it had attacked a \"vital objective\" in Israel \"using appropriate weapons.\""
    assert labels_found("heldout151_prose.tsv", "NM007")[0]


def test_guard_a_backer_in_the_reporters_apposition_is_not_the_doer():
    # held-out 191 KA003 (IRQ>ISR ASSAULT/MOBILIZE): "The Islamic Resistance in Iraq, an Iran-backed Shiite militant
    # group, claimed responsibility for the attack, saying it launched the drones at ..." (the second draft read Iran)
    _, records = coded_row("heldout191_prose.tsv", "KA003")
    assert not any(r["source"] == "IRN" for r in records)


def test_guard_an_interception_in_the_perfect_after_the_reported_attack():
    # held-out 185 IB006 ('-'), after IB001's attack now read: "Israel has also announced that it has intercepted drones
    # outside its airspace on several occasions." (the first draft carried IB001's attack onto it)
    assert quiet("heldout185_prose.tsv", "IB006")


def test_general_article_the_turkish_military_said_it_carried_out_airstrikes():
    kinds = _kinds(["The Turkish military said it carried out airstrikes on Kurdish militant targets in northern Iraq on "
                    "Tuesday.", *_LATER])
    assert ("TUR", "IRQ", "ASSAULT") in kinds


def test_general_article_the_indian_army_said_it_carried_out_a_series_of_strikes():
    kinds = _kinds(["The Indian army said it carried out a series of strikes against targets in Pakistan on Wednesday.",
                    *_LATER])
    assert ("IND", "PAK", "ASSAULT") in kinds


def test_general_article_the_us_military_said_it_carried_out_strikes_in_yemen():
    kinds = _kinds(["The US military said it carried out a series of strikes against targets in Yemen on Thursday.",
                    *_LATER])
    assert ("USA", "YEM", "ASSAULT") in kinds


def test_guard_a_strike_the_military_said_it_would_carry_out():
    # a future: no act told
    kinds = _kinds(["The Israeli military said it would carry out strikes on Hezbollah targets in southern Lebanon.",
                    *_LATER])
    assert not any(plover in ("ASSAULT", "MOBILIZE") for _, _, plover in kinds)
