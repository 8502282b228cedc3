"""PLOVER round 55 (issue 13): the event type of acts by armed groups, police, courts, ministries and agencies.
Two general causes of COERCE read as something else: an arrest told before a protest ("police have detained four
opposition leaders ahead of a banned protest") is the arrest (COERCE), not the protest; a raid on offices or a
headquarters ("Police raided the offices of three weeklies") is coercion (COERCE), not an attack. Sentences quoted
from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), expected categories their hand
labels. Held-out news set AS (tests/fixtures/coding/plover_news_as.tsv) is read as labelled and shares no page or
sentence with the development sets A to AQ."""

from pathlib import Path

import pytest

from latitude.coding import gold
from latitude.coding.coder import classify

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


def test_news_set_as_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_aq():
    # Held-out set AS (issue 13, PLOVER round 55: real news sentences of acts by armed groups, police, courts,
    # ministries and agencies -- sentences and bans ("was sentenced on Friday to four years in prison", "imposed a
    # blanket ban on political rallies"), raids and seizures, tear gas, indictments, deployments, relief, attacks
    # on police stations and schools, threats to kill hostages, releases of captives and denials; pages cited in
    # no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_as.tsv")
    assert len(rows) == 49
    assert len({r.url for r in rows}) == 49
    first = rows[0]  # AS001, Kyiv Post: a Russian opposition activist was jailed for eight years
    assert first.labels == ("COERCE",) and first.sources == ("RUS",) and first.targets == ("RUS",)
    assert first.date is None
    bail = next(r for r in rows if r.text.startswith("A Zimbabwean court has released"))
    assert bail.labels == ("RETREAT",) and bail.sources == ("ZWE",) and bail.targets == ("USA", "GBR")
    threat = next(r for r in rows if r.text.startswith("NAIROBI, Jan. 24 (Xinhua)"))
    assert threat.labels == ("THREATEN",) and threat.sources == ("SOM",) and threat.targets == ("KEN",)
    assert sum(r.labels == ("COERCE",) for r in rows) == 17  # sentences, bans, raids, seizures, tear gas
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 7
    assert sum(r.labels == ("RETREAT",) for r in rows) == 6  # captives and prisoners released
    assert sum(r.labels == ("ACCUSE", "COERCE") for r in rows) == 3  # indictments
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 4
    assert sum(r.labels == ("THREATEN",) for r in rows) == 4
    assert sum(r.labels == ("AID",) for r in rows) == 3
    assert sum(r.labels == ("REJECT",) for r in rows) == 3
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 46  # acts inside one state
    assert sum(r.date is None for r in rows) == 29
    earlier = [
        r
        for name in [*"abcdefghijklmnopqrstuvwxyz", *(f"a{c}" for c in "abcdefghijklmnopq")]
        for r in gold.news_records(FIXTURES / f"plover_news_{name}.tsv")
    ]
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


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
