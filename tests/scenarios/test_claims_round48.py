"""Claims round 48 (issue 13): owners named in the sentence before. A sentence that opens with a person's pronoun ("he",
"she", "his", "her") before it names any state speaks of the person the sentence before told of, whose state is that
sentence's subject: "Chinese Foreign Minister Wang Yi is on a trip to America these days. Here he met US Secretary of
State Antony Blinken on Friday." is a meeting of China with the United States."""
from latitude.scenarios.claims import find_claims


def _visits(context: str, sentence: str, date: str | None) -> set[tuple[str, str, str]]:
    before = {c.sentence for c in find_claims(context, date)}
    return {(c.kind, c.subject, c.other) for c in find_claims(f"{context} {sentence}", date)
            if c.kind == "visit" and c.sentence not in before}


def test_he_is_the_person_the_sentence_before_named() -> None:
    # held19-030 (development data): Wang Yi, named in the sentence before, meets Blinken
    assert ("visit", "CHN", "USA") in _visits(
        "Washington: Chinese Foreign Minister Wang Yi is on a trip to America these days.",
        "Here he met US Secretary of State Antony Blinken on Friday.", "2023-11-22")


def test_his_trip_is_the_trip_of_the_state_before() -> None:
    # held45-025 (development data): the president's first flight, to Saudi Arabia
    assert ("visit", "USA", "SAU") in _visits(
        "First Lady Melania Trump will be accompanying the president throughout the whole trip.",
        "His first flight will be to Saudi Arabia, where he is scheduled to arrive on May 20.", None)


def test_she_after_a_named_leader() -> None:
    # a general pair: "she" opening the sentence is the leader the sentence before named
    assert ("visit", "DEU", "CHN") in _visits("German Chancellor Angela Merkel left Berlin on Thursday.",
                                              "She arrived in China on Friday.", "2019-09-06")
