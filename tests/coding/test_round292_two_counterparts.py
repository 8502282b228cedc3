"""Issue 13, coder round 292: a host's two guests told as one noun phrase of the host's possessive ("his Chinese and
Russian counterparts", "her French and Polish counterparts") are one meeting of the three, as a trilateral word tells
it: the pair of the two guests gets the host's meeting beside the host's own pairs. Guests met in plural meetings, on
another gathering's sidelines or in bilateral meetings stay the host's pairs.
Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given), expectations their hand labels;
the gains fail with main's code (972d28e5: the host's two pairs only on those rows); the guards hold on both."""

from prose_rows import row_pairs, sentence_pairs


def trio(a: str, b: str, c: str) -> set[frozenset]:
    return {frozenset({a, b}), frozenset({a, c}), frozenset({b, c})}


def test_development_rows_of_a_host_and_two_counterparts():
    # held-out 8 V089 "An alliance, whether of convenience or conviction, will be on display in Beijing next week as
    # North Korean leader Kim Jong Un meets with his Chinese and Russian counterparts." (every pair AGREE/CONSULT)
    assert frozenset({"CHN", "RUS"}) in row_pairs("heldout8_prose.tsv", "V089")
    # held-out 174 QG002 "Foreign Minister Baerbock is today travelling to a meeting in France with her French and
    # Polish counterparts." (Germany's visit to France, every other pair AGREE/CONSULT)
    assert frozenset({"FRA", "POL"}) in row_pairs("heldout174_prose.tsv", "QG002")
    # held-out 226 EJ002 "... Japanese Foreign Minister Yoko Kamikawa said as she met with her U.S. and South Korean
    # counterparts in New York." (every pair of Japan, the United States and South Korea CONSULT)
    assert frozenset({"USA", "KOR"}) in row_pairs("heldout226_prose.tsv", "EJ002")


def test_general_hosts_with_two_counterparts():
    cairo = "Egyptian Foreign Minister Badr Abdelatty met with his Jordanian and Greek counterparts in Cairo on Sunday."
    assert sentence_pairs(cairo, "Egyptian Foreign Minister") == trio("EGY", "JOR", "GRC")
    ankara = ("Turkish Foreign Minister Hakan Fidan will meet his Azerbaijani and Georgian counterparts in Ankara "
              "next week.")
    assert sentence_pairs(ankara, "Turkish Foreign Minister") == trio("TUR", "AZE", "GEO")


def test_guards_keep_the_host_pairs():
    # bilateral meetings with each guest (held-out 105's shape, labelled with the host's pairs only)
    bilateral = ("The Indian Prime Minister held bilateral meetings on Sunday with his Japanese and Australian "
                 "counterparts in Tokyo.")
    assert frozenset({"JPN", "AUS"}) not in sentence_pairs(bilateral, "The Indian Prime Minister")
    # plural meetings with each guest
    meetings = "Indonesian President Prabowo Subianto held meetings with his Chinese and Brazilian counterparts."
    assert frozenset({"CHN", "BRA"}) not in sentence_pairs(meetings, "Indonesian President")
    # another gathering's sidelines (held-out 201's shape, labelled with the host's pairs only)
    sidelines = ("Turkish Foreign Minister Hakan Fidan met his Saudi and French counterparts on the sidelines of the "
                 "G20 meeting in Rio de Janeiro.")
    assert frozenset({"SAU", "FRA"}) not in sentence_pairs(sidelines, "Turkish Foreign Minister")
