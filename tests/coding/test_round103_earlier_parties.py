"""Issue 13, coder round 103 (visits and meetings whose second state an earlier row of the article names): the
development visit and meeting labels with no matching record whose row names one of the two states only through
an earlier row were sorted by what stands for the missing state (a pronoun, "the two leaders", a bare title, a
definite event noun with no party, "here" or "there", a guest or host, "the country", a name or place no table
holds). Two regular constructions are fixed: "here" right after "arrive" ("arrived here", "arriving here") in a
sentence that names no place is the host of the article's last visit or hosting when its guest
is the verb's subject; and a title written before "and" ahead of a name's own title ("Crown Prince and Prime
Minister Mohammed bin Salman") is that person's too, so a later bare "the Crown Prince" resolves to him. Each
development row is quoted with its set and id and coded in its article as the prose scores code it; the expected
events are the rows' hand labels (the general excerpts': a reader's)."""

from __future__ import annotations

import datetime as dt

from prose_rows import codes_of, excerpt_codes, has, labels_found, row_records


def test_a_visitor_who_arrived_here_visits_the_host_of_the_article_visit():
    # heldout82 CY004 (Manmohan Singh in Beijing, 2013): labelled IND>CHN CONSULT
    records = row_records("heldout82_prose.tsv", "CY004", "Singh arrived here last night on a three-day visit.")
    assert has(records, "IND", "CHN", "CONSULT")


def test_the_visiting_dignitary_who_arrived_here_visits_the_host():
    # heldout29 Y034 (Mahinda Rajapaksa in New Delhi, 2020): labelled LKA>IND CONSULT
    records = row_records("heldout29_prose.tsv", "Y034", "The visiting dignitary arrived here on Friday evening.")
    assert has(records, "LKA", "IND", "CONSULT")


def test_arriving_here_after_a_visit_named_in_an_earlier_sentence():
    # general excerpt: the article's visit is Ruto's to Japan; "here" is Japan
    coded = excerpt_codes(
        [
            "Kenyan President William Ruto began a four-day state visit to Japan on Tuesday.",
            "Ruto, who is accompanied by his wife, arrived here on Monday night.",
        ],
        dt.date(2024, 2, 6),
    )
    assert ("KEN", "JPN", "CONSULT") in codes_of(coded, "Ruto, who is accompanied")


def test_a_title_before_and_is_the_same_persons_for_a_later_bare_title():
    # heldout39 o019 (the Emir of Kuwait in Riyadh, 2024): labelled SAU<>KWT CONSULT; the Crown Prince is the
    # "Crown Prince and Prime Minister Mohammed bin Salman" of o015
    assert labels_found("heldout39_prose.tsv", "o019") == [True]
