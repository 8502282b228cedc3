"""Issue 13, PLOVER round 17: targets on real news (docs/coding.md, "PLOVER round 17"). Each test quotes
a development row of the real-news sets (A to F) and checks the dyad its hand labels give (the fixture's
`sources` and `targets` columns), not the coder's output; every test fails on main's coder (7bbdf5e).
"""

from latitude.coding.coder import _records, analyse, code_sentence


def dyad(sentence: str) -> tuple[str | None, str | None]:
    first = code_sentence(sentence)[0]
    return first["source"], first["target"]


def test_an_envoy_summoned_to_a_foreign_ministry_is_summoned_by_its_state():
    # F001, labelled ACCUSE TUR > USA; main's coder read the ambassador as the one who acts (USA > TUR)
    sentence = (
        "U.S. Ambassador to Ankara John Bass was summoned to the Turkish foreign office regarding the incident "
        "outside the Turkish embassy in Washington."
    )
    assert dyad(sentence) == ("TUR", "USA")


def test_a_reduced_relative_summons_reads_the_same_way():
    # set E, labelled SANCTION RUS > CZE; main's coder gave CZE > RUS
    sentence = (
        "The Czech ambassador to Russia, Viteslav Pivonka, summoned to the Russian Foreign Ministry, was told that "
        "20 members of the Czech embassy had been declared person who were not welcomed and they had to leave the "
        "country within 24 hours."
    )
    assert dyad(sentence) == ("RUS", "CZE")


def test_a_diplomat_expelled_from_a_capital_is_expelled_by_its_state():
    # set C, labelled SANCTION RUS > DEU; main's coder gave DEU > RUS
    sentence = (
        "Germany said on Saturday one of its diplomats had been expelled from Moscow after a Russian diplomat "
        "working in Bonn was expelled amid media reports he was a spy."
    )
    assert dyad(sentence) == ("RUS", "DEU")


def test_own_citizens_detained_abroad_make_the_host_state_the_target():
    # set A, labelled REQUEST RUS > BLR; main's coder gave the domestic RUS > RUS
    sentence = (
        "The Russian Embassy in Minsk is seeking the release of the Russian citizens detained in the Belarusian "
        "capital on December 19."
    )
    assert dyad(sentence) == ("RUS", "BLR")


def test_readiness_on_the_own_border_with_a_neighbour_targets_the_neighbour():
    # set C, labelled MOBILIZE IND > CHN; main's coder gave the domestic IND > IND
    # Read with the gate's verdict given: since the gate's refit on held-out 76 (after coder round 73) the sentence
    # read alone scores under the lone-sentence threshold, a verdict of the gate and not of the target reading this
    # test is about
    sentence = "India’s military has increased operational readiness along the eastern Indian border with China, reports Reuters."
    first = _records(analyse(sentence), sentence, None, "", True)[0]
    assert (first["source"], first["target"]) == ("IND", "CHN")



def test_a_reported_killing_with_the_doer_named_after_it_targets_the_reporting_state():
    # F, labelled ASSAULT IND > PAK; main's coder read the reporter as the attacker (PAK > IND)
    sentence = (
        "Pakistan's military said two of its soldiers were killed in an exchange of fire with Indian forces near "
        "the Line of Control that separates Kashmir between the rivals."
    )
    assert dyad(sentence) == ("IND", "PAK")


def test_a_reported_killing_after_an_attack_reads_the_same_way():
    # A, labelled ASSAULT ETH > SDN; main's coder gave SDN > ETH
    sentence = (
        "This week, the Sudanese authorities said that six civilians, including women and a child, were killed "
        "after Ethiopian forces launched an attack in the area."
    )
    assert dyad(sentence) == ("ETH", "SDN")


def test_victims_named_as_soldiers_of_an_army_are_that_state():
    # E, labelled ASSAULT CHN > IND; main's coder found no target
    sentence = (
        "A Colonel-rank officer and two soldiers of the Indian Army were killed in a violent face-off with Chinese "
        "troops in the Galwan Valley area of Ladakh on Monday night."
    )
    assert dyad(sentence) == ("CHN", "IND")
