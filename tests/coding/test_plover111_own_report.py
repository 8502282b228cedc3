"""PLOVER round 111 (issue 13): a state's body that reports its own act with itself as the pronoun subject of the
reported clause ("The Russian Federal Security Service (FSB) said Monday that it detained ...") gives the act's record
the body's state as source when the sentence is read alone (`coder._own_report_source`)."""

from latitude.coding.coder import code_sentence


def _first(sentence: str) -> dict:
    records = code_sentence(sentence)
    assert records, sentence
    return records[0]


def test_a_security_service_reporting_that_it_detained_a_foreigner_is_the_source():
    # real-news dev set K (K076)
    first = _first("The Russian Federal Security Service (FSB) said Monday that it detained U.S. citizen Paul Whelan "
                   "for spying three days ago.")
    assert (first["source"], first["target"], first["plover"]) == ("RUS", "USA", "COERCE")


def test_an_army_announcing_that_they_struck_is_the_source():
    # real-news dev set K (K042)
    first = _first("On Saturday, the Israel Defense Forces (IDF) announced that they struck a Hezbollah target in "
                   "southern Lebanon in response to the infiltration of unidentified aerial objects into Israel and "
                   "fire on an IDF unmanned aerial vehicle (UAV).")
    assert (first["source"], first["target"], first["plover"]) == ("ISR", "LBN", "ASSAULT")


def test_a_ministry_of_a_state_stating_in_a_statement_that_it_imposed_sanctions_is_the_source():
    # real-news dev set BH (BH007)
    first = _first("Foreign Ministry of the Russian Federation in a statement on Monday stated that it has imposed "
                   "sanctions on a number of UK officials in response to a recent move taken by London.")
    assert (first["source"], first["target"], first["plover"]) == ("RUS", "GBR", "SANCTION")


def test_general_sentences_a_body_with_its_acronym_and_a_ministry_of_a_republic():
    first = _first("The Russian Federal Security Service (FSB) said Wednesday that it detained an Estonian citizen on "
                   "suspicion of spying.")
    assert (first["source"], first["target"], first["plover"]) == ("RUS", "EST", "COERCE")
    first = _first("Foreign Ministry of the Republic of Belarus in a statement on Friday stated that it has imposed "
                   "sanctions on a number of Polish officials.")
    assert (first["source"], first["target"], first["plover"]) == ("BLR", "POL", "SANCTION")


def test_a_plan_told_with_would_gives_no_record_of_the_body():
    # guard: "said it would" tells no act of the body's own
    records = code_sentence("The Israel Defense Forces (IDF) said it would strike Hezbollah targets in Lebanon.")
    assert not any(r.get("source") == "ISR" and r.get("plover") == "ASSAULT" for r in records)


def test_a_body_reporting_another_party_s_act_is_not_made_its_doer():
    # guard: the pronoun is not the reported clause's subject ("said Armenian armed forces fired")
    records = code_sentence("The Defense Ministry earlier said that Armenian armed forces fired at Azerbaijani frontline "
                            "positions and settlements in the direction of Azerbaijan's Aghdam District on May 16 evening.")
    assert not any(r.get("source") == "AZE" for r in records)
