"""Issue 13, coder round 277: the article's first sentence of a meeting of three or more states that tells the group's
agreement with the meeting as its setting ("during a trilateral ...", "at a historic meeting", "following a trilateral
meeting", "Meeting for the first time ...") gets a meeting of every pair beside each pair's agreement; a sentence with
no meeting as the setting, or a planned meeting, keeps its agreements alone. Development rows are quoted from cited
sets (tests/fixtures/coding/, row ids given), expectations their hand labels; the gains fail with main's code
(a13509ac: the agreements alone, or one pair's meeting); the guards hold on both."""

from prose_rows import all_found, article_records, pairs

EVERY_PAIR_IMT = {frozenset({"IDN", "MYS"}), frozenset({"IDN", "THA"}), frozenset({"MYS", "THA"})}
EVERY_PAIR_GCE = {frozenset({"GRC", "CYP"}), frozenset({"GRC", "EGY"}), frozenset({"CYP", "EGY"})}


def test_development_rows_of_the_group_agreed_at_its_meeting():
    # held-out 154 YM001 "MUNICH — Japan, the United States and South Korea agreed to closely cooperate in responding to
    # North Korea’s nuclear and missile development during a trilateral ..." (every pair CONSULT and AGREE)
    assert all_found("heldout154_prose.tsv", "YM001")
    # held-out 205 YX008 "Meeting for the first time in about four years, the top diplomats from South Korea, Japan and
    # China agreed Sunday to revive cooperation ..." (every pair CONSULT and AGREE/CONSULT)
    assert all_found("heldout205_prose.tsv", "YX008")
    # held-out 250 JX001 "The leaders of Japan, South Korea and the United States inaugurated “a new era” in trilateral
    # cooperation on Friday at a historic meeting at the rustic Camp David presidential retreat in Maryland, agreeing to
    # expand and cement engagement in a variety of fields." (every pair CONSULT and AGREE)
    assert all_found("heldout250_prose.tsv", "JX001")
    # held-out 252 IE001 "The governments of the United States, Japan, and South Korea have released a joint statement
    # following a trilateral meeting in Brussels." (every pair CONSULT)
    assert all_found("heldout252_prose.tsv", "IE001")


def test_general_group_agreements_told_at_their_meeting():
    meeting = article_records(
        "Meeting in Jakarta on Tuesday, the foreign ministers of Indonesia, Malaysia and Thailand agreed to boost "
        "maritime cooperation."
    )
    assert pairs(meeting, "CONSULT") == EVERY_PAIR_IMT and pairs(meeting, "AGREE") == EVERY_PAIR_IMT
    athens = article_records(
        "The leaders of Greece, Cyprus and Egypt agreed to expand energy links at a meeting in Athens on Friday."
    )
    assert pairs(athens, "CONSULT") == EVERY_PAIR_GCE and pairs(athens, "AGREE") == EVERY_PAIR_GCE


def test_guards_keep_the_agreements_alone():
    # no meeting as the setting: an agreement of three states may be reached by any means
    plain = article_records("The leaders of Greece, Cyprus and Egypt agreed on Friday to expand energy links.")
    assert pairs(plain, "CONSULT") == set()
    # a meeting planned, not the agreement's setting
    planned = article_records(
        "The foreign ministers of Indonesia, Malaysia and Thailand agreed to hold a trilateral summit next year."
    )
    assert pairs(planned, "CONSULT") == set()
