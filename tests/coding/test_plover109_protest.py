"""PLOVER round 109 (issue 13): a protest or démarche lodged or filed in the active by an organ or an official named
without a state, whose state is named only as the envoy's host ("a senior diplomat at the Chinese Embassy in Tokyo",
"the Turkish ambassador in Athens"): read as PLOVER round 108's summons is, the host is the source
(`coder._summoner_by_host` with `LODGE_ACTIVE` and `PROTEST_NOUNS`). Development rows of news sets E and O, and a
general sentence; each failed on main's code (no source)."""

import pytest

from latitude.coding.coder import code_sentence

CASES = [
    # E042 (news set E): "lodged a protest with" a diplomat of an embassy in the host's capital
    ("Junichi Ihara, head of the Foreign Ministry's Asian and Oceanian Affairs Bureau, lodged a protest with a senior"
     " diplomat at the Chinese Embassy in Tokyo following the intrusion.", "JPN", "CHN"),
    # O055 (news set O): "filed a strong demarche to" the ambassador in the host's capital
    ("The secretary general of the foreign ministry, Themistoklis Demiris, filed a strong demarche to the Turkish"
     " ambassador in Athens, following an order from Foreign Minister Nikos Dendias, according to a foreign"
     " ministry’s announcement on Thursday.", "GRC", "TUR"),
    # a general sentence
    ("The foreign ministry lodged a strong protest with the Russian ambassador in Warsaw over the drone incursion.",
     "POL", "RUS"),
]


@pytest.mark.parametrize("sentence, source, target", CASES)
def test_the_envoys_host_lodges_the_protest(sentence, source, target):
    records = code_sentence(sentence)
    assert records and records[0]["plover"] == "ACCUSE"
    assert (records[0]["source"], records[0]["target"]) == (source, target)


def test_a_named_protester_is_kept():
    # the protesting state named as the subject keeps its record
    records = code_sentence("Japan lodged a protest with the Chinese ambassador in Tokyo over the intrusion.")
    assert records and (records[0]["source"], records[0]["target"]) == ("JPN", "CHN")
