"""Issue 13, coder round 266: the welcome of the article's visit told by its ceremony's own noun ("An official
welcoming ceremony was held for the Kuwaiti emir.", "Official reception ceremonies were held in honor of the Swiss
President, ...") is that visit, traveller first, when the sentence names one of the visit's two parties and no other
state (coder round 144 took only the visitor "accorded" or "given" a welcome). Development rows are quoted from cited
sets (tests/fixtures/coding/, row ids given), expectations their hand labels; the first two tests fail with main's
code (bfbf8dca: no record on the rows); the guards hold on both."""

from prose_rows import all_found, article_records

VISIT = (
    "Ghanaian President John Mahama arrived in Nairobi on Monday on a three-day state visit to Kenya. "
    "He held talks with Kenyan President William Ruto at State House on Tuesday. "
)


def _sentence_codes(text: str, start: str) -> set[tuple[str, str | None, str]]:
    return {(r["source"], r["target"], r["plover"]) for r in article_records(text) if r["sentence"].startswith(start)}


def test_development_welcome_ceremonies():
    # held-out 110 PK056: "According to a royal court statement, an official welcoming ceremony was held for the Kuwaiti
    # emir." (KWT>JOR CONSULT)
    assert all_found("heldout110_prose.tsv", "PK056")
    # held-out 50 w026: "Official reception ceremonies were held in honor of the Swiss President, beginning with the
    # playing of the national anthems of both countries." (KWT<>CHE CONSULT)
    assert all_found("heldout50_prose.tsv", "w026")
    # held-out 147 WI006: "In the ceremony to welcome the US president and the first lady, some 120 horses and 1,300
    # British military personnel participated, ..." (USA>GBR CONSULT)
    assert all_found("heldout147_prose.tsv", "WI006")


def test_general_welcome_ceremonies():
    assert ("GHA", "KEN", "CONSULT") in _sentence_codes(
        VISIT + "A 21-gun salute marked the arrival of the Ghanaian President.", "A 21-gun salute"
    )
    assert ("GHA", "KEN", "CONSULT") in _sentence_codes(
        VISIT + "The Ghanaian President was met with a ceremonial welcome and a gun salute at State House.",
        "The Ghanaian President was met",
    )


def test_a_ceremony_tied_to_no_party_or_to_another_state_keeps_no_record():
    # no party named: the salute may be anyone's (held-out 106 EQ018's article had coded its visit host first)
    assert _sentence_codes(VISIT + "A 21-gun salute boomed in the air.", "A 21-gun salute") == set()
    # another state's ceremony
    assert _sentence_codes(
        VISIT + "The welcoming ceremony recalled the one held for the Nigerian President last year.", "The welcoming"
    ) == set()


def test_a_custom_or_another_ceremony_keeps_no_record():
    # the custom of state visits, not this one
    assert _sentence_codes(
        VISIT + "Kenyan state visits usually include a guard of honour.", "Kenyan state visits"
    ) == set()
    # a signing ceremony is another act than the welcome
    assert ("GHA", "KEN", "CONSULT") not in _sentence_codes(
        VISIT + "The Ghanaian President later attended a signing ceremony.", "The Ghanaian President later"
    )
