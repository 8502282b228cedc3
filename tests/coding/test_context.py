"""Article-level antecedents (`latitude.coding.context`) and the false-event cases of issue 13's second
round. Sentences are quoted from the cited dev sets (tests/fixtures/coding/dev_prose.tsv and
eventness_train.tsv) or are the issue's example sentences; expected codes follow the CAMEO codebook
1.1b3 (042 make a visit, 040 consult, 030 express intent to cooperate, 111 criticize or denounce, 150
demonstrate military power) and PLOVER 2021 via CAMEO2PLOVER, read by hand."""

import datetime as dt

from latitude.coding.coder import Article, code, code_sentence
from latitude.coding.context import ArticleContext
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _article(text, date=None):
    return [(r["source"], r["target"], r["plover"]) for r in code(Article("a", text, date))]


def test_the_two_leaders_are_the_leaders_named_before():
    # issue 13's example: "the two leaders" after a sentence naming Lee and Takaichi found no actors
    text = ("South Korean President Lee Jae Myung met Japanese Prime Minister Sanae Takaichi in Nara on Tuesday. "
            "The two leaders agreed to expand shuttle diplomacy.")
    events = _article(text, dt.date(2026, 1, 14))
    assert ("KOR", "JPN", "CONSULT") in events
    assert ("KOR", "JPN", "AGREE") in events
    # read alone, the second sentence names nobody
    assert code_sentence("The two leaders agreed to expand shuttle diplomacy.", dt.date(2026, 1, 14)) == []


def test_a_pronoun_subject_is_the_person_named_before():
    # dev set D002-D003 (Asia Times, 2026-01-10)
    text = ("South Korean President Lee Jae Myung is spending the first weeks of the new year attempting a feat of "
            "diplomatic engineering that would challenge the most experienced leader. "
            "He began the year in Beijing, the first official visit by a South Korean president since 2019.")
    assert _article(text, dt.date(2026, 1, 10)) == [("KOR", "CHN", "CONSULT")]


def test_a_possessive_pronoun_owns_the_visit():
    # eventness_train E010 and E014 (taiwaninfo.net, January 2026); "his" before the person it names, in a
    # fronted phrase, is that person; after him, it is him
    date = dt.date(2026, 1, 12)
    text = ("South Korean President Lee Jae Myung is embarking on a diplomatic effort to strengthen ties with both China "
            "and Japan. His recent official visit to Beijing marks the first by a South Korean president since 2019.")
    assert ("KOR", "CHN", "CONSULT") in _article(text, date)
    alone = code_sentence("His recent official visit to Beijing marks the first by a South Korean president since 2019.", date)
    assert all(r["source"] is None for r in alone)  # read alone, the visitor is unnamed (and Korea no visitor)
    sentence = ("During his four-day visit to China, President Lee was accompanied by approximately 200 corporate leaders, "
                "underscoring the economic focus of the trip.")
    assert _article(sentence, date) == [("KOR", "CHN", "CONSULT")]


def test_a_pronoun_prefers_the_subject_not_a_partner_in_a_with_phrase():
    # eventness_train E116-E118 (APEC, November 2025): "He" is Xi, not the Trump of "talks with ... Trump"
    context = ArticleContext()
    first = "It follows closely on the heels of Thursday's talks with U.S. President Donald Trump in Busan."
    earlier = "Chinese President Xi Jinping concluded a pivotal Asian summit."
    for sentence in (earlier, first):
        raw = raw_tokens(sentence)
        context.remember([w.lower() for w in raw], find_actors(raw, dt.date(2025, 11, 1)))
    words = "he also held talks with japan s premier sanae takaichi".split()
    [stand_in] = context.stand_ins(words, [0] * len(words), [])
    assert (stand_in.start, stand_in.code) == (0, "CHN")


def test_a_surname_named_in_full_before_resolves_without_a_date():
    # "Lee" alone needs the article date (it is also a scholar's name), unless the article named him in full; "Xi",
    # a name of one state's people only, resolves undated since actors round 21
    assert [(m.text, m.code) for m in find_actors(raw_tokens("Lee met Xi."))] == [("Xi", "CHN")]
    known = frozenset({("lee", "KOR")})
    lee = find_actors(raw_tokens("Lee met Xi."), known=known)[0]
    assert (lee.code, lee.text) == ("KOR", "Lee")


def test_an_object_relative_clause_is_a_second_event():
    # issue 13's example: one ACCUSE with PRK as its source before
    events = sorted((r["source"], r["target"], r["plover"]) for r in code_sentence(
        "North Korea launched a satellite, which Seoul condemned.", dt.date(2026, 1, 14)))
    assert events == [("KOR", "PRK", "ACCUSE"), ("PRK", None, "MOBILIZE")]


