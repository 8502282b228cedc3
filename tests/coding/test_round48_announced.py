"""Issue 13, coder round 48: announced and future visits, and visit nouns owned by a named person, in opinion and
analysis. The development rows are quoted from their cited sets (tests/fixtures/coding/, row id given) and coded in
their articles, as `prose_scores` codes them; each expectation is the row's hand label, written before this round.
The lone sentences and short articles are written for the test, with the parties and the code a reader gives them
(CAMEO 036 for a visit announced, 042 for a visit, 040 for a meeting). Each test fails with main's coder (28326a1)."""

import datetime as dt

from latitude.coding.coder import Article, code, code_sentence
from prose_rows import labels_found, row_codes

DAY = dt.date(2025, 6, 1)


def _codes(sentence: str) -> set[tuple[str, str, str]]:
    return {(r["source"], r["target"], r["cameo"]) for r in code_sentence(sentence, DAY)}


def _article(text: str) -> list[tuple[str, str, str, str]]:
    """(source, target, CAMEO code, first word of the sentence) of each record of a short article."""
    return [(r["source"], r["target"], r["cameo"], r["sentence"].split()[0]) for r in code(Article("test", text, DAY))]


def test_the_possessor_stands_before_a_date_or_an_announced_modifier():
    # held-out 35 (opinion on the Gulf), OP001, SAU>IRN CONSULT: "Saudi Foreign Minister Faisal bin Farhan's June 17
    # visit to Tehran, the first by a senior Saudi official since 2016, represents the centerpiece of ..." (main: none)
    assert labels_found("heldout35_prose.tsv", "OP001") == [True]
    # held-out 34, d061, USA>IND CONSULT: "... one of the highlights of the US president's current trip to India."
    # (main read the trip the other way round, IND>USA)
    assert row_codes("heldout34_prose.tsv", "d061") == {("USA", "IND", "042")}


def test_a_plan_verb_in_the_simple_present_announces_the_visit():
    # held-out 46, KT062, KOR>CHN AGREE/CONSULT: "Lee Jae-myung plans to visit China next month, with leaders of four
    # major chaebols accompanying him." (main: none)
    assert labels_found("heldout46_prose.tsv", "KT062") == [True]
    assert _codes("South Korean President Lee Jae-myung plans to visit China next month.") == {("KOR", "CHN", "036")}
    assert _codes("Turkish President Recep Tayyip Erdogan intends to travel to Moscow in March.") == {("TUR", "RUS", "036")}
    # "plans" as a noun stays what it was: the visit announced once
    assert _codes("Trump reaffirmed his plans to visit China in April.") == {("USA", "CHN", "036")}


def test_an_announced_stay_is_an_announced_visit():
    # held-out 35, OP048, CHN>TZA AGREE/CONSULT: "The new Chinese president, Xi Jinping, is expected in Tanzania on
    # Sunday, just ten days after officially taking office." (main: none)
    assert labels_found("heldout35_prose.tsv", "OP048") == [True]
    assert _codes("Chinese President Xi Jinping is expected in Tanzania on Sunday.") == {("CHN", "TZA", "036")}
    assert _codes("Indian Prime Minister Narendra Modi will be in Washington on June 22.") == {("IND", "USA", "036")}
    # a guess, and a stay with no time, are not
    assert _codes("Indian Prime Minister Narendra Modi would be in Washington on June 22.") == set()


def test_a_definite_noun_in_a_future_clause_names_the_announced_visit():
    # held-out 9, W059 and W061, IND>USA AGREE/CONSULT: "The state visit will also feature a state dinner.", "The state
    # visit will come a month after both leaders meet in Sydney for the QUAD Summit." (main: none, USA>IND 036)
    assert labels_found("heldout9_prose.tsv", "W059") == [True]
    assert labels_found("heldout9_prose.tsv", "W061")[0]
    # held-out 3, R004, KOR<>JPN AGREE/CONSULT: "The upcoming meeting in Nara, which is PM Takaichi's political home
    # turf ..., is expected to include talks and a dinner, ..." (main: none)
    assert labels_found("heldout3_prose.tsv", "R004") == [True]
    announced = "Indian Prime Minister Narendra Modi will pay a state visit to the United States on June 22. "
    assert _article(announced + "The state visit will also feature a state dinner.") == [
        ("IND", "USA", "042", "Indian"), ("IND", "USA", "042", "The")
    ]
    assert _article(announced + "The upcoming visit is seen as a test of the partnership.") == [
        ("IND", "USA", "042", "Indian"), ("IND", "USA", "042", "The")
    ]


def test_a_conjunction_that_is_no_determiner():
    # "said that talks would be difficult": "that" opens a clause, "talks" is no definite noun naming the meeting
    # (main coded KOR-JPN 040 on it)
    meeting = "South Korean President Lee Jae-myung will meet Japanese Prime Minister Sanae Takaichi in Nara on January 13. "
    assert _article(meeting + "Officials said that talks would be difficult.") == [("KOR", "JPN", "036", "South")]
