"""Actors round 37 (issue 13): a ministry's spokesperson named after the ministry. A state's mention, its ministry and
an office ending in an office head ("Iranian Foreign Ministry spokesman Esmaeil Baghaei") now reach the name after the
office, and the ministry keeps its own mention and sector: round 36 made "ministry" an office word and lost both.
Probes quote a development sentence (held-out actors 23 Q051), a PLOVER news sentence (plover_news_bg BG004) and
general sentences; expected states read from the sentences by hand."""

from latitude.coding.coder import code_sentence
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _mentions(sentence: str) -> list[tuple[str, str, str | None, bool]]:
    raw = raw_tokens(sentence)
    return [(" ".join(raw[m.start : m.end]), m.code, m.sector, m.person) for m in find_actors(raw, None)]


def test_a_ministry_spokesman_after_the_ministry_is_the_states():
    # held-out actors 23 Q051
    found = _mentions(
        "In a statement on social media platform X, Iranian Foreign Ministry spokesman Esmaeil Baghaei described "
        "Araghchi’s discussions with senior Saudi officials as “fruitful,” focusing on bilateral relations."
    )
    assert ("Esmaeil Baghaei", "IRN", "government", True) in found
    assert any(text.startswith("Iranian") and code == "IRN" and sector == "government" and not person
               for text, code, sector, person in found)


def test_a_general_sentence_keeps_the_ministry_and_finds_the_spokesman():
    found = _mentions("The Ukrainian Defence Ministry spokesman Oleh Kovalenko said the strikes had stopped.")
    assert ("Oleh Kovalenko", "UKR", "government", True) in found
    assert any(code == "UKR" and not person for _, code, _, person in found)


def test_the_ministry_alone_and_a_name_after_its_full_title_are_read_as_before():
    assert [(c, p) for _, c, _, p in _mentions("The Chinese Foreign Ministry said on Monday.")] == [("CHN", False)]
    assert all(not p for _, _, _, p in _mentions("The Norwegian Ministry of Foreign Affairs Torke Hattrem said."))


def test_a_news_spokesman_takes_the_government_sector():
    # plover_news_bg BG004: the source is the ministry's spokesman, a government actor
    records = code_sentence(
        "Also, Iran's Foreign Ministry Spokesman, Ramin Mehmenparast, on Tuesday dismissed the accusations from Canada."
    )
    assert records and records[0]["source"] == "IRN" and records[0]["source_sector"] == "government"
