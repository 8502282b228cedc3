"""Issue 13, coder round 132: courtesy calls and calls told by a noun. The development rows holding a call word (every
set of `build.PROSE_SETS`) whose CONSULT labels were missed were sorted by construction; the largest general
construction with no labelled event lost and no false event added was the call told as a received noun: "X received a
phone call from Y" is a call between the two (CAMEO 041, PLOVER CONSULT, the two parties joint) whichever side
called, and a list after "from" is one call for each caller. Sentences are quoted from a cited development set (row
ids given) or are general; the expectations are their hand labels. Each test but the one keeping the noun's other
readings fails with main's code."""

from latitude.coding.coder import Article, code_article
from prose_rows import coded_row, has


def _coded(text: str) -> list[dict]:
    return code_article(Article("https://example.org/received-call", text, None))


def test_a_received_phone_call_is_a_call_between_the_two():
    # held-out 119 CC052, labelled OMN<>USA CONSULT: "Oman's Foreign Minister Sayyid Badr Albusaidi, received this
    # evening a phone call from Anthony Blinken, Secretary of State of the United States of America." (main: no record)
    records = coded_row("heldout119_prose.tsv", "CC052")[1]
    assert has(records, "OMN", "USA", "CONSULT")


def test_received_calls_from_a_list_of_callers_are_one_call_each():
    # held-out 134 FQ035, labelled GBR, RUS, NPL, MUS <> IND CONSULT: "Among the other global leaders, PM Modi also
    # received telephone calls from UK Prime Minister Rishi Sunak, Russia's President Vladimir Putin, Nepal Prime
    # Minister Pushpa Kamal Dahal and Mauritius Prime Minister Pravind K Jugnauth." (main: no record)
    records = coded_row("heldout134_prose.tsv", "FQ035")[1]
    for caller in ("GBR", "RUS", "NPL", "MUS"):
        assert has(records, "IND", caller, "CONSULT"), caller


def test_a_general_received_call():
    # general: a leader receives phone calls from two others, a call from each
    records = _coded(
        "Brazilian President Luiz Inacio Lula da Silva received phone calls from Chinese President Xi Jinping and French "
        "President Emmanuel Macron on Tuesday."
    )
    assert has(records, "BRA", "CHN", "CONSULT") and has(records, "BRA", "FRA", "CONSULT")


def test_the_nouns_other_readings_are_kept():
    # a phone call "with" X and a request "called on X to" read as before (these pass with main's code too)
    assert has(_coded("Japan's Prime Minister held a phone call with the German chancellor on Monday."), "JPN", "DEU", "CONSULT")
    assert has(_coded("The United States called on Israel to protect civilians."), "USA", "ISR", "REQUEST")
