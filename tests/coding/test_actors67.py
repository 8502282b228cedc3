"""Actors round 67 (issue 13): a speaker named in a fronted "According to X," whose apposition gives the state. The
development sort of the people not read right by article over held-out actors 18-66 who are quoted by a saying verb
(148 of 1,046), by where the speaker stands and where the sentence gives their state, found the cells of the theme
(the state in an apposition after the name or a title before it) small and each of its own shape; of them the one
general construction that a reading mechanism, not a word list, misses is the source of "According to X," followed by
an apposition: the article reader (`coder._actors_past_attribution`) reads the phrase up to its first comma alone, so
"According to Gan Yu, a spokesman for China's coastguard, ..." (held-out actors 24 R011) and "According to Mikhail
Ulyanov, the Permanent Representative of the Russian Federation ..." (59 BB008) lost the apposition that each sentence
read alone gives. Guard: with no second comma the clause after the name is the sentence's own, not an apposition.
Probes quote development rows and general sentences, each failing on main's code."""

import datetime as dt

from prose_rows import sentence_state_of


def test_the_source_of_according_to_takes_its_appositions_state():
    # held-out actors 24 R011: main's article reader reads no state for Gan Yu
    text = ("According to Gan Yu, a spokesman for China's coastguard, the Japanese ships, including the research vessel "
            "Shinsei Maru, entered China's territorial waters around the Senkaku Islands \"illegally\".")
    assert sentence_state_of(text, "Gan Yu", dt.date(2023, 1, 31)) == "CHN"
    # held-out actors 59 BB008
    text = ("According to Mikhail Ulyanov, the Permanent Representative of the Russian Federation to international "
            "organizations in Vienna, the specific date will depend on the readiness of the parties involved, who are "
            "engaged in a “sufficiently intense dialogue.”")
    assert sentence_state_of(text, "Mikhail Ulyanov", dt.date(2023, 12, 28)) == "RUS"


def test_general_sentences_of_a_source_and_its_apposition():
    text = ("According to Lena Varga, a spokeswoman for Hungary's foreign ministry, the talks with Slovakia will "
            "resume next week.")
    assert sentence_state_of(text, "Lena Varga", dt.date(2024, 5, 6)) == "HUN"
    text = "According to Tomasz Wronski, Poland's deputy foreign minister, the delegation arrived in Kyiv on Monday."
    assert sentence_state_of(text, "Tomasz Wronski", dt.date(2024, 5, 6)) == "POL"


def test_a_source_with_no_apposition_takes_no_state_from_the_clause_after_it():
    text = "According to Omar Haddad, Turkish officials met the delegation in Ankara on Monday."
    assert sentence_state_of(text, "Omar Haddad", dt.date(2024, 5, 6)) is None
