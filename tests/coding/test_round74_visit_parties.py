"""Coder round 74 (issue 13): visits whose visit word a frame reads but whose parties it did not find — a visitor told
after the destination ("the visit to Washington last week of President Xi Jinping"), and the host of an owned visit
that names no place, the state that is its clause's subject ("Senegal is the starting point for ... Obama's second
visit"). Expected dyads read by hand from the sentences."""

import datetime as dt

from latitude.coding import code_sentence


def _visits(sentence: str, date: dt.date | None = None) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in code_sentence(sentence, date) if r["plover"] == "CONSULT"}


def test_visitor_after_the_destination():
    # held-out 24's j024 (development), and the same construction with "by" and with "of" right after the place
    assert _visits(
        "The visit to Washington last week of President Xi Jinping, the leader of the world's second-biggest power, "
        "illustrated Lyndon Johnson's saying that politicians need to be able to \"walk and chew gum at the same time.\""
    ) == {("CHN", "USA")}
    assert _visits("The visit to China last week by Prime Minister Modi was a success.", dt.date(2019, 6, 1)) == {("IND", "CHN")}
    assert _visits("The visit to China of Prime Minister Modi was a success.", dt.date(2019, 6, 1)) == {("IND", "CHN")}
    # "of" after the place names a visitor only when it is a person or an office holder
    assert _visits("The visit to China of the delegation was brief.") == set()


def test_host_of_an_owned_visit_is_the_subject_state():
    # held-out 68's SV132 and held-out 39's o034 (development)
    assert _visits("Senegal is the starting point for what is only Obama's second visit to sub-Saharan Africa as president.") == {
        ("USA", "SEN")
    }
    assert _visits(
        "With etiquette handbooks at the ready, the White House was in a high state of faux pas alert for Queen "
        "Elizabeth II's visit yesterday.", dt.date(2007, 5, 8)
    ) == {("GBR", "USA")}
    # held-out 40's q065 (a non-event row) and held-out 72's ND046: a tour's or a nationality adjective's subject hosts nothing
    assert ("USA", "CHN") not in _visits(
        "Many observers noted that China was the \"elephant in the room\" on Obama's tour, conspicuous by its absence "
        "from his schedule."
    )
    assert ("DEU", "FRA") not in _visits(
        "This time around, the tricolor French flags were only just removed in time for Merkel's arrival for a one day "
        "\"working visit.\"", dt.date(2018, 4, 27)
    )
