"""Actors round 25 (issue 13): a place no table holds, named after a state's demonym or "'s", a site noun and "of"
("the southern Lebanese town of Khiam", "Yemen's port city of Hodeidah", "the Iranian province of Sistan and
Baluchistan"), is that state's place; not before a base noun, whose demonym is most often the state using the base
("the Russian airbase of Hmeymim"), nor after a holder's word ("the Turkish-backed town of Azaz"). Probes quote
development sentences (PLOVER news sets D, F, J, O and T, held-out 71 prose) or are general sentences; expected
states read from the sentences by hand."""

from actor_probe import state_of


def test_a_site_after_a_demonym_and_of_is_the_states_place():
    # PLOVER news T018, D006, O054, F071; held-out 71 prose NC063
    assert state_of("An Israeli airstrike on a car in the southern Lebanese town of Khiam leaves one person dead, "
                    "Lebanon’s state news agency and a security source says.", "Khiam") == "LBN"
    assert state_of("The U.S. State Department on Tuesday took the dramatic step of expelling Zuheir Jabbour, charge "
                    "d'affaires at the Syrian embassy in Washington, in response to last week's massacre of at least "
                    "108 people in the Syrian town of Houla.", "Houla") == "SYR"
    assert state_of("Regional authorities in the eastern Democratic Republic of Congo said Rwandan soldiers and "
                    "artillery supported attacks by the M 23 rebel group on Sunday, accusing Rwanda of trying to occupy "
                    "the Congolese border town of Bunagana.", "Bunagana") == "COD"
    assert state_of("Greece’s Foreign Ministry on Tuesday lodged a demarche with Turkey’s Foreign Ministry through its "
                    "embassy in Ankara in protest at the announced plans for a Turkish seismic survey south and east of "
                    "the Greek island of Kastellorizo from July 21-August 2.", "Kastellorizo") == "GRC"
    assert state_of("The cargo ship and its crew of 25 are being held hostage in the Yemeni port of Hodeidah.",
                    "Hodeidah") == "YEM"
    # not a base's user, nor a state that backs or holds the place (general sentences)
    assert state_of("Russian jets flew from the Russian airbase of Hmeymim.", "Hmeymim") != "RUS"
    assert state_of("Fighters entered the Turkish-backed town of Azaz.", "Azaz") != "TUR"


def test_a_site_after_a_states_possessive_site_nouns_and_of_and_a_list_of_them():
    # PLOVER news T047 and J031
    assert state_of("U.S. and British warplanes launched four airstrikes overnight on Houthi sites in Yemen's port city "
                    "of Hodeidah, the group's al-Masirah TV said on Wednesday.", "Hodeidah") == "YEM"
    sentence = ("On Jan. 18, Tehran lodged a formal complaint with Pakistan after the latter conducted a series of "
                "missile strikes against targets in the Iranian province of Sistan and Baluchistan.")
    assert (state_of(sentence, "Sistan"), state_of(sentence, "Baluchistan")) == ("IRN", "IRN")
