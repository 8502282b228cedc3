"""A condemnation or protest whose object tells the act condemned (issue 13, PLOVER round 114): in a sentence read alone
whose first record is of another type (the act condemned, or a later verb's), a finite verb of condemnation or protest
with a party named before it and another after it, not after the word that typed the sentence, gives the condemnation
(CAMEO 111, ACCUSE) first, condemner > the one whose act is condemned (`coder._condemned_act_first`); not a
demonstration ("protested outside the embassy")."""

from latitude.coding.coder import code_sentence


def _first(text: str) -> tuple | None:
    records = code_sentence(text)
    return (records[0]["plover"], records[0]["source"], records[0]["target"]) if records else None


def test_news_rows_u007_b084_cj014_the_condemnation_comes_before_the_act_condemned():
    # development news sets U, B and CJ: main's code gave CONSULT, SUPPORT and REQUEST first
    assert _first("China has protested Japan's \"negative\" remarks made during recent ministerial meetings with the "
                  "United States and with fellow members of the Quad, also including Australia and India, the Chinese "
                  "Foreign Ministry said Wednesday.") == ("ACCUSE", "CHN", "JPN")
    assert _first("Vietnam strongly protests to China's inclusion of a part of Hoang Sa in its military exercise in the "
                  "East Sea and demands that China respect Vietnam's sovereignty over Hoang Sa (Paracel), affirmed "
                  "Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang at the ministry’s regular press "
                  "conference on August 3.") == ("ACCUSE", "VNM", "CHN")
    assert _first("China strongly condemns and firmly opposes US arms sales to Taiwan and urges the United States to "
                  "revoke its wrong decision, a Chinese Foreign Ministry spokesperson said Thursday.") == ("ACCUSE", "CHN", "USA")


def test_a_general_sentence_the_protest_of_an_act_is_the_accusation():
    # main's code: CONSULT KOR > USA first (the talks)
    assert _first("Seoul has protested Tokyo's remarks made during talks with Washington last week.") == ("ACCUSE", "KOR", "JPN")


def test_no_accusation_first_for_a_demonstration_or_a_noun():
    assert (_first("Hundreds of Vietnamese on Sunday protested outside the Chinese Embassy in Hanoi.") or ("",))[0] != "ACCUSE"
    assert (_first("Pro-Palestinian demonstrators protested outside the Israeli consulate in Chicago.") or ("",))[0] != "ACCUSE"
    assert (_first("The protests against Israel's strikes spread to Jordan and Egypt.") or ("",))[0] != "ACCUSE"
