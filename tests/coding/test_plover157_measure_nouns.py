"""PLOVER round 157 (issue 13): sanctions or tariffs announced, implemented, ordered, placed or levied, told by their
noun — a verb of `_MEASURE_IMPOSING` (round 153's verbs of imposing, announcing, introducing, unveiling, implementing,
publishing, tightening and ordering) or "place" whose object, a few words on (a date not counted; "a series of", "a new
wave of", "the imposition of" allowed), is headed by "sanctions", "tariff(s)" or duties on trade is a sanction (CAMEO
163, PLOVER SANCTION; `verbs._measure_noun_imposed`). Main's code left the type to the classifier, which read a
threat, an accusation, a request, a concession or cooperation. Every sentence is a development news row, quoted with
its set and row id; the expectations are the rows' hand labels."""

from prose_rows import first_codes

from latitude.coding.coder import classify


def test_the_imposition_of_sanctions_announced_with_a_date_between():
    # AH014 (set AH, COERCE/SANCTION RUS > IGO; main's code: THREATEN)
    sentence = (
        "Russia announced today, Friday, the imposition of sanctions on eight prominent European officials from the "
        "European Union countries, in response to the sanctions imposed by the European Union in March on Russian "
        "officials."
    )
    assert classify(sentence).plover == "SANCTION"
    assert first_codes(sentence) == ("SANCTION", "RUS", "IGO")


def test_a_series_of_sanctions_announced_on_a_weekday():
    # PXR003 (set DX, COERCE/SANCTION GBR > RUS; main's code: ACCUSE)
    sentence = (
        "Britain's Foreign Secretary announced on Thursday a series of stringent sanctions against Russia as the "
        "conflict in Ukraine nears its third year."
    )
    assert classify(sentence).plover == "SANCTION"
    assert first_codes(sentence) == ("SANCTION", "GBR", "RUS")


def test_new_sanctions_placed_in_a_reported_clause():
    # CS001 (set CS, COERCE/SANCTION IGO > IRN; main's code: THREATEN; "was placing" is no passive)
    sentence = (
        "The European Union announced on Friday that it was placing new sanctions against 227 Iranian individuals "
        "and 42 Iranian entities."
    )
    assert classify(sentence).plover == "SANCTION"
    assert first_codes(sentence) == ("SANCTION", "IGO", "IRN")


def test_a_new_wave_of_sanctions_implemented():
    # PEP008 (set EP, COERCE/SANCTION USA > IRN; main's code: REQUEST)
    sentence = (
        "The United States has implemented a new wave of sanctions on Iran\u2019s oil industry, targeting over 30 "
        "brokers, tanker operators, and shipping companies involved in the sale and transportation of Iranian "
        "petroleum, the Treasury Department announced on Monday, according to Reuters."
    )
    assert classify(sentence).plover == "SANCTION"
    assert first_codes(sentence) == ("SANCTION", "USA", "IRN")


def test_a_barrage_of_economic_sanctions_levied():
    # CP027 (set CP, COERCE/SANCTION USA > IRN; main's code: THREATEN)
    sentence = (
        "The US State and Treasury departments on Monday levied a barrage of economic sanctions against 22 people and "
        "13 ships linked to Iran\u2019s petroleum and petrochemical industries."
    )
    assert classify(sentence).plover == "SANCTION"
    assert first_codes(sentence) == ("SANCTION", "USA", "IRN")


def test_new_tariffs_ordered():
    # DK007 (set DK, COERCE/SANCTION USA > CAN, CHN; main's code: COOPERATE)
    sentence = (
        "President Donald Trump has ordered new tariffs on imports from key trading partners, triggering contrasting "
        "responses from Canada and China."
    )
    assert classify(sentence).plover == "SANCTION"
    assert first_codes(sentence) == ("SANCTION", "USA", "CAN")


def test_a_tariff_implemented_after_a_number():
    # PED008 (set ED, SANCTION CHN > USA; main's code: CONCEDE; the first record stays the "struck back" read before)
    sentence = (
        "But Beijing quickly struck back, implementing an 84% tariff on all U.S. goods entering China just hours "
        "later, further deepening the standoff."
    )
    assert classify(sentence).plover == "SANCTION"


def test_guard_a_possible_tariff_stays_a_threat():
    # AB020 (set AB, THREATEN RUS > USA): "may" before the verb holds the measure out
    sentence = (
        "Russia may impose retaliatory tariffs of nearly USD 540 million on US goods in response to US duties on "
        "steel and aluminium, according to a document Moscow circulated today at the World Trade Organization."
    )
    assert classify(sentence).plover == "THREATEN"


def test_guard_sanctions_lifted_after_an_announcement_stay_a_retreat():
    # O032 (set O, RETREAT USA > TUR): the lifting verb, not the announcing one, tells the act
    sentence = (
        "President Donald Trump announced on Wednesday the United States is lifting sanctions on Turkey, hailing the "
        "success of a ceasefire along its border with Syria."
    )
    assert classify(sentence).plover == "RETREAT"
    assert first_codes(sentence) == ("RETREAT", "USA", "TUR")
