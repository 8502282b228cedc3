"""Issue 13, coder round 287: after an article's group meeting is coded, a subject giving the group by a number that
matches it and a noun of its people or states ("the three leaders", "the three countries", "the four foreign
ministers") right before a past verb of meeting or of the parties' words tells that meeting again, and gets every pair;
a count other than the group's keeps nothing of the group, a meeting only hoped for not the whole group.
Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given), expectations their hand labels;
the gains fail with main's code (3e31e1d6: no record of the group on those rows); the guards hold on both."""

from prose_rows import all_found, sentence_pairs

TOKYO = {frozenset({"JPN", "CHN"}), frozenset({"JPN", "KOR"}), frozenset({"CHN", "KOR"})}
QUAD = {
    frozenset({"USA", "IND"}), frozenset({"USA", "JPN"}), frozenset({"USA", "AUS"}),
    frozenset({"IND", "JPN"}), frozenset({"IND", "AUS"}), frozenset({"JPN", "AUS"}),
}


def test_development_rows_of_a_group_told_by_its_count():
    # held-out 250 JX003 "At the highly symbolic venue — traditionally reserved for historic diplomatic announcements —
    # the three leaders highlighted their unwavering commitment to institutionalizing trilateral cooperation ..." (every
    # pair of Japan, South Korea and the United States CONSULT)
    assert all_found("heldout250_prose.tsv", "JX003")
    # held-out 283 TGM010 "The three countries emphasized the necessity of terminating all unlawful unilateral
    # sanctions,” the statement said." (every pair of China, Russia and Iran CONSULT)
    assert all_found("heldout283_prose.tsv", "TGM010")
    # held-out 283 TGM024 "The three ministers welcomed the launch of the second phase of a U.S. 20-point plan aimed at
    # ending the conflict." (every pair of Greece, Cyprus and Egypt CONSULT)
    assert all_found("heldout283_prose.tsv", "TGM024")


def test_general_group_meetings_told_again_by_their_count():
    tokyo = ("The foreign ministers of Japan, China and South Korea met in Tokyo on Saturday. "
             "The three top diplomats underscored the value of people-to-people exchanges.")
    assert sentence_pairs(tokyo, "The three top diplomats") == TOKYO
    quad = ("The foreign ministers of the United States, India, Japan and Australia met in Washington on Tuesday. "
            "The four foreign ministers welcomed progress on maritime security.")
    assert sentence_pairs(quad, "The four foreign ministers") == QUAD


def test_guards_keep_the_group_out():
    # a count other than the group's: another meeting, not the group's
    other = ("The foreign ministers of Japan, China and South Korea met in Tokyo on Saturday. "
             "The four ministers welcomed progress on disaster relief.")
    assert sentence_pairs(other, "The four ministers") == set()
    # a meeting only hoped for: not the group's meeting (both codes read one pair of it here, from other rules)
    hoped = ("The foreign ministers of Japan, China and South Korea met in Tokyo on Saturday. "
             "The three ministers expressed hope to meet again before the summit.")
    assert sentence_pairs(hoped, "The three ministers") != TOKYO
