"""Claims round 118 (issue 13): a list of partners each with its share in brackets, the shares falling, tells each
partner's place as well as its share ("The main trading partners of Tajikistan remain Russia (21.5%), China (19.9%), and
Kazakhstan (15.5%)": Russia first, China second, Kazakhstan third), the labels' convention for a list in order of shares.
Main read each as "one of the top five" with no share, so a list whose order the data do not hold was judged supported."""
from latitude.scenarios.claims import find_claims


def _read(text: str) -> dict[str, tuple[int | None, int | None, float | None]]:
    return {c.other: (c.rank, c.within, c.share) for c in find_claims(text, None) if c.kind == "trading partner"}


def test_a_development_list_of_shares_in_order() -> None:
    # held107-004 (development): the labels rank China second and Kazakhstan third (contradicted: the data's third and
    # second); main read all three as among the top five
    got = _read("The main trading partners of Tajikistan remain Russia (21.5%), China (19.9%), and Kazakhstan (15.5%).")
    assert got == {"RUS": (1, None, 21.5), "CHN": (2, None, 19.9), "KAZ": (3, None, 15.5)}


def test_a_development_list_after_its_owner_in_the_sentence_before() -> None:
    # held116-001 (development): China's import sources, "its" the state of the sentence before
    got = _read("China's imports, on the other hand, represent around 14% of its GDP. Its top import sources in 2023 were "
                "South Korea (7.4%), the United States (7%), and Japan (6.3%).")
    assert got == {"KOR": (1, None, 7.4), "USA": (2, None, 7.0), "JPN": (3, None, 6.3)}


def test_a_general_list_of_main_partners() -> None:
    got = _read("The main trading partners of Kyrgyzstan are China (31%), Russia (19.5 per cent) and Kazakhstan (8%).")
    assert got == {"CHN": (1, None, 31.0), "RUS": (2, None, 19.5), "KAZ": (3, None, 8.0)}


def test_a_general_list_of_export_destinations() -> None:
    got = _read("Poland's top export destinations were Germany (28%), the Czech Republic (6.1%), and France (5.9%).")
    assert got == {"DEU": (1, None, 28.0), "CZE": (2, None, 6.1), "FRA": (3, None, 5.9)}


def test_major_partners_and_a_counted_top_stay_a_set() -> None:
    # held36-004 and held10-015 (development, unchanged): the labels read "major" partners as the top five and "the four
    # top trading partners" as the top four, not places in a ranking
    got = _read("In 2017, France’s major import sources were Germany (18.5%), Belgium (10.2%), Netherlands (8.3%), Italy "
                "(7.9%), Spain (7.1%), UK (5.3%), US (5.2%), and China (5.1%).")
    assert {v[:2] for v in got.values()} == {(None, 5)}
    got = _read("Of the total 2004 U.S. imports, half came from the four top trading partners: Canada (17 percent), China "
                "(13 percent), Mexico (11 percent), and Japan (9 percent).")
    assert got and all(v[0] is None for v in got.values())


def test_shares_not_in_order_and_other_partners_are_unchanged() -> None:
    # guards that do not change: shares that do not fall tell no order; "other" partners do not begin the ranking
    assert {v[:2] for v in _read("The main trading partners of Mongolia are Russia (20%), China (60%) and Japan "
                                 "(5%).").values()} == {(None, 5)}
    assert {v[:2] for v in _read("Other major trading partners of Chile include Japan (9%), South Korea (6%) and "
                                 "Brazil (4%).").values()} == {(None, 5)}
