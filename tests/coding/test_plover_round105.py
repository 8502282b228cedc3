"""PLOVER round 105: aid told from its receiving side, its giver named after "from" ("supplies from Türkiye to Sudan,
arrived at Port Sudan", "a plane from the United Arab Emirates (UAE) carrying relief goods for the flood-affected
people of Pakistan landed ...", "for the people of Syria from the government of Bangladesh ... arrived at Damascus"),
while the receiver, read as the source, is named only where the aid goes (after "to", "for", "of", "in", "at",
"into"): the giver is the source, the pair is turned (coder._giver_read_as_target, in a sentence read alone). Kept
when the source is named as a subject ("Japan sent humanitarian aid to refugees from Ukraine")."""

from prose_rows import first_codes


def test_aid_arriving_from_its_giver_has_the_giver_as_source():
    # news sets BQ (BQ008, AID TUR > SDN), BP (BP007, AID BGD > SYR) and CC (CC017, AID ARE > PAK): reversed on main
    assert first_codes(
        'The second "Ship of Goodness," carrying 1,605 tons of food, clothing and hygiene supplies from Türkiye to Sudan,'
        " arrived at Port Sudan on Monday, as the country continues to grapple with a deepening humanitarian crisis."
    ) == ("AID", "TUR", "SDN")
    assert first_codes(
        "The humanitarian assistance package for the people of Syria from the government of Bangladesh, under the"
        " directives of Prime Minister Sheikh Hasina, arrived at Damascus, Syria on Saturday by a special flight of"
        " Bangladesh Air Force Aircraft C-130J."
    ) == ("AID", "BGD", "SYR")
    assert first_codes(
        "Earlier, on the appeal of Prime Minister Shehbaz Sharif, a plane from the United Arab Emirates (UAE) carrying"
        " relief goods for the flood-affected people of Pakistan landed at Nur Khan Airbase in Rawalpindi."
    ) == ("AID", "ARE", "PAK")


def test_a_general_aid_flight_from_its_giver():
    # general sentences, reversed on main (LBN > QAT, SYR > KWT)
    assert first_codes(
        "A plane from Qatar carrying medical supplies for the people of Lebanon landed at Beirut airport on Sunday."
    ) == ("AID", "QAT", "LBN")
    assert first_codes(
        "A cargo plane carrying tents and blankets from Kuwait for the earthquake victims of Syria landed at Aleppo"
        " airport on Tuesday."
    ) == ("AID", "KWT", "SYR")


def test_a_giver_named_as_subject_or_already_right_is_kept():
    # a subject giver with "from" naming the refugees' state; news set AF (AF027, AID USA > NPL, right on main)
    assert first_codes("Japan sent humanitarian aid to refugees from Ukraine on Monday.") == ("AID", "JPN", "UKR")
    assert first_codes(
        "A total of 100,620 doses of Pfizer COVID-19 vaccine donated by the United States of America arrived in"
        " Kathmandu on Monday."
    ) == ("AID", "USA", "NPL")
    assert first_codes("Germany delivered 20 tons of medical supplies to Poland from its reserves on Monday.") == (
        "AID", "DEU", "POL"
    )
