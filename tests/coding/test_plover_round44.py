"""PLOVER round 44 (issue 13): a meeting told from one party's side ("A met / held talks with / welcomed B").

Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv); expected sources and
targets are those sets' hand labels: "A met / held talks with / called on B" is CONSULT A > B, "A and B met" or
"talks between A and B" both parties as sources and no target (the sets' README).
"""

from prose_rows import lone_record


def test_a_meeting_word_between_its_parties_is_the_first_partys_act_toward_the_second():
    for sentence, source, target in (
        ("Brazilian President Michel Temer welcomed his Argentinean counterpart, Mauricio Macri, for a state visit on "
         "Tuesday.", "BRA", "ARG"),  # set B
        ("External Affairs Minister S Jaishankar on Monday held wide-ranging talks with Secretary of Foreign Affairs of "
         "the Philippines Teodoro L Locsin on his first visit to the kingdom.", "IND", "PHL"),  # set O
        ("Eritrea’s long-time leader Isaias Afwerki welcomed recently elected Ethiopian Prime Minister Abiy Ahmed at "
         "Asmara’s airport in the morning before they departed for the State House for talks.", "ERI", "ETH"),  # set W
        ("The Russian Foreign Minister Sergei Lavrov met, this Tuesday, with the President of the People’s Republic of "
         "China, Xi Jimping, in Beijing.", "RUS", "CHN"),  # set AE
    ):
        first = lone_record(sentence)
        assert first["plover"] == "CONSULT", sentence
        assert (first["source"], first["target"], first["joint"]) == (source, target, False), sentence
    # a meeting of coordinated parties, or between them, stays joint
    for sentence in (
        "Prime Minister Imran Khan and his Sri Lankan counterpart Mahinda Rajapaksa held a one-on-one meeting, and "
        "discussed issues of bilateral and regional importance.",  # set P, labelled PAK and LKA as sources, no target
        "On Monday morning, bilateral talks between the Egyptian Minister of Foreign Affairs, Mohamed Kamel Amr, and the "
        "Ethiopian counterpart, Tedros Adhanom, kicked off in Addis Ababa on the crisis of the Renaissance Dam.",  # set AA: EGY and ETH, no target
    ):
        first = lone_record(sentence)
        assert first["plover"] == "CONSULT" and first["joint"], sentence
    # set F: "received an invitation from" Obama; the party after "from" is no partner of the receiver's act
    first = lone_record(
        "Palestinian President Mahmoud Abbas received an invitation from US President Barack Obama to visit Washington "
        "next month, a Palestinian official said Sunday."
    )
    assert not (first["source"] == "PSE" and first["target"] == "USA" and not first["joint"])


def test_the_subject_of_a_passive_act_of_conflict_is_its_patient():
    for sentence, source, target in (
        ("A Taiwanese-flagged fishing vessel was seized and escorted into port here this past weekend by the crew of a "
         "U.S. Coast Guard patrol boat for suspected fisheries violations within the boundaries of the U.S. exclusive "
         "economic zone U.S. EEZ.", "USA", "TWN"),  # set AA, COERCE
        ("Two Hezbollah fighters and one civilian were killed, and three civilians were wounded on Thursday at dawn in a "
         "series of Israeli air strikes on villages in southern Lebanon, according to Lebanese military and medical "
         "sources.", "ISR", "LBN"),  # set AA, ASSAULT
    ):
        first = lone_record(sentence)
        assert (first["source"], first["target"]) == (source, target), sentence
    # not a passive in a relative clause about another noun (set W: the town "that had been besieged")
    first = lone_record(
        "Syrian troops on Thursday began withdrawing from Tall Kalakh, deploying on the outskirts of the western town "
        "that had been besieged following pro-democracy protests, a witness told Agence France Presse."
    )
    assert first["source"] != "FRA"
