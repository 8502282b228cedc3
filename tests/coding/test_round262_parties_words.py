"""Issue 13, coder round 262: the article's meeting told again by its parties' plural stand-in ("both sides", "the
leaders", "the two leaders", "they") as subject of a verb of restating or judging ("reiterated", "highlighted",
"welcomed", "affirmed", "appreciated", "acknowledged", "took stock of") is that meeting, as coder round 233's verbs of
discussing and of the parties' words ("discussed", "expressed", "underscored", ...) are. Development rows are quoted
from cited sets (tests/fixtures/coding/, row ids given), expectations their hand labels; the gains fail with main's
code (b5231cb2: no record on the rows); the guards hold on both."""

from prose_rows import all_found, row_pairs, sentence_pairs

RUTO = "Kenyan President William Ruto held talks with German Chancellor Olaf Scholz in Berlin on Monday. "
WIDODO = "Indonesian President Joko Widodo met Australian Prime Minister Anthony Albanese in Jakarta on Tuesday. "


def test_development_rows_of_the_parties_words():
    # held-out 225 JL004 "Both sides reiterated their resolve to support each other on matters of mutual interest."
    assert row_pairs("heldout225_prose.tsv", "JL004") == {frozenset({"PAK", "CHN"})}
    # held-out 117 FE033 "Both the ministers also reiterated the importance of the jointly celebrated Maitri Diwas
    # this year." (IND<>BGD CONSULT)
    assert all_found("heldout117_prose.tsv", "FE033")
    # held-out 161 QZ043 "The leaders highlighted the long-standing friendship ...", QZ045 "They appreciated the rapid
    # progress ...", QZ046 "They welcomed the deepening cooperation in critical minerals and space sectors." and QZ047
    # "Both leaders reiterated their commitment to combating climate change ..." (IND<>USA CONSULT each)
    for row in ("QZ043", "QZ045", "QZ046", "QZ047"):
        assert all_found("heldout161_prose.tsv", row), row
    # held-out 249 VB024 "The two leaders took stock of bilateral partnership and cooperation on multilateral forums."
    assert all_found("heldout249_prose.tsv", "VB024")
    # held-out 235 AS008 "They affirmed that Vietnam treasures its relationship with Kyrgyzstan, ..." (KGZ<>VNM CONSULT)
    assert all_found("heldout235_prose.tsv", "AS008")


def test_general_meetings_told_by_the_parties_words():
    assert sentence_pairs(
        RUTO + "Both leaders reiterated their commitment to expanding trade between the two countries.",
        "Both leaders reiterated",
    ) == {frozenset({"KEN", "DEU"})}
    assert sentence_pairs(
        WIDODO + "The two sides highlighted the growing cooperation in education and health.", "The two sides"
    ) == {frozenset({"IDN", "AUS"})}
    assert sentence_pairs(RUTO + "They welcomed the progress made in renewable energy projects.", "They welcomed") == {
        frozenset({"KEN", "DEU"})
    }
    assert sentence_pairs(WIDODO + "The two leaders took stock of the bilateral partnership.", "The two leaders") == {
        frozenset({"IDN", "AUS"})
    }


def test_guards_keep_no_record():
    # "took" with no "stock": not the parties' words
    assert sentence_pairs(RUTO + "The two leaders took the opportunity to visit a factory.", "The two leaders") == set()
    # no meeting of two parties told before: "they" stands for no pair
    assert sentence_pairs(
        "Kenyan President William Ruto visited a factory in Nairobi on Monday. They welcomed the progress made in "
        "renewable energy projects.",
        "They welcomed",
    ) == set()
    # the sentence names a third state: its own act, not the meeting carried (coder round 233's guard)
    assert sentence_pairs(RUTO + "Both leaders reiterated their support for Ukraine.", "Both leaders reiterated") == set()
