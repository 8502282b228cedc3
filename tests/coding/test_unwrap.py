"""Hard-wrapped text (e-mail, a terminal, a PDF copy) is read as its paragraphs, not as a pile of headlines.

Before, every line of a text wrapped at 72 characters had no final full stop and at most 20 words, so the
reader took each for a headline and dropped it: "Xi Jinping met ... Lee Jae-myung / in Gyeongju on
Saturday" gave no event at all. The articles below are the development sets' own text, wrapped here with
Python's `textwrap` (not latitude's code), so the expected sentences are the article's as published.
"""

import datetime as dt
import textwrap

from latitude.coding.coder import Article, code
from latitude.coding.text import article_sentences, unwrap

# dev_prose.tsv D001-D004 (asiatimes.com, 2026-01-10): the headline and the opening paragraph
TITLE = "South Korea walks a narrow bridge between China and Japan"
PARAGRAPH = (
    "South Korean President Lee Jae Myung is spending the first weeks of the new year attempting a feat of "
    "diplomatic engineering that would challenge the most experienced leader. He began the year in Beijing, the "
    "first official visit by a South Korean president since 2019. In the coming week, he is scheduled to join "
    "Japanese Prime Minister Sanae Takaichi in her hometown of Nara."
)
# eventness_train.tsv E114 (archyworldys.com): a meeting and a hyphenated word
MEETING = (
    "Chinese President Xi Jinping concluded a pivotal Asian summit with a meeting Saturday with South Korean "
    "President Lee Jae Myung, following an agreement between Beijing and Washington to de-escalate their trade "
    "tensions."
)


def test_a_wrapped_article_reads_as_the_published_one():
    published = TITLE + "\n" + PARAGRAPH
    wrapped = TITLE + "\n\n" + textwrap.fill(PARAGRAPH, 72)
    assert len(wrapped.splitlines()) == 8  # the title, a blank line and six lines of 72 characters or fewer
    assert article_sentences(wrapped) == article_sentences(published) == [
        "South Korean President Lee Jae Myung is spending the first weeks of the new year attempting a feat of "
        "diplomatic engineering that would challenge the most experienced leader.",
        "He began the year in Beijing, the first official visit by a South Korean president since 2019.",
        "In the coming week, he is scheduled to join Japanese Prime Minister Sanae Takaichi in her hometown of Nara.",
    ]


def test_a_word_broken_after_its_hyphen_is_joined_without_a_space():
    wrapped = textwrap.fill(MEETING, 66)  # textwrap breaks "de-escalate" after its hyphen at this width
    assert "de-\nescalate" in wrapped
    assert article_sentences(wrapped) == [MEETING]


def test_the_meeting_in_a_wrapped_article_is_coded():
    records = code(Article("wrapped.txt", textwrap.fill(MEETING, 72), dt.date(2025, 11, 1)))
    assert {(r["source"], r["target"], r["plover"]) for r in records} == {("CHN", "KOR", "CONSULT")}


def test_headlines_and_paragraphs_of_an_unwrapped_article_stay_apart():
    # a headline in title case ends with "Over", a word no sentence ends with in lower case (held-out 8's
    # Hudson Institute piece: its headline and first sentence); then test_eventness's headline and sentence
    first = (
        "His meeting with Xi Jinping did not end in a fiery outburst or the grand bargain the Chinese desired and "
        "most Americans and their allies feared, but it was far from inconsequential."
    )
    text = "\n".join([
        "Trump and Xi Make Progress but the Work Is Far from Over", first,
        "Xi woos Lee to join hands against Japan", "Beijing summoned the Japanese ambassador on Monday.",
    ])
    assert unwrap(text) == text
    assert article_sentences(text) == [first, "Beijing summoned the Japanese ambassador on Monday."]


def test_a_line_that_goes_on_in_lower_case_is_joined_even_in_a_short_text():
    assert article_sentences("Lee met Xi\nin Beijing on Saturday.") == ["Lee met Xi in Beijing on Saturday."]
