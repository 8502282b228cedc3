"""Issue 13, fourteenth round: launches named by a test noun or a longer phrase, launchers the coder lost,
and a visit's direction. Each sentence is a development row (its set and id, the page it quotes), coded
in its article as the prose scores code it; the expected events are the rows' hand labels."""

from __future__ import annotations

import datetime as dt

from latitude.coding.coder import Article, code
from prose_rows import has, row_records


def test_the_recent_test_is_the_articles_launch():
    # heldout14 N175 (EconoTimes, https://econotimes.com/North-Korea-confirms-latest-test-of-ICBM-in-preparation-for-long-confrontation-with-US-1630152): PRK>- MOBILIZE
    records = row_records(
        "heldout14_prose.tsv", "N175",
        "Pyongyang has confirmed the recent test as it prepares for what local media has described being a confrontation with Washington.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_concern_over_the_test_and_a_states_test():
    # heldout16 P094 and P095 (VOV World, http://vovworld.vn/en-US/news/iran-tests-new-ballistic-missile-578989.vov): IRN>- MOBILIZE
    records = row_records(
        "heldout16_prose.tsv", "P094",
        "British Foreign Secretary Boris Johnson voiced deep concerns over the test, calling on Iran to halt provocations.",
    )
    assert has(records, "IRN", None, "MOBILIZE")
    records = row_records(
        "heldout16_prose.tsv", "P095",
        "Israel's Defence Minister Avigdor Lieberman denounced Iran's test as a \"provocation\" of the US and its allies, including Israel.",
    )
    assert has(records, "IRN", None, "MOBILIZE")


def test_comment_with_no_actor_on_the_test_stays_no_event():
    # heldout4 Q043 (JoongAng Daily), labelled "-": "test" alone needs an actor in the sentence
    records = row_records("heldout4_prose.tsv", "Q043", "Analysts view the test as a show of force aimed at influencing the regional security agenda.")
    assert records == []


def test_oversaw_test_flights_of_missiles():
    # heldout3 R016 (https://theglobeandatlas.com/north-korea-says-kim-oversaw-hypersonic-missile-drill): PRK>- MOBILIZE
    text = (
        "North Korea said Monday that leader Kim Jong Un oversaw test-flights of hypersonic missiles, reiterating the need "
        "to strengthen the country’s nuclear deterrent ahead of a key political meeting."
    )
    records = list(code(Article("t", text, dt.date(2026, 1, 5))))
    assert has(records, "PRK", None, "MOBILIZE")


def test_irbm_launch_over_japan():
    # heldout12 Z114 (Korea Times, https://www.koreatimes.co.kr/www/nation/2023/10/103_235665.html): PRK>JPN MOBILIZE
    records = row_records("heldout12_prose.tsv", "Z114", '"Moon said the IRBM launch over Japan was violence against a neighboring country," Park said.')
    assert has(records, "PRK", "JPN", "MOBILIZE")


def test_possessor_with_an_adjective_and_the_launch_after_it():
    # heldout14 N100 and N101 (Vox, https://www.vox.com/world/2017/8/29/16219918/north-korea-missile-launch-japan-south-korea-united-states-trump):
    # PRK>JPN MOBILIZE, then "the launch" of the next sentence is North Korea's
    records = row_records(
        "heldout14_prose.tsv", "N100",
        "North Korea’s aggressive ballistic missile launch over Japan on Monday solicited concerned — yet surprisingly "
        "measured — reactions from Japan, South Korea, and even President Donald Trump.",
    )
    assert has(records, "PRK", "JPN", "MOBILIZE")
    records = row_records(
        "heldout14_prose.tsv", "N101",
        "Japan’s Prime Minister Shinzo Abe called the launch “an unprecedented serious and grave threat to Japan” and "
        "immediately called for an emergency meeting of the United Nations Security Council.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_object_relative_names_the_launcher():
    # heldout14 N090 (Reason, https://reason.com/2017/08/29/north-korea-fires-another-missile-over-j/printer/):
    # PRK>JPN MOBILIZE, not an attack
    records = row_records(
        "heldout14_prose.tsv", "N090",
        "The missile North Korea fired over Japan last night is being treated by that country, President Trump, and the "
        "U.S. media as an event of consequence.",
    )
    assert has(records, "PRK", "JPN", "MOBILIZE")
    assert not has(records, "PRK", "JPN", "ASSAULT")


def test_launch_noun_as_standard_of_comparison_is_no_event():
    # heldout14 N093 (Reason, the same page), labelled "-": launches in general, though the article has a launcher
    records = row_records(
        "heldout14_prose.tsv", "N093",
        "The rattled reactions have become as predictable as the missile test launches that are sound and fury signifying nothing.",
    )
    assert records == []


def test_pronoun_after_a_subordinator():
    # heldout12 Z116 (Japan Times, https://www.japantimes.co.jp/news/2017/04/06/national/politics-diplomacy/abe-trump-huddle-north-korea-missile-threat-want-beijing-pressure-pyongyang/):
    # PRK>- MOBILIZE
    records = row_records(
        "heldout12_prose.tsv", "Z116",
        "Prime Minister Shinzo Abe and U.S. President Donald Trump held a 35-minute teleconference Thursday morning, "
        "agreeing to jointly deal with the military threat of North Korea after it fired a ballistic missile into the Sea "
        "of Japan a day before.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_a_place_is_no_weapons_owner():
    # heldout15 O035 (PTV, https://ptv.com.pk/ptvWorld/engNewsDetail/46874): PRK>- MOBILIZE, not Japan's launch
    records = row_records(
        "heldout15_prose.tsv", "O035",
        "Japan's State Minister Of Defense, Toshiro Ino told reporters in Tokyo, the missile flew 800 kilometers at a "
        "maximum height of around 50 kilometers before splashing down outside Japanese waters.",
    )
    assert has(records, "PRK", None, "MOBILIZE")
    assert not has(records, "JPN", None, "MOBILIZE")


def test_guillemet_opens_a_sentence():
    # heldout5 R095 (Kazinform, https://www.inform.kz/en/north-korea-tests-new-solid-fuel-icbm-overseen-by-leader-kim_a4056916): PRK>- MOBILIZE
    records = row_records(
        "heldout5_prose.tsv", "R095",
        "«The aim of the test-fire was to confirm the performance of the high-thrust solid-fuel engines for multi-stage "
        "missiles» developed under long-term plans for building the state nuclear force, KCNA said.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_pakistans_joint_chiefs_of_staff_committee():
    # heldout16 P086 (Arab News, https://arabnews.com/node/2393406/pakistan): PAK>- MOBILIZE, not South Korea's JCS
    records = row_records(
        "heldout16_prose.tsv", "P086",
        "Wednesday’s launch was overseen by Chairman Joint Chiefs of Staff Committee (CJCSC) General Sahir Shamshad Mirza "
        "and senior officers from the Strategic Plans Division and Strategic Forces Command, as well as scientists and "
        "engineers of strategic organizations.",
    )
    assert has(records, "PAK", None, "MOBILIZE")
    assert not any(r["source"] == "KOR" for r in records)


def test_a_time_after_at_is_no_aim():
    # eventness_train E078 (The Quint, https://www.thequint.com/amp/story/news/world/north-korea-missile-tests-raises-alarm-anything-new-japan-south-korea-united-states):
    # PRK>- MOBILIZE, not an attack
    records = row_records("eventness_train.tsv", "E078", "There are several possible reasons North Korea is testing a range of ballistic missiles at this time.")
    assert has(records, "PRK", None, "MOBILIZE")


def test_last_known_launch():
    # heldout8 V085 (VnNow, https://vnnow.net/en/world/north-korea-conducts-first-ballistic-missile-launch-of-the-year-166375.html): PRK>- MOBILIZE
    records = row_records(
        "heldout8_prose.tsv", "V085",
        "The last known launch occurred in November 2025, following US President Donald Trump's approval of a plan "
        "allowing South Korea to build nuclear submarines.",
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_welcomed_to_beijing_is_each_guests_visit():
    # heldout13 M125 (Defence Point, https://defence-point.com/2019/12/23/china-hosts-japan-s-korea-leaders-for-talks-on-relations-commerce-and-n-korea/):
    # JPN>CHN CONSULT | KOR>CHN CONSULT
    records = row_records(
        "heldout13_prose.tsv", "M125",
        "Chinese President Xi Jinping welcomed Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in "
        "to Beijing Monday for separate bilateral summits.",
    )
    assert has(records, "JPN", "CHN", "CONSULT") and has(records, "KOR", "CHN", "CONSULT")
    assert not any(r["joint"] for r in records if r["cameo"] == "042")


def test_visiting_before_a_person_makes_the_guest_the_visitor():
    # heldout14 N168 (Global Times, https://www.globaltimes.cn/page/202311/1301309.shtml): AUS>CHN CONSULT
    records = row_records(
        "heldout14_prose.tsv", "N168",
        "\"Your visit can be described as carrying on the past and opening up the future,\" Chinese President Xi Jinping "
        "told visiting Australian Prime Minister Anthony Albanese in Beijing on Monday afternoon, citing the fact that this "
        "year marks the 50th anniversary of the trip made by Gough Whitlam, the first Australian leader to visit China.",
    )
    assert has(records, "AUS", "CHN", "CONSULT")
