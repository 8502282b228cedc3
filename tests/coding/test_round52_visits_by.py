"""Coder round 52 (issue 13, the headline case, fourth pass): a visit noun whose "by" or "from" phrase names the
visitor and no place ("during a state visit by US President Donald Trump", "bookended by visits from U.S. President
Trump and Chinese President Xi Jinping") is the visitor's visit to the host its clause's subject names. Every sentence
is quoted from a development set (its row named) and read in an article, as `prose_scores` reads it; each test fails
with the code before this round."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens

from prose_rows import codes_of, excerpt_codes


def test_a_state_visit_by_a_named_leader_is_his_visit_to_the_subjects_state():
    # held-out 32's KR031-KR032 (cm.asiae.co.kr, 2025-11-03): Trump visited Korea, Lee raised the issue
    coded = excerpt_codes(
        [
            "Korea and the United States agreed on 'annual investments of up to 20 billion dollars.'",
            "Furthermore, President Lee raised the issue of 'nuclear-powered submarine fuel supply' during a state visit "
            "by US President Donald Trump and secured approval, resolving a long-standing issue that had been stagnant "
            "for 30 years.",
        ],
        dt.date(2025, 11, 3),
    )
    visits = [(s, t) for s, t, p in codes_of(coded, "Furthermore") if p == "CONSULT"]
    assert ("USA", "KOR") in visits
    assert ("KOR", "USA") not in visits
    # after a passive participle the "by" phrase grants the visit: held-out 23's F067-F069 (fpj, 2023), Modi's
    # state visit, not one by the Joe Biden administration to the French and South Korean presidents
    coded = excerpt_codes(
        [
            "Prime Minister Narendra Modi’s ongoing visit to the United States is by far the most prestigious.",
            "Though he has visited the US six times since he took over as prime minister in 2014, it is his first state "
            "visit.",
            "Internationally, he is the third after the French and South Korean presidents to be accorded a state visit "
            "by the Joe Biden administration.",
        ],
        dt.date(2023, 6, 21),
    )
    assert [(s, t) for s, t, p in codes_of(coded, "Internationally") if p == "CONSULT"] == [("IND", "USA")]


def test_visits_from_two_leaders_are_two_visits_to_the_host():
    # held-out 46's KT033-KT035 (swedennewsagency.com): the headline, the sentence, and an analysis sentence after it
    coded = excerpt_codes(
        [
            "Trump, Xi, and a “Pipe Dream”: Lee’s Worst Week?\n"
            "South Korea’s President Lee Jae Myung may have just had one of his worst weeks in office, bookended by visits "
            "from U.S. President Trump and Chinese President Xi Jinping.",
            "The pressure from the U.S. and China was immense.",
        ],
        dt.date(2025, 11, 3),
    )
    row = codes_of(coded, "South Korea")
    assert ("USA", "KOR", "CONSULT") in row and ("CHN", "KOR", "CONSULT") in row
    assert codes_of(coded, "The pressure") == []


def test_gyeongju_is_a_south_korean_place_and_the_person_after_a_fronted_place_stays_the_subject():
    # held-out 38's KS029 (dunyanews.tv, October 2025): the APEC 2025 host city, written "Gyeongju" (Revised
    # Romanization; the GeoNames table of 2013 has only "Kyongju"), and "In Gyeongju, Lee ..." -- with the comma
    # dropped by the tokenizer the place and Lee were one "Gyeongju Lee" in the place phrase, and the meetings lost
    sentence = (
        "In Gyeongju, Lee is expected to hold one-on-one meetings with U.S President Donald Trump, Chinese President Xi "
        "Jinping and new Japanese Prime Minister Sanae Takaichi, while presiding over APEC events."
    )
    mentions = find_actors(raw_tokens(sentence), dt.date(2025, 10, 28))
    assert [(m.text, m.code, m.person) for m in mentions[:2]] == [("Gyeongju", "KOR", False), ("Lee", "KOR", True)]
    coded = codes_of(excerpt_codes([sentence], dt.date(2025, 10, 28)), "In Gyeongju")
    # labelled AGREE/CONSULT; an announced meeting is PLOVER CONSULT since coder round 82
    assert ("KOR", "USA", "CONSULT") in coded and ("KOR", "CHN", "CONSULT") in coded


def test_a_leaders_arrival_with_no_place_is_the_visit_the_article_reported():
    # held-out 46's KT102-KT104 (koreamosaic.net, the Korea Herald, 2025-10-29): "Trump's arrival" is his arrival in
    # Gyeongju, told two sentences before
    coded = excerpt_codes(
        [
            "Trump arrived in the southeastern city of Gyeongju earlier in the day to attend Asia-Pacific Economic "
            "Cooperation meetings and a bilateral summit with Lee.",
            "His visit had fueled speculation that he might seek to resume personal diplomacy with Kim to revive stalled "
            "nuclear talks between Washington and Pyongyang.",
            "Just a day before Trump’s arrival, North Korea test-fired several sea-to-surface strategic cruise missiles "
            "into the West Sea, its first such launch in five months.",
        ],
        dt.date(2025, 10, 29),
    )
    row = codes_of(coded, "Just a day")
    assert ("USA", "KOR", "CONSULT") in row and ("PRK", None, "MOBILIZE") in row
