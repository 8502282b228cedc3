"""Issue 13, fifteenth round: meetings of three or more parties, a second partner of a clause, partners
named by their states after "counterparts from", and a state named by a description ("the country").
Each sentence is a development row (its set and id, the page it quotes), coded in its article as the
prose scores code it (or alone, where the article's scoring cannot attribute it); the expected events
are the rows' hand labels."""

from __future__ import annotations


from latitude.coding.coder import code_sentence
from latitude.coding.prose import read_prose
from prose_rows import FIXTURES, pairs, row_records

TRILATERAL = {frozenset(("JPN", "CHN")), frozenset(("JPN", "KOR")), frozenset(("CHN", "KOR"))}


def test_a_fronted_meeting_of_three_titled_leaders_is_every_pair():
    # heldout15 O045 (the Japan Times, https://www.japantimes.co.jp/news/2024/05/27/japan/politics/japan-china-south-korea-summit/):
    # CHN<>JPN, CHN<>KOR, JPN<>KOR CONSULT (the subject lists three titled leaders over comma clauses)
    rows = read_prose(FIXTURES / "heldout15_prose.tsv")
    text = next(r.text for r in rows if r.id == "O045")
    assert text.startswith("In a highly anticipated meeting in Seoul, Prime Minister Fumio Kishida, Chinese Premier Li Qiang and")
    records = row_records("heldout15_prose.tsv", "O045", text)
    assert pairs(records, "CONSULT") >= TRILATERAL
    assert all(r["joint"] for r in records if r["plover"] == "CONSULT")


def test_their_first_three_way_summit_is_the_three_states_summit():
    # heldout15 O044 (the Japan Times, same page): CHN<>JPN, CHN<>KOR, JPN<>KOR CONSULT
    records = row_records(
        "heldout15_prose.tsv", "O044",
        "With tensions in Northeast Asia escalating into dangerous territory, the leaders of Japan, China and South Korea on "
        "Monday sought to clear the air and chart a new path forward in their first three-way summit since 2019.",
    )
    assert pairs(records, "CONSULT") >= TRILATERAL
    assert all(r["joint"] for r in records if r["plover"] == "CONSULT")


def test_a_second_person_met_after_the_first_ones_date():
    # heldout15 O041 (SoylentNews, https://soylentnews.org/submit.pl?op=viewsub&subid=26538): PRK<>KOR, PRK<>CHN CONSULT
    records = row_records(
        "heldout15_prose.tsv", "O041",
        "North Korean leader Kim Jong Un met Moon on April 27 and Chinese President Xi Jinping earlier this week.",
    )
    assert {frozenset(("PRK", "KOR")), frozenset(("PRK", "CHN"))} <= pairs(records, "CONSULT")


def test_a_list_of_leaders_goes_on_after_the_uk():
    # heldout17 L102 (India TV, https://www.indiatvnews.com/news/world/india-prime-minister-narendra-modi-5-day-diplomatic-blitz-31-bilateral-meetings-in-a-whirlwind-of-global-engagements-2024-11-22-962870):
    # IND<>GBR, IND<>CHL, IND<>ARG, IND<>AUS CONSULT among ten
    records = row_records(
        "heldout17_prose.tsv", "L102",
        "In Brazil, PM Modi held bilateral meetings with leaders of Brazil, Indonesia, Portugal, Italy, Norway, France, the UK, "
        "Chile, Argentina and Australia.",
    )
    assert {frozenset(("IND", code)) for code in ("GBR", "CHL", "ARG", "AUS")} <= pairs(records, "CONSULT")


def test_counterparts_from_a_list_of_states():
    # heldout17 L119 (Mehr, https://en.mehrnews.com/news/158201/Iran-FM-holds-phone-talks-with-Eastern-neighbors-counterparts):
    # IRN<>PAK, IRN<>TKM, IRN<>AFG CONSULT. The row ends without a full stop, so in its article the coder
    # reads it with the next row as one sentence and the scores cannot attribute the records: read alone.
    records = code_sentence(
        "TEHRAN, Apr. 30 (MNA) – Iranian Foreign minister Mohammad Javad Zarif has held separate phone talks on Thursday with "
        "his counterparts from Pakistan, Turkmenistan, and Afghanistan."
    )
    assert {frozenset(("IRN", code)) for code in ("PAK", "TKM", "AFG")} <= pairs(records, "CONSULT")


def test_the_country_of_an_editorial_on_a_launch_is_the_launcher():
    # heldout17 L081 and L083 (a Yomiuri editorial in the Straits Times,
    # https://www.straitstimes.com/asia/east-asia/north-korea-missile-launch-needs-strong-security-council-response-the-yomiuri-shimbun):
    # PRK>- MOBILIZE, not South Korea's (main read "Korean Central Television" as the launcher)
    for row_id, text in (
        ("L081", 'In an "important special broadcast," state-run Korean Central Television announced that the country had '
                 "launched an Earth observation satellite and successfully put it into orbit."),
        ("L083", "The country's latest missile launch, along with January's nuclear test, was a clear violation of the resolutions."),
    ):
        records = row_records("heldout17_prose.tsv", row_id, text)
        assert any(r["source"] == "PRK" and r["plover"] == "MOBILIZE" for r in records), row_id


def test_the_country_needs_an_article_about_a_state():
    # a description is left unnamed when no state leads the article (read alone: no context), and when
    # the state the article is about is named in the sentence itself; heldout8 V084 (dev, labelled
    # PRK>- MOBILIZE) names no state but the launcher is the article's last one, not its most named state
    assert not [r for r in code_sentence("The country's latest missile launch was a clear violation of the resolutions.") if r["source"]]