def test_conditional_generic_and_negated_sentences_give_no_event():
    # issue 13's examples: ASSAULT, AGREE and COERCE before
    date = dt.date(2026, 1, 14)
    assert code_sentence("If Washington raises tariffs again, Korean exporters will suffer.", date) == []
    assert code_sentence("If Lee visits Tokyo in the spring, the two leaders will meet in Nara.", date) == []
    assert code_sentence("Korea's security is guaranteed through a network of partnerships.", date) == []
    assert code_sentence("The trilateral summit between China, Japan and South Korea has not been held since 2024.", date) == []
    # the same summit, held, is three meetings: every pair (the labelling rule for a trilateral; two, China's
    # with each, before the twelfth round)
    assert len(code_sentence("The trilateral summit between China, Japan and South Korea was held in Tokyo.", date)) == 3


def test_potential_visits_are_no_event():
    # eventness_train E018 (labelled no event): "with potential visits to both China and Japan"
    sentence = ("South Korean President Lee Jae-myung is poised to embark on a crucial diplomatic push, with potential "
                "visits to both China and Japan in the coming months.")
    assert [r for r in code_sentence(sentence, dt.date(2025, 12, 1)) if r["plover"] == "CONSULT"] == []


def test_a_visit_noun_after_another_verb_still_counts_unless_the_verb_undoes_it():
    # eventness_train E108: "It marked Xi's first visit to South Korea in eleven years."
    date = dt.date(2025, 11, 1)
    assert [(r["source"], r["target"]) for r in code_sentence("It marked Xi's first visit to South Korea in eleven years.", date)] == [("CHN", "KOR")]
    assert [r for r in code_sentence("Beijing postponed Lee's visit to China.", date) if r["plover"] == "CONSULT"] == []


def test_a_listed_subject_of_three_meets_in_every_pair():
    # heldout3_prose.tsv R088 (komei.or.jp, August 2023; development data since the third round of
    # issue 13): "A, B and C held a summit" is three meetings, one per pair (the labelling rule for
    # trilateral summits); the comma after the first name closes a list item, not a clause
    text = ("On August 19, JST, U.S. President Joe Biden, Republic of Korea President Yoon Suk Yeol and Japanese "
            "Prime Minister Fumio Kishida held a summit at Camp David, Maryland.")
    pairs = {frozenset((r["source"], r["target"])) for r in code_sentence(text, dt.date(2023, 8, 19)) if r["plover"] == "CONSULT"}
    assert pairs == {frozenset(("USA", "KOR")), frozenset(("USA", "JPN")), frozenset(("KOR", "JPN"))}


def test_departing_for_a_capital_is_a_visit():
    # heldout3_prose.tsv R018 (theglobeandatlas.com, January 2026; development data since the third round): "departed for Beijing" is a visit (CAMEO 042) like "left for"
    text = ("The launches occurred shortly before South Korean President Lee Jae Myung departed for Beijing to meet "
            "with Chinese President Xi Jinping.")
    events = {(r["source"], r["target"], r["cameo"]) for r in code_sentence(text, dt.date(2026, 1, 4))}
    assert ("KOR", "CHN", "042") in events


# Issue 13, fourth round: event nouns that name no actor refer to the article's last launch, meeting or
# visit (`diplomacy.Antecedents`). Sentences quoted from held-out 3, 4 and 5, development data since the
# third round (tests/fixtures/coding/heldout3_prose.tsv R044-R046, heldout4_prose.tsv Q039-Q041,
# heldout5_prose.tsv); the labels there were written by hand before these rules.


def test_a_launch_noun_takes_the_articles_last_launcher():
    # Q039-Q041 (Korea JoongAng Daily, 2025-10-22): "The launch ..." names North Korea only after it
    text = ("North Korea fired a ballistic missile into the East Sea on Wednesday, marking its first missile launch "
            "since the inauguration of President Lee Jae Myung in June. "
            "According to the Joint Chiefs of Staff, the exact type and range of the missile have yet to be identified. "
            "The launch drew condemnation from the governments of Japan, South Korea and their security ally the United States.")
    events = [e for e in _article(text, dt.date(2025, 10, 22)) if e[2] == "MOBILIZE"]
    assert events == [("PRK", None, "MOBILIZE"), ("PRK", None, "MOBILIZE")]
    # without an earlier launch, the noun has no launcher and gives no launch (since the gate was refit on all
    # labelled prose, issue 13's coder round 22, the sentence read alone scores 0.506 and the TF-IDF model's
    # COOPERATE with no source, None > JPN and None > KOR, passes the lone threshold 0.5: a false event)
    alone = code_sentence("The launch drew condemnation from the governments of Japan, South Korea and their security "
                          "ally the United States.")
    assert not any(r["plover"] == "MOBILIZE" for r in alone)
    assert all(r["source"] is None for r in alone)


def test_the_launch_of_an_administration_is_no_missile_launch():
    # held-out 6 style trap, written from the rule: "launch of" something that is no weapon
    text = ("North Korea fired a ballistic missile into the East Sea on Wednesday. "
            "Seoul's foreign ministry said the talks were the first since the launch of the Lee Jae Myung administration.")
    events = _article(text, dt.date(2025, 10, 22))
    assert events.count(("PRK", None, "MOBILIZE")) == 1


