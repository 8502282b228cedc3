"""Coder round 67: a standfirst or subhead without a final full stop is read as a headline at any length.

The issue: "Analysis, opinion, generic and conditional sentences, and headlines, are not events". A line of
21 words or more without final punctuation used to be kept and glued to the next line's first sentence.
"""

from latitude.coding.coder import Article, code
from latitude.coding.text import article_sentences, leading_headlines

# the headline, standfirst and first sentence of held-out 15's editorial (O114-O116)
HEADLINE = "Editorial | China and US need to build on leaders’ talks in name of stability"
STANDFIRST = (
    "The face-to-face meeting between presidents Xi Jinping and Joe Biden may have laid down ‘red lines’, "
    "but it also offered hope with more dialogue to come"
)
BODY = "Presidents Xi Jinping and Joe Biden have spoken five times by video or phone."


def test_long_standfirst_without_full_stop_is_a_headline():
    text = "\n".join([HEADLINE, STANDFIRST, BODY])
    assert article_sentences(text) == [BODY]
    # a body paragraph whose last sentence lost its full stop is still read: it holds more than one sentence
    line = (
        "Japan and South Korea held talks in Tokyo on Friday. Officials from both foreign ministries said "
        "the talks covered North Korea and trade"
    )
    assert article_sentences("\n".join([HEADLINE, line])) == [
        "Japan and South Korea held talks in Tokyo on Friday.",
        "Officials from both foreign ministries said the talks covered North Korea and trade",
    ]
    assert leading_headlines(text) == [
        "Editorial | China and US need to build on leaders' talks in name of stability",
        "The face-to-face meeting between presidents Xi Jinping and Joe Biden may have laid down 'red lines', "
        "but it also offered hope with more dialogue to come",
    ]


def test_long_subhead_mid_article_is_not_coded():
    subhead = (
        "Arrow system downs long-range projectile aimed at Eilat; air defense also fired at target earlier, "
        "triggering sirens; Houthis claim launches, say they seek to hit Israeli ships"
    )
    text = "\n".join(["Missile alert in Eilat", "Sirens sounded in the south on Sunday.", subhead, BODY])
    assert article_sentences(text) == ["Sirens sounded in the south on Sunday.", BODY]
    assert not [r for r in code(Article("x", text, None)) if "Arrow" in r["sentence"]]

