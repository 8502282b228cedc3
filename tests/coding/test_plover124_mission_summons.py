"""PLOVER round 124 (issue 13): a diplomat summoned or called in by a title of the mission that the envoy nouns lack
("deputy chief of mission", "counselor"), or told past the rule's window behind the diplomat's own name, is the summons
of an envoy (CAMEO 114, PLOVER ACCUSE) as the rule of the envoy nouns reads "summoned the ambassador"
(`verbs.mission_officer`); the coder read these sentences as a meeting (CONSULT) or read nothing. The development rows
quoted are from the real-news sets CT, DA, X and BU (ACCUSE, the summoning state the source, the diplomat's state the
target); the general sentence and the guards are made up."""

import datetime as dt

from latitude.coding.coder import classify, code_sentence


def _first(sentence: str, date: dt.date | None = None) -> tuple:
    records = code_sentence(sentence, date)
    assert records
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_deputy_chief_of_mission_summoned_behind_his_name():
    # CT023 (ACCUSE KOR > JPN; main's code: CONSULT with no source)
    assert _first(
        "The Ministry of Foreign Affairs summoned Taisuke Mibae, deputy chief of mission at the Japanese Embassy in "
        "Seoul on Tuesday to voice its protest and called on the Japanese government to withdraw its false claims.",
        dt.date(2024, 3, 22),
    ) == ("ACCUSE", "KOR", "JPN")


def test_deputy_chief_of_mission_called_in_behind_his_name():
    # DA010 (ACCUSE KOR > JPN; main's code: CONSULT; the ministry's state is not named, so no source)
    assert _first(
        "The ministry called in Naoki Kumagai, deputy chief of mission at the Japanese Embassy in Seoul, to deliver a "
        "formal protest message.",
        dt.date(2023, 4, 11),
    ) == ("ACCUSE", None, "JPN")


def test_acting_deputy_chief_of_mission_summoned():
    # DA007 (ACCUSE KOR > JPN; main's code: CONSULT)
    assert _first(
        "According to the foreign ministry on Friday, Seo Min-jeong, director-general for Asia and Pacific affairs, "
        "summoned Mondo Yamamoto, acting deputy chief of mission at the Japanese Embassy, to lodge the protest.",
        dt.date(2023, 7, 28),
    )[0] == "ACCUSE"


def test_counselor_summoned():
    # X018 (ACCUSE AFG > PAK; main's code: CONSULT, and `classify` CONSULT)
    sentence = (
        "The country’s Ministry of Foreign (MoFA) has summoned Pakistani counselor to Kabul over the recent assertions "
        "of the neighboring country’s relating to the establishment of a new government in Afghanistan, a statement "
        "from the ministry said Saturday."
    )
    assert _first(sentence)[::2] == ("ACCUSE", "PAK")
    assert classify(sentence).plover == "ACCUSE"


def test_deputy_chief_of_mission_called_in_before_his_name():
    # BU024 (ACCUSE PHL > CHN; main's code: no record)
    assert _first(
        "The Ministry of Foreign Affairs called in China’s deputy chief of mission Zhou Zhiyong on Thursday, two days "
        "after the incident at a disputed shoal that left a Philippine coastguard vessel and another government boat "
        "damaged.",
        dt.date(2024, 5, 2),
    )[::2] == ("ACCUSE", "CHN")


def test_general_sentence_head_of_mission_summoned():
    # made up (main's code: no record)
    assert _first("Germany summoned the deputy head of mission of the Russian embassy.") == ("ACCUSE", "DEU", "RUS")


def test_guard_a_mission_officer_named_before_the_verb_summons_no_envoy():
    # made up: the title must follow the verb (main's code and the branch's: the briefing read as CONSULT)
    assert _first("Japan's deputy chief of mission in Seoul summoned reporters to a briefing on Tuesday.")[0] == "CONSULT"


def test_own_counselor_summoned_home_for_consultations_is_a_recall():
    # made up: "for consultations" keeps the envoy rule's reading of a recall (CAMEO 161, SANCTION)
    assert _first("South Korea summoned its own counselor in Tokyo home for consultations.") == ("SANCTION", "KOR", "JPN")
