"""Actors round 71 (issue 13): a person whose state the sentence names after the name, in an apposition whose office
ends "of" the state or its body. The development sort of the people not read over held-out actors 18-70 whose state
the sentence names after the name, by the link between the name and the state, found the largest cell, the state as
the object or place of the person's own clause, to be the wrong link more often than the right one; the largest
cell whose link says the person is of the state is an apposition's office "of" the state. The construction taken
widens the apposition's office that actors rounds 32 and 64 read (`gazetteer._apposition_state`,
`gazetteer._long_apposed_office`): a standing word ("former", "new", "current", "first") before the office that opens
the apposition, a long office of up to eight words before its "of", and an office head named twice for two offices of
one holder ("Deputy Prime Minister and Minister of ..."). Guards: an office of more than eight words, and an office
with two different heads, give no state. Each probe fails on main's code (737b04c5)."""

import datetime as dt

from latitude.coding.eventness import clause_breaks, clause_starts
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens
from prose_rows import sentence_state_of


def _alone(text: str, name: str) -> str | None:
    mentions = find_actors(raw_tokens(text), None, breaks=clause_breaks(clause_starts(text)))
    return next((m.code for m in mentions if m.person and m.text == name), None)


def test_a_standing_word_before_the_appositions_office():
    # held-out actors 65 HZ003
    text = ("He noted that the Israeli regime is “killing children as a hobby” as admitted once by Yair Golan, the "
            "former deputy chief of staff of the Israeli army.")
    assert sentence_state_of(text, "Yair Golan", dt.date(2025, 6, 16)) == "ISR"
    assert _alone("The remarks came from Tomas Rydell, the former deputy commander of the Swedish navy.",
                  "Tomas Rydell") == "SWE"
    assert _alone("Officials met Halima Odede, the new deputy governor of the Central Bank of Kenya, on Monday.",
                  "Halima Odede") == "KEN"


def test_a_long_office_of_up_to_eight_words_before_its_of():
    # held-out actors 23 Q063
    text = ("H.E. Mr. Teferi Fikre Gossaye, Ambassador Extraordinary and Plenipotentiary of the Federal Democratic "
            "Republic of Ethiopia to the Republic of Ghana had a meeting with Hon. Shirley Ayorkor Botchwey, Minister "
            "for Foreign Affairs and Regional Integration of the Republic Ghana, on 19th of June 2024.")
    assert sentence_state_of(text, "Shirley Ayorkor Botchwey") == "GHA"
    assert _alone("Talks were held with Jonas Makena, Minister for Trade and Regional Economic Integration of the "
                  "Republic of Zambia, in Lusaka.", "Jonas Makena") == "ZMB"


def test_one_office_head_named_twice():
    # held-out actors 43 AL017
    text = ("Minister of Foreign Affairs Badr Abdelatty held several calls on October 26 with Jean-Noël Barrot, "
            "Minister of Foreign Affairs of France; Georgios Gerapetritis, Minister of Foreign Affairs of Greece; Prince "
            "Faisal bin Farhan Al Saud, Minister of Foreign Affairs of the Kingdom of Saudi Arabia; and Ayman Safadi, "
            "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan.")
    assert sentence_state_of(text, "Ayman Safadi", dt.date(2025, 10, 28)) == "JOR"
    assert _alone("The accord was signed by Edgar Mwale, Deputy Prime Minister and Minister of Finance of Malawi.",
                  "Edgar Mwale") == "MWI"


def test_guards_a_longer_office_or_two_different_heads():
    assert _alone("The statement came from Marta Silva, Minister for Agriculture, Fisheries, Forestry, Rural "
                  "Development and Water Resources of Ghana.", "Marta Silva") is None
    assert _alone("The letter was sent by Omar Haddad, Special Envoy and Ambassador of Jordan.", "Omar Haddad") is None
