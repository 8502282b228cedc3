"""Issue 13, coder round 26: how news and opinion write a leader travelling and meeting, the lexicon made
complete (`diplomacy.MOVEMENT_VERBS`, `SIT_VERBS`, the stop nouns, `_current_present`, a past stay in a clause of
time; `context.BARE_TITLES` "the PM", "the crown prince"). The lead's probes are unit tests of the lexicon;
the other sentences are quoted from cited development sets (tests/fixtures/coding/, row ids given) and their
expectations are their hand labels. Each test fails with main's coder (what main gives is said)."""

import pytest

from latitude.coding.coder import code
from prose_rows import labels_found


@pytest.fixture(autouse=True)
def _mirror(gold_folder):  # leaders' names come from the mirror (skipped without it)
    return gold_folder


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(r["source"], r["target"], r["plover"], r["cameo"]) for r in code(text, date="2024-06-01")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Modi landed in Jeddah on Tuesday.", ("IND", "SAU", "CONSULT", "042")),  # main: AID 070
        ("Biden stopped in Ireland on his way home.", ("USA", "IRL", "CONSULT", "042")),  # main: RETREAT 084
        ("Lula jetted to Beijing.", ("BRA", "CHN", "CONSULT", "042")),  # main: nothing
        ("Prime Minister Narendra Modi heads to Saudi Arabia this week.", ("IND", "SAU", "CONSULT", "042")),  # main: nothing
        ("Xi Jinping sat down with Vladimir Putin in Moscow on Monday.", ("CHN", "RUS", "CONSULT", "040")),  # main: SANCTION
        ("Modi made a stopover in Egypt.", ("IND", "EGY", "CONSULT", "042")),  # main: nothing
    ],
)
def test_the_lead_s_journeys_are_visits_and_meetings(text, expected):
    assert _events(text) == [expected]


def test_the_pm_is_the_prime_minister_the_article_named():
    # the lead's probe "The PM met the crown prince in Jeddah", after a sentence naming the prime minister
    # (main: nothing for it)
    events = _events("Prime Minister Narendra Modi arrived in Saudi Arabia on Tuesday. The PM met the crown prince in Jeddah.")
    assert events == [("IND", "SAU", "CONSULT", "042"), ("IND", "SAU", "CONSULT", "040")]


def test_a_landing_stop_or_touchdown_of_things_is_no_visit():
    # a leader's landing is a visit, a missile's, a shipment's or a stop to attacks is not (main: the leader's
    # landing is aid, the shipment's touchdown a USA > VNM visit, as in development news set I's row I047)
    assert _events("Modi landed in Jeddah on Tuesday.") == [("IND", "SAU", "CONSULT", "042")]
    assert _events("The missile landed in the Sea of Japan on Tuesday.") == []
    assert not any(e[2] == "CONSULT" for e in _events("Russia stopped its attacks in Ukraine on Tuesday."))
    assert not any(e[2] == "CONSULT" for e in _events("South Korea and Japan reached an agreement in Seoul on Tuesday."))
    shipment = "A shipment of vaccines donated by the U.S. to Vietnam touched down in Ho Chi Minh City on Sunday."
    assert not any(e[2] == "CONSULT" for e in _events(shipment))


@pytest.mark.parametrize(
    "name, row_id, expected",
    [
        # "German Chancellor Olaf Scholz landed in Beijing this Friday ..." DEU>CHN (main: nothing)
        ("heldout16_prose.tsv", "P121", [True]),
        # "... with Modi making an unannounced surprise stopover in Lahore in December 2015 ..." IND>PAK (main: nothing)
        ("heldout18_prose.tsv", "T145", [True]),
        # "... which included stops in China and the US, as well as Peru ... and Brazil ..." (main: none of them)
        # (Peru found since coder round 41: the places a tour "included" are its stops; Brazil since coder round 60:
        # a list goes on past a stop's "for" phrase)
        ("heldout19_prose.tsv", "G017", [True, True, True, True]),
        # "... in addition to making a “listening” stop in India." USA>IND (main: nothing)
        ("heldout20_prose.tsv", "J026", [False, False, True]),
        # "The prime minister reached Nigeria on Sunday, ..." after "PM Modi" (main: nothing)
        ("heldout17_prose.tsv", "L105", [True]),
        # "The PM also met Mauritius Prime Minister Pravind Jugnauth, ..." IND<>MUS (main: IND>BGD only)
        ("heldout17_prose.tsv", "L111", [True]),
        # "As Prime Minister Narendra Modi heads to Saudi Arabia this week, ..." IND>SAU (main: nothing)
        ("heldout25_prose.tsv", "L035", [True]),
        # "... as soon as he landed on Mongolian soil Monday evening." RUS>MNG (main: nothing)
        ("heldout27_prose.tsv", "V076", [True]),
        # "Modi’s visit to Ukraine comes barely six weeks after he was in Russia." (main: Ukraine only)
        ("heldout27_prose.tsv", "V082", [True, True]),
    ],
)
def test_development_journeys_arelabels_found(name, row_id, expected):
    assert labels_found(name, row_id) == expected
