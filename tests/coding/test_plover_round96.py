"""PLOVER round 96: a reporter's clause that tells blame ("said X was behind the attack", "said X bore
responsibility", "said the strikes were a violation of ...") is the accusation (CAMEO 112, ACCUSE), reporter > the one
blamed, when the sentence is read alone; not a negated one."""

from prose_rows import lone_typed

from latitude.coding.coder import code_sentence


def test_a_reported_clause_of_blame_is_the_accusation():
    # news sets K (ACCUSE RUS > USA, IRN > USA), AT (ACCUSE IRQ > TUR), BM (ACCUSE USA > RUS), and a general sentence
    assert lone_typed(
        "Russian presidential spokesman Dmitry Peskov said the United States was behind the Kiev regime’s drone attack on"
        " the Kremlin."
    ) == ("ACCUSE", "112", "RUS", "USA")
    assert lone_typed("Iran's army said the U.S. also bore responsibility.") == ("ACCUSE", "112", "IRN", "USA")
    assert lone_typed(
        "Iraqi government spokesman Ali al-Dabbagh said on Monday the Turkish air strikes were a violation of Iraq’s"
        " sovereignty."
    ) == ("ACCUSE", "112", "IRQ", "TUR")
    assert lone_typed(
        "The United States government on Tuesday said that Russia was “likely” behind a massive hack of government and"
        " private company networks discovered last month."
    ) == ("ACCUSE", "112", "USA", "RUS")
    assert lone_typed("Japan's defence ministry said North Korea was behind the cyberattack on its networks.") == (
        "ACCUSE", "112", "JPN", "PRK"
    )


def test_a_denied_blame_or_a_place_behind_is_no_accusation():
    records = code_sentence("Pakistan said it was not behind the attack on Indian posts.")
    assert not records or records[0]["plover"] != "ACCUSE"
    records = code_sentence("Ukraine's military said its troops were behind enemy lines near Kursk.")
    assert not records or records[0]["plover"] != "ACCUSE"
