"""Nationality nouns resolve to their state, as demonym adjectives already did ("the Americans",
"Poles", "South Koreans"; issue 13: "demonyms resolve too"). Expected codes are the states whose
nationality noun the CIA World Factbook gives (People and Society: Nationality), by hand."""
from __future__ import annotations

import pytest

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Talks with the Americans and the Russians resumed on Monday.", ["USA", "RUS"]),
    ("South Koreans and North Koreans met in Panmunjom.", ["KOR", "PRK"]),
    ("The Iranians rejected the offer, the Emiratis and Qataris said.", ["IRN", "ARE", "QAT"]),
    ("Poles, Swedes and Finns were evacuated by the Germans.", ["POL", "SWE", "FIN", "DEU"]),
    ("Turks and Greeks disputed the median line; Britons and Spaniards did not.", ["TUR", "GRC", "GBR", "ESP"]),
    ("The Kazakh foreign minister met Nepali and Slovenian diplomats.", ["KAZ", "NPL", "SVN"]),
    ("Filipinos and Indonesians protested outside the embassy.", ["PHL", "IDN"]),
])
def test_nationality_nouns(sentence: str, expected: list[str]) -> None:
    assert [m.code for m in find_actors(raw_tokens(sentence))] == expected


def test_lower_case_words_are_not_nationalities() -> None:
    # "poles" and "turks" in lower case are ordinary words, not Poland or Turkey
    assert find_actors(raw_tokens("The world has two poles, said the analyst who breeds turks and danes.")) == []
