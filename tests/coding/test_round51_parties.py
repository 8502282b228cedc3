"""Coder round 51 (issue 13, visits and meetings whose parties the coder gets wrong or misses): a hosting told
done is also the guest's visit to the host's state, and "touched on" is discussing, not "touched down". Every
sentence is quoted from a development set (its row named) and read in an article, as `prose_scores` reads it;
each test fails with the code before this round."""

import datetime as dt

from prose_rows import codes_of, excerpt_codes


def test_a_state_visitor_welcomed_by_the_king_visits_his_state():
    # held-out 36's k053-k054 (2022-11-23): labelled ZAF>GBR CONSULT and GBR<>ZAF CONSULT; the code before this round
    # read only the hosting, GBR>ZAF
    coded = excerpt_codes(
        [
            "It is all part of the soft-power masterclass that is a British state visit.",
            "Yet it was not hard to spot one or two subtle changes too, yesterday, as the President of South Africa, Cyril "
            "Ramaphosa, became the first state visitor to be welcomed to this country by King Charles III.",
        ],
        dt.date(2022, 11, 23),
    )
    records = codes_of(coded, "Yet it was not hard")
    assert ("ZAF", "GBR", "CONSULT") in records
    assert ("GBR", "ZAF", "CONSULT") in records


def test_a_summit_hosted_by_the_host_is_the_guests_visit():
    # held-out 38's KS071-KS072 (2025-11-01): labelled CHN>KOR CONSULT and CHN<>KOR AGREE/CONSULT
    coded = excerpt_codes(
        [
            'At the same time, they agreed to establish a real-time communication channel, a so-called "hotline," between '
            "the offices of the two chiefs of staff.",
            "President Xi Jinping will conclude his three-day South Korea visit on Saturday with a state dinner and summit "
            "hosted by President Lee Jae Myung, who assumed office in June and faces the challenge of balancing ties "
            "between Beijing and Washington.",
        ],
        dt.date(2025, 11, 1),
    )
    assert ("CHN", "KOR", "CONSULT") in codes_of(coded, "President Xi Jinping will conclude")


def test_the_presidents_touched_on_a_topic_is_their_talk():
    # held-out 9's W042-W043 (gnews.cz): labelled RUS<>USA CONSULT; "touched" was read only as "touched down in"
    coded = excerpt_codes(
        [
            "Russian President Vladimir Putin and U.S. President Donald Trump had an hour-long phone conversation, the "
            "sixth publicly known contact since Trump took office in January 2025, according to Reuters.",
            "The main topic was the war in Ukraine, but the presidents also touched on the situation in the Middle East.",
        ]
    )
    assert {(s, t) for s, t, p in codes_of(coded, "The main topic") if p == "CONSULT"} & {("RUS", "USA"), ("USA", "RUS")}
    # the visit reading of "touched" stays: "touched down in" a state's city
    arrival = excerpt_codes(["Prime Minister Narendra Modi touched down in Washington on Wednesday for a state visit."], dt.date(2023, 6, 21))
    assert ("IND", "USA", "CONSULT") in codes_of(arrival, "Prime Minister Narendra Modi")
