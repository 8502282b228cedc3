"""Issue 13, coder round 131: phone calls told by a transitive "call". The development rows holding "call", "called",
"phone", "rang" or "dialled" (every set of `build.PROSE_SETS`) and the real-news sets' rows holding them were sorted by
construction; the transitive call with a person right after the verb ("Kerry called Lavrov on Tuesday", "PM Modi
dialled Trump") was read as a request (the hand rule "call ... for|on", CAMEO 020, took the later "on Tuesday") or as
nothing. A "call" or "dial" whose object is a name phones that person (CAMEO 041, PLOVER CONSULT, the two
parties joint) when nothing but a call's circumstances follows the name (a time, "and", "to", "on", "after", the
sentence's end), and a name right after "call" is no request's particle. "called on X to" and "called for" stay
requests, and "call" naming something ("called Putin a killer", "called Russia's move 'regrettable'") is no call.
Sentences are quoted from a cited development set (row ids given) or are general; the expectations are their hand
labels. Each test but the ones keeping a request or a naming fails with main's code."""

from latitude.coding.coder import Article, code_article
from prose_rows import coded_row, has


def _coded(text: str) -> list[dict]:
    return code_article(Article("https://example.org/call", text, None))


def test_a_called_person_is_a_phone_call_not_a_request():
    # held-out 17 L116, labelled USA>RUS CONSULT: "U.S. State Department spokeswoman Victoria Nuland said earlier that
    # Kerry called Lavrov on Tuesday after DPRK conducted its third controversial nuclear test." (main: USA>RUS REQUEST)
    records = coded_row("heldout17_prose.tsv", "L116")[1]
    assert has(records, "USA", "RUS", "CONSULT")
    assert not [r for r in records if r["plover"] == "REQUEST"]


def test_a_dialled_person_is_a_phone_call():
    # held-out 74 NF033, labelled IND<>USA CONSULT: "According to the White House statement, PM Modi dialled Trump."
    # (main: no record)
    records = coded_row("heldout74_prose.tsv", "NF033")[1]
    assert has(records, "IND", "USA", "CONSULT")


def test_a_general_transitive_call():
    # general: a leader calls or dials another; a call with a time and a purpose after the name
    assert has(_coded("Japanese Prime Minister Fumio Kishida called Joe Biden on Friday to discuss North Korea."), "JPN", "USA", "CONSULT")
    assert has(_coded("Turkish President Recep Tayyip Erdogan dialled Vladimir Putin on Monday."), "TUR", "RUS", "CONSULT")


def test_requests_and_namings_are_kept():
    # "called on X to" and "called for" stay requests; "call" naming someone is no phone call (these pass with main's
    # code too, and are here to keep them)
    assert has(_coded("The United States called on Israel to protect civilians."), "USA", "ISR", "REQUEST")
    assert has(_coded("India called for talks with Pakistan on Monday."), "IND", "PAK", "REQUEST")
    named = _coded("Biden called Putin a killer.")
    assert not [r for r in named if r["plover"] in ("CONSULT", "REQUEST")]
