"""Issue 13, coder round 175: the article's group meeting told again by a noun or stand-in alone. A later sentence
whose subject is headed by the meeting's noun ("The agenda included discussions on ...") or is "the three" before a
verb of meeting ("The three discussed ...") and that is read as nothing tells the article's meeting of three or more
states again (`coder._group_told`): it gets the group's pairs (`coder._article_group`), coded as the group's records
are. Not when the sentence has a word of a pair or of one traveller, a word of the format's habit or pause ("each",
"annual", "hiatus": "The summit took place each year from 2008 to 2012."), or is negated or conditional. A sentence
read alone is unchanged.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The tests marked "main:" fail with main's code; the guards pass with both."""

from prose_rows import all_found, coded_row, typed_pairs

from latitude.coding.coder import code

THREE = {frozenset(p) for p in (("CHN", "JPN"), ("CHN", "KOR"), ("JPN", "KOR"))}
MEETING = ("Japanese Prime Minister Shinzo Abe, Chinese Premier Li Keqiang and South Korean President Moon Jae-in met "
           "in Chengdu on Tuesday. ")


def test_the_three_told_again_give_the_groups_pairs():
    # held-out 114 KL066 (JPN<>CHN, JPN<>KOR, CHN<>KOR CONSULT): "The three discussed economic cooperation and the
    # situation in North Korea, ..." after KL065's meeting of Iwaya, Wang and Cho in Tokyo; main: nothing
    assert all_found("heldout114_prose.tsv", "KL066")


def test_the_agenda_told_again_gives_the_groups_pairs():
    # held-out 173 KQ006 (JPN<>CHN, JPN<>KOR, CHN<>KOR CONSULT): "The agenda included discussions on North Korea's
    # nuclear ambitions, Russia's war on Ukraine, and various regional and international matters."; main: nothing
    assert all_found("heldout173_prose.tsv", "KQ006")


def test_a_general_article_of_three_leaders():
    # main: nothing on the later sentence
    for later in ("The three discussed trade and the environment.", "The agenda included trade and the environment."):
        records = [r for r in code(MEETING + later) if r["sentence"] == later]
        assert typed_pairs(records, "CONSULT") == THREE


def test_a_sentence_read_alone_and_the_formats_habit_are_unchanged():
    assert not typed_pairs(code("The three discussed trade and the environment."), "CONSULT")
    assert not typed_pairs(code("The agenda included trade and the environment."), "CONSULT")
    later = "The summit took place each year until 2012."
    assert not typed_pairs([r for r in code(MEETING + later) if r["sentence"] == later], "CONSULT")
    # held-out 18 T156 and 21 I005 (no event): the format's habit and pause
    for name, row_id in (("heldout18_prose.tsv", "T156"), ("heldout21_prose.tsv", "I005")):
        row, records = coded_row(name, row_id)
        assert not row.events and not records
