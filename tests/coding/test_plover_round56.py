"""PLOVER round 56 (issue 13): source and target swapped, and a third state or place taken as target.

Of the swapped records on the development news sets, one construction of English is read here: an envoy or a
mission summoned, or handed a protest note, in the passive, whose own state is named after "of" ("The High
Commissioner of Canada to India was summoned", "The Ambassador of Tajikistan to Kyrgyzstan will be handed a note
of protest") or who is a mission ("Japan's embassy to Russia was handed a strong protest", "The US Embassy in
Moscow has been handed a note"): the host state named after "to" or "in" is the source, the envoy's state the
target. Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv), expected
sources and targets their hand labels. The records of every development news row and every prose row
(`build.PROSE_SETS`, each read alone) were diffed before and after.

The fresh set AT (tests/fixtures/coding/plover_news_at.tsv: real news sentences of acts between states told in the
passive voice, with "against", or with a third state or a place named beside the act; pages cited in no other set,
doc or source file) was held out; its layout test is in test_plover_news.py with the other sets'.
"""

from latitude.coding.coder import code_sentence


def _pair(text: str) -> tuple[str | None, str | None]:
    records = code_sentence(text)
    return (records[0]["source"], records[0]["target"]) if records else (None, None)


def test_an_envoy_of_a_state_to_another_summoned_is_summoned_by_his_host():
    # set S, row S017: labelled SANCTION, IND > CAN
    text = (
        "The High Commissioner of Canada to India was summoned today and informed about the decision of the "
        "Government of India to expel a senior Canadian diplomat based in India."
    )
    assert _pair(text) == ("IND", "CAN")


def test_an_envoy_handed_a_note_of_protest_is_protested_to_by_his_host():
    # set AP, row AP013: labelled ACCUSE, KGZ > TJK
    assert _pair("The Ambassador of Tajikistan to Kyrgyzstan will be handed a note of protest today.") == ("KGZ", "TJK")


def test_an_embassy_handed_a_protest_is_protested_to_by_its_host():
    # set AD, row AD078: labelled ACCUSE, RUS > JPN
    text = (
        "\"On June 28, Japan’s embassy to Russia was handed a strong protest over the Japanese authorities’ plans "
        "to conduct a string of military exercises jointly with Germany and Spain on Hokkaido Island - very close to "
        "the borders of the Russian Federation - from July 19 to 25,\" the ministry said, TASS reported."
    )
    assert _pair(text) == ("RUS", "JPN")


def test_an_embassy_handed_a_note_in_the_host_capital_is_sanctioned_by_the_host():
    # set R, row R006: labelled SANCTION, RUS > USA
    text = (
        "The US Embassy in Moscow has been handed a note with a list of diplomats to be deported from Russia in "
        "response to the expulsion of Russians from the diplomatic mission to the United Nations, the Russian "
        "Foreign Ministry has announced."
    )
    assert _pair(text) == ("RUS", "USA")
