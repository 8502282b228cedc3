"""Issue 13, coder round 129: records whose source is their own target. Every self-directed record on the development
prose rows (every set of `build.PROSE_SETS`, read as articles) and on the news rows (read alone) was listed and sorted
by why: the source's own state as a possessive or demonym inside the object ("a grave threat to Japan's security"),
the place where the act happens or where its doer speaks or returns to ("at the Tsarskoye Selo palace outside St.
Petersburg"), an unnamed or agentless party, two people or bodies of one state, an anaphor ("the country"). The
change taken is a small, general one of article prose: a person of a state acting, not by force, on his own state
named after a preposition of place ("in", "at", "to", "outside", ...) is where he speaks, acts or returns to, no party
to the act, and the record is dropped. Acts of force at home (an arrest in the capital) keep their target.
Sentences are quoted from a cited development set (row ids given) or are general; the expectations are their hand
labels. Each test but the guards fails with main's code."""

from latitude.coding.coder import Article, code_article
from prose_rows import coded_row, has, quiet


def test_where_a_leader_speaks_or_returns_is_no_party():
    # held-out 19 G012, labelled '-': "He said he “may visit several Middle Eastern countries” on his way back to
    # Indonesia at the end of the two-week tour." (main: IDN>IDN STATEMENT); held-out 29 Y108, labelled '-': "On
    # January 8, thousands of Bolsonaro supporters stormed the government district in Brasília." (main: BRA>BRA ACCUSE)
    assert quiet("heldout19_prose.tsv", "G012")
    assert quiet("heldout29_prose.tsv", "Y108")


def test_a_visit_told_at_the_hosts_palace_keeps_no_self_directed_record():
    # held-out 68 SV036, labelled USA<>RUS CONSULT ... USA>RUS CONSULT: ""I believe we have every reason to consider
    # this visit a success," Putin told reporters at the Tsarskoye Selo palace outside St. Petersburg shortly after
    # Bush left on Sunday." (main adds RUS>RUS STATEMENT)
    records = coded_row("heldout68_prose.tsv", "SV036")[1]
    assert not [r for r in records if r["source"] == "RUS" and r["target"] == "RUS"]


def test_a_general_statement_at_home_has_no_target_of_its_own():
    text = "Erdogan told reporters at the presidential palace in Ankara that the visit had been a success."
    records = code_article(Article("https://example.org/a", text, None))
    assert not [r for r in records if r["source"] == r["target"] == "TUR"]


def test_acts_at_home_and_the_state_as_subject_keep_their_records():
    # guards, passing with main's code too: an arrest at home keeps its domestic target (RUS>RUS COERCE), and held-out
    # 100 MU069 (labelled ISR>- STATEMENT), whose "Israel" is the subject of what the minister says, keeps its statement
    arrest = code_article(Article("https://example.org/b", "Russian police arrested dozens of protesters in Moscow on Saturday, Putin said.", None))
    assert has(arrest, "RUS", "RUS", "COERCE")
    assert has(coded_row("heldout100_prose.tsv", "MU069")[1], "ISR", None, None)  # a statement has no PLOVER type
