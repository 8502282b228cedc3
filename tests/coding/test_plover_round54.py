"""PLOVER round 54 (issue 13): real news sentences the coder gave no record at all. Two constructions of
English tell a news act that the is-it-an-event model scores below its threshold: (1) the present perfect
of a news lead, a verb the lexicon types right after "has" or "have" in the sentence's first clause, with a
party named before it and another after it ("Israel has warned Iran-backed Hezbollah militants in Lebanon",
"Houthi rebels in Yemen have attacked two US destroyers"); (2) a warning whose content is a condition ("warned
that if China ... there will be consequences"), the act CAMEO codes THREATEN, which the conditional had
dropped. Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv),
expected categories, sources and targets their hand labels. Every non-event row of the labelled prose
(`build.PROSE_SETS`, each read alone) keeps no record: the records of every prose row were diffed before and
after."""

from latitude.coding.coder import code_sentence


def _first(text: str) -> tuple[str | None, str | None, str | None]:
    records = code_sentence(text)
    return (records[0]["plover"], records[0]["source"], records[0]["target"]) if records else (None, None, None)


def test_a_warning_in_the_present_perfect_is_a_threat():
    # set AP, row AP036: labelled THREATEN, ISR > LBN
    assert _first("Israel has warned Iran-backed Hezbollah militants in Lebanon not to join the war.") == ("THREATEN", "ISR", "LBN")


def test_a_warning_of_retaliation_in_the_present_perfect_is_a_threat():
    # set H, row H097: labelled THREATEN, RUS > FIN
    text = (
        "Russia has warned it would be forced to take “retaliatory measures” to address what it called security "
        "threats created by Finland’s membership."
    )
    assert _first(text) == ("THREATEN", "RUS", "FIN")


def test_an_attack_in_the_present_perfect_is_an_assault():
    # set AQ, row AQ044: labelled ASSAULT, YEM > USA
    text = "Houthi rebels in Yemen have attacked two US destroyers and two vessels in the Red Sea with drone strikes."
    assert _first(text) == ("ASSAULT", "YEM", "USA")


def test_a_reply_in_the_present_perfect_names_its_pair():
    # set AN, row AN044: labelled REJECT, CHN > USA (the pair only: the lexicon types "hit back" otherwise)
    text = (
        "China has hit back at United States President Donald Trump’s claim to the UN Security Council that Beijing "
        "was interfering because they did not want his Republican Party to do well."
    )
    assert _first(text)[1:] == ("CHN", "USA")


def test_a_warning_that_introduces_a_condition_is_a_threat():
    # set I, row I062: labelled THREATEN, NLD > CHN
    text = (
        "Dutch Foreign Minister Wopke Hoekstra warned at the G20 that if China and other countries attempt to provide "
        "military aid to Russia, there will be consequences."
    )
    assert _first(text) == ("THREATEN", "NLD", "CHN")


def test_a_participle_of_warning_that_introduces_a_condition_is_a_threat():
    # set E, row E088: labelled THREATEN, ISR > IRN
    text = (
        "Israel's foreign minister, Israel Katz, delivered a strong message on Wednesday, warning that if Iran dared "
        "to launch an attack from its soil, Israel would retaliate by striking directly at Iran."
    )
    assert _first(text) == ("THREATEN", "ISR", "IRN")


def test_a_warning_of_tariffs_on_a_union_is_a_threat_to_it():
    # set O, row O042: labelled THREATEN, USA > IGO;CAN
    text = (
        "President Donald Trump warned that if the European Union and Canada collaborate to retaliate against U.S. "
        "tariffs, they will face significantly larger tariffs than initially planned."
    )
    assert _first(text) == ("THREATEN", "USA", "IGO")

