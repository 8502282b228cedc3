"""PLOVER round 85 (issue 13): arrests, bans and raids inside one state typed otherwise — pardons and bail granted.

In the development news rows of acts inside one state, a pardon of prisoners ("Alexander Lukashenko pardoned 29 people
who were convicted of 'extremist crimes'") was typed CONCEDE (CAMEO 080, PETRARCH2's dictionary's yield for "pardon")
and bail granted by a court ("A Pakistani court has granted a two-week bail to former Pakistani Prime Minister Imran
Khan", "Bibi was recently granted bail by an Islamabad court") CONCEDE (081, its easing of an administrative sanction
for "grant ... bail"), where the news sets label both RETREAT. Both are now the release of persons, CAMEO 0841 (PLOVER
RETREAT), as "freed" was in PLOVER round 60 (`coder._release_of_persons`). Sentences quoted from the real-news
development sets (tests/fixtures/coding/plover_news_*.tsv); expected categories, sources and targets their hand labels.
"""

from latitude.coding.coder import classify, code_sentence


def test_a_pardon_of_prisoners_is_a_release():
    assert classify("The president pardoned 50 prisoners on Independence Day.").plover == "RETREAT"
    # BV, labelled RETREAT BLR > BLR (was CONCEDE, CAMEO 080)
    text = 'The self-proclaimed president of Belarus Aleksandr Lukashenko pardoned 29 people who were convicted of "extremist crimes."'
    assert classify(text).plover == "RETREAT"
    assert code_sentence(text)[0]["plover"] == "RETREAT"


def test_bail_granted_by_a_court_is_a_release():
    assert classify("A court in the capital granted bail to the detained opposition leader on Monday.").plover == "RETREAT"
    # AX, labelled RETREAT PAK > PAK (was CONCEDE, CAMEO 081)
    text = "Islamabad, Pakistan – A Pakistani court has granted a two-week bail to former Pakistani Prime Minister Imran Khan, who was arrested on corruption charges earlier this week."
    assert classify(text).plover == "RETREAT"
    record = code_sentence(text)[0]
    assert record["plover"] == "RETREAT" and record["source"] == "PAK" and record["target"] == "PAK"
    # AZ, labelled RETREAT PAK > PAK (was CONCEDE and no record)
    text = "Bibi was recently granted bail by an Islamabad court in a graft case."
    assert classify(text).plover == "RETREAT"
    assert code_sentence(text)[0]["target"] == "PAK"


def test_bail_told_after_an_arrest_and_bail_refused_keep_their_readings():
    # BB, labelled COERCE/RETREAT IND > IND: the arrest comes first and its record (CAMEO 084) stays
    text = (
        "Tripura police on Sunday night arrested two journalists from Delhi on the charge of spreading hatred between "
        "communities while reporting on last month’s communal strife but they were granted conditional bail by a local "
        "court on Monday afternoon."
    )
    assert code_sentence(text)[0]["cameo"] == "084"
    assert classify("The court refused bail to the former minister.").plover != "RETREAT"
