"""Visits told by the host or held in the host's state, a state's name with its abbreviation in brackets, and the countries a
state exports to or its arms go to listed as its top markets or customers, since the seventeenth round (issue 13). Each
test quotes the development sentence it was written from (tests/fixtures/claims/*.jsonl: the id in each docstring, its URL
there); who visited whom and the ranks are read off the sentences by hand, and the visits' states are named by their
leaders ("President Trump", "Prime Minister David Cameron"), which the coder's gazetteer resolves with the article's
date."""
from __future__ import annotations

from latitude.scenarios.claims import find_claims


def _pairs(text: str, kind: str, date: str | None = None) -> set[tuple[str, str]]:
    return {(c.subject, c.other) for c in find_claims(text, date) if c.kind == kind}


def test_a_welcome_at_a_place_is_the_guests_visit() -> None:
    """held20-022 (The Washington Times, 2018-04-24) and held15-041 (gov.uk, 2014-05-01): the one welcomed is the
    visitor; held20-024 (a USA Today copy): the welcome names the host first, with the first lady between. A state
    welcoming another's decision is no visit."""
    assert _pairs("President Trump welcomed French President Emmanuel Macron at the White House with a lavish ceremony "
                  "Monday for the administration’s first state visit.", "visit", "2018-04-24") == {("FRA", "USA")}
    assert _pairs("Prime Minister David Cameron welcomed Prime Minister Abe of Japan to Downing Street this afternoon on "
                  "his first official visit to London.", "visit", "2014-05-01") == {("JPN", "GBR")}
    assert ("KOR", "USA") in _pairs(
        "President Joe Biden and first lady Jill Biden welcomed South Korean President Yoon Suk Yeol and first lady Kim "
        "Keon Hee to the White House for an official state visit on Wednesday to mark the 70th anniversary of the alliance "
        "between the two countries.", "visit")
    # the guard (no development sentence has it): a welcome that names no place and no visit is none
    assert _pairs("Japan welcomed China's decision to resume imports of Japanese seafood.", "visit", "2025-06-30") == set()


def test_a_meeting_in_the_subjects_state_or_during_the_partners_visit_is_the_partners_visit() -> None:
    """held20-039 (A News, 2026-01-29): Xi met Starmer in Beijing, so Britain visited China; held18-032 (an undated page):
    Modi met Rajapaksa "during the latter's first State visit", so Sri Lanka visited India."""
    assert _pairs("Chinese President Xi Jinping met with British Prime Minister Keir Starmer in Beijing on Thursday, the "
                  "state-run Xinhua news agency reported.", "visit", "2026-01-29") == {("GBR", "CHN")}
    assert _pairs("Prime Minister Narendra Modi met Sri Lankan President Gotabaya Rajapaksa on Friday morning, during the "
                  "latter's first State visit since becoming the President of Sri Lanka a few weeks ago.",
                  "visit") == {("LKA", "IND")}


def test_a_name_with_its_abbreviation_in_brackets_keeps_the_ranking_that_follows() -> None:
    """held18-002 (an undated page on Pakistan's exports, fiscal 2020-21): "(USA)" and "(UK)" after the names left a
    stray bracket that broke "followed by the United Kingdom (UK)"; the UK is now read as the second destination."""
    claims = {c.other: c for c in find_claims(
        "The United States of America (USA) remained the top export destination of the Pakistani products during the first "
        "ten months of financial year (2020-21), followed by the United Kingdom (UK) and China.") if c.subject == "PAK"}
    assert claims["USA"].rank == 1 and claims["GBR"].rank == 2


def test_the_countries_a_state_exports_to_are_a_list_of_its_top_markets() -> None:
    """held19-023 (an undated page on Nigeria's exports): "the top three countries Nigeria exports to are India, Spain and
    the USA" ranks three export markets of Nigeria's, each among the top three (the label, UN Comtrade 2021, Nigeria's own
    report, has India and Spain in the top three and the USA outside it)."""
    text = "The top three countries Nigeria exports to are India, Spain and the USA."
    claims = {c.other: c for c in find_claims(text) if c.kind == "trading partner" and c.subject == "NGA"}
    assert set(claims) == {"IND", "ESP", "USA"}
    assert all(c.within == 3 and c.flow == "exports" for c in claims.values())


def test_an_exporters_arms_going_to_listed_countries_are_its_top_customers() -> None:
    """held19-009 (May 2023): "91% of Russia's arms exports go to just four countries: ..." puts each among Russia's top
    four customers (the label: India and China are, Belarus and Myanmar are not); held10-024: "with 60% of all sales going
    to India ($8.2 billion), Algeria ($4.7 billion) and China ($3.5 billion)" puts each among the top five, in the
    period the sentence before names (2010-2014)."""
    four = {c.other: c for c in find_claims("Currently, 91% of Russia's arms exports go to just four countries: India, "
                                            "China, Belarus, and Myanmar.") if c.kind == "arms exports"}
    assert set(four) == {"IND", "CHN", "BLR", "MMR"} and all(c.subject == "RUS" and c.within == 4 for c in four.values())
    text = ("Russian arms exports: Russian exports of weapons grew by 37% between 2010 and 2014 and, although this was a "
            "faster rate of increase than the 23% recorded by the US, its North American rival still controls 31% of the "
            "market compared to Russia’s 27%. In the past five years, Russia has supplied weapons to 56 countries with 60% "
            "of all sales going to India ($8.2 billion), Algeria ($4.7 billion) and China ($3.5 billion).")
    sales = {c.other: c for c in find_claims(text) if c.kind == "arms exports" and c.subject == "RUS"}
    assert {"IND", "DZA", "CHN"} <= set(sales)
    assert all(sales[code].within == 5 and sales[code].span == (2010, 2014) for code in ("IND", "DZA", "CHN"))
