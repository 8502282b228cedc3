"""Issue 13, coder round 237: a meeting, visit, talks or a call told as not made or not planned — a negated verb of
meeting, travel or talks ("... was not planning to meet with Lavrov either", "... will not travel to Germany either",
"... has no immediate plans to hold a summit with Kim") — is no act at all, not a refusal (CAMEO 120, REJECT): the
fixtures README's line "A meeting denied, called off or not made is no event for that meeting" (labels round 19) and
labels round 20's "a meeting denied or not planned" `-`. Development rows are quoted from cited sets
(tests/fixtures/coding/, row ids given), expectations their hand labels; the first three tests fail with main's code (a
REJECT record of the pair); the guards hold on both: a refusal told by its own verb or by "no intention of" stays."""

from prose_rows import article_records, coded_row, has


def _rejects(records: list[dict]) -> set[tuple[str, str | None]]:
    return {(r["source"], r["target"]) for r in records if r["plover"] == "REJECT"}


def test_a_meeting_not_planned_is_no_refusal():
    # held-out 75 NV054 "Meanwhile, Dmitry Peskov, Russian President Vladimir Putin's spokesman, said Putin has no
    # immediate plans to hold a summit with Kim."; held-out 228 UL007 "On 21 October, a White House official confirmed
    # there were no immediate plans for Trump to meet Putin."; held-out 63 TV074 "The State Department confirmed that
    # Blinken was not planning to meet with Lavrov either, ..." (each '-'; main: RUS>PRK, USA>RUS, USA>RUS REJECT)
    for fixture, row_id in (("heldout75_prose.tsv", "NV054"), ("heldout228_prose.tsv", "UL007"), ("heldout63_prose.tsv", "TV074")):
        row, records = coded_row(fixture, row_id)
        assert not row.events and records == [], row_id


def test_a_visit_or_call_not_made_is_no_refusal():
    # held-out 228 UJ004 "U.S. Secretary of State Anthony Blinken, who was supposed to accompany President Biden on his
    # trip, will not travel to Germany either." ('-'; main: USA>DEU REJECT); held-out 135 FR050 "Russian President
    # Vladimir Putin and Recep Tayyip Erdogan, the president of Turkey, did not hold telephone conversations as of yet,
    # ..." ('-'; main: RUS>TUR REJECT); held-out 148 YT005 "The two leaders have not spoken in person since they met
    # during the Group of 20 summit in Bali, ..." (`USA<>CHN CONSULT`, the meeting recalled; main: also USA>CHN REJECT)
    assert not _rejects(coded_row("heldout228_prose.tsv", "UJ004")[1])
    assert not _rejects(coded_row("heldout135_prose.tsv", "FR050")[1])
    assert not _rejects(coded_row("heldout148_prose.tsv", "YT005")[1])


def test_a_general_meeting_not_made_is_no_refusal():
    assert article_records(
        "Indian External Affairs Minister S. Jaishankar will not travel to Pakistan for the meeting, the ministry said."
    ) == []
    assert article_records("The Kremlin said Russian President Vladimir Putin is not planning to meet French President Emmanuel Macron.") == []
    assert not _rejects(article_records(
        "The foreign ministry said Malaysian Prime Minister Anwar Ibrahim has no plans to meet Chinese President Xi "
        "Jinping during the trip."
    ))


def test_a_refusal_to_meet_stays():
    # dev D061 "Meanwhile, the Chinese foreign ministry announced that Premier Li Qiang has no intention of meeting
    # Takaichi during the upcoming G20 summit later this week in South Africa." (`CHN>JPN REJECT`)
    assert has(coded_row("dev_prose.tsv", "D061")[1], "CHN", "JPN", "REJECT")
    assert ("CHN", "JPN") in _rejects(article_records("China refused to hold talks with Japan on the disputed islands."))
    assert has(article_records("Chinese President Xi Jinping met U.S. President Joe Biden in San Francisco on Wednesday."), "CHN", "USA", "CONSULT")
