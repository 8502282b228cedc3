"""A clause of blame held by a verb of belief or finding (issue 13, PLOVER round 112): in a sentence read alone, a state
that believes, concludes or has no doubt that another "was behind" an act ("bears responsibility", "was a violation":
PLOVER round 96's predicates of blame) accuses it, CAMEO 112 (ACCUSE), believer > the one blamed
(`coder._believed_blame_read`)."""

from latitude.coding.coder import code_sentence


def _first(text: str) -> tuple | None:
    records = code_sentence(text)
    return (records[0]["plover"], records[0]["source"], records[0]["target"]) if records else None


def test_news_rows_t060_ch017_ch005_a_belief_or_finding_of_blame_is_the_accusation():
    # development news sets T and CH: each got no record on main's code (the lone sentence's threshold)
    assert _first("Seoul believes Pyongyang was behind at least two cyber attacks in 2011 and 2012.") == ("ACCUSE", "KOR", "PRK")
    assert _first("German intelligence services had concluded China was behind the attack after an in-depth technical "
                  "analysis, he added.") == ("ACCUSE", "DEU", "CHN")
    assert _first("Russia hasn’t ever had any doubt that Ukraine is behind the attack on the Crimean Bridge, Kremlin "
                  "Spokesman Dmitry Peskov told reporters.") == ("ACCUSE", "RUS", "UKR")


def test_a_general_sentence_of_belief_in_blame_is_the_accusation():
    assert _first("Washington believes Moscow was behind the cyberattack on its power grid.") == ("ACCUSE", "USA", "RUS")


def test_no_accusation_when_the_belief_is_negated_passive_or_the_clause_tells_no_blame():
    assert _first("Japan does not believe China was behind the hack.") is None
    assert _first("North Korea is believed to have been behind the attack on South Korea's banks.") is None
    assert _first("Seoul believes Pyongyang was not behind the attack.") is None
    assert _first("Ukraine's troops are believed to be behind enemy lines near Kursk.") is None
    assert (_first("France believes the peace talks with Russia are behind schedule.") or ("",))[0] != "ACCUSE"
