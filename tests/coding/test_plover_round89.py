"""PLOVER round 89 (issue 13): the target of an act inside one state — whom a state's own body coerces.

In the development news rows of acts inside one state (labelled the state > the state), an act of coercion whose
source was found kept no target when the sentence named the people it held, sentenced, raided or banned by a name or
a noun the gazetteer does not place ("Ukrainian anti-corruption investigators have taken into custody a former
energy minister ...", "Russian police have detained more than 170 participants of a forum ...", "Statkevich was
detained ..."). An act of CAMEO 17 (not 174, an expulsion) by a state of the COW system, in a sentence that names no
other state, no border and no foreigners, craft or sea, now has the source's state as its target
(`coder._coerced_at_home`, read by `_domestic_party_target`). Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv), with their article dates; expected sources and targets their hand labels.
"""

from prose_rows import lone_codes, ungated_record

from latitude.coding.coder import _coerced_at_home, code_sentence


def test_a_state_coercing_people_it_names_by_a_role_or_a_name_is_its_own_target():
    # a general sentence
    assert lone_codes("Egyptian police arrested a former minister and two of his aides on Monday.") == ("COERCE", "EGY", "EGY")
    # BY, labelled COERCE UKR > UKR (the target was none)
    text = ("Ukrainian anti-corruption investigators have taken into custody a former energy minister in connection with "
            "a sprawling inquiry that has produced significant political fallout since last November, the National "
            "Anti-Corruption Bureau of Ukraine (NABU) said on Sunday.")
    assert lone_codes(text) == ("COERCE", "UKR", "UKR")
    # BA, labelled COERCE RUS > RUS (the target was none)
    text = ("Russian police have detained more than 170 participants of a forum of independent members of municipal "
            "councils, a move that comes amid the authorities' multi-pronged crackdown on dissent.")
    assert lone_codes(text) == ("COERCE", "RUS", "RUS")
    # BW, labelled COERCE NPL > NPL: a curfew (the target was none)
    assert lone_codes("The Sunsari District Administration Office on Friday imposed curfew orders in five local units until "
                  "further notice.")[1:] == ("NPL", "NPL")
    # BV, labelled COERCE COD > COD: a prison sentence (the target was none)
    text = ("A high court in Congo on Tuesday sentenced a former justice minister to three years in prison after "
            "convicting him of embezzling $19 million in public funds intended to finance a prison project in the country.")
    assert lone_codes(text) == ("COERCE", "COD", "COD")


def test_a_coercion_at_sea_or_on_foreigners_keeps_no_target_of_its_own_state():
    # guards (development rows of two states, or none labelled): the people or craft held are from beyond the state
    text = ("Iranian Revolutionary Guards seized a foreign oil tanker in the Gulf that was smuggling fuel and detained "
            "seven crewmen, Iran’s state media reported on Sunday, in a show of power amid heightened tension with the West.")
    assert code_sentence(text)[0]["target"] != "IRN"  # set B, labelled IRN > none
    text = ("Navy personnel of Maldives have reportedly detained 11 fishermen from Eraviputhenthurai while they were "
            "fishing in the deep sea in the early hours of Wednesday.")
    # read with the gate open: the lone sentence sits near the is-it-an-event gate's boundary, which a refit moves
    assert ungated_record(text)["target"] != "MDV"  # set D, labelled MDV > IND
    # an expulsion (CAMEO 174) is of foreigners, named or not; a territory outside the COW system is no state's body
    words = "authorities expelled a reporter on monday".split()
    assert not _coerced_at_home(words, {"plover": "COERCE", "cameo": "174", "source": "RUS"})
    assert _coerced_at_home(words, {"plover": "COERCE", "cameo": "173", "source": "RUS"})
    assert not _coerced_at_home(words, {"plover": "COERCE", "cameo": "173", "source": "HKG"})
