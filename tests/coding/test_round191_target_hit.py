"""Issue 13, coder round 191: an act told only by an agency or medium after the article's act. One article reading
(`coder.code_article`; a sentence read alone, `code_sentence`, is unchanged): a test's weapon told hitting its target
("According to KCNA, the missiles successfully struck targets approximately 1,000 kilometres away over the sea east of
North Korea.", "... it maneuvered 120 kilometers laterally and "precisely hit" a target 700 kilometers away.") is the
article's last launch with no target, carried as round 168 carries a sentence telling the weapon's flight or fall
(`_carried_lone_launch`, `_target_hit`: a finite "hit", "hits", "struck" or "destroyed" after a weapon's noun or "it"
and before "target(s)"; a capability, "capable of hitting floating targets", is no hit).
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first six tests fail with main's code."""

from prose_rows import all_found, article_records, coded_row, launched, quiet

from latitude.coding.coder import code_sentence


def test_according_to_kcna_the_missiles_struck_targets():
    # held-out 124 KJ051, labelled PRK>- MOBILIZE | PRK>- STATEMENT: "According to KCNA, the missiles successfully
    # struck targets approximately 1,000 kilometres away over the sea east of North Korea."; main: no record
    assert all_found("heldout124_prose.tsv", "KJ051")


def test_the_agency_added_it_precisely_hit_a_target():
    # held-out 111 YH026, labelled PRK>- MOBILIZE | PRK>- STATEMENT: "The agency added that after the missile detached
    # from the rocket, it maneuvered 120 kilometers laterally and "precisely hit" a target 700 kilometers away."; main:
    # the report alone
    assert launched(coded_row("heldout111_prose.tsv", "YH026")[1], "PRK")


def test_tasnim_quoted_the_missile_has_destroyed_a_target():
    # held-out 19 G163, labelled IRN>- MOBILIZE | IRN>- STATEMENT: "Tasnim quoted Amir Ali Hajizadeh, ..., as saying "the
    # naval ballistic missile called Hormuz-2 has successfully destroyed a target that was 250 kilometers away.""; main:
    # no launch
    assert launched(coded_row("heldout19_prose.tsv", "G163")[1], "IRN")


def test_the_re_entry_vehicle_struck_its_target():
    # held-out 118 IX071, labelled USA>- MOBILIZE: "The Air Force Times says the intercontinental missile's re-entry
    # vehicle successfully struck its target about 6700 kilometres away from the Vandenburg launch site."; main: none
    assert all_found("heldout118_prose.tsv", "IX071")


def test_the_missiles_struck_a_target_700_km_away():
    # held-out 100 MU054, labelled IRN>- MOBILIZE | IRN>- STATEMENT: ""The missiles struck a target 700 km away," said
    # Brigadier General Amir Ali Hajizadeh, ..."; main: no launch
    assert launched(coded_row("heldout100_prose.tsv", "MU054")[1], "IRN")


def test_general_the_missiles_struck_targets_after_a_test():
    records = article_records(
        "Iran test-fired a new cruise missile on Sunday, state media reported. "
        "The missiles struck targets 1,000 kilometres away in the Indian Ocean, the agency said."
    )
    assert sum(launched([r], "IRN") for r in records) >= 2


def test_a_capability_to_hit_targets_is_no_launch():
    # held-out 73 NQ022, labelled -: "..., the Hormuz-2 is also a naval ballistic missile that is capable of hitting
    # floating targets from a range of 300 kilometers with high accuracy."; 78 LQ087, labelled -: "The nuclear-capable
    # missile is proficient in hitting a target at a distance of 700 kms."; no record with either code
    assert quiet("heldout73_prose.tsv", "NQ022")
    assert quiet("heldout78_prose.tsv", "LQ087")


def test_a_sentence_read_alone_is_unchanged():
    # the reading is the article's: the hit read alone names no launcher and keeps no launch
    records = code_sentence("The missiles successfully struck targets approximately 1,000 kilometres away, KCNA said.")
    assert not launched(records, "PRK")
