"""PLOVER round 57 (issue 13): source and target swapped, second pass.

The swapped records of the development news sets (A to AT) are counted again and sorted by construction; the
largest causes are an earlier act of the other side told in a subordinate clause ("after ...", "in response to
...", "in retaliation for ...") coded instead of the main clause's act, and the victim's ministry or official who
reports the act read as its doer. Sentences quoted from the real-news development sets
(tests/fixtures/coding/plover_news_*.tsv), expected sources and targets their hand labels. The records of every
development news row and every prose row (`build.PROSE_SETS`, each read alone) were diffed before and after.

The fresh set AU (tests/fixtures/coding/plover_news_au.tsv: real news sentences of acts between states reported by
the victim's officials, told after or in response to an earlier act, or in the passive; pages cited in no other
set, doc or source file) is held out: its layout test below reads only the labels.
"""

from pathlib import Path

from latitude.coding import gold
from latitude.coding.coder import classify, code_sentence

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"
DEV_NEWS = [*"abcdefghijklmnopqrstuvwxyz", *(f"a{c}" for c in "abcdefghijklmnopqrst")]


def test_news_set_au_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_at():
    # Held-out set AU (issue 13, PLOVER round 57: acts between states reported by the victim's officials ("the
    # Philippines said the China Coast Guard fired water cannon"), told after or in response to an earlier act ("in
    # retaliation for several mortar shells fired from Syria", "after Israeli settlements were shelled"), or in the
    # passive ("were detained by the Sri Lankan Navy"); pages cited in no other set, doc or source file): labelled
    # before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_au.tsv")
    assert len(rows) == 48
    assert len({r.url for r in rows}) == 37
    first = rows[0]  # AU001, Hamodia: the Israeli Air Force struck a Syrian target in retaliation for mortar shells
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("SYR",)
    assert first.date == "2016-07-25"
    border = next(r for r in rows if r.text.startswith("The Taliban have carried out a border attack"))
    assert border.labels == ("ASSAULT",) and border.sources == ("AFG",) and border.targets == ("PAK",)
    expelling = next(r for r in rows if r.text.startswith("The United States is expelling"))
    assert expelling.labels == ("SANCTION",) and expelling.sources == ("USA",) and expelling.targets == ("RUS",)
    fishermen = next(r for r in rows if r.text.startswith("14 Indian fishermen"))
    assert fishermen.labels == ("COERCE",) and fishermen.sources == ("LKA",) and fishermen.targets == ("IND",)
    killed = next(r for r in rows if r.text.startswith("Four Pakistani soldiers have been killed"))
    assert killed.labels == ("ASSAULT",) and killed.sources == ("IND",) and killed.targets == ("PAK",)
    assert sum("ASSAULT" in r.labels for r in rows) == 28  # strikes, shelling, fire across a border, drones shot down
    assert sum("ACCUSE" in r.labels for r in rows) == 8  # envoys summoned, condemnations, a protest
    assert sum("COERCE" in r.labels for r in rows) == 7  # fishermen detained, entry closed, sanctions
    assert sum("SANCTION" in r.labels for r in rows) == 4  # a diplomat expelled, a treaty suspended, sanctions
    assert sum(len(r.labels) == 2 for r in rows) == 2
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 26
    earlier = [r for name in DEV_NEWS for r in gold.news_records(FIXTURES / f"plover_news_{name}.tsv")]
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


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
