"""Issue 13, twenty-first round: meetings of three states named as one coordinated subject that main's
coder coded as a single pair: a list whose middle item opens with "the" ("Leaders of South Korea, the
United States and Japan have met", `grammar._listed_before`) and states named after "leaders from" or
"diplomats from", which are the meeting's parties, not a place (`grammar.in_place_phrase`). Each sentence
is a development row (its set and id, the page it quotes), coded in its article as the prose scores code
it; a trilateral meeting is labelled as its three pairs."""

from __future__ import annotations

from prose_rows import pairs, row_records


def test_a_listed_state_after_the_joins_the_meeting():
    # heldout22 K025 (a JoongAng Daily editorial,
    # https://koreajoongangdaily.joins.com/2022/06/29/opinion/editorials/Yoon-Sukyeol-NATO-summit/20220629203245411.html):
    # KOR<>USA, KOR<>JPN, USA<>JPN CONSULT; main coded only USA-JPN
    records = row_records(
        "heldout22_prose.tsv", "K025",
        "Leaders of South Korea, the United States and Japan have met for the first time since 2017.",
    )
    assert pairs(records, "CONSULT") == {frozenset(("KOR", "USA")), frozenset(("KOR", "JPN")), frozenset(("USA", "JPN"))}


def test_diplomats_from_three_states_meet_each_other():
    # heldout22 K036 (a daily8 copy of an editorial, https://www.daily8.com/en/article/2ac5580cbfdfe3ecc71c113688b3da61):
    # KOR<>CHN, KOR<>JPN, CHN<>JPN CONSULT; main coded only CHN-JPN
    records = row_records("heldout22_prose.tsv", "K036", "The top diplomats from South Korea, China and Japan met in Tokyo on Saturday.")
    assert pairs(records, "CONSULT") == {frozenset(("KOR", "CHN")), frozenset(("KOR", "JPN")), frozenset(("CHN", "JPN"))}


def test_leaders_from_three_states_hold_a_trilateral_summit():
    # heldout18 T154 (gov.cn, http://english.www.gov.cn/premier/video/2015/11/02/content_281475225920931.htm):
    # CHN<>JPN, CHN<>KOR, JPN<>KOR CONSULT; main coded only JPN-KOR
    records = row_records(
        "heldout18_prose.tsv", "T154",
        "Leaders from China, Japan and the Republic of Korea have held their first trilateral summit in more than three years.",
    )
    assert pairs(records, "CONSULT") == {frozenset(("CHN", "JPN")), frozenset(("CHN", "KOR")), frozenset(("JPN", "KOR"))}

