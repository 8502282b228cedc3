"""Issue 13, coder round 226: a count or series of attacks or launches told over a span longer than a week, with no
single act named beside it ("Pyongyang has launched a flurry of missiles since last month.", "North Korea reportedly
test-fired 38 ballistic and three cruise missiles this year."), is no event: labels round 18's line in
tests/fixtures/coding/README.md ("Label convention: counted series of acts"). Development rows are quoted from cited
sets (tests/fixtures/coding/, row ids given), expectations their hand labels; the first three tests fail with main's
code (a MOBILIZE or ASSAULT record on the row or sentence); the guards hold on both."""

from prose_rows import article_records, coded_row, has, quiet


def _force(records: list[dict], start: str) -> list[dict]:
    return [r for r in records if r["sentence"].startswith(start) and r["plover"] in ("MOBILIZE", "ASSAULT")]


def test_a_counted_series_over_months_or_this_year_is_no_event():
    # held-out 14 N118 "Pyongyang has launched a flurry of missiles since last month."; held-out 19 G154 "North Korea
    # reportedly test-fired 38 ballistic and three cruise missiles this year."; held-out 22 K029 "North Korea has fired
    # various types of missiles 18 times so far this year ..."; held-out 180 IK005 "Pyongyang conducted five rounds of
    # cruise missile tests this year, ..." (all '-' since labels round 18; main: PRK MOBILIZE on each)
    assert quiet("heldout14_prose.tsv", "N118")
    assert quiet("heldout19_prose.tsv", "G154")
    assert quiet("heldout22_prose.tsv", "K029")
    assert quiet("heldout180_prose.tsv", "IK005")


def test_a_counted_series_over_two_weeks_or_years_is_no_event():
    # held-out 52 ML118 "Pyongyang has carried out seven other rounds of missile tests in the last two weeks, ..."; held-out
    # 86 WT005 "Nuclear-armed North Korea has conducted a string of missile tests over the past two weeks."; held-out 123
    # FO020 "... with over 80 ballistic missiles launched in 2022 and 2023."; held-out 78 LQ093 "Pyongyang carried out
    # two atomic tests last year, ..." ('-'; main: PRK MOBILIZE, PRK>IGO ASSAULT on LQ093)
    assert quiet("heldout52_prose.tsv", "ML118")
    assert quiet("heldout86_prose.tsv", "WT005")
    assert quiet("heldout123_prose.tsv", "FO020")
    assert quiet("heldout78_prose.tsv", "LQ093")


def test_a_general_counted_series_is_no_event():
    for sentence in (
        "Azerbaijan fired 40 rockets at Armenian border villages in the past three months.",
        "Pakistan test-fired six ballistic missiles last year.",
        "India has conducted a series of missile tests in recent months.",
    ):
        assert not _force(article_records(sentence), sentence[:20]), sentence


def test_a_count_inside_the_week_or_with_its_act_named_stays_the_act():
    for sentence in (
        "Russia launched 31 drones and two missiles at Ukraine overnight, the Ukrainian air force said.",
        "North Korea fired four missiles this week, its latest launches since January.",
    ):
        assert _force(article_records(sentence), sentence[:20]), sentence


def test_a_count_of_meetings_keeps_the_meeting():
    # held-out 119 CC078: "... highlighted that the two leaders have met 10 times since 2019." (IND>BGD CONSULT); the
    # reading drops only attack and launch records
    row, records = coded_row("heldout119_prose.tsv", "CC078")
    assert row.events and has(records, "IND", "BGD", "CONSULT")
