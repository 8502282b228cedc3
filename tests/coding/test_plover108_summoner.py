"""PLOVER round 108 (issue 13): a summons told in the active by an organ named without its state, whose summoning
state is named only as the envoy's host ("Ambassador to Bangladesh", "ambassador in Dhaka") or the ministry's seat
("The Foreign Ministry in Seoul"): the host or seat is the source (`coder._summoner_by_host`). Development rows of
news sets G, J, N and CN, and a general sentence; each failed on main's code (no source)."""

import pytest

from latitude.coding.coder import code_sentence

CASES = [
    # G077 (news set G): the envoy's host after "to"
    ("The Ministry of Foreign Affairs has summoned Myanmar Ambassador to Bangladesh Aung Kyaw Moe for the fourth time"
     " and lodged a strong protest over the recent incidents along the Bangladesh-Myanmar border.", "BGD", "MMR"),
    # N002 (news set N): the ministry's seat
    ("The Foreign Ministry in Seoul summoned the Russian ambassador on Saturday to protest recent comments made by the"
     " Russian Foreign Ministry spokesperson about President Yoon Suk Yeol.", "KOR", "RUS"),
    # CN005 (news set CN): "the High Commissioner of Canada to India"
    ("The Ministry of External Affairs on Sunday, said that it summoned the High Commissioner of Canada to India"
     ' Cameron MacKay, and conveyed its "strong concern" about the actions of separatist and extremist elements'
     " against the Indian Mission and Consulates.", "IND", "CAN"),
    # J011 (news set J): a capital as the host
    ("On Thursday, the government said it had summoned the French ambassador to Algiers after Paris decided to slash"
     " the number of visas it issues to nationals of Algeria and other countries in North African’s Maghreb region.",
     "DZA", "FRA"),
    # a general sentence
    ("The foreign ministry summoned the Iranian ambassador in Berlin to protest the execution.", "DEU", "IRN"),
]


@pytest.mark.parametrize("sentence, source, target", CASES)
def test_the_envoys_host_or_the_ministrys_seat_is_the_summoner(sentence, source, target):
    records = code_sentence(sentence)
    assert records and records[0]["plover"] == "ACCUSE"
    assert (records[0]["source"], records[0]["target"]) == (source, target)


def test_a_named_summoner_is_kept():
    # the summoning state named as the subject keeps its record (news set AE's shape)
    records = code_sentence("Turkey summoned the US ambassador to Ankara on Monday to protest the treatment of Turkish"
                            " security officials.")
    assert records and (records[0]["source"], records[0]["target"]) == ("TUR", "USA")


def test_a_summons_home_in_the_passive_is_left_to_its_own_reader():
    # the passive's own reader (`_summoned_envoy`): recalled "for consultations", his own state's act
    records = code_sentence("Russian Ambassador to the United States Anatoly Antonov has been summoned to Moscow for"
                            " consultations.")
    assert not records or records[0]["source"] != "USA"
