"""Issue 13, coder round 291: after an article's group meeting is coded, a subject giving the group by "the" and a
plural noun of its people with no count ("the officials", "the top diplomats", "the parties", "the ministers") right
before a past verb of meeting or of talking tells that meeting again, and gets every pair; "the two ministers", a
meeting only hoped for and a verb of the parties' words alone ("The leaders expressed ...") keep the group out.
Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given), expectations their hand labels;
the gains fail with main's code (0a4b477a: no record of the group on those rows); the guards hold on both."""

from prose_rows import all_found, sentence_pairs

TOKYO = {frozenset({"JPN", "CHN"}), frozenset({"JPN", "KOR"}), frozenset({"CHN", "KOR"})}
SEOUL = TOKYO
CAIRO = {frozenset({"EGY", "JOR"}), frozenset({"EGY", "PSE"}), frozenset({"JOR", "PSE"})}


def test_development_rows_of_a_group_told_by_its_people():
    # held-out 226 EI005 "The officials also discussed economic security and enhancing supply chain resilience,
    # including for critical minerals." (every pair of Japan, South Korea and the United States CONSULT)
    assert all_found("heldout226_prose.tsv", "EI005")
    # held-out 237 LP004 "The top diplomats also explored steps to implement an Arab-Islamic plan for early recovery and
    # the reconstruction of Gaza, ..." (every pair of Egypt, Qatar, Jordan and Saudi Arabia CONSULT)
    assert all_found("heldout237_prose.tsv", "LP004")
    # held-out 248 FY003 "The parties reviewed the current situation in Afghanistan and reiterated their aspiration for
    # the country to become an independent and peaceful state, ..." (every pair of Russia, China, Iran and Pakistan)
    assert all_found("heldout248_prose.tsv", "FY003")


def test_general_group_meetings_told_again_by_their_people():
    seoul = ("Japanese Prime Minister Shigeru Ishiba, Chinese Premier Li Qiang and South Korean President Lee Jae-myung "
             "held a trilateral summit in Seoul on Monday. "
             "The leaders also explored ways to expand trade in green technology.")
    assert sentence_pairs(seoul, "The leaders also explored") == SEOUL
    cairo = ("Egypt's foreign minister hosted his Jordanian and Palestinian counterparts in Cairo on Sunday for "
             "trilateral talks on Gaza. "
             "The officials also addressed the reconstruction of the enclave's hospitals.")
    assert sentence_pairs(cairo, "The officials also addressed") == CAIRO


def test_guards_keep_the_group_out():
    # "the two leaders": a pair's meeting, not the group's
    pair = ("The foreign ministers of Japan, China and South Korea met in Tokyo on Saturday. "
            "The two ministers also discussed cooperation on disaster relief.")
    assert sentence_pairs(pair, "The two ministers") != TOKYO
    # a meeting only hoped for: not the group's meeting
    hoped = ("The foreign ministers of Japan, China and South Korea met in Tokyo on Saturday. "
             "The ministers expressed hope to meet again before the summit.")
    assert sentence_pairs(hoped, "The ministers expressed hope") != TOKYO
    # a verb of the parties' words alone: after a joint statement, its words (held-out 248 HW003, 252 IE004: `-`)
    stated = ("The leaders of Egypt, France and Jordan held a trilateral summit in Cairo on Monday. "
              "The leaders expressed their rejection of any annexation of Palestinian territory.")
    assert sentence_pairs(stated, "The leaders expressed") == set()
