"""Issue 13, coder round 170: planned topics and trilateral pairs, as labels round 9 settled them.
(1) A sentence telling a meeting as trilateral ("trilateral", "three-way", "tripartite", "three-party") whose meeting
records pair one party with each of two others is one meeting of the three: the pair between the two partners met too
(`coder._trilateral_partners`); separate meetings ("separate", "separately") and a traveller's visits (a "three-nation
tour") stay the host's pairs. (2) The topics the article's own meeting will take up, told with the meeting's noun or
"agenda" heading the subject of a planned verb of topic ("The talks are expected to focus on ...", "the agenda will
include Syria"), are that meeting (`coder._planned_topic`), as coder round 158's topics told as done are; "Key
discussion points are expected to include ..." (a list of topics, eventness E021, '-') is not.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The tests marked "main:" fail with main's code."""

from prose_rows import all_found, coded_row, typed_pairs

from latitude.coding.coder import code


def _kinds(records) -> set[tuple]:
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_three_way_discussions_give_the_pair_between_the_partners():
    # held-out 5 R084 (labels round 9: CHN<>JPN, CHN<>KOR, JPN<>KOR CONSULT): "Chinese Premier Li Qiang hailed what
    # he called a "restart" in relations with Japan and South Korea as he met with their leaders on Monday for the first
    # three-way discussions in four years, ..."; main: the host's two pairs only
    row, records = coded_row("heldout5_prose.tsv", "R084")
    assert all(any(e.matches(r) for r in records) for e in row.events if "CONSULT" in e.types)
    assert frozenset(("JPN", "KOR")) in typed_pairs(records, "CONSULT")


def test_a_trilateral_meeting_announced_gives_its_three_pairs():
    # held-out 99 SU044 (USA<>JPN, USA<>KOR, JPN<>KOR AGREE/CONSULT): "President Yoon Suk Yeol will hold a trilateral
    # meeting with U.S. President Joe Biden and Japanese Prime Minister Shigeru Ishiba on the sidelines of the
    # Asia-Pacific Economic Cooperation summit in Peru this week, ..."; main: no USA-JPN pair
    row, records = coded_row("heldout99_prose.tsv", "SU044")
    assert all(any(e.matches(r) for r in records) for e in row.events)
    # a general sentence; main: CHN-JPN and CHN-KOR only
    said = code("Chinese Premier Li Qiang met Japanese Prime Minister Fumio Kishida and South Korean President Yoon "
                "Suk Yeol in Beijing on Monday for trilateral talks.")
    assert typed_pairs(said, "CONSULT") == {frozenset(p) for p in (("CHN", "JPN"), ("CHN", "KOR"), ("JPN", "KOR"))}


def test_separate_meetings_and_a_three_nation_tour_keep_the_hosts_pairs():
    # guards (labels round 9's line; held-out 124 KJ064, 19's G066)
    said = code("South Korea's Cho will also hold separate bilateral meetings with Japanese Foreign Minister Takeshi "
                "Iwaya and Chinese Foreign Minister Wang Yi on the sidelines of the trilateral meeting.")
    assert frozenset(("JPN", "CHN")) not in typed_pairs(said, "CONSULT")
    toured = code("Obama's visit to Cambodia was the final leg of a three-nation trip — he visited the Thai capital "
                  "Bangkok on Sunday — aimed at deepening US influence in Southeast Asia.")
    assert frozenset(("KHM", "THA")) not in typed_pairs(toured, "CONSULT")


def test_the_agenda_of_the_articles_summit_is_that_summit():
    # held-out 107 RW030 (labels round 9: RUS<>USA AGREE/CONSULT): "Obviously, the agenda will include Syria."
    # after "A Russian-US summit will take place on July 16 in Helsinki."; main: no record
    assert all_found("heldout107_prose.tsv", "RW030")


def test_their_discussions_will_include_is_the_visit():
    # held-out 155 HX009 (AUS>IDN CONSULT): "Their discussions will also include food security, energy, trade and other
    # bilateral priorities, Indonesia's Foreign Affairs Ministry said in a statement."; main: no record
    row, records = coded_row("heldout155_prose.tsv", "HX009")
    assert all(any(e.matches(r) for r in records) for e in row.events)
    # a general article; main: the second sentence gives nothing
    said = list(code("US President Donald Trump will meet Chinese President Xi Jinping next week in Busan. "
                     "The talks are expected to focus on trade, China's ties with Russia and the war in Ukraine."))
    assert ("USA", "CHN", "CONSULT") in _kinds(r for r in said if r["sentence"].startswith("The talks"))


def test_a_list_of_discussion_points_is_no_meeting():
    # guard: eventness E021 ("Key discussion points are expected to include ...", '-', of visits only hoped for)
    said = list(code("South Korean President Lee Jae-myung will visit Beijing next month. Key discussion points are "
                     "expected to include the Yellow Sea structure and North Korean denuclearization."))
    assert not [r for r in said if r["sentence"].startswith("Key discussion")]
