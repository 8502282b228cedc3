"""Issue 13, coder round 151: meetings of three or more parties read as other pairs. A comma list of three or more
subjects whose last item opens its own segment with "and" after a serial comma ("Prime Minister Shigeru Ishiba of
Japan, U.S. President Joe Biden, and South Korean President Yoon Suk Yeol met ...") is one coordinated subject, not
its last item alone; a meeting noun's "between" list is read past a time phrase before "between" ("The meeting last
Wednesday between ...", three or more parties only) and past "former", "outgoing" or "incoming" before a later party
("between Yoon, Biden and former Japanese Prime Minister Fumio Kishida"), and a meeting between three parties named
there is every pair of them, not an earlier sentence's pair. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. Every test but the last fails with
main's code."""

from prose_rows import coded_row

from latitude.coding.coder import code_sentence


def _pairs(records: list[dict], plover: str = "CONSULT") -> set[frozenset]:
    return {frozenset((r["source"], r["target"])) for r in records if r["plover"] == plover and r["target"]}


def _every_pair(*codes: str) -> set[frozenset]:
    return {frozenset((a, b)) for a in codes for b in codes if a < b}


def test_three_leaders_met_on_the_sidelines_with_a_serial_comma():
    # held-out 99 SU049, labelled USA<>JPN | USA<>KOR | JPN<>KOR CONSULT (main's code: KOR>IGO only)
    assert _every_pair("JPN", "KOR", "USA") <= _pairs(coded_row("heldout99_prose.tsv", "SU049")[1])


def test_the_meeting_last_wednesday_between_three_leaders():
    # held-out 120 OW001, labelled JPN<>CHN | JPN<>KOR | CHN<>KOR CONSULT (main's code: CHN>KOR only)
    assert _every_pair("CHN", "JPN", "KOR") <= _pairs(coded_row("heldout120_prose.tsv", "OW001")[1])


def test_a_meeting_between_two_leaders_and_a_former_prime_minister():
    # held-out 99 SU045, labelled every pair CONSULT and AGREE (main's code: KOR with each, no USA<>JPN)
    assert frozenset(("USA", "JPN")) in _pairs(coded_row("heldout99_prose.tsv", "SU045")[1])


def test_a_serial_comma_list_of_states_condemning_and_drilling():
    # held-out 129 LT033 ("On January 20, France, Germany, and the United Kingdom jointly condemned Iran's satellite
    # launch, ..."), labelled FRA, DEU, GBR > IRN ACCUSE; held-out 96 KA028 ("..., South Korea, the United States, and
    # Japan on Monday kicked off a five-day trilateral military drill ..."), labelled every pair COOPERATE
    accused = {r["source"] for r in coded_row("heldout129_prose.tsv", "LT033")[1] if r["plover"] == "ACCUSE" and r["target"] == "IRN"}
    assert {"FRA", "DEU", "GBR"} <= accused
    assert _every_pair("JPN", "KOR", "USA") <= _pairs(coded_row("heldout96_prose.tsv", "KA028")[1], "COOPERATE")


def test_general_sentences_of_three_parties():
    met = code_sentence(
        "German Chancellor Olaf Scholz, French President Emmanuel Macron, and Polish Prime Minister Donald Tusk met in "
        "Berlin on Friday to discuss aid to Ukraine."
    )
    assert _every_pair("DEU", "FRA", "POL") <= _pairs(met)
    talks = code_sentence(
        "The talks last Tuesday between Indian Foreign Minister Subrahmanyam Jaishankar, Brazilian Foreign Minister "
        "Mauro Vieira and South African Foreign Minister Naledi Pandor were the first of their kind in years."
    )
    assert _every_pair("BRA", "IND", "ZAF") <= _pairs(talks)


def test_a_list_inside_a_phrase_and_two_parties_after_a_time_stay_as_they_were():
    # held-out 20 J065 ("Top officials from the United States, China, and Russia have converged at an East Asia summit
    # hosted in Indonesia."): RUS>IDN as before, no CHN<>RUS; held-out 138 FT060 ("... discussions last year between
    # Beijing and Washington ...", labelled '-'): no record
    # J065 read on its own: in its article the register threshold (0.855 with the refit after stop 37's last merges)
    # holds the row back, and since the refit of stop 42 (held-out 219-235 joined) the lone sentence is held back too,
    # so the reading of its list is checked on a general sentence of the same shape that tells the day of the act
    records = code_sentence("Top officials from the United States, China, and Russia converged on Friday at an East Asia"
                            " summit hosted in Indonesia.")
    assert frozenset(("CHN", "RUS")) not in _pairs(records) and frozenset(("RUS", "IDN")) in _pairs(records)
    assert coded_row("heldout138_prose.tsv", "FT060")[1] == []
