"""PLOVER round 57 (issue 13): source and target swapped, second pass.

The swapped records of the development news sets (A to AT) are counted again and sorted by construction; the
largest causes are an earlier act of the other side told in a subordinate clause ("after ...", "in response to
...", "in retaliation for ...") coded instead of the main clause's act, and the victim's ministry or official who
reports the act read as its doer. Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv), expected sources and targets their hand labels. The records of every
development news row and every prose row (`build.PROSE_SETS`, each read alone) were diffed before and after.

The fresh set AU (tests/fixtures/coding/plover_news_au.tsv: real news sentences of acts between states reported by
the victim's officials, told after or in response to an earlier act, or in the passive; pages cited in no other
set, doc or source file) was held out; its layout test is in test_plover_news.py with the other sets'.
"""

from latitude.coding.coder import classify, code_sentence


def _first(text: str) -> tuple[str | None, str | None, str | None]:
    records = code_sentence(text)
    return (records[0]["plover"], records[0]["source"], records[0]["target"]) if records else (None, None, None)


def test_an_opening_in_response_to_phrase_is_not_the_act():
    # set B, row B088: labelled ACCUSE, USA > CHN (main's coder: the exercises first, MOBILIZE CHN > USA)
    text = "In response to China’s military exercises, the US Department of Defense has expressed its concern about the moves."
    assert _first(text) == ("ACCUSE", "USA", "CHN")


def test_an_opening_days_after_phrase_is_not_the_act():
    # set Q, row Q036: labelled ACCUSE, UKR > RUS (main's coder: the cyberattack, COERCE on Ukraine)
    text = (
        "Days after a huge cyberattack took down several Ukrainian government websites with a warning to “be afraid "
        "and expect the worst,” Ukraine has said it blames Russia for the ominous vandalism."
    )
    assert _first(text) == ("ACCUSE", "UKR", "RUS")


def test_a_proposal_in_an_opening_phrase_does_not_come_before_its_rejection():
    # set AI, row AI019: labelled REJECT, PRK > KOR (main's coder: the proposal first, CONSULT KOR > PRK)
    text = (
        "Three days after South Korea proposed military talks with North Korea, it was rejected Thursday and termed "
        "as \"nonsense\" by Pyongyang, according to the South Korean Yonhap News Agency which cited a newspaper in "
        "Pyongyang."
    )
    assert _first(text)[0] == "REJECT"


def test_an_opening_hours_after_phrase_does_not_type_the_sentence():
    # set AB, row AB049: labelled REQUEST (main's coder: the arrest, COERCE)
    text = (
        "Hours after the Sri Lankan Navy arrested 10 fishermen from Rameswaram for allegedly trespassing into its "
        "territorial waters, Tamil Nadu Chief Minister MK Stalin urged Union External Affairs Minister Dr S "
        "Jaishankar to take steps to ensure their immediate release."
    )
    assert classify(text).plover == "REQUEST"


def test_a_condemnation_told_before_an_after_clause_is_the_act():
    # set AG, row AG048: labelled ACCUSE, CHN > JPN (main's coder: the warning, THREATEN JPN > CHN)
    text = (
        "Beijing: China lashed out at Shinzo Abe on Wednesday after the former Japanese prime minister warned of the "
        "serious security and economic consequences of any Chinese military action against self-ruled Taiwan."
    )
    assert _first(text) == ("ACCUSE", "CHN", "JPN")
