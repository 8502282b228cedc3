"""Issue 13, coder round 68 (launches, ninth pass): an interception told in the active voice or by a pronoun is the
launch of the weapon's launcher (its owner, a "from" place after "launched / fired / sent", else the article's last
launcher) fired at the interceptor: the verb's subject, or the reporter of "said it intercepted" / "saying they
intercepted". Each sentence is a development row (its set and id, the page it quotes), coded in its article as the
prose scores code it; the expected events are the rows' hand labels. The guard: an interceptor with no launcher
named in the sentence or the article codes no launch."""

from __future__ import annotations

from prose_rows import excerpt_codes, has, row_records


def test_they_intercepted_the_missile_is_the_articles_launchers_launch_at_the_reporter():
    # heldout45 LZ058 (a Reuters report of a Houthi missile at Riyadh): YEM>SAU ASSAULT/MOBILIZE, the launcher the
    # article's last (the Houthis), the interceptor the reporter of "saying they intercepted"
    records = row_records(
        "heldout45_prose.tsv", "LZ058",
        "Saudi air defence forces were quoted by broadcaster Al-Arabiya as saying they intercepted the missile "
        "north-east of the capital.",
    )
    assert has(records, "YEM", "SAU", "MOBILIZE")
    # heldout52 ML073 (a Houthi missile at Eilat): YEM>ISR ASSAULT/MOBILIZE, "used to shoot down the missile"
    records = row_records(
        "heldout52_prose.tsv", "ML073",
        "The Israel Defense Forces said the long-range Arrow air defense system had been used to shoot down the missile.",
    )
    assert has(records, "YEM", "ISR", "MOBILIZE")


def test_a_rocket_sent_from_a_place_is_that_places_launch_at_the_interceptor():
    # heldout66 MX092 (the Free Beacon on a Gaza rocket): PSE>ISR ASSAULT/MOBILIZE
    records = row_records(
        "heldout66_prose.tsv", "MX092",
        "Israel’s Iron Dome intercepted a rocket sent from the Gaza Strip on Thursday night, Israel Hayom reports.",
    )
    assert has(records, "PSE", "ISR", "MOBILIZE")
    # the guard: an interception with no launcher in the sentence or the article codes no launch
    codes = excerpt_codes(["Israel said it intercepted the drone over the sea on Monday."])
    assert not any(p == "MOBILIZE" for _, _, p, _ in codes)
