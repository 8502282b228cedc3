"""Issue 13, coder round 111: the headline case, ninth pass — the misses of the development sets about South Korea,
North Korea, Japan, China and the United States sorted by construction, and two general constructions read. A flight
told after a verb of seeming or a report may have adverbs after "to have" ("the missile appeared to have already
fallen"), and a pronoun that stands for the article's last launch is the subject of such a flight ("it is said to have
flown for about 500 kilometres"), as the weapon's noun is (coder rounds 42, 63 and 91); only a flight's participles
are read after the pronoun, not "reached" or "hit" ("they have reached an agreement").
"H.E." (His or Her Excellency, the honorific of diplomatic releases) ends no sentence, as "Mr." does not, so the
person named after it is the party of the verb before it ("Prime Minister Abe held talks with H.E. Mr. Moon Jae-in").
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. Each test fails with main's code."""

from prose_rows import coded_row, has

from latitude.coding.coder import Article, code
from latitude.coding.text import article_sentences


def test_a_flight_told_with_already_after_appeared_to_have():
    # held-out 94 QN026, labelled PRK>- MOBILIZE and a Japanese statement: "According to the Japanese public
    # broadcaster NHK, the Japan Coast Guard said around 8:40 a.m. that the missile appeared to have already fallen,
    # quoting an announcement from the Japanese defense ministry."
    assert has(coded_row("heldout94_prose.tsv", "QN026")[1], "PRK", None, "MOBILIZE")


def test_a_pronoun_said_to_have_flown():
    # held-out 49 NK032, labelled PRK>- MOBILIZE: "Though details about the missile are yet to be determined, it is said
    # to have flown for about 500 kilometres before plunging into the sea."
    assert has(coded_row("heldout49_prose.tsv", "NK032")[1], "PRK", None, "MOBILIZE")


def _second(text: str) -> list[dict]:
    """The records of an article's second sentence."""
    second = article_sentences(text)[1]
    return [r for r in code(Article("t", text, None), model="fast") if r["sentence"] == second]


def test_a_pronoun_reported_to_have_flown():
    # a general sentence after a launch the article named; hand label PRK>- MOBILIZE for the second sentence
    records = _second(
        "North Korea fired a ballistic missile on Sunday. Officials said it is reported to have flown about 600 "
        "kilometres before landing in the sea."
    )
    assert has(records, "PRK", None, "MOBILIZE")


def test_talks_with_a_person_after_his_excellency():
    # held-out 47 v079, labelled JPN<>KOR CONSULT: "Prime Minister Abe held talks with H.E. Mr. Moon Jae-in, President
    # of the ROK."
    assert has(coded_row("heldout47_prose.tsv", "v079")[1], "JPN", "KOR", "CONSULT")


def test_a_meeting_with_a_president_after_his_excellency():
    # held-out 72 ND054, labelled JPN>GNQ CONSULT: "The Japanese Ambassador accredited in our country, Mashao Kobayashi,
    # was the first to meet with H.E. Obiang Nguema Mbasogo, who was accompanied by the First Deputy Prime Minister of
    # the Government ..."
    assert has(coded_row("heldout72_prose.tsv", "ND054")[1], "JPN", "GNQ", "CONSULT")


def test_his_excellency_ends_no_sentence():
    # a general sentence: one sentence, as "Mr." keeps it one
    assert article_sentences("Prime Minister Abe held talks with H.E. Mr. Moon Jae-in, President of the ROK.") == [
        "Prime Minister Abe held talks with H.E. Mr. Moon Jae-in, President of the ROK."
    ]
