"""PLOVER round 42 (issue 13): a border named beside the place of an act of force is a place, not a party.

Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv); expected codes
are those sets' hand labels.
"""

from prose_rows import lone_record, ungated_record


def test_airstrikes_near_a_neighbours_border_target_the_strikers_own_state():
    # news set AB: the militants are in Pakistan; "the Afghan border" only places the strikes
    first = lone_record(
        "Pakistan Air Force fighter jets killed 17 militants on Friday in airstrikes carried out near the Afghan border, "
        "the military said in a statement."
    )
    assert (first["plover"], first["source"], first["target"]) == ("ASSAULT", "PAK", "PAK")
    # news set Y: "along the Afghan border" (with the gate open: the lone sentence's is-it-an-event probability sits
    # at the gate's boundary and moved under it with the refit after coder rounds 125 and 126; the row counts as lost
    # in set Y's figures)
    first = ungated_record(
        "The Pakistani military says the air force has killed dozens of militants in a series of airstrikes in a tribal "
        "region along the Afghan border."
    )
    assert (first["plover"], first["source"], first["target"]) == ("ASSAULT", "PAK", "PAK")

    # news set V: a deployment at a border is aimed at the neighbour (the rule reads acts of force only)
    first = lone_record(
        "Hungary will deploy some troops near its border with Ukraine, partly in preparation for humanitarian tasks, "
        "the defence ministry said on Tuesday on the government's official Facebook page."
    )
    assert (first["source"], first["target"]) == ("HUN", "UKR")
