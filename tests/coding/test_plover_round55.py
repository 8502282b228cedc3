"""PLOVER round 55 (issue 13): the event type of acts by armed groups, police, courts, ministries and agencies.
Two general causes of COERCE read as something else: an arrest told before a protest ("police have detained four
opposition leaders ahead of a banned protest") is the arrest (COERCE), not the protest; a raid on offices or a
headquarters ("Police raided the offices of three weeklies") is coercion (COERCE), not an attack. Sentences quoted
from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), expected categories their hand
labels. Held-out news set AS's layout test is in test_plover_news.py with the other sets'."""

import pytest

from latitude.coding.coder import classify


@pytest.mark.parametrize(
    "text",
    [
        # set AQ, row AQ009: labelled COERCE, RUS > RUS
        "Russian police have detained four opposition leaders ahead of a banned protest against President Vladimir Putin.",
        # set X, row X059: labelled COERCE, RUS > RUS
        "Moscow police arrested about 400 people, including the country's main opposition leader, during a street "
        "protest on Wednesday (June 12) against abusive police tactics.",
        # set AC, row AC010: labelled COERCE, USA > USA
        "Police have arrested more than 400 protesters who were demonstrating by the U.S. Capitol in Washington "
        'against the role of money in politics, saying the protesters engaged in "unlawful demonstration activity."',
        # set AI, row AI037: labelled COERCE, IND > IND
        "Numerous protesters was detained on Friday, 27 December at UP Bhawan in Delhi, where they were demonstrating "
        "against \u201cpolice atrocities\u201d in Uttar Pradesh following unrest over anti-Citizenship Act protests.",
    ],
)
def test_an_arrest_told_before_a_protest_is_coercion(text):
    assert classify(text).plover == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        # set AC, row AC072: labelled COERCE, PAK > PAK
        "KARACHI, July 19: Police raided the offices of three weeklies and a daily on Tuesday and arrested two "
        "journalists for publishing hate literature.",
        # set AM, row AM043: labelled COERCE, EGY > EGY
        "Egyptian security forces stormed the offices of two independent newspapers and briefly arrested the chairman "
        "of one of the newspapers, Mostafa Sakr.",
        # set AM, row AM042: labelled COERCE, EGY > EGY
        "Security forces broke into the headquarters of the Muslim Brotherhood's official news website, and arrested "
        "12 journalists and technicians inside.",
        # set AQ, row AQ014: labelled COERCE, RUS > RUS
        "MOSCOW -- Police and local government officials have raided the Moscow offices of one of Russia's "
        "best-known human rights groups.",
    ],
)
def test_a_raid_on_offices_is_coercion(text):
    assert classify(text).plover == "COERCE"
