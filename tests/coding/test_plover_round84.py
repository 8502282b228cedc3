"""PLOVER round 84 (issue 13): acts inside one state typed otherwise — prison sentences and tear gas fired.

In the development news rows labelled COERCE whose source and target are one state, a court's prison sentence ("A
Belarusian court has sentenced the leading opposition leader Maria Kolesnikova to 11 years in prison", "Russian
opposition activist Andrei Pivovarov was sentenced on Friday to four years in prison") was typed SANCTION (CAMEO 160,
the classifier's reading of "sentence"), and tear gas fired at protesters ("Hong Kong police fired tear gas Sunday to
disperse a rally", "Police in riot gear fired tear gas Saturday to disperse pro-democracy activists") ASSAULT,
PROTEST, MOBILIZE or COOPERATE. The verb "sentence" with a term of prison, jail or death after "to" is CAMEO 173
(`verbs._prison_sentence`), and a verb of firing, lobbing or hurling tear gas or smoke canisters CAMEO 170
(`verbs._tear_gas_fired`), both PLOVER COERCE. Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv); expected categories, sources and targets their hand labels.
"""

from latitude.coding.coder import classify, code_sentence
from latitude.coding.text import tokens
from latitude.coding.verbs import rule_match


def _words(sentence: str) -> list[str]:
    return tokens(sentence)  # the coder's words: lower case, hyphens and punctuation split off


def test_a_prison_sentence_is_coerce():
    match, gated = rule_match(_words("A court in the capital sentenced the former mayor to six years in prison on Monday."))
    assert match.code == "173" and not gated
    match, _ = rule_match(_words("The activist was sentenced on Tuesday to death for treason."))
    assert match.code == "173"


def test_a_sentence_noun_a_modal_or_a_negation_is_no_prison_sentence():
    assert rule_match(_words("His prison sentence was reduced to three years.")) is None
    assert rule_match(_words("The two men could be sentenced to life in prison.")) is None
    assert rule_match(_words("The judge did not sentence him to jail.")) is None


def test_court_sentences_of_opposition_leaders_are_coerce():
    # AC, labelled COERCE BLR > BLR (was SANCTION, CAMEO 160)
    text = "A Belarusian court has sentenced the leading opposition leader Maria Kolesnikova to 11 years in prison, sparking outrage."
    assert classify(text).plover == "COERCE"
    record = code_sentence(text)[0]
    assert (record["source"], record["target"], record["plover"]) == ("BLR", "BLR", "COERCE")
    # AS, labelled COERCE RUS > RUS
    text = (
        "Russian opposition activist Andrei Pivovarov was sentenced on Friday to four years in prison for leading a "
        "banned pro-democracy group."
    )
    assert classify(text).plover == "COERCE"
    # AZ, labelled COERCE MMR > MMR
    text = (
        "MANDALAY, Myanmar — A provincial court in Myanmar on Thursday sentenced the head of a weekly newspaper and four "
        "of its journalists to 10 years in prison and hard labor for publishing a report that said a vast and secretive "
        "government factory was designed to produce chemical weapons."
    )
    assert classify(text).plover == "COERCE"


def test_tear_gas_fired_is_coerce():
    match, gated = rule_match(_words("Riot police fired tear gas at the marchers outside parliament."))
    assert match.code == "170" and not gated
    match, _ = rule_match(_words("Officers lobbed smoke canisters into the crowd."))
    assert match.code == "170"


def _rule_code(sentence: str) -> str | None:
    found = rule_match(_words(sentence))
    return found[0].code if found else None


def test_live_fire_or_other_fire_is_no_tear_gas():
    assert _rule_code("Soldiers fired live rounds and tear gas, killing two protesters.") != "170"
    assert _rule_code("Troops fired rockets at the rebel positions.") != "170"


def test_police_firing_tear_gas_at_protesters_is_coerce():
    # AS, labelled COERCE HKG > HKG (was ASSAULT, CAMEO 180, and no record)
    text = (
        "HONG KONG: Hong Kong police fired tear gas Sunday to disperse a rally called over concerns about police "
        "conduct in monthslong pro-democracy demonstrations."
    )
    assert classify(text).plover == "COERCE"
    record = code_sentence(text)[0]
    assert (record["source"], record["target"], record["plover"]) == ("HKG", "HKG", "COERCE")
    # AM, labelled COERCE (was PROTEST)
    text = (
        "Police in riot gear fired tear gas Saturday to disperse pro-democracy activists who defied a ban on rallies in "
        "the capital and protested King Gyanendra's seizure of absolute power last year."
    )
    assert classify(text).plover == "COERCE"
    # BD, labelled COERCE (was PROTEST)
    assert classify("Bakiyev declared a state of emergency as riot police firing tear gas and flash grenades beat back the crowds.").plover == "COERCE"


def test_live_rounds_with_tear_gas_keep_the_force_reading():
    # BC, labelled ASSAULT: live fire is force, not crowd control
    text = (
        "Security forces used live rounds, rubber bullets and fired tear gas canisters in a bid to disperse hundreds of "
        "protesters gathered near Tahrir Square, a Reuters cameraman said."
    )
    assert classify(text).plover != "COERCE"
