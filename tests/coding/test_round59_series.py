"""Coder round 59 (issue 13, false events in opinion and analysis, sixth pass): a visit, meeting or launch told
as a number of such events in general ("several such grand summits", "three consecutive NATO summits") or as
history in general terms ("In past years, China has tested its missiles inland") is no event, nor is a visit or
meeting that is only sought, weighed or ruled out ("did not rule out the possibility of visiting the US to hold a
face-to-face summit"). Every sentence is quoted from a development set (its row named, labelled no event) and read
in its article, as `prose_scores` reads it; each test fails with the code before this round. Each test also keeps
labelled events of the same shapes that the sets count as events (a counted series, a meeting discussed)."""

from prose_rows import all_found, quiet, row_records


def test_summits_of_a_kind_are_no_meeting_but_a_counted_series_stays():
    # held-out 35's OP077 (a blog on the US-Africa summit, 2014): three hosts of summits for Africa, no meeting among them
    text = "Although China, Japan and France have hosted several such grand summits for the whole continent, this is new territory for the US."
    assert row_records("heldout35_prose.tsv", "OP077", text) == []
    # held-out 55's SB048: a predecessor's attendance at three NATO summits, history in general terms
    assert quiet("heldout55_prose.tsv", "SB048")
    # the sets label a counted series an event: "President Dwight Eisenhower met three times with Soviet leader Nikita
    # Khrushchev" (held-out 59's SF048); the article's trip beside "Narendra Modi's previous visits to Washington"
    # (held-out 51's ha070)
    assert all_found("heldout59_prose.tsv", "SF048")
    assert all_found("heldout51_prose.tsv", "ha070")


def test_launches_over_past_years_are_no_launch_but_counted_launches_stay():
    # held-out 52's ML025 (an analysis of China's 2024 ICBM launch into the Pacific)
    assert quiet("heldout52_prose.tsv", "ML025")
    # "North Korea has fired ballistic missiles over Japan seven times" (held-out 30's X017)
    assert all_found("heldout30_prose.tsv", "X017")


def test_a_meeting_only_sought_weighed_or_not_ruled_out_is_none_but_a_discussed_one_stays():
    # held-out 13's M063 (Ishiba on a possible trip to meet Trump), held-out 57's SE112 and SE097 (Kyodo on Abe's
    # government seeking a meeting for the new emperor, and on Japan's defence minister weighing a trip to Beijing:
    # the verb that weighs the trip is no other act either, "exploring" read as an investigation before)
    assert quiet("heldout13_prose.tsv", "M063")
    assert quiet("heldout57_prose.tsv", "SE112")
    assert quiet("heldout57_prose.tsv", "SE097")
    # "discussed the possibility of a face-to-face meeting" (held-out 17's L115) and "Tokyo must not close its eyes
    # to the other aspect of the Xi-Park summit" (held-out 13's M088) keep their meetings
    assert all_found("heldout17_prose.tsv", "L115")
    assert all_found("heldout13_prose.tsv", "M088")
