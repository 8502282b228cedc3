"""Issue 13, coder round 268: the article's talks told again by their noun heading the subject of a past verb of
discussing or of the parties' words ("The discussions stressed ..."), of the meeting's setting ("The conversation took
place on ...") or of its outcome ("The discussions led to agreements ...") are that meeting, as labels round 23's (a1)
labels the noun as the subject of a comment, outcome or setting; a meeting counted by an ordinal ("The second FIPIC
meeting took place ...") is not. Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given),
expectations their hand labels; the gains fail with main's code (0ff0a5c2: no record on the rows); the guards hold on
both."""

from prose_rows import all_found, quiet, row_pairs, sentence_pairs

RUTO = "Kenyan President William Ruto held talks with German Chancellor Olaf Scholz in Berlin on Monday. "
CALL = "Russian President Vladimir Putin spoke by phone with Egyptian President Abdel Fattah el-Sisi on Tuesday. "


def test_development_rows_of_the_talks_noun():
    # held-out 135 FR023 "The conversation took place on December 20, 2022." (RUS<>CHN CONSULT)
    assert row_pairs("heldout135_prose.tsv", "FR023") == {frozenset({"RUS", "CHN"})}
    # held-out 231 GL005 "The conversation took place at the initiative of the Egyptian side." (RUS<>EGY CONSULT)
    assert all_found("heldout231_prose.tsv", "GL005")
    # held-out 161 QZ011 "The discussions stressed the importance of maintaining open communication channels to foster
    # mutual understanding and collaboration." (USA<>CHN CONSULT)
    assert all_found("heldout161_prose.tsv", "QZ011")
    # held-out 244 MC004 "The discussions led to agreements in areas such as artificial intelligence, technological
    # innovation, finance, and media." (CHN<>AZE CONSULT | CHN<>AZE AGREE: the meeting found, the agreement not)
    assert row_pairs("heldout244_prose.tsv", "MC004") == {frozenset({"CHN", "AZE"})}


def test_general_talks_told_by_their_noun():
    assert sentence_pairs(
        RUTO + "The discussions stressed the importance of keeping open channels of communication.",
        "The discussions stressed",
    ) == {frozenset({"KEN", "DEU"})}
    assert sentence_pairs(
        RUTO + "The discussions emphasized the need for closer cooperation in renewable energy.",
        "The discussions emphasized",
    ) == {frozenset({"KEN", "DEU"})}
    assert sentence_pairs(CALL + "The conversation took place at the initiative of the Egyptian side.", "The conversation") == {
        frozenset({"RUS", "EGY"})
    }
    assert sentence_pairs(CALL + "The conversation took place on December 20, 2022.", "The conversation") == {
        frozenset({"RUS", "EGY"})
    }


def test_guards_keep_no_record():
    # held-out 123 FO060 "The second FIPIC meeting took place in Jaipur in 2016." (labelled '-': a meeting of a series
    # counted by an ordinal, not the article's meeting)
    assert quiet("heldout123_prose.tsv", "FO060")
    # a meeting held in a series
    assert sentence_pairs(RUTO + "The talks took place every year until 2015.", "The talks took") == set()
    # no meeting of two parties told before: the noun stands for no pair
    assert sentence_pairs(
        "Kenyan President William Ruto visited a factory in Nairobi on Monday. The discussions stressed the importance "
        "of keeping open channels of communication.",
        "The discussions stressed",
    ) == set()
