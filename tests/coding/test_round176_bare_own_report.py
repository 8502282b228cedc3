"""Issue 13, coder round 176: a bare organ reporting its own side's act. Labels rounds 8 and 10 label a doer telling
its own strike or launch with the act and the doer's own `SRC>- STATEMENT`; coder round 174 keeps it when the reporter
is named and tells the act with a pronoun ("Hezbollah said it struck ..."), and coder round 172 reads a bare organ
("..., the ministry said", "A statement said ...", "It added ...") as the article's last named reporter for another
party's act only. In an article the coder now keeps the doer's statement when a bare organ reports strikes or
launches of one state the sentence names and that state is the article's last named reporter (`coder._own_side`).
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first three tests fail with main's code at the branch point (fb978b2a, run on its archive)."""

from prose_rows import all_found

from latitude.coding.coder import Article, code_article, code_sentence


def _by_sentence(text: str) -> dict[str, set[tuple]]:
    out: dict[str, set[tuple]] = {}
    for r in code_article(Article("<text>", text, None)):
        out.setdefault(r["sentence"], set()).add((r["source"], r["target"], r["plover"]))
    return out


def test_the_ministry_said_after_its_own_test():
    # held-out 58 MN097: "The test was conducted on Monday, within China and was "not targeted against any country",
    # the ministry said in a statement." (CHN>- MOBILIZE | CHN>- STATEMENT) and held-out 86 WT035: "Russian Defense
    # Minister Sergei Shoigu briefed President Vladimir Putin on the successful test of the Zircon missile, the
    # ministry added."
    assert all_found("heldout58_prose.tsv", "MN097")
    assert all_found("heldout86_prose.tsv", "WT035")


def test_a_statement_or_it_said():
    # held-out 111 YH048: "It added that the training launch was witnessed by commander Army Strategic Forces Command
    # ..." (PAK>- MOBILIZE | PAK>- STATEMENT), 108 ZT006 "Army said the launch was carried out to ensure ...", 167
    # NO004 "Earlier on Monday, Israel attacked two structures ..., according to the statement." (ISR>LBN ASSAULT |
    # ISR>- STATEMENT), 177 DR014 '"Since this morning, the Israeli army has conducted ... strikes ...," a statement
    # said.'
    assert all_found("heldout111_prose.tsv", "YH048")
    assert all_found("heldout108_prose.tsv", "ZT006")
    assert all_found("heldout167_prose.tsv", "NO004")
    assert all_found("heldout177_prose.tsv", "DR014")


def test_a_general_article():
    second = "India tested its Agni-5 missile from an island off the coast, the ministry added."
    found = _by_sentence("India's defence ministry said on Monday it had test-fired a ballistic missile. " + second)
    assert ("IND", None, None) in found[second] and ("IND", None, "MOBILIZE") in found[second]


def test_guards():
    # a sentence read alone keeps its one act; a bare organ with no reporter named before it, or after another
    # state's reporter, is not the doer's ("North Korea fired ..., the military said" in Seoul's telling)
    assert not any(r["plover"] is None for r in code_sentence("Pakistan test-fired a ballistic missile, the military said."))
    alone = "North Korea fired a ballistic missile into the sea, the military said."
    assert ("PRK", None, None) not in _by_sentence(alone).get(alone, set())
    second = "North Korea fired a second missile an hour later, the military said."
    found = _by_sentence("South Korea's military said North Korea fired a missile. " + second)
    assert ("PRK", None, None) not in found[second] and ("KOR", None, None) in found[second]
