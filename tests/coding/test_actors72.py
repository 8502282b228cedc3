"""Actors round 72 (issue 13): a surname alone after the article named the person in full, when the tables hold the
surname for another state's person. The development sort of the surnames after a full mention over held-out actors
18-71 (602 by article) found the surnames not read right whose full mention is read right mostly read wrong by the
tables (17 of 29): "Hussein" as Jordan's king after Iraq's Fuad Hussein, "Vieira" as Guinea-Bissau's president after
Brazil's Mauro Vieira. `gazetteer._article_surnames` gives such a surname the state of the one person of that surname
the article named in full. Guards: with no such person the tables' reading stands, and an organisation's official
the tables read by date keeps that reading ("Youssouf" after Djibouti's minister Mahmoud Ali Youssouf). Each new
assertion but the guards fails on main's code (e0ab3fae)."""

import datetime as dt

from prose_rows import article_person_states


def test_a_surname_the_tables_hold_for_another_state_after_the_full_name():
    # held-out actors 52 AU004, AU005
    article = [
        "Iraqi Deputy Prime Minister and Foreign Minister Fuad Hussein received a telephone call on Saturday from "
        "Iranian Foreign Minister Abbas Araqchi, according to a press release from the Iraqi Ministry of Foreign "
        "Affairs.",
        "Hussein stressed the importance of achieving positive results in the Geneva meeting, reaffirming Iraq’s full "
        "support for the negotiation process and expressing hopes for a successful outcome that serves the security "
        "and stability of the region.",
    ]
    assert article_person_states(article, "hussein", dt.date(2026, 2, 14)) == ["IRQ"]
    # held-out actors 19 N053, N054
    article = [
        "Johannesburg, The Gulf Observer: Indonesia’s Deputy Foreign Minister Arrmanatha Nasir met with Brazilian "
        "Foreign Minister Mauro Vieira on the sidelines of the G20 Foreign Ministers’ Meeting (FMM) in Johannesburg "
        "to discuss Indonesia’s BRICS membership and bilateral cooperation.",
        "For his part, Minister Vieira expressed optimism about Indonesia’s engagement in BRICS and extended an "
        "invitation to President Prabowo Subianto to attend the BRICS Summit in Rio de Janeiro in July 2025.",
    ]
    assert article_person_states(article, "vieira") == ["BRA"]


def test_written_sentences_of_the_same_shape():
    article = ["The Iraqi foreign minister, Fuad Hussein, arrived in Ankara on Monday.",
               "Hussein later met Turkish officials to discuss water sharing."]
    assert article_person_states(article, "hussein") == ["IRQ"]
    article = ["Brazil's top diplomat Mauro Vieira flew to Lisbon for two days of talks.",
               "Vieira told reporters that a trade accord was close."]
    assert article_person_states(article, "vieira") == ["BRA"]


def test_guards_the_tables_reading_stands():
    # no one of that surname named in full before: the tables' reading, whatever it is, is not Iraq's
    assert "IRQ" not in article_person_states(["Hussein later met Turkish officials to discuss water sharing."], "hussein")
    # held-out actors 45 AN032, AN033: the organisation's official the tables read by date keeps that reading
    article = [
        "The African Union Commission has a new chairperson in Djibouti's foreign affairs minister Mahmoud Ali "
        "Youssouf, marking more than just a transition at the helm of the continental bloc.",
        "Youssouf was elected to the post by a decisive two-thirds majority of 33 out of 49 votes during AU’s annual "
        "summit of heads of state in Addis Ababa on February 15.",
    ]
    assert article_person_states(article, "youssouf") == ["IGO"]
