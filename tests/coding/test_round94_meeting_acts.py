"""Issue 13, coder round 94 (visits and meetings whose pair is named or resolved but whose verb or noun no frame
reads): of the development visit and meeting labels coder round 92 sorted, most miss for a verb or noun of a
meeting no frame reads, spread over many words with one to three rows each. Two general causes are fixed. A
meeting noun that is the active subject of "discussed" tells the meeting's content ("The meeting discussed
relations of the bilateral cooperation ..."): the verb prepared the meeting only when passive or after its noun
with other words ("where the summit is being discussed" stays no meeting, the dev diff checked it). A tea and an outing held by a light
verb ("had a brief afternoon tea", "had a golf outing") are a meeting of the subject's parties, as "had a long
conversation" is. Each development row is quoted with its set and id and coded in its article as the prose scores
code it; the expected events are the rows' hand labels (the general sentences': a reader's)."""

from __future__ import annotations

from prose_rows import codes_of, excerpt_codes, row_records


def test_the_meeting_discussed_is_the_meeting_of_the_article_s_pair():
    # heldout84 DH015 (Times of Oman: Kuwait's crown prince receives Oman's foreign minister): labelled KWT<>OMN CONSULT
    records = row_records(
        "heldout84_prose.tsv", "DH015",
        "The meeting discussed relations of the bilateral cooperation between the two countries and explored means of "
        "enhancing them to serve the joint interests.",
    )
    assert any({r["source"], r["target"]} == {"KWT", "OMN"} and r["plover"] == "CONSULT" for r in records)


def test_the_talks_also_discussed_after_a_meeting_is_that_meeting():
    # general sentences: the meeting noun's own verb, with "also" between them; a reader codes IND<>CHN CONSULT
    coded = excerpt_codes([
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Wuhan on Friday.",
        "The talks also discussed trade and terrorism.",
    ])
    assert any({source, target} == {"IND", "CHN"} and plover == "CONSULT"
               for source, target, plover in codes_of(coded, "The talks"))


def test_a_golf_outing_of_the_two_men_is_a_meeting():
    # heldout41 MT071 (Trump and Abe): labelled JPN<>USA CONSULT
    records = row_records("heldout41_prose.tsv", "MT071", "The two men had a golf outing earlier in the day.")
    assert any({r["source"], r["target"]} == {"JPN", "USA"} and r["plover"] == "CONSULT" for r in records)


def test_an_afternoon_tea_of_the_two_leaders_is_a_meeting():
    # heldout50 w071 (Trump and Xi at the Forbidden City): labelled CHN<>USA CONSULT
    records = row_records(
        "heldout50_prose.tsv", "w071",
        "The two leaders and their spouses had a brief afternoon tea in the Hall of Embodied Treasures, in the "
        "southwestern corner of the Forbidden City.",
    )
    assert any({r["source"], r["target"]} == {"CHN", "USA"} and r["plover"] == "CONSULT" for r in records)
