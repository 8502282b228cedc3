"""Claims round 69 (issue 13): `evaluate.causes` reads a context the sentence splitter joins to its sentence (a heading or
a label with no stop: "9. Italy", "timesofisrael:") as part of the sentence, as `run` reads it, so a state named in the
sentence is not counted as named "only in the sentence before". The finder is unchanged; only the sort of misses moves."""
import pandas as pd

from latitude.scenarios.claims import evaluate


def test_a_heading_joined_to_its_sentence_is_not_the_sentence_before() -> None:
    # held56-003 (development): the heading "9. Italy" is split as "9." and joined "Italy Italy's largest clients ..."
    row = {"id": "held56-003", "date": None, "context": "9. Italy",
           "sentence": "Italy's largest clients were: UAE (12% of all sales), Turkey (10% of all sales), and Algeria "
                       "(9.9% of all sales)."}
    own, earlier = evaluate._states(row)
    assert {"ITA", "ARE", "TUR", "DZA"} <= own and not earlier


def test_a_label_joined_to_its_sentence_and_a_general_one() -> None:
    # held50-018 (development): the source label "timesofisrael:" joined to the sentence
    row = {"id": "held50-018", "date": None, "context": "timesofisrael:",
           "sentence": "Israel is the world’s eighth-largest weapons exporter, with India, Azerbaijan and Vietnam its "
                       "three largest clients in 2014-2018."}
    assert "ISR" in evaluate._states(row)[0]
    general = {"id": "g", "date": None, "context": "Source: SIPRI",
               "sentence": "Norway's main arms supplier was the United States."}
    assert "NOR" in evaluate._states(general)[0]


def test_a_real_sentence_before_still_counts_as_before() -> None:
    row = {"id": "g2", "date": None, "context": "Germany exported arms worth $1 billion in 2020.",
           "sentence": "Its largest client was Egypt.", "claims": [
               {"kind": "arms exports", "subject": "DEU", "other": "EGY", "verdict": "supported"}]}
    assert evaluate._states(row) == ({"EGY"}, {"DEU"})
    results = pd.DataFrame([{"id": "g2", "kind": "arms exports", "subject": "DEU", "other": "EGY",
                             "expected": "supported", "got": None, "found": False, "correct": False, "figures": ""}])
    assert evaluate.causes(results, [row])["cause"].tolist() == ["owner only in the sentence before"]
