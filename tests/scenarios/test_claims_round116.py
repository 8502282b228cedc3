"""Claims round 116 (issue 13): of two periods a sentence names, the claim is about the later, wherever it stands in the
sentence. Main kept the last range written, so "declined between 2020 and 2024 after peaking between 2015 and 2019" put
the next sentence's suppliers in 2015-2019. The development row quoted (held73-008) was judged on 2015-2019 on main."""
from latitude.scenarios.claims import find_claims


def _spans(text: str) -> dict[tuple[str, str], tuple[int, int] | None]:
    return {(c.subject, c.others[0]): c.span for c in find_claims(text, None) if c.kind == "arms supplier"}


def test_the_later_of_two_periods_in_the_sentence_before() -> None:
    # held73-008 (development): the labels judge Algeria's suppliers on 2020-2024, the period the "remain" speaks of
    got = _spans("According to the report, Algeria's arms acquisitions declined between 2020 and 2024 after peaking "
                 "between 2015 and 2019. Its top three suppliers remain Russia (48%), China (19%), and Germany (14%).")
    assert got[("DZA", "RUS")] == (2020, 2024) and got[("DZA", "CHN")] == (2020, 2024)


def test_a_general_later_period_written_first() -> None:
    got = _spans("Thailand's arms imports rose in 2015-2019 after falling in 2010-2014. Its main arms supplier was China.")
    assert got[("THA", "CHN")] == (2015, 2019)


def test_a_general_later_range_of_words_written_first() -> None:
    got = _spans("Indonesia's arms imports grew between 2020 and 2024 after a fall between 2015 and 2019. South Korea was "
                 "its largest arms supplier.")
    assert got[("IDN", "KOR")] == (2020, 2024)


def test_the_later_period_written_last_is_unchanged() -> None:
    # a guard that did not change: the later period written last was already the claim's
    got = _spans("Morocco's imports of major arms fell in 2010-2014 and rose in 2015-2019. The United States was its main "
                 "arms supplier.")
    assert got[("MAR", "USA")] == (2015, 2019)
