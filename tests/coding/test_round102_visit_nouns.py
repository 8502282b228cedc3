"""Issue 13, coder round 102 (visits and trips told by nouns): the development visit labels with no matching record
whose sentence tells the visit by the noun "visit" or "trip" were pooled over every set of `build.PROSE_SETS` and
sorted by the construction around the noun (the object of "make/pay/begin/end/wrap up", a prepositional phrase
"during/after/ahead of his visit", a possessive, "by"/"of", "to"/"in", the verb "visit"). Most of them name their
visitor only by a stand-in or a name no table holds, or hold the noun in comment; two regular constructions are
fixed here. (1) The words that may stand between a possessor and its visit noun gain the remaining modifiers the
missed possessed nouns hold: "high profile", "big", "solo", "foreign", "three-country" ("Theresa May's high
profile visit to Kenya", "Narendra Modi's first bilateral foreign visit"). (2) A visit noun whose visitor is a
coordinated subject is each member's visit, as a visit verb's co-subjects already are ("The premiers of ... Thailand
and Singapore later followed in separate bilateral visits to Washington"). Each development row is quoted with its
set and id and coded in its article as the prose scores code it; the expected events are the rows' hand labels (the
general sentences': a reader's)."""

from __future__ import annotations

from latitude.coding.coder import code_sentence
from prose_rows import has, row_records


def test_a_high_profile_visit_of_a_named_possessor_is_hers():
    # heldout102 TV008 (Theresa May's 2018 Africa tour): labelled GBR>KEN CONSULT
    records = row_records(
        "heldout102_prose.tsv", "TV008",
        "Security has been beefed up in Nairobi as part of the final preparations ahead of British Prime Minister "
        "Theresa May's high profile visit to Kenya.",
    )
    assert has(records, "GBR", "KEN", "CONSULT")


def test_a_first_bilateral_foreign_visit_of_a_named_possessor_is_his():
    # heldout54 VM071 (Modi's 2024 visit to Russia): labelled IND>RUS CONSULT
    records = row_records(
        "heldout54_prose.tsv", "VM071",
        "Russia has pulled out all the stops to make Prime Minister Narendra Modi’s first bilateral foreign visit "
        "since taking office for the third time, a memorable one.",
    )
    assert has(records, "IND", "RUS", "CONSULT")


def test_a_hyphenated_high_profile_visit_in_a_phrase_is_the_possessors():
    # general sentence: "high-profile" stands where "historic" or "landmark" would
    records = code_sentence("Security was tightened ahead of British Prime Minister Theresa May's high-profile visit to Kenya.")
    assert has(records, "GBR", "KEN", "CONSULT")


def test_separate_visits_of_a_coordinated_subject_are_each_members():
    # heldout63 TV048 (Southeast Asian premiers in Washington): labelled MYS>USA, THA>USA and SGP>USA CONSULT
    records = row_records(
        "heldout63_prose.tsv", "TV048",
        "The premiers of Malaysia, Thailand and Singapore later followed in separate bilateral visits to Washington.",
    )
    assert has(records, "THA", "USA", "CONSULT")
    assert has(records, "SGP", "USA", "CONSULT")


def test_visits_made_by_two_coordinated_subjects_are_both():
    # general sentence: the prime ministers of two states each made a visit to Washington
    records = code_sentence("The prime ministers of Malaysia and Singapore later made separate visits to Washington.")
    assert has(records, "MYS", "USA", "CONSULT")
    assert has(records, "SGP", "USA", "CONSULT")
