"""Coder round 45 (issue 13, false events in opinion and analysis, third pass): general causes of the development
sets' false events. Every sentence is quoted from a development prose set (its row named) and read in an article,
as `prose_scores` reads it; each test fails with the code before this round."""

import datetime as dt
from pathlib import Path

from latitude.coding.coder import code_article
from latitude.coding.prose import _articles, _attribute, read_prose

from prose_rows import codes_of, excerpt_codes

FIXTURES = Path(__file__).parent.parent / "fixtures" / "coding"


def test_launches_in_general_are_no_launch():
    # held-out 37's MS006-MS007 (Mainichi, 2017-07-31): the launch the article reports is coded, the range
    # "missiles fired on a regular trajectory could have" is not (nor an attack, as "fired" alone was typed)
    coded = excerpt_codes(
        [
            'The missile was launched on a "lofted trajectory" set at a steeper angle than usual, and traveled to an '
            "altitude of 3,500 kilometers -- about 1,000 kilometers higher than during the previous launch.",
            "It is now estimated that North Korean missiles fired on a regular trajectory could have a range of about "
            "10,000 kilometers, up from around 7,000 kilometers before.",
        ],
        dt.date(2017, 7, 31),
    )
    assert codes_of(coded, "It is now estimated") == []
    # held-out 30's X070, after the launch its article reports (KTAL): what such tests do in general
    coded = excerpt_codes(
        [
            "The U.S. Air Force Global Strike Command launched an unarmed Minuteman III intercontinental ballistic "
            "missile early Tuesday morning.",
            "The tests verify the accuracy and reliability of the ICBM weapon system and provide valuable data to "
            "ensure a continued safe, secure, and effective nuclear deterrent.",
        ]
    )
    assert ("USA", None, "MOBILIZE") in codes_of(coded, "The U.S. Air Force")
    assert codes_of(coded, "The tests verify") == []


def test_a_cooperative_act_weighed_by_a_verb_of_deliberation_is_no_act():
    # held-out 23's F031
    coded = excerpt_codes(
        [
            "AUKUS, the security partnership between the U.S., the U.K. and Australia, is considering cooperating with "
            "Japan on advanced technologies, hinting at the U.S. intent to draw Japan in."
        ]
    )
    assert coded == []


def test_a_participle_between_a_preposition_and_its_noun_is_an_adjective():
    # held-out 22's K015: "amid escalated nuclear threats" was typed a cooperation of South Korea with North Korea
    coded = excerpt_codes(
        [
            "Yoon's diplomacy has been mostly focused on restoring the alliance and Korea-Japan relations to strengthen "
            "national security amid escalated nuclear threats from North Korea."
        ],
        dt.date(2023, 5, 24),
    )
    assert coded == []


def test_a_participle_opening_a_modifier_is_no_act():
    # held-out 19's G112 (", supported by a push ...", typed a support of the USA), 35's OP034 ("Caught between",
    # typed a seizure of Iran) and 19's G056 ("Held at the Government House", typed a support of Thailand)
    assert excerpt_codes(
        [
            "Minister Marles’ work has focused on advancing Australia’s defence and security agenda through mechanisms "
            "like AUKUS, supported by a push to deepen cooperation with the United States under the ANZUS Treaty."
        ]
    ) == []
    assert excerpt_codes(
        [
            "Caught between two opposing powers, Saudi Arabia and other Gulf states have begun hinting at adopting a "
            "neutral stance toward Iran."
        ]
    ) == []
    assert excerpt_codes(
        [
            "Held at the Government House, the 8:00 PM event came on the eve of the US and Thailand celebrating 180 "
            "years of diplomatic relations."
        ],
        dt.date(2012, 11, 18),
    ) == []


def _row_records(name: str, row_id: str) -> tuple[list[dict], list[dict]]:
    """The records of a development row read in its whole article as `prose_scores` reads it, and the article's."""
    rows = read_prose(FIXTURES / name)
    row = next(r for r in rows if r.id == row_id)
    article, members = next((a, m) for a, m in _articles(rows) if row in m)
    records = code_article(article)
    return [r for r in records if _attribute(r, members) is row], records


def test_a_participle_after_a_present_linking_verb_names_a_state():
    # held-out 23's F009 ("is determined to keep", typed an agreement with China) and 32's KR043 ("remain divided
    # over", typed an agreement of South Korea and the USA), read in their articles; the articles' visits stay
    own, records = _row_records("heldout23_prose.tsv", "F009")
    assert own == [] and ("AUS", "CHN", "CONSULT") in {(r["source"], r["target"], r["plover"]) for r in records}
    own, records = _row_records("heldout32_prose.tsv", "KR043")
    assert own == [] and ("KOR", "USA", "CONSULT") in {(r["source"], r["target"], r["plover"]) for r in records}


def test_talks_in_general_with_a_hyphenated_participle_only():
    # held-out 14's N086: "nuclear-armed" is no finite verb, so the talks stay talks in general
    assert excerpt_codes(["Perhaps North Korea wants to gain an edge in negotiations with the U.S. as a nuclear-armed state."]) == []


def test_a_verb_that_harms_relations_acts_on_no_party():
    # held-out 20's J036 ("hiccups that had marred relations", typed an accusation of India by the USA), in its article
    own, _ = _row_records("heldout20_prose.tsv", "J036")
    assert own == []


def test_a_stance_in_a_news_sentence_read_alone_stays_an_act():
    # the predicate-state rule above is for articles: read alone, as the mirror's PLOVER gold records are (events_gold,
    # the Israel record coded ISR > FRA), a state "is opposed to" another's act is still its act on it
    from latitude.coding.coder import code_sentence

    records = code_sentence(
        "Israel is opposed to French mediation in peace negotiations with Syria, a close aide to Prime Minister Ehud "
        "Barak said Wednesday.",
        dt.date(2000, 1, 5),
    )
    assert ("ISR", "FRA") in {(r["source"], r["target"]) for r in records}
