"""Actors round 26 (issue 13): office holders no table holds, whose state the sentence writes only before their office.
A second office and name joined to a state's holder by "and" are the same state's ("South Korea's Industry and Energy
Minister Kim Jung-kwan and Trade Minister Yeo Han-koo"); an office may hold its acronym ("Pakistan's Chief of Naval
Staff (CNS) Admiral Naveed Ashraf") or the government ("Ukrainian government adviser"), and "colleague" heads an
office as "counterpart" does ("his UK colleagues – Defence Secretary
Grant Shapps"). Probes quote development sentences (held-out actors 19, 22, 23 and 25); expected states read from the
sentences by hand."""

from actor_probe import state_of


def test_a_second_office_and_name_after_and_are_the_first_holders_states():
    # held-out actors 19 N004
    assert state_of("Those talks are currently being led by South Korea’s Industry and Energy Minister Kim Jung-kwan "
                    "and Trade Minister Yeo Han-koo.", "Yeo Han-koo") == "KOR"


def test_an_offices_acronym_inside_the_office():
    # held-out actors 23 Q079, held-out actors 22 P054
    assert state_of("Karachi: Pakistan's Chief of Naval Staff (CNS) Admiral Naveed Ashraf visited SLNS Vijaybahu, an "
                    "advanced offshore patrol vessel of the Sri Lankan Navy, during the ongoing multinational maritime "
                    "exercise Aman 2025 being held in Karachi, Lankan media reported on Tuesday.", "Naveed Ashraf") == "PAK"
    assert state_of("He was accompanied by first lady Iriana, Indonesian Military (TNI) commander Air Chief Marshal Hadi "
                    "Tjahjanto, Home Affairs Minister Tito Karnavian and Public Works and Housing Minister Basuki "
                    "Hadimuljanto.", "Hadi Tjahjanto") == "IDN"


def test_the_government_inside_the_office():
    # held-out actors 25 T006
    assert state_of("Ukrainian government adviser Anton Gerashchenko said the blast left a \"serious hole\" in the ship, "
                    "per Sky News.", "Anton Gerashchenko") == "UKR"


def test_a_states_colleague_heads_an_office():
    # held-out actors 23 Q040
    assert state_of("Umierov said Syrskyi told his UK colleagues – Defence Secretary Grant Shapps and head of the UK "
                    "Armed Forces Sir Antony David Radakin – about the operational situation and urgent needs.",
                    "Grant Shapps") == "GBR"