def test_a_passive_launch_is_not_fired_by_the_reporting_military():
    # heldout5: "South Korea's Joint Chiefs of Staff said the missile was fired from near Pyongyang" was coded
    # as South Korea's launch; the launcher is the article's
    text = ("North Korea launched a new solid-fuel intercontinental ballistic missile on Thursday. "
            "South Korea's Joint Chiefs of Staff said the missile was fired from near Pyongyang, flying about "
            "1,000 kilometers before falling into the sea.")
    events = [e for e in _article(text, dt.date(2023, 4, 14)) if e[2] == "MOBILIZE"]
    assert events == [("PRK", None, "MOBILIZE"), ("PRK", None, "MOBILIZE")]


def test_the_meeting_refers_to_the_meeting_reported_before():
    # R044 and R046 (Yomiuri, 2025-11-01)
    text = ("GYEONGJU, South Korea — Prime Minister Sanae Takaichi and Chinese President Xi Jinping held their first "
            "meeting on Friday, where they confirmed the continuation of a “strategically mutual and beneficial "
            "relationship” between the two countries. "
            "The meeting was held on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit in South Korea.")
    records = list(code(Article("a", text, dt.date(2025, 11, 1))))
    last = [(r["source"], r["target"], r["plover"]) for r in records if r["sentence"].startswith("The meeting was held")]
    assert last == [("JPN", "CHN", "CONSULT")]


def test_a_meeting_with_one_named_party_meets_the_articles_other_party():
    # eventness_train E014-E015 (taiwaninfo.net, January 2026)
    text = ("During his four-day visit to China, President Lee was accompanied by approximately 200 corporate leaders, "
            "underscoring the economic focus of the trip. "
            "The meeting with Chinese President Xi Jinping aimed to promote friendship and mutual benefit.")
    assert ("KOR", "CHN", "CONSULT") in [e for e in _article(text, dt.date(2026, 1, 8))[1:]]


def test_an_announced_meeting_noun_takes_the_antecedent_a_generic_one_none():
    # Until coder round 48 an announced or predicted meeting noun took no antecedent (eventness_train labels "The
    # talks will address ..." as no event). Issue 13's convention, which held-outs 44-51 follow: a noun naming a
    # visit or meeting that is announced is that event, so the definite "The talks" after an announced meeting is
    # it; a generic noun ("Such talks could ...") still names none.
    announced = "South Korean President Lee Jae Myung will meet Japanese Prime Minister Sanae Takaichi in Nara on Tuesday. "
    records = list(code(Article("a", announced + "The talks will address pressing regional security concerns.", dt.date(2026, 1, 10))))
    assert [(r["source"], r["target"], r["plover"]) for r in records if r["sentence"].startswith("The talks")] == [("KOR", "JPN", "CONSULT")]
    records = list(code(Article("a", announced + "Such talks could address pressing regional security concerns.", dt.date(2026, 1, 10))))
    assert [r for r in records if r["sentence"].startswith("Such talks")] == []


def test_a_possessor_before_a_place_adjective_is_the_visitor():
    # heldout5 R002 (AsiaToday, 2023-05-02): "the Japanese prime minister's Seoul visit"
    events = [(r["source"], r["target"], r["plover"]) for r in code_sentence(
        "The presidential office on Tuesday announced the Japanese prime minister’s Seoul visit.", dt.date(2023, 5, 2))]
    assert ("JPN", "KOR", "CONSULT") in events


def test_a_handshake_and_a_summit_of_three_named_before_the_noun_are_meetings():
    # heldout5 (AP, 2023-09-13; Japan Times commentary, 2023): "shook hands with" is a meeting (CAMEO 040);
    # "the U.S.-Japan-South Korea summit" is a meeting in each of its three pairs
    events = [(r["source"], r["target"], r["plover"]) for r in code_sentence(
        "President Vladimir Putin shook hands with North Korean leader Kim Jong Un at a Russian space center "
        "Wednesday.", dt.date(2023, 9, 13))]
    assert ("RUS", "PRK", "CONSULT") in events
    events = {frozenset((r["source"], r["target"])) for r in code_sentence(
        "The August 18 U.S.-Japan-South Korea summit held at Camp David was the first of its kind.", dt.date(2023, 9, 3))
        if r["plover"] == "CONSULT"}
    assert events == {frozenset(("USA", "JPN")), frozenset(("USA", "KOR")), frozenset(("JPN", "KOR"))}


def test_discussed_is_a_meeting_of_its_subjects_not_with_its_topic():
    # rule written from heldout5's "Kishida and Li discussed Taiwan": the topic is no participant
    events = [(r["source"], r["target"], r["plover"]) for r in code_sentence(
        "Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang discussed Taiwan on Sunday.", dt.date(2024, 5, 27))]
    assert ("JPN", "TWN", "CONSULT") not in events and ("TWN", "JPN", "CONSULT") not in events
    assert ("JPN", "CHN", "CONSULT") in events
