"""Coder round 53 (issue 13, visits and meetings whose sentence names both parties but gets no visit or meeting frame):
a clause opened by "when" with its visit or meeting verb in the simple past tells when the act happened ("When Tony
Blair first visited George W Bush in 2001, he began ..."), not a condition; and a record ("the first head of government
to visit ...") is read with every ordinal, a copula after an adverb or after "will", the doer after the copula that
follows, and the place of a person visited. Every sentence is quoted from a development set (its row named) and read
in an article, as `prose_scores` reads it; each test fails with the code before this round."""

import datetime as dt

from prose_rows import codes_of, excerpt_codes


def test_a_past_when_clause_tells_when_a_visit_or_meeting_happened():
    # held-out 51's ha051-ha052 (the Guardian view on Macron in Washington, via 24newscafe.blogspot.com, 2018)
    coded = excerpt_codes(
        [
            "For anyone whose memory goes back to the run-up to the Iraq war, this is a sobering vision.",
            "When Tony Blair first visited George W Bush in 2001, he began a process that would end, among other things, "
            "in the wreck of his own reputation, the collapse of his party’s electoral ascendancy and the undermining of "
            "his country’s moral and international standing.",
        ]
    )
    assert ("GBR", "USA", "CONSULT") in codes_of(coded, "When Tony Blair")
    # held-out 40's q075 (Forbes, 2013-06-19): Abe's trip to Washington to meet Obama
    coded = excerpt_codes(
        [
            "When Japanese Prime Minister Abe Shinzo traveled to Washington, D.C. in February to meet President Obama, he "
            "was given only one hour forty-five minutes of Obama’s time."
        ],
        dt.date(2013, 6, 19),
    )
    assert ("JPN", "USA", "CONSULT") in codes_of(coded, "When Japanese")
    # a clause of the present stays a condition: held-out 23's F085 (no event) and held-out 27's V032 (no event)
    for sentence in (
        "When he is in the US, he represents India and it is incumbent on him to present a good picture of his nation.",
        "When it comes to Africa, the Western media have a chic to make us focus only on the worst things on the "
        "continent, and rarely the good.",
    ):
        assert excerpt_codes([sentence], dt.date(2023, 6, 21)) == []


def test_a_record_after_an_adverb_or_will_and_its_doer_after_the_copula():
    # held-out 29's Y104-Y105 (dailynewsen.com, 2023): Scholz in Brasília, the place of the president he visits
    coded = excerpt_codes(
        [
            "After the change of power in Brazil, Chancellor Olaf Scholz wants to open a new chapter in relations with "
            "the largest and most populous country in Latin America.",
            "Scholz is then the first head of government to visit the new president in the capital Brasília.",
        ],
        dt.date(2023, 1, 30),
    )
    assert ("DEU", "BRA", "CONSULT") in codes_of(coded, "Scholz is then")
    # held-out 44's r035 and r039 (the Spectator, 2022-11-04): the meeting at hand, told with "will be the first"
    coded = excerpt_codes(
        [
            "This afternoon, German Chancellor Olaf Scholz goes to China.",
            "Scholz will be the first Western leader to meet with President Xi since he secured his unprecedented third "
            "term in power.",
        ],
        dt.date(2022, 11, 4),
    )
    assert ("DEU", "CHN", "CONSULT") in codes_of(coded, "Scholz will be")
    # held-out 34's d051 (steemcn.xyz, 2017): the doer named after the copula that follows the record
    coded = excerpt_codes(["One of the first foreign dignitaries to visit Trump in White House was British Prime Minister Theresa May."])
    assert codes_of(coded, "One of the first") == [("GBR", "USA", "CONSULT")]
