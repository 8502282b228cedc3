"""Issue 13, coder round 128: false events in news and analysis, thirteenth pass. Every record the coder gives on a
development row labelled with no event was listed and sorted by construction (comment on the article's own visit,
meeting or launch, plans and hypotheticals, background and generic statements, quoted opinion, negated acts, what a
party said, headlines, a state acting on itself); the large constructions are labelled both ways across the sets, so
the construction taken is a small one the sets agree on: "call" with an object right after it names, convenes or
phones ("called the gallery 'a feast for the eyes'", "They called it a major milestone for ..."), and a "for" or "on"
later in the hand rule's window is no request's particle. Before, the rule "call ... for|on" (CAMEO 020, PLOVER
REQUEST) fired on any "for" or "on" within five words. Sentences are quoted from a cited development set (row ids
given) or are general; the expectations are their hand labels. Each test but the one keeping a request fails with main's code."""

from latitude.coding.coder import Article, code_article
from prose_rows import coded_row, has, quiet


def test_a_named_thing_is_no_request():
    # held-out 109 OM031, labelled '-': "U.S. Secretary of State Hillary Clinton, who was also on hand, called the
    # gallery "a feast for the eyes."" (main: USA>- REQUEST); held-out 65 FL045, labelled '-': "They called it a major
    # milestone for North Korea's weapons program." (main: PRK>USA REQUEST); held-out 92 HT018: "... a gesture he
    # called "an honour" for both countries as fellow democracies." (main: IND>GHA REQUEST; labelled '-' then, and
    # IND>GHA CONSULT since labels round 3, an itinerary item of the article's own visit, so only the request is checked)
    assert quiet("heldout109_prose.tsv", "OM031")
    assert quiet("heldout65_prose.tsv", "FL045")
    assert not has(coded_row("heldout92_prose.tsv", "HT018")[1], "IND", None, "REQUEST")


def test_a_call_for_after_a_naming_call_is_kept():
    # held-out 14 N101: "Japan's Prime Minister Shinzo Abe called the launch "an unprecedented serious and grave threat
    # to Japan" and immediately called for an emergency meeting of the United Nations Security Council." keeps its
    # labelled request (JPN>IGO REQUEST) and launch (PRK>- MOBILIZE); it passes with main's code too, and is here to
    # keep them
    records = coded_row("heldout14_prose.tsv", "N101")[1]
    assert has(records, "JPN", "IGO", "REQUEST") and has(records, "PRK", None, "MOBILIZE")


def test_a_description_with_for_is_no_request():
    # general: the minister names the talks something; nothing is asked of anyone
    text = "Indian Foreign Minister S. Jaishankar called the talks a step for peace with Pakistan."
    records = code_article(Article("https://example.org/c", text, None))
    assert not [r for r in records if r["plover"] == "REQUEST"]
    # and a request told with "called for" right after the verb stays a request
    asked = code_article(Article("https://example.org/d", "India called for talks with Pakistan on Monday.", None))
    assert has(asked, "IND", "PAK", "REQUEST")
