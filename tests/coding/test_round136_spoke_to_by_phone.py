"""Issue 13, coder round 136: calls told by a noun or with a partner the call verbs do not reach. The development rows
holding a call word (every set of `build.PROSE_SETS`) whose CONSULT labels were missed were sorted by construction;
the largest general construction taken with no labelled event lost and no false event added was the speak verb with a
phone adverbial and a partner after "to": "X spoke by telephone to Y" and "X spoke to Y over the phone" are a call
between the two (CAMEO 041, PLOVER CONSULT, joint), in a clause of its own too, as "spoke by phone with Y" already
was. Sentences are quoted from a cited development set (row ids given) or are general; the expectations are their
hand labels. Each test but the one keeping "spoke to reporters by phone" fails with main's code."""

from latitude.coding.coder import Article, code_article
from prose_rows import coded_row, has


def _coded(text: str) -> list[dict]:
    return code_article(Article("https://example.org/spoke-to-by-phone", text, None))


def test_spoke_by_telephone_to_a_leader_in_a_clause_after_after():
    # held-out 87 EV048, labelled UKR<>CHN CONSULT (and Li's visit CHN>UKR): "Li, the highest-ranking Chinese diplomat
    # to visit the war-torn country since its conflict with Moscow began in February 2022, arrived in Kyiv three weeks
    # after Zelensky spoke by telephone to Chinese leader Xi Jinping." (main: RUS>UKR CONSULT only)
    records = coded_row("heldout87_prose.tsv", "EV048")[1]
    assert has(records, "UKR", "CHN", "CONSULT")


def test_spoke_to_a_leader_over_telephone_in_its_article():
    # held-out 74 NF047, labelled USA<>IND CONSULT: "According to White House Press Secretary Sean Spicer, US President
    # Donald Trump spoke to Prime Minister Narendra Modi over telephone." (main: no record)
    records = coded_row("heldout74_prose.tsv", "NF047")[1]
    assert has(records, "USA", "IND", "CONSULT")


def test_spoke_by_telephone_to_a_named_leader_is_a_call():
    # general: the partner after "to" right after the phone adverbial, in a clause after "after" (main: no record)
    records = _coded("Wang arrived in Berlin a week after Xi spoke by telephone to German Chancellor Olaf Scholz.")
    assert has(records, "CHN", "DEU", "CONSULT")


def test_spoke_to_reporters_by_phone_is_no_call():
    # general: no person, possessive or office holder after "to"; passes with main's code too
    records = _coded("Japanese Prime Minister Fumio Kishida spoke to reporters by phone from Tokyo on Monday.")
    assert not [r for r in records if r["plover"] == "CONSULT"]
