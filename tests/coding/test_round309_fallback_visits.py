"""Coder round 309 (issue 13): a broad fallback reader of visits and meetings, kept under a precision budget. A sentence
of an article that codes no visit or meeting of its own but tells one by its noun or verb ("He last visited the country
in December 2023.", "An earlier trilateral meeting was held in South Korea last year."), naming no state outside the
pair, is the article's last visit (a word of visiting) or last meeting (a word of meeting): `CONSULT` when held,
`AGREE` when only planned. General guards keep it silent on negations, conditions, modals, wishes and calls, habits and
plurals, named gatherings ("the BRICS Summit"), sites and people of no state ("visited Aapravasi Ghat", "meet members
of the Indian diaspora") and talks of a field ("trade talks"). Development rows are coded in their articles, as the
sets are scored; sentences written for this round are read as short articles. Expected values by hand, by the sets'
conventions. Each assertion but the guards fails with main's code at the branch point (b2948386); the guards hold
with both."""

import datetime as dt

from prose_rows import all_found, excerpt_codes, labels_found, quiet


def test_development_rows_that_tell_the_articles_visit_or_meeting_again():
    # held-out 159's MM004 "He last visited the country in December 2023." (CHN>VNM CONSULT)
    assert all_found("heldout159_prose.tsv", "MM004")
    # held-out 220's ZR030 "The presidential trip is a nod toward Papua New Guinea's rapidly growing strategic
    # importance." (USA>PNG AGREE/CONSULT)
    assert all_found("heldout220_prose.tsv", "ZR030")
    # held-out 262's SM004 "An earlier trilateral meeting was held in South Korea last year." (labelled with the three
    # pairs of Japan, China and South Korea; the article's last meeting gives one of them, JPN<>KOR CONSULT)
    assert labels_found("heldout262_prose.tsv", "SM004") == [False, True, False]
    # held-out 57's SE049 "Chinese Foreign Minister Wang Yi will hold talks with him and exchange opinions on bilateral
    # ties and issues of common concern." (CHN<>JPN AGREE/CONSULT)
    assert all_found("heldout57_prose.tsv", "SE049")
    # held-out 117's FE034 "Earlier today, Shringla met his Bangladesh counterpart Masud Bin Momen and discussed the
    # progress in bilateral ties between the two countries." (IND<>BGD CONSULT)
    assert all_found("heldout117_prose.tsv", "FE034")


def _second(sentences: list[str]) -> list[tuple[str, str | None, str | None]]:
    coded = excerpt_codes(sentences, dt.date(2025, 5, 1))
    return [(s, t, p) for s, t, p, sentence in coded if sentence == sentences[1]]


def test_written_sentences_that_tell_the_articles_visit_or_meeting_again():
    opening = "Chinese Premier Li Qiang arrived in Jakarta on Friday for talks with Indonesian President Prabowo Subianto."
    assert _second([opening, "He last visited the country in March 2024."]) == [("CHN", "IDN", "CONSULT")]
    talks = "Chilean President Gabriel Boric held talks with Vietnamese President Luong Cuong in Hanoi on Monday."
    assert _second([talks, "An earlier bilateral meeting was held in Santiago two years ago."]) == [("CHL", "VNM", "CONSULT")]
    assert _second([talks, "Boric will also hold talks with him on Tuesday on rice exports."]) == [("CHL", "VNM", "AGREE")]


def test_guard_development_rows_with_no_event_stay_silent():
    # held-out 144's CK022 "Foreign Secretary visited Aapravasi Ghat, a poignant landmark, ..." (a site's visit)
    assert quiet("heldout144_prose.tsv", "CK022")
    # held-out 120's OW074 "He will also meet members of the Indian diaspora, the external affairs ministry said."
    assert quiet("heldout120_prose.tsv", "OW074")
    # held-out 29's Y138 "In his first year in office, Albanese made 11 separate overseas trips, visiting 16 nations."
    assert quiet("heldout29_prose.tsv", "Y138")
    # held-out 64's SK036 "Now, he talks of “mutually beneficial cooperation.”" (the verb, not talks held)
    assert quiet("heldout64_prose.tsv", "SK036")
    # held-out 163's TK003 "The 16th BRICS Summit, ... is being held in Kazan on October 22-24." (a named gathering)
    assert quiet("heldout163_prose.tsv", "TK003")


def test_guard_written_sentences_with_no_visit_or_meeting_stay_silent():
    opening = ("Indonesian President Prabowo Subianto visited Canberra in November and met Australian Prime Minister "
               "Anthony Albanese.")
    assert _second([opening, "He also visited the National Gallery and spoke to students at a university."]) == []
    assert _second([opening, "He will also meet members of the Indonesian community in Sydney."]) == []
    assert _second([opening, "Trade talks have been stalled for years."]) == []
