"""The is-it-an-event model (`latitude.coding.eventmodel`): sentences quoted from the cited real-prose
sets (tests/fixtures/coding/eventness_train.tsv, labelled before the model was fit) and from the
PLOVER gold standard (openeventdata/PLOVER, CC BY-SA 4.0); expected answers follow the labelling rules
of tests/fixtures/coding/README.md and the records' own coding."""

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from latitude.coding.build import REPORT_TARGET, news_register_rows, register_thresholds, report_threshold
from latitude.coding.coder import Article, analyse, code, code_sentence
from latitude.coding.eventmodel import NEWS_REGISTER, ReportModel, load_report_model
from latitude.coding.prose import read_prose

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


def _article(fragment: str, date: dt.date | None = None) -> Article:
    rows = [row for row in read_prose(FIXTURES / "eventness_train.tsv") if fragment in row.url]
    assert rows, fragment
    return Article(fragment, " ".join(row.text for row in rows), date)


def test_shipped_model_is_small_and_strict_inside_analysis():
    model = load_report_model()
    assert 0.5 < model.threshold < 1.0  # chosen by cross-validation: stricter than the balanced boundary
    assert model.lone_threshold == 0.5
    assert 20 < len(model.weights) < 2000


def test_threshold_follows_the_register_of_the_article():
    model = ReportModel({}, threshold=0.8, news_threshold=0.9, lone_threshold=0.5)
    assert model.threshold_for([0.2], 1) == 0.5  # a lone sentence is read as news, at the balanced boundary
    assert model.threshold_for([0.1, 0.3, 0.4], 3) == 0.8  # median 0.3 < NEWS_REGISTER: analysis
    assert model.threshold_for([0.6, 0.7, 0.2], 3) == 0.9  # median 0.6 >= NEWS_REGISTER: news
    assert NEWS_REGISTER == 0.5


def test_shipped_model_is_strict_inside_news_articles_too():
    # 2026-12-04, third round: news articles at the balanced boundary 0.5 passed 30 of 72 of their
    # non-event sentences (cross-validated), so their threshold is chosen by cross-validation too
    model = load_report_model()
    assert 0.5 < model.news_threshold < 1.0


def test_report_threshold_lets_through_the_allowed_share_of_non_events():
    # 25 non-event prose sentences with probabilities 0.51 .. 0.75; 6 % of 25 is 1 allowed to pass,
    # so the threshold sits just above the second-highest (0.74): 0.75 passes, 0.74 does not.
    assert REPORT_TARGET == 0.06
    probabilities = np.array([0.5 + i / 100 for i in range(1, 26)] + [0.99])
    labels = [0] * 25 + [1]
    origins = ["prose"] * 26
    threshold = report_threshold(probabilities, labels, origins)
    assert 0.74 < threshold <= 0.75
    # never below the balanced boundary: low-scoring non-events leave it at 0.5
    assert report_threshold(probabilities - 0.5, labels, origins) == 0.5


def test_register_thresholds_are_chosen_on_each_register_s_own_non_events():
    # article "a" (median 0.2) is read as analysis, article "n" (median 0.8) as news; with 17 non-events
    # in each (6 % of 17 = 1 may pass), the analysis threshold sits above a's second-highest non-event
    # (0.40) and the news threshold above n's (0.96); gold records ("g") never choose a threshold
    a = [0.1] * 15 + [0.40, 0.45]
    n = [0.8] * 15 + [0.96, 0.97]
    probabilities = np.array(a + n + [0.99, 0.2])
    labels = [0] * 34 + [1, 1]
    groups = ["a"] * 17 + ["n"] * 17 + ["g1", "g2"]
    origins = ["prose"] * 34 + ["plover"] * 2
    news = news_register_rows(probabilities, groups, origins)
    assert news == [False] * 17 + [True] * 17 + [False, False]
    analysis, news_threshold = register_thresholds(probabilities, labels, groups, origins)
    assert analysis == 0.5  # 0.40 is under the balanced boundary
    assert 0.96 < news_threshold <= 0.97


def test_think_tank_analysis_gives_no_statement_or_act():
    # tongilnanum8000.com: ten sentences of deterrence analysis ("Seoul must also take measures ...",
    # "Washington should coordinate with South Korea and Japan ..."), none reports an event
    records = list(code(_article("tongilnanum")))
    assert all(r["plover"] == "MOBILIZE" for r in records)  # only the nominal launch frame may fire
    assert len(records) <= 1


def test_news_report_keeps_its_visits_and_meetings():
    # mestios.com and newslooks.com, August 2025: Lee met Trump at the White House
    records = list(code(_article("mestios.com", dt.date(2025, 8, 26))))
    dyads = {(r["source"], r["target"], r["plover"]) for r in records}
    assert ("KOR", "USA", "CONSULT") in dyads


def test_lone_present_tense_news_is_an_event():
    # PLOVER gold (CAMEO manual example, COERCE): a record read on its own, in the simple past, with a
    # domestic target that CAMEO codes as the source's own country
    sentence = (
        "Turkish police prevented the demonstration staged by students at Cumhuriyet University near AKP "
        "offices in Sivas on 15 October to protest the decision."
    )
    (record,) = code_sentence(sentence)
    assert (record["source"], record["target"]) == ("TUR", "TUR")


def test_cue_words_skip_names():
    found = analyse("South Korean police arrested three Chinese nationals for filming a US aircraft carrier in Busan.")
    assert found is not None
    assert "w_us" not in found.report_features  # "US" is a country, not the pronoun "us"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang.",
        "Seoul will provide humanitarian aid to North Korea through the World Food Programme.",
    ],
)
def test_topic_words_do_not_veto_news(sentence):
    # topic words of analysis ("strategic", "partnership") are not features (see the module doc)
    assert code_sentence(sentence, dt.date(2025, 11, 3))
