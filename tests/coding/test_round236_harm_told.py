"""Issue 13, coder round 236: an attack told again with the act's noun as the subject. In an article, a sentence whose
subject is a definite noun of the article's attack ("The strike", "the strikes", "The aerial attacks") before a verb of
harm ("hit", "targeted", "killed", "sparked"), with its doer named only in the sentences before ("The strike hit a small
apartment building in the village of Aito, ...", "The attack sparked fires in several areas, ..."), was read as nothing
or as an attack with no doer that the article leaves out; it is the article's last attack of one state on another
(`coder._harm_told`). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the
expectations are their hand labels. The first four tests fail with main's code (2fc4e93d)."""

import datetime as dt

from prose_rows import labels_found

from latitude.coding.coder import Article, code_article


def _kinds(*sentences: str) -> set[tuple]:
    records = code_article(Article("round236", " ".join(sentences), dt.date(2025, 5, 9)))
    return {(r["source"], r["target"], r["plover"]) for r in records if r["sentence"] == sentences[-1]}


def test_the_strike_hit_an_apartment_building():
    # held-out 209 VQ003 (ISR>LBN ASSAULT): "The strike hit a small apartment building in the village of Aito, ..."
    assert labels_found("heldout209_prose.tsv", "VQ003") == [True]


def test_the_attack_sparked_fires():
    # held-out 209 VR002 (RUS>UKR ASSAULT | UKR>- STATEMENT): "The attack sparked fires in several areas, shattered
    # windows in residential buildings, and damaged a kindergarten ..., Tymur Tkachenko, ..., said on social media."
    assert labels_found("heldout209_prose.tsv", "VR002")[0] is True


def test_the_strikes_hit_six_regions():
    # held-out 233 RK004 (RUS>UKR ASSAULT/MOBILIZE): "The strikes hit six regions, lasted for hours, and killed at least
    # four people."
    assert labels_found("heldout233_prose.tsv", "RK004") == [True]


def test_general_article():
    kinds = _kinds(
        "The Israeli army said it struck Hezbollah targets in southern Lebanon on Friday.",
        "The strikes killed three people and damaged a school, the health ministry said.",
    )
    assert ("ISR", "LBN", "ASSAULT") in kinds
    kinds = _kinds(
        "Russia launched a massive missile attack on Ukraine overnight, Ukrainian officials said.",
        "The strikes killed three people and damaged a school in Kharkiv.",
    )
    assert ("RUS", "UKR", "ASSAULT") in kinds


def test_an_indefinite_or_counted_noun_is_no_retelling():
    # "Another strike", "Four strikes": a new act, not the article's act told again
    kinds = _kinds(
        "The Israeli army said it struck Hezbollah targets in southern Lebanon on Friday.",
        "Four strikes also targeted a factory near the coast.",
    )
    assert not any(k[2] in ("ASSAULT", "MOBILIZE") for k in kinds)


def test_the_doer_s_own_people_as_the_harmed():
    # the doer's own people named after the verb: the noun tells another side's act
    kinds = _kinds(
        "The Israeli army said it struck Hezbollah targets in southern Lebanon on Friday.",
        "The strike also wounded five Israeli nationals, it added.",
    )
    assert ("ISR", "LBN", "ASSAULT") not in kinds


def test_a_sentence_alone_is_unchanged():
    records = code_article(Article("round236", "The strikes killed three people and damaged a school.", dt.date(2025, 5, 9)))
    assert not any(r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)
