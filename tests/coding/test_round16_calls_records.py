"""Issue 13, sixteenth round: visits, meetings and calls that name their states but were not coded
(speaking with a named leader, phoning or calling up leaders, a record "the first ... to visit / meet"),
a second destination ("will also take him to Serbia and Hungary"), and a round of separate calls that
leaves no one pair for "the talks" after it. Each sentence is a development row (its set and id, the
page it quotes), coded in its article as the prose scores code it; the expected events are the rows'
hand labels."""

from __future__ import annotations


from prose_rows import pairs, row_records

def test_spoke_with_a_named_leader_is_talks():
    # heldout18 T117 (NewsSpace, https://newsspace.com/north-koreas-dangerous-stunt-puts-whole-world-on-standby/): USA<>JPN CONSULT
    records = row_records("heldout18_prose.tsv", "T117", "President Joe Biden spoke with Japanese Prime Minister Fumio Kishida.")
    assert frozenset(("USA", "JPN")) in pairs(records, "CONSULT")


def test_spoke_to_a_titled_leader_is_talks():
    # heldout18 T137 (the Hindu, https://www.thehindu.com/news/national/pm-modi-calls-up-south-asian-leaders/article30453926.ece):
    # IND<>NPL CONSULT
    records = row_records("heldout18_prose.tsv", "T137", "Mr. Modi also spoke to Nepal PM K.P. Sharma Oli.")
    assert frozenset(("IND", "NPL")) in pairs(records, "CONSULT")


def test_talked_with_a_states_person_is_talks():
    # heldout17 L122 (Mehr News, https://en.mehrnews.com/news/158201/Iran-FM-holds-phone-talks-with-Eastern-neighbors-counterparts):
    # IRN<>TKM CONSULT
    records = row_records(
        "heldout17_prose.tsv", "L122",
        "The Iranian minister has also talked with Turkmenistan’s Raşit Meredow on US anti-Iranian sanctions, the pandemic, "
        "and the status of bilateral relations.",
    )
    assert frozenset(("IRN", "TKM")) in pairs(records, "CONSULT")


def test_called_up_leaders_of_five_states_is_five_calls():
    # heldout18 T132 (the Hindu, same page): IND<>BGD, IND<>BTN, IND<>MDV, IND<>NPL, IND<>LKA CONSULT
    records = row_records(
        "heldout18_prose.tsv", "T132",
        "Prime Minister Narendra Modi called up leaders of Bangladesh, Bhutan, the Maldives, Nepal and Sri Lanka on Wednesday "
        "and conveyed India’s commitment to the principle of “neighbourhood first”.",
    )
    assert {frozenset(("IND", code)) for code in ("BGD", "BTN", "MDV", "NPL", "LKA")} <= pairs(records, "CONSULT")


def test_the_talks_after_a_round_of_separate_calls_name_no_other_pair():
    # heldout18 T133 (the Hindu, same page): "The talks" follows the five calls of T132; labelled `-` when this test
    # was written, relabelled by labels round 19 (the article's own meeting named by its noun) as T132's five calls
    # (IND<>BGD, IND<>BTN, IND<>MDV, IND<>NPL, IND<>LKA CONSULT); what is pinned now is that Pakistan, named only as
    # left out, gets no record and no pair outside the five calls is read
    records = row_records(
        "heldout18_prose.tsv", "T133",
        "The talks hint at India’s pursuit of a regional arrangement without the participation of Pakistan.",
    )
    five = {frozenset(("IND", code)) for code in ("BGD", "BTN", "MDV", "NPL", "LKA")}
    assert all(frozenset((r["source"], r["target"])) in five for r in records)


def test_the_first_leader_to_meet_someone_met_him():
    # heldout16 P127 (Pledge Times, https://pledgetimes.com/amid-controversy-german-chancellor-goes-to-china/): DEU<>CHN CONSULT
    records = row_records("heldout16_prose.tsv", "P127", "Scholz is the first G7 leader to meet Xi since the start of the Covid-19 pandemic.")
    assert frozenset(("DEU", "CHN")) in pairs(records, "CONSULT")


def test_the_first_president_of_a_state_to_meet_with_a_leader():
    # heldout17 L127 (Asian Voice, https://www.asian-voice.com/Opinion/Editorial/Letters/Singapore-summit): USA<>PRK CONSULT
    records = row_records(
        "heldout17_prose.tsv", "L127", "Donald Trump is the first sitting US president to meet with a North Korean leader."
    )
    assert frozenset(("USA", "PRK")) in pairs(records, "CONSULT")


def test_the_last_minister_to_visit_a_capital_visited_it():
    # heldout6 S030 (the Korea Herald, https://www.koreaherald.com/view.php?ud=20240510050661): KOR>CHN CONSULT
    records = row_records(
        "heldout6_prose.tsv", "S030",
        "The last South Korean foreign minister to visit Beijing was Kang Kyung-wha in 2017, during the previous Moon Jae-in "
        "administration.",
    )
    assert any((r["source"], r["target"], r["plover"]) == ("KOR", "CHN", "CONSULT") for r in records)


def test_a_trip_that_will_take_him_to_two_more_states():
    # heldout8 V053 (KDRTV, https://www.kdrtv.co.ke/world/xi-jinping-arrives-in-france-with-macron-anticipated-to-voice-support-for-ukraine/):
    # CHN>FRA CONSULT, CHN>SRB and CHN>HUN AGREE/CONSULT (announced visits)
    records = row_records(
        "heldout8_prose.tsv", "V053",
        "Xi’s arrival for the visit commemorating 60 years of diplomatic relations between France and China marked the beginning "
        "of his first European trip since 2019, which will also take him to Serbia and Hungary.",
    )
    found = {(r["source"], r["target"]) for r in records if r["plover"] in ("AGREE", "CONSULT")}
    assert {("CHN", "SRB"), ("CHN", "HUN")} <= found


def test_a_possessed_launch_with_adjectives_before_the_noun():
    # heldout17 L066 (Project Syndicate, Christopher R. Hill,
    # https://www.project-syndicate.org/commentary/responding-to-the-north-korean-missile-launch-by-christopher-r--hill?barrier=accessreg):
    # PRK>- MOBILIZE twice (the Unha-3 and the failed launch before it); the possessor stands before "apparently successful"
    records = row_records(
        "heldout17_prose.tsv", "L066",
        "DENVER – North Korea’s apparently successful launch of its Unha-3 rocket was inevitable after the failed launch nine "
        "months ago.",
    )
    assert any(r["source"] == "PRK" and r["plover"] == "MOBILIZE" for r in records)


def test_two_leaders_who_both_fly_to_a_city_tomorrow_each_visit():
    # heldout13 M126 (Defence Point,
    # https://defence-point.com/2019/12/23/china-hosts-japan-s-korea-leaders-for-talks-on-relations-commerce-and-n-korea/):
    # JPN>CHN and KOR>CHN CONSULT/AGREE (announced visits; the plural present "fly" with "tomorrow" is a
    # schedule, and each co-subject travels)
    records = row_records(
        "heldout13_prose.tsv", "M126",
        "Abe and Moon both fly to Chengdu, Sichuan Province, tomorrow, where they will attend the annual trilateral summit held "
        "between the three major states of Northeast Asia; last year’s edition took place in Japan.",
    )
    found = {(r["source"], r["target"]) for r in records if r["plover"] in ("AGREE", "CONSULT")}
    assert {("JPN", "CHN"), ("KOR", "CHN")} <= found
