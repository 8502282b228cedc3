"""PLOVER round 154 (issue 13): a coercive measure told as the reported future of a statement — "would" right before a
hand rule's verb of sanctions, tariffs, a closed border, a recalled envoy or an expulsion, after a reporting verb
("China said on Friday it would impose sanctions on U.S. firms") — is the "will" of the statement reported: the
statement the coder reads at the reporting verb takes the hand rule's type (`coder._reported_measure`). Main's code
read every "would" as a modal and gave the reporting verb's statement (no PLOVER type). The development rows quoted
are from the real-news sets E, AB, BK, BR and DX; the general sentences and the guards are made up."""

from prose_rows import first_codes


def test_china_said_it_would_impose_sanctions_on_us_firms():
    # E050 (COERCE/SANCTION/THREATEN CHN > USA; main's code: a statement)
    sentence = (
        "China said on Friday it would impose sanctions on U.S. firms involved in a deal to sell $2.2 billion worth of "
        "tanks, missiles and related equipment to Taiwan, saying it harmed China\u2019s sovereignty and national security."
    )
    assert first_codes(sentence) == ("SANCTION", "CHN", "USA")


def test_the_ministry_said_moscow_would_slap_tariffs():
    # AB019 (COERCE/SANCTION/THREATEN RUS > USA; main's code: a statement)
    sentence = (
        "The Russian Economy Ministry on July 6 said Moscow would slap the extra tariffs on goods from the United "
        "States for which there are Russian-made substitutes."
    )
    assert first_codes(sentence) == ("SANCTION", "RUS", "USA")


def test_poland_announced_it_would_close_a_border_crossing():
    # BK021 (SANCTION POL > BLR; main's code: a statement)
    sentence = (
        "Poland announced on Thursday that it would close a key border crossing into Belarus at Bobrowniki beginning "
        "at 12 p.m. (1100 GMT) on Friday, bringing already strained relations between the two countries to a new low."
    )
    assert first_codes(sentence) == ("SANCTION", "POL", "BLR")


def test_the_treasury_announced_it_would_freeze_assets_read_at_the_announcing_department():
    # BR001 (COERCE/SANCTION/THREATEN USA > RUS; main's code: a statement): the pair is the reporter's, not "it"
    sentence = (
        "The U.S. Treasury Department announced on the 28th that it would freeze the assets of the Russian Central "
        "Bank in the United States."
    )
    assert first_codes(sentence) == ("SANCTION", "USA", "RUS")


def test_a_conditional_military_threat_told_to_a_broadcaster():
    # DX's PXR008 (THREATEN USA > IRN; main's code: a statement): the condition keeps it a threat
    sentence = (
        "The exchange comes after U.S. President Donald Trump told NBC News on Sunday he would launch \"unprecedented "
        "military strikes\" on Iran if it refused to negotiate over its nuclear program."
    )
    assert first_codes(sentence) == ("THREATEN", "USA", "IRN")


def test_written_sentences_of_the_same_shape():
    assert first_codes("Japan said on Monday it would impose sanctions on North Korea over its missile launches.") == (
        "SANCTION", "JPN", "PRK",
    )
    assert first_codes("Lithuania announced that it would expel two Russian diplomats.") == ("SANCTION", "LTU", "RUS")


def test_guard_a_condition_keeps_the_threat():
    # read so by main's code too (`threat_code`): must not change
    assert first_codes("Turkey said it would impose sanctions on Israel unless the attacks on Gaza stop.") == (
        "THREATEN", "TUR", "ISR",
    )


def test_guards_a_negation_a_counterfactual_and_an_analysts_forecast_are_no_measure():
    for sentence in (
        "Japan said it would not impose sanctions on North Korea.",
        "Japan said it would have imposed sanctions on North Korea.",
        "Analysts said China would impose sanctions on Lithuania.",
    ):
        records = first_codes(sentence)
        assert not records or records[0] not in ("SANCTION", "THREATEN"), sentence
