"""PLOVER round 70 (issue 13): news records read from the wrong clause or with the agent in a "by" phrase. Of the
rows of news sets A to BG whose first record gives a labelled source as the target (169), the largest class of the
theme is the act of another clause read instead of the main one, most of them a clause of the act the main clause
answers ("after", "in response to"); sorted in docs/coding.md. One construction was taken: a main clause whose
subject is the sentence's first party, then an "after" (or "in response to", "in retaliation for") clause in which
the record's source is first named. The coder gave the provoking act's doer as the source and the main clause's
doer as the target; the two change places (`coder._provoker_after`). A passive main clause ("... were killed after
..."), a main clause the "after" clause comes before ("Days after ..., the Philippines military is accusing ...") and
a first party that only owns the subject ("Trump's initial warning turned into a warm welcome after flattery from
Lee") keep their reading. Sentences quoted from the real-news development sets (tests/fixtures/coding/
plover_news_*.tsv) and the held-out prose set 14, with their article dates, and one general sentence; expected
sources and targets their hand labels. Held-out news set BH's layout test is in test_plover_news.py with the other
sets'."""

import datetime as dt

import pytest

from latitude.coding.coder import code_sentence


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # set AI, row AI027: labelled THREATEN, RUS > POL (coded POL > RUS before)
        (
            "Russian officials vowed a hurtful response after Poland decided to expel 45 diplomats from the country, "
            "Reuters reported.",
            dt.date(2022, 3, 24),
            "RUS",
            "POL",
        ),
        # set AI, row AI060: labelled THREATEN, CHN > USA (coded USA > CHN before)
        (
            "The Chinese government said Tuesday it would take “countermeasures” after President Trump imposed tariffs "
            "on $200 billion worth of Chinese exports, a move that Trump has already warned would result in tariffs on "
            "all Chinese exports.",
            None,
            "CHN",
            "USA",
        ),
        # set AU, row AU003: labelled ASSAULT, ISR > SYR (coded SYR > ISR before)
        (
            "The Israeli armed forces carried out retaliatory strikes after Israeli settlements were shelled from "
            "Syrian territory, the Israel Defense Forces (IDF) said on Saturday.",
            dt.date(2023, 10, 15),
            "ISR",
            "SYR",
        ),
        # set G, row G078: labelled THREATEN, MEX > USA (coded USA > MEX before)
        (
            "PRESIDENT Claudia Sheinbaum said Mexico could retaliate with its own tariffs on Tuesday, after US "
            "President-elect Donald Trump threatened to impose 25 per cent import duties on Mexican goods.",
            None,
            "MEX",
            "USA",
        ),
        # a general sentence: the main clause's doer answers the act of the "after" clause
        (
            "The Pakistani army carried out retaliatory strikes after Pakistani posts were shelled from Afghan "
            "territory, the military said.",
            None,
            "PAK",
            "AFG",
        ),
    ],
)
def test_the_doer_of_the_main_clause_is_not_the_target_of_the_act_it_answers(text, date, source, target):
    records = code_sentence(text, date)
    assert records
    assert (records[0]["source"], records[0]["target"]) == (source, target)


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # set T, row T009: labelled COERCE, LKA > IND — a passive main clause, its subject acted on
        (
            "Fourteen Indian fishermen were arrested by the Navy at Kayts on Tuesday morning after they strayed into "
            "Sri Lanka's territorial waters and are being detained at the Kayts police station, Police spokesman SSP "
            "Ranjith Gunasekara said.",
            None,
            "LKA",
            "IND",
        ),
        # set I, row I057: labelled ACCUSE, PHL > CHN — the "after" clause comes before the main clause
        (
            "Days after a Chinese vessel collided with a Filipino supply ship in the South China Sea, the Philippines "
            "military is accusing Beijing's Coast Guard of deliberately ramming navy ships and seizing supplies.",
            None,
            "PHL",
            "CHN",
        ),
        # held-out prose set 14: labelled KOR > USA — the first party only owns the main clause's subject
        (
            "AP highlighted that “Trump’s initial warning turned into a warm welcome after flattery from Lee,” noting "
            "that the South Korean leader complimented Trump on his Oval Office renovations, urged him to continue his "
            "peace efforts on the Korean Peninsula, and even joked about building a Trump Tower in North Korea.",
            dt.date(2025, 8, 26),
            "KOR",
            "USA",
        ),
    ],
)
def test_passive_fronted_and_possessed_main_clauses_keep_their_reading(text, date, source, target):
    records = code_sentence(text, date)
    assert records
    assert (records[0]["source"], records[0]["target"]) == (source, target)
