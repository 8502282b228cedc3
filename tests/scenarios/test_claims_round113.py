"""Claims round 113 (issue 13): a value after a state listed after "followed by" no longer stops the trade list when it
names its currency in letters ("at Ksh2.8 billion", as the module's amount lists read it) or ends in what it is worth
("with 170.1 billion euros' worth of goods"). A one- or two-letter currency is read only before "$" ("A$"), so the article
of "with a 12% share" is no currency. The development row quoted (held60-031) was not found on main."""
from latitude.scenarios.claims import find_claims


def _ranks(text: str, date: str | None = None) -> dict[tuple[str, str], int | None]:
    return {(c.subject, c.others[0]): c.rank for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_value_worth_of_goods_does_not_stop_the_list() -> None:
    # held60-031 (development): main read France second and stopped at "euros' worth of goods"
    got = _ranks("\"That meant the US was Germany's most important trading partner last year, followed by France with "
                 "170.1 billion euros' worth of goods and the Netherlands with 167.6 billion euros.\"")
    assert got[("DEU", "FRA")] == 2 and got[("DEU", "NLD")] == 3


def test_a_general_list_with_values_worth_of_exports() -> None:
    got = _ranks("The United States was Japan's top export market last year, followed by China with $140 billion worth of "
                 "exports and South Korea with $50 billion.")
    assert got[("JPN", "CHN")] == 2 and got[("JPN", "KOR")] == 3


def test_a_general_list_with_a_currency_in_letters() -> None:
    got = _ranks("China was Kenya's largest source of imports in 2020, followed by India at Ksh150 billion and the United "
                 "Arab Emirates at Ksh120 billion.")
    assert got[("KEN", "IND")] == 2 and got[("KEN", "ARE")] == 3


def test_the_article_before_a_share_is_no_currency() -> None:
    # a guard that did not change: "with a 12% share" still ends the list, so Argentina takes no place after it
    got = _ranks("China was Brazil's top trading partner in 2020, followed by the United States with a 12% share and "
                 "Argentina.")
    assert got[("BRA", "USA")] == 2 and ("BRA", "ARG") not in got
