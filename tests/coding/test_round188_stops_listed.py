"""Issue 13, coder round 188: a tour's stops listed by a verb of inclusion or course after the tour's noun ("... his
five-nation trip to Africa, which also included Tunisia, Togo, Ivory Coast and Nigeria.", "... a week-long journey that
spanned Ghana, ...", "... his GCC tour that will include Qatar, Bahrain and Kuwait.") are visits to each listed state
by the article's traveller. Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given),
expectations their hand labels; each of the first five tests fails with main's code (the listed stops not read); the
guards hold on both."""

from latitude.coding.coder import code_sentence
from prose_rows import all_found, article_records, row_codes

SCHOLZ = "German Chancellor Olaf Scholz visited Kenya on Friday. "


def _sentence_codes(text: str, start: str) -> set[tuple[str, str | None, str]]:
    return {(r["source"], r["target"], r["cameo"]) for r in article_records(text) if r["sentence"].startswith(start)}


def test_a_trip_which_also_included_its_other_stops():
    # held-out 181 UB005: "Wang Yi's visit to Cairo is the last stop of his five-nation trip to Africa, which also
    # included Tunisia, Togo, Ivory Coast and Nigeria." (main: China > Egypt only; the host Egypt is no traveller)
    assert all_found("heldout181_prose.tsv", "UB005")
    assert not {("EGY", "TUN", "042"), ("EGY", "NGA", "042")} & row_codes("heldout181_prose.tsv", "UB005")


def test_a_tour_that_included_its_stops_with_the_traveller_named_after():
    # held-out 142 TW010: "Following an extremely successful and profitable five-nation tour that included Ghana,
    # Trinidad & Tobago, Argentina, Brazil, and Namibia, Prime Minister Narendra Modi has departed for India." (main: no
    # record)
    assert all_found("heldout142_prose.tsv", "TW010")


def test_a_journey_that_spanned_its_stops():
    # held-out 142 TW017: "... after a week-long journey that spanned Ghana, Trinidad and Tobago, Argentina, Brazil,
    # and Namibia." (main: India > Ghana only)
    assert all_found("heldout142_prose.tsv", "TW017")


def test_a_tour_that_will_include_its_next_stops_and_the_traveller_only_earlier():
    # held-out 43 r013: "... following his two-day visit to Oman as part of his GCC tour that will include Qatar,
    # Bahrain and Kuwait." (main: Saudi Arabia > the UAE and Oman only); held-out 19 G011: "The trip will include visits
    # to Peru for the APEC summit and Brazil for the G20 summit of major economies, before ending in Britain, ..." (the
    # traveller, Indonesia's president, named only in earlier rows)
    assert all_found("heldout43_prose.tsv", "r013")
    assert all_found("heldout19_prose.tsv", "G011")


def test_a_general_tour_listing_its_stops():
    text = SCHOLZ + "The trip, which also included Nigeria and Ghana, ended on Sunday."
    assert {("DEU", "NGA", "042"), ("DEU", "GHA", "042")} <= _sentence_codes(text, "The trip")


def test_guards_a_possible_tour_another_noun_and_a_sentence_alone():
    # a modal: a possible stop is no stop (labels round 11's M1)
    assert ("DEU", "NGA", "042") not in _sentence_codes(SCHOLZ + "The trip could include Nigeria.", "The trip")
    # "include" after a noun that is no tour
    text = SCHOLZ + "The talks included Nigeria and Ghana."
    assert ("DEU", "NGA", "042") not in _sentence_codes(text, "The talks")
    # read alone, the sentence has no traveller: no visit with a source is given
    alone = code_sentence("The trip, which also included Nigeria and Ghana, ended on Sunday.")
    assert not [r for r in alone if r["source"] is not None and r["target"] in ("NGA", "GHA")]
