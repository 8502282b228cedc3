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
doc or source file) is held out: its layout test below reads only the labels.
"""

from pathlib import Path

from latitude.coding import gold
from latitude.coding.coder import code_sentence

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"
DEV_NEWS = [*"abcdefghijklmnopqrstuvwxyz", *(f"a{c}" for c in "abcdefghijklmnopqr")]


def test_news_set_at_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_ar():
    # Held-out set AT (issue 13, PLOVER round 56: acts between states told in the passive ("was shot down by an
    # Iranian surface-to-air missile", "was subjected to the heaviest rocket attack by the Russians", "have been
    # summoned to the Russian Foreign Ministry"), with "against" ("adopted sanctions against Belarus"), beside a
    # third state or a place ("struck Polish territory along its border with Ukraine", "bombed PKK positions ... in
    # northern Iraq", "hosted a new round of talks between the United States and the Afghan Taliban"); pages cited
    # in no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_at.tsv")
    assert len(rows) == 52
    assert len({r.url for r in rows}) == 52
    first = rows[0]  # AT001, SOTT: air defense systems in Syria were activated in response to Israeli airstrikes
    assert first.labels == ("ASSAULT",) and first.sources == ("ISR",) and first.targets == ("SYR",)
    assert first.date == "2021-07-20"
    drone = next(r for r in rows if r.text.startswith("A U.S. Navy high-altitude drone was shot down"))
    assert drone.labels == ("ASSAULT",) and drone.sources == ("IRN",) and drone.targets == ("USA",)
    barrage = next(r for r in rows if r.text.startswith("Today, Ukraine was subjected"))
    assert barrage.labels == ("ASSAULT",) and barrage.sources == ("RUS",) and barrage.targets == ("UKR",)
    expelled = next(r for r in rows if r.text.startswith("The largest groups of diplomats have been expelled"))
    assert expelled.labels == ("SANCTION",) and expelled.targets == ("RUS",)
    assert expelled.sources == ("POL", "DEU", "SVK", "FRA", "ITA")
    hosted = next(r for r in rows if r.text.startswith("The State of Qatar hosted"))
    assert hosted.labels == ("CONSULT",) and hosted.sources == ("QAT",) and hosted.targets == ("USA", "AFG")
    assert sum("ASSAULT" in r.labels for r in rows) == 21  # air strikes, shelling across the LoC, drones shot down
    assert sum("ACCUSE" in r.labels for r in rows) == 11  # envoys summoned, strikes called violations
    assert sum("SANCTION" in r.labels for r in rows) == 7  # sanctions imposed, diplomats expelled
    assert sum("COERCE" in r.labels for r in rows) == 5  # foreigners arrested as spies, a ship seized
    assert sum("CONSULT" in r.labels for r in rows) == 4  # talks hosted or mediated
    assert sum(len(r.labels) == 2 for r in rows) == 1
    assert all(r.targets for r in rows)
    assert not any(set(r.sources) & set(r.targets) for r in rows)  # every act is between two states
    assert sum(r.date is None for r in rows) == 23
    earlier = [r for name in DEV_NEWS for r in gold.news_records(FIXTURES / f"plover_news_{name}.tsv")]
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}


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
