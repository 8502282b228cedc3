"""Issue 13's eighth round: visits and meetings in opinion writing, from held-out 10 (development data
since this round). Every sentence is quoted from tests/fixtures/coding/heldout10_prose.tsv (row ids
given) and is labelled there; the expectations are read by hand from those labels and the labelling
rules of tests/fixtures/coding/README.md (a visit named as a noun is an event of its visitor and its
destination; a place a meeting was held in is not a party to it)."""

import datetime as dt

from latitude.coding.coder import code_sentence

MODI_VISIT = dt.date(2024, 7, 9)  # Modi's visit to Moscow, 8-9 July 2024 (both columns' date)


def _events(sentence, date=None):
    return sorted((r["source"], r["target"], r["cameo"]) for r in code_sentence(sentence, date))


def test_a_relative_clause_after_a_visit_noun_does_not_make_it_habitual():
    # heldout10 X015 (The Tribune, column), labelled IND>RUS CONSULT: "long" in "that was long
    # overdue" describes the visit; it is not "has long visited"
    sentence = ("It is no surprise that at a sensitive time like this, PM Modi chose to make an official visit to "
                "Russia that was long overdue.")
    assert ("IND", "RUS", "042") in _events(sentence, MODI_VISIT)


def test_a_modal_before_the_visit_noun_still_makes_it_hypothetical():
    # the rule the relative clause must not weaken (README, held-out 3 conventions: "This would be
    # Lee's first trip" is no event)
    assert _events("PM Modi would make an official visit to Russia that was long overdue.", MODI_VISIT) == []


def test_being_in_a_place_for_a_visit_names_the_destination():
    # heldout10 X019 (The Pioneer, column), labelled IND>RUS CONSULT: Moscow is Russia's capital
    sentence = "Prime Minister Narendra Modi is in Moscow for a two-day state visit."
    assert _events(sentence, MODI_VISIT) == [("IND", "RUS", "042")]


def test_a_coordinated_subject_meets_its_partner_not_the_city():
    # heldout10 X056 (WSJ via the Week, 2018), labelled JPN<>IGO CONSULT: Japan's trade minister and the
    # EU trade commissioner met each other in Paris; France took no part. The lone sentence cannot name
    # "he", so no meeting is coded rather than EU > France (the coder's answer before this round)
    sentence = ("Mr. Seko noted that Japan and the EU had issued a statement critical of the U.S. after he and EU "
                "Trade Commissioner Cecillia Malmström met in Paris last week.")
    assert not [e for e in _events(sentence, dt.date(2018, 6, 1)) if e[2].startswith("04")]
    named = "Japanese trade minister Hiroshige Seko and EU Trade Commissioner Cecillia Malmström met in Paris last week."
    assert _events(named, dt.date(2018, 6, 1)) == [("JPN", "IGO", "040")]


def test_a_lone_subject_that_met_in_a_capital_still_met_its_host():
    # docs/coding.md item 5: "Lee met in Beijing" is Lee meeting the host (kept by this round)
    assert _events("President Lee Jae Myung met in Beijing on Monday.", dt.date(2026, 1, 6)) == [("KOR", "CHN", "040")]
