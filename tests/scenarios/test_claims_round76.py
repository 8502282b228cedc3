"""Claims round 76 (issue 13): arms exports told as plural shapes the arms readers did not read. The recipients an arms
export flow went to, counted and then listed after a colon ("Russia exports the majority of its weapons to five states
(listed in alphabetical order): Algeria, China, ...", "with 70% of its arms exports going to four countries: India, ...")
are each among the exporter's top N; and a ranked plural client noun whose exporter follows "for" ("The three main
customers for the U.S. were ...") is read as the one after "of" was. All were "rank or share word not read" misses of
development rows (held32-006, held35-020, held74-001) on main."""
from latitude.scenarios.claims import find_claims


def _within(text: str) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.others[0]): c.within for c in find_claims(text, None) if c.kind == "arms exports"}


def test_recipients_counted_then_listed_after_a_colon() -> None:
    # held32-006 and held35-020 (development)
    assert _within("Despite its global presence, Russia exports the majority of its weapons to five states (listed in "
                   "alphabetical order): Algeria, China, Egypt, India and Vietnam.") == {
        ("RUS", "DZA"): 5, ("RUS", "CHN"): 5, ("RUS", "EGY"): 5, ("RUS", "IND"): 5, ("RUS", "VNM"): 5}
    assert _within("Russia is reported to have accounted for 23% of global exports between 2012–16, with 70% of its arms "
                   "exports going to four countries: India, Vietnam, China and Algeria.") == {
        ("RUS", "IND"): 4, ("RUS", "VNM"): 4, ("RUS", "CHN"): 4, ("RUS", "DZA"): 4}


def test_the_main_customers_for_an_exporter() -> None:
    # held74-001 (development), after its context sentence about arms
    assert _within("Across the globe, the largest importers of arms are India, Saudi Arabia, and United Arab Emirates. "
                   "The three main customers for the U.S. were Saudi Arabia, United Arab Emirates, and Turkey.") == {
        ("USA", "SAU"): 3, ("USA", "ARE"): 3, ("USA", "TUR"): 3}


def test_a_general_sentence() -> None:
    assert _within("France sold most of its arms to three countries: Egypt, Qatar and India in 2015-19.") == {
        ("FRA", "EGY"): 3, ("FRA", "QAT"): 3, ("FRA", "IND"): 3}


def test_guards() -> None:
    # no arms word: trade, not arms; a list shorter than the count is another list or cut: no claim
    assert _within("Germany exports most of its cars to three countries: the United States, France and China.") == {}
    assert _within("Germany sold weapons to five states: France, Italy and Spain.") == {}
