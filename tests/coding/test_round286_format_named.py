"""Issue 13, coder round 286: a sentence read as nothing that names a small format of fixed members right before a
meeting's noun or its people ("The Quad foreign ministers came together recently to affirm ...", "India hosted the Quad
Foreign Ministers in New Delhi on March 3, 2023.") is a meeting of every member pair, as the sets label a trilateral
meeting; a format's meeting only planned, or its habit, keeps nothing.
Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given), expectations their hand labels;
the gains fail with main's code (e55a27cc: no record on those rows); the guards hold on both."""

from prose_rows import all_found, article_records, pairs

AUKUS = {frozenset({"AUS", "GBR"}), frozenset({"AUS", "USA"}), frozenset({"GBR", "USA"})}
IBSA = {frozenset({"BRA", "IND"}), frozenset({"BRA", "ZAF"}), frozenset({"IND", "ZAF"})}


def test_development_rows_of_a_quad_meeting_told_by_its_name():
    # held-out 183 UE001 "The Quad foreign ministers came together recently to affirm their opposition against changing
    # the Indo-Pacific status quo through force." (every pair of the United States, India, Japan and Australia CONSULT)
    assert all_found("heldout183_prose.tsv", "UE001")
    # held-out 250 MR000 "India hosted the Quad Foreign Ministers in New Delhi on March 3, 2023." (every pair CONSULT)
    assert all_found("heldout250_prose.tsv", "MR000")
    # held-out 214 XM001 "Turkish, Iranian, and Russian foreign ministers underscored the importance of restarting the
    # political process in Syria during the Astana Format Foreign Ministers Meeting in Doha, Qatar, ..." (every pair)
    assert all_found("heldout214_prose.tsv", "XM001")
    # held-out 279 QTR015 "“Attended a productive Quad Foreign Ministers’ Meeting today in Washington DC." (every pair)
    assert all_found("heldout279_prose.tsv", "QTR015")


def test_general_meetings_of_a_small_format_told_by_its_name():
    canberra = article_records("The AUKUS defence ministers gathered in Canberra on Thursday to review the submarine programme.")
    assert pairs(canberra, "CONSULT") == AUKUS
    brasilia = article_records("Brazil hosted the IBSA foreign ministers in Brasilia on Monday.")
    assert pairs(brasilia, "CONSULT") == IBSA


def test_guards_keep_no_meeting():
    # a meeting only planned
    assert article_records("The Quad leaders will meet in New Delhi next year.") == []
    # the format's habit, not a meeting
    assert article_records("The Quad summit is held every year.") == []
    # the format's members, no meeting's noun after its name
    assert article_records("The Quad nations are the United States, Japan, India and Australia.") == []
