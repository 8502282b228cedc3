"""Issue 13, PLOVER round 19: targets of news sentences read alone (docs/coding.md, "PLOVER round 19").

Each test quotes a development row of the real-news sets (A to H) and checks the dyad its hand labels
give (the fixture's `sources` and `targets` columns), not the coder's output; each fails on main's coder
(1227ca6), which gives these acts no target. The event types of these rows are not part of the round
(D068 and F008 are labelled AID, H041 COERCE).
"""

from latitude.coding.coder import Article, code_article
from prose_rows import lone_record


def first_dyad(sentence: str) -> tuple[str | None, str | None]:
    record = lone_record(sentence)
    return record["source"], record["target"]


def test_the_target_named_between_the_source_and_a_later_event_word():
    # H041, labelled RUS > USA: the act is read at "accused", after the detained citizen's state
    sentence = "Russia has detained a US citizen in Moscow accused of spying, the FSB security service said on Monday."
    assert first_dyad(sentence) == ("RUS", "USA")
    # F008, labelled PHL > IDN: read at "needed"
    sentence = (
        "The Philippines on Wednesday, October 10 sent off to Indonesia much needed supplies and humanitarian assistance "
        "for the victims affected by the 7.5 magnitude earthquake and tsunami that hit the country on September 28."
    )
    assert first_dyad(sentence) == ("PHL", "IDN")


def test_a_grant_to_a_state_read_at_a_participle_after_it():
    # D068, labelled USA > PAK: read at "devastated"
    sentence = (
        "The United States handed over the first tranche on Saturday of its $200 million grant to Pakistan for "
        "reconstruction in the northern region devastated by an October 8 earthquake."
    )
    assert first_dyad(sentence) == ("USA", "PAK")
    # G014, a joint act labelled PAK;CHN with no target: the partner after "and" is not made a target, or the record is
    # the joint act (both parties sources, as the news sets are scored: since actors round 23 "Pakistan's Foreign
    # Minister Shah Mahmood Qureshi" is one person and the two people's meeting is read as joint)
    joint = (
        "Pakistan's Foreign Minister Shah Mahmood Qureshi and his Chinese counterpart Wang Yi discussed ways to further "
        'strengthen the "iron-clad friendship" between the two countries as the two sides signed five agreements to '
        "deepen their bilateral cooperation in various fields, the Foreign Office said on Tuesday."
    )
    record = lone_record(joint)
    assert record["source"] == "PAK" and (record["target"] is None or record["joint"])


def test_neither_an_envoys_post_nor_the_reporting_state_becomes_the_target():
    # G083, labelled EST > RUS: "ambassador to Estonia" names where the envoy serves, not a target of Russia
    envoy = (
        "Today, Russia's ambassador to Estonia was summoned to the country's foreign ministry, where he was handed a "
        "diplomatic note stating that three employees of the Russian embassy with diplomatic status had been declared "
        "non grata."
    )
    assert first_dyad(envoy)[1] != "EST"
    # C062, labelled SOM > ETH: Somalia reports the act inside its own quoted words
    quoted = (
        "“The plain interference of Ethiopia’s government in the internal affairs of Somalia is a violation of the "
        "independence and sovereignty of Somalia,” Somalia’s prime minister’s office said in a statement."
    )
    assert first_dyad(quoted)[1] != "SOM"
    # and H041 again: read alone it has its target (main's coder gives none)
    assert first_dyad("Russia has detained a US citizen in Moscow accused of spying, the FSB security service said on Monday.")[1] == "USA"


def test_articles_are_read_as_before():
    # the new reading is for sentences read alone; in an article H041 keeps main's reading (no target), so
    # a cooperative act with no partner is still dropped there (held-out 9 gained a false event otherwise)
    # (since PLOVER round 23 the arrest is typed COERCE by the arrest rule, CAMEO 173, and the article
    # reading finds its labelled target, USA, too; every prose set is coded as before)
    sentence = "Russia has detained a US citizen in Moscow accused of spying, the FSB security service said on Monday."
    assert [r["target"] for r in code_article(Article("h041", sentence, None))] == ["USA"]
    assert first_dyad(sentence) == ("RUS", "USA")
