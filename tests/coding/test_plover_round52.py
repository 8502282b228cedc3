"""PLOVER round 52 (issue 13): the event type of stances told by a noun. A light verb ("expressed", "voiced",
"lodged", "issued", "registered", "conveyed", "filed", "handed") whose object is headed by a noun of protest,
complaint, condemnation or opposition ("a formal complaint", "a rare condemnation", "'firm opposition'", "solemn
representations", "a diplomatic note of protest") types the sentence ACCUSE, whatever act the stance is about: the
quad classifier, reading the act's words ("missile strikes", "air strike"), or reading a statement, no longer
decides it. Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv),
expected categories and targets their hand labels."""

from latitude.coding.coder import classify, code_sentence


def test_a_formal_complaint_after_missile_strikes_is_an_accusation_not_the_strikes():
    # set J, row J031: labelled ACCUSE, IRN > PAK
    text = (
        "On Jan. 18, Tehran lodged a formal complaint with Pakistan after the latter conducted a series of missile "
        "strikes against targets in the Iranian province of Sistan and Baluchistan."
    )
    assert classify(text).plover == "ACCUSE"


def test_a_rare_condemnation_of_an_air_strike_is_an_accusation_not_the_strike():
    # set J, row J067: labelled ACCUSE, RUS > ISR
    text = (
        "Russia on Friday issued a rare condemnation of Israel for an overnight air strike in Syria attributed to the "
        "Jewish state which significantly damaged Damascus International Airport."
    )
    assert classify(text).plover == "ACCUSE"


def test_firm_opposition_expressed_is_an_accusation_not_a_statement():
    # set AF, row AF045: labelled ACCUSE, CHN > USA
    text = 'China expressed "firm opposition" to the U.S. tariffs on steel and aluminum imports today.'
    assert classify(text).plover == "ACCUSE"


def test_a_formal_complaint_issued_in_a_reported_clause_is_an_accusation():
    # set T, row T021: labelled ACCUSE, IND > PAK
    text = (
        "Jaswant Singh, the Foreign Minister, said India had issued a formal complaint to the Pakistan high commission "
        'claiming it had "technical evidence" the attack was the "handiwork" of Lashkar-e-Tayyaba militants.'
    )
    assert classify(text).plover == "ACCUSE"


def test_a_note_of_protest_handed_over_is_an_accusation():
    # set F, row F002: labelled ACCUSE, MKD > RUS
    text = (
        "As sources in the Ministry of Foreign Affairs told “Sloboden Pecat”, representatives of the ministry handed "
        "over a diplomatic note of protest to the ambassador in relation to a statement of the Russian Embassy made two "
        "days ago referring to “Russophobes” in Macedonia."
    )
    assert classify(text).plover == "ACCUSE"


def test_solemn_representations_lodged_are_an_accusation_of_the_state_addressed():
    # set Z, row Z040: labelled ACCUSE, CHN > JPN
    text = (
        "Beijing lodged solemn representations to Tokyo again over erroneous remarks made by Japanese Prime Minister "
        "Sanae Takaichi regarding Taiwan, as Chinese and Japanese officials held consultations in Beijing on Tuesday, "
        "the Foreign Ministry spokeswoman Mao Ning said."
    )
    first = code_sentence(text)[0]
    assert (first["plover"], first["source"], first["target"]) == ("ACCUSE", "CHN", "JPN")


def test_a_protest_lodged_with_a_diplomat_following_an_intrusion_is_an_accusation():
    # set E, row E042: labelled ACCUSE, JPN > CHN
    text = (
        "Junichi Ihara, head of the Foreign Ministry's Asian and Oceanian Affairs Bureau, lodged a protest with a senior "
        "diplomat at the Chinese Embassy in Tokyo following the intrusion."
    )
    assert classify(text).plover == "ACCUSE"
