"""Issue 13, coder round 171: the article's meeting of three or more parties told again by its noun or a stand-in.
The article keeps one pair as its meeting (`coder._article_visit`), so a later sentence that tells the meeting again
("The leaders also discussed cooperation on economic issues.", "The trilateral talks in Busan ... were seen as a
steppingstone ...") and is read as one pair of it carried one of its three pairs. The article's group is the last
sentence's meeting records spanning three or more states in two or more pairs with no state in every pair
(`coder._article_group`); a sentence read as exactly one pair of that group, naming no state outside it and at most
one inside by name, with no word of a pair or of one traveller ("two", "both", "bilateral", "separate", "visit",
"trip", "tour", "call") and not negated or conditional, gets the group's other pairs (`coder._group_retold`). A
sentence read alone is unchanged.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The tests marked "main:" fail with main's code; the general article and the guards pass with both."""

from prose_rows import all_found, typed_pairs

from latitude.coding.coder import code


THREE = {frozenset(p) for p in (("CHN", "JPN"), ("CHN", "KOR"), ("JPN", "KOR"))}


def test_the_leaders_of_a_trilateral_told_again_give_its_three_pairs():
    # held-out 18 T152 (CHN<>JPN, CHN<>KOR, JPN<>KOR CONSULT): "The leaders also discussed cooperation on economic
    # issues." after T148's meeting of Abe, Li and Moon in Chengdu; main: JPN-KOR only
    assert all_found("heldout18_prose.tsv", "T152")


def test_the_trilateral_talks_told_again_give_their_three_pairs():
    # held-out 154 JF003 (JPN<>CHN, JPN<>KOR, CHN<>KOR CONSULT): "The trilateral talks in Busan, South Korea, were seen
    # as a steppingstone toward reviving the three-way summit between the leaders of the trio of Asian neighbors."; main:
    # CHN-KOR only
    assert all_found("heldout154_prose.tsv", "JF003")


def test_a_general_article_of_three_leaders():
    text = ("Japanese Prime Minister Shinzo Abe, Chinese Premier Li Keqiang and South Korean President Moon Jae-in met "
            "in Chengdu on Tuesday. The leaders also discussed cooperation on economic issues.")
    records = code(text)
    later = [r for r in records if r["sentence"].startswith("The leaders")]
    # a regression guard: main's code gives these three pairs too (the stand-in right after the meeting); the rows above
    # are the case main misses (the one pair kept after sentences naming the states)
    assert typed_pairs(later, "CONSULT") == THREE


def test_a_sentence_read_alone_and_a_pair_word_are_unchanged():
    assert not typed_pairs(code("The leaders also discussed cooperation on economic issues."), "CONSULT")
    text = ("Japanese Prime Minister Shinzo Abe, Chinese Premier Li Keqiang and South Korean President Moon Jae-in met "
            "in Chengdu on Tuesday. The two leaders also discussed cooperation on economic issues.")
    later = [r for r in code(text) if r["sentence"].startswith("The two leaders")]
    assert len(typed_pairs(later, "CONSULT")) <= 1
