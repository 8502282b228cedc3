"""PLOVER round 81 (issue 13): border closures told by "close" or "closure", and halted supplies of gas, oil or power.

In the development news rows labelled SANCTION or COERCE/SANCTION, "would close a key border crossing", "will close
the border ... until December 1" and "decided to suddenly close the border crossing" were typed THREATEN, "the closure
of the border with Colombia" ACCUSE, ASSAULT or COOPERATE, and "halting national gas supplies", "has stopped shipping
oil", "halted oil deliveries", "cut off natural gas deliveries" and "shut an oil pipeline" COOPERATE, REJECT or
REQUEST. The base verb "close" after "to" or a modal, and the noun "closure" of a border (`verbs._border_closed`),
and a verb of halting whose object is a supply, delivery, flow or transit of energy (`verbs._supplies_halted`), are
CAMEO 163 (PLOVER SANCTION); "until" before a date is no condition that makes an announced act a threat
(`constructions._holding_out`). Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv); expected categories, sources and targets their hand labels.
"""

from latitude.coding.coder import classify, code_sentence
from latitude.coding.verbs import rule_match


def _words(sentence: str) -> list[str]:
    return sentence.lower().replace(".", " ").replace(",", " ").split()


def test_close_after_a_modal_or_to_and_a_closure_of_a_border_close_it():
    match, gated = rule_match(_words("The government will close its eastern border with the neighbour on Monday."))
    assert match.code == "163" and not gated
    match, _ = rule_match(_words("Officials decided to close two crossings on the frontier."))
    assert match.code == "163"
    match, _ = rule_match(_words("The ministry ordered the closure of the border with its neighbour."))
    assert match.code == "163"


def test_close_to_a_border_or_a_negated_closure_is_none():
    assert rule_match(_words("The troops will stay close to the border.")) is None
    assert rule_match(_words("The minister said they would not close the border.")) is None
    assert rule_match(_words("The two states will close the gap along the border.")) is None
    assert rule_match(_words("Oil producers agreed to cut oil production next month.")) is None


def test_a_halt_of_gas_oil_or_power_supplies_is_a_sanction():
    match, gated = rule_match(_words("The company halted gas deliveries to its neighbour on Saturday."))
    assert match.code == "163" and not gated
    match, _ = rule_match(_words("Moscow stopped supplying electricity to the country."))
    assert match.code == "163"
    match, _ = rule_match(_words("The state cut off the flow of oil through the pipeline."))
    assert match.code == "163"


def test_future_or_decided_border_closures_are_sanction():
    # BK021, BN012, Q035: typed THREATEN before ("until December 1" read as a condition in BN012)
    assert classify(
        "Poland announced on Thursday that it would close a key border crossing into Belarus at Bobrowniki beginning at "
        "12 p.m. (1100 GMT) on Friday, bringing already strained relations between the two countries to a new low."
    ).plover == "SANCTION"
    sentence = (
        "In accordance with the most recent update, the Lithuanian authorities will close the border with neighboring "
        "Belarus for one month, until December 1."
    )
    assert classify(sentence).plover == "SANCTION"
    assert [(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)] == [("LTU", "BLR", "SANCTION")]
    assert classify(
        "On February 10, the Polish government decided to suddenly close the border crossing with Belarus in "
        "Bobrowniki, the only other one for freight transport."
    ).plover == "SANCTION"


def test_a_closure_of_a_border_is_sanction():
    # Z047 (ACCUSE before), AL046 (ASSAULT before), AL048 (COOPERATE before)
    sentence = (
        "The governor of the Venezuelan state of Táchira, Freddy Bernal, has announced the closure of the border with "
        "Colombia until next Monday, in response to alleged \"information about an international conspiracy to disturb "
        "the peace\" that would coincide with the start of the new presidential term in Venezuela."
    )
    assert classify(sentence).plover == "SANCTION"
    assert code_sentence(sentence)[0]["plover"] == "SANCTION"
    assert classify(
        "Venezuela has announced a 60-day extension of its partial closure of the border with Colombia after President "
        "Nicolas Maduro said his country was under attack by neighbouring paramilitary groups, drug traffickers and "
        "black marketeers."
    ).plover == "SANCTION"
    assert classify(
        "Venezuelan President Nicolas Maduro escalated his country’s spat with Colombia Friday by expanding the partial "
        "closure of their shared border to four new frontier towns."
    ).plover == "SANCTION"


def test_halted_gas_and_oil_supplies_are_sanction():
    # AG028 (COOPERATE before), BN023 (REJECT), BN024 (COOPERATE), BN025 (COOPERATE), BN028 (REQUEST)
    sentence = "In response, Ukraine halted oil deliveries to Hungary, Slovakia and the Czech Republic through the pipeline, according to Transneft."
    assert classify(sentence).plover == "SANCTION"
    assert [(r["source"], r["target"]) for r in code_sentence(sentence)] == [("UKR", "HUN"), ("UKR", "SVK"), ("UKR", "CZE")]
    for sentence, source, target in (
        ("Russia has stopped shipping oil to Belarus, the Belarusian state energy firm said on Friday, after the two "
         "countries failed to reach a deal on supplies by a January 1 deadline.", "RUS", "BLR"),
        ("In the spring, Russia cut off natural gas deliveries to several European countries, starting with Bulgaria "
         "and Poland, then to Finland.", "RUS", "BGR"),
        ("In July 2006, Russia shut an oil pipeline to Lithuania’s Mazeikiu refinery, saying it needed to be repaired to "
         "avoid a leak.", "RUS", "LTU"),
        ("Russia has responded to the West’s escalating arms shipments and economic penalties by halting national gas "
         "supplies to Poland and Bulgaria as well as threatening further unspecified retaliation.", "RUS", "POL"),
    ):
        assert classify(sentence).plover == "SANCTION"
        first = code_sentence(sentence)[0]
        assert (first["source"], first["target"], first["plover"]) == (source, target, "SANCTION")


def test_a_threat_to_cut_supplies_stays_a_threat():
    # AD079, BN027: labelled THREATEN, and read so before and after
    assert classify(
        "Russia’s state-owned energy giant Gazprom warned yesterday it could cut off gas supplies to Ukraine in two days "
        "if it fails to pay for the deliveries."
    ).plover == "THREATEN"
    assert classify(
        "Russia’s state controlled Gazprom has also threatened to cut off gas supplies to Belarus in price disputes."
    ).plover == "THREATEN"
    assert classify("The US would freeze military aid until Kyiv complies.").plover == "THREATEN"
