"""Claims the checker reads since the eleventh round (issue 13): general causes of misses on the development sets, each
tested on development sentences it was written from (tests/fixtures/claims/*.jsonl: the id in each comment, its URL
there). The expected claims and shares are read off each sentence by hand; the verdict test compares with the figure the
label script computes from the raw mirror files with no latitude code (held-out 13's label of held13-032: Mongolia's
exports in UN Comtrade 2021, China 82.6%)."""
from __future__ import annotations

import pytest

from latitude.scenarios.claims import check_claims, find_claims
from latitude.scenarios.claims._text import read


def _claims(text: str, date: str | None = None) -> dict[tuple, object]:
    return {(c.kind, c.subject, c.other): c for c in find_claims(text, date)}


def test_us_dollar_is_a_currency_not_the_united_states() -> None:
    """held14-006 (williams.com.br): 'US$ 87.7 billion' named the United States, and the placeholder it left between
    'exports to China' and 'accounting for 31.27% of all Brazilian exports' hid the share."""
    sentence = read("Twenty-one years later, in 2021, exports to China soared to US$ 87.7 billion, accounting for 31.27% "
                    "of all Brazilian exports.")
    assert "USA" not in sentence.actors
    claim = _claims(sentence.text)[("trading partner", "BRA", "CHN")]
    assert (claim.share, claim.flow, claim.year) == (31.27, "exports", 2021)


@pytest.mark.parametrize(("text", "date", "pair", "share", "flow"), [
    # held14-008 (williams.com.br): "overseas purchases" are imports
    ("China accounted for 21.72% of Brazil’s overseas purchases, with sales totaling US$ 47.6 billion.", None,
     ("BRA", "CHN"), 21.72, "imports"),
    # held14-009 (williams.com.br): a relative clause says what the state before it accounts for
    (("On the other hand, Brazil purchased a total worth US$ 39.3 billion from the United States, which accounts for "
      "17.95% of Brazilian imports."), None, ("BRA", "USA"), 17.95, "imports"),
    # held14-014 and held14-016 (IMEMO, MEiMO): "X's share in total Y exports – from 63 to 2%" (the level after "to")
    (("For 20 years the value of Mongolian exports to Russia fell by 3.5 times, while the Russia’s share in total "
      "Mongolian exports – from 63 to 2%."), None, ("MNG", "RUS"), 2.0, "exports"),
    (("At the same time Mongolian imports from China grew by 19.6 times and China’s share in total Mongolian imports – "
      "from 16% to 36%."), None, ("MNG", "CHN"), 36.0, "imports"),
    # held8-012 (The Brazilian Report, 14 November 2018): "one-quarter"
    (("The Asian giant now accounts for over one-quarter of all Brazilian exports and almost half of the country’s "
      "commodity exports since January."), "2018-11-14", ("BRA", "CHN"), 25.0, "exports"),
    # held8-007 (UNN, 7 December 2025): "X, receives only 5.6% of Mongolian supplies" (one comma before the verb)
    ("For comparison: the second most important, Switzerland, receives only 5.6% of Mongolian supplies.", "2025-12-07",
     ("MNG", "CHE"), 5.6, "exports"),
])
def test_stated_shares_of_a_flow(text: str, date: str | None, pair: tuple, share: float, flow: str) -> None:
    claim = _claims(text, date)[("trading partner", *pair)]
    assert (claim.share, claim.flow) == (share, flow)


def test_its_that_would_make_a_state_its_own_partner_is_the_previous_subject(store_con) -> None:
    """held13-032 (chazidian's copy of an FT article): 'China accounts for no less than 92 per cent of its exports'
    after a sentence about Mongolia: its = Mongolia, and 'no less than' is at least (82.6% in Comtrade 2021: contradicted)."""
    text = ("Another emerging market that fits the same pattern is Mongolia. China accounts for no less than 92 per cent "
            "of its exports, a percentage that may actually rise as a massive copper mine comes on stream later this year.")
    claim = _claims(text)[("trading partner", "MNG", "CHN")]
    assert (claim.share, claim.qualifier, claim.flow) == (92.0, "at least", "exports")
    assert [v.verdict for v in check_claims(store_con, [claim])] == ["contradicted"]


@pytest.mark.parametrize("text", [
    # held10-008 and held10-009 (applevalleycitizens.org, 7 November 2025): two voters named together
    "China and Russia continue to coordinate their voting at the United Nations, demonstrating a close strategic partnership.",
    ("In the General Assembly, China and Russia still vote together most of the time, but their agreement rate has fallen "
     "from around 77% in 2018 to 67% in 2024."),
])
def test_two_states_voting_together(text: str) -> None:
    claim = _claims(text, "2025-11-07")[("UN voting", "CHN", "RUS")]
    assert claim.topic == "with" and claim.share is None   # "from around 77% ... to 67%" is a change, not a level


def test_leaders_named_with_an_honorific_meet() -> None:
    """held12-018 (The Straits Times, 16 September 2022): 'Mr Xi and Mr Putin met'."""
    text = "Mr Xi and Mr Putin met in neighbouring Uzbekistan on Thursday during the Shanghai Cooperation Organisation summit."
    assert ("visit", "CHN", "RUS") in _claims(text, "2022-09-16")


def test_states_that_entered_a_defence_treaty_together() -> None:
    """held5-014 (lapurificacion.es, 1 May 2023): the first state named is allied with each of the others."""
    text = ("In an effort to strengthen their military alliance and cooperation, the United States, Australia, and New "
            "Zealand entered into the ANZUS Treaty in 1951.")
    found = {key for key in _claims(text, "2023-05-01") if key[0] == "alliance"}
    assert found == {("alliance", "USA", "AUS"), ("alliance", "USA", "NZL")}
    assert not _claims("Brazil, Argentina and Uruguay signed a trade treaty in 1991.")   # no defence treaty


@pytest.mark.parametrize(("text", "date", "share"), [
    # held14-024 (The Nation Thailand, 5 December 2022): the recipient, then a long apposition, then "accounting for"
    (("Bangladesh, located to the east, was the second largest export destination, accounting for 16% of China’s arms "
      "exports over 2017 to 2021."), "2022-12-05", 16.0),
    # held14-027 (Business Times, 19 October 2018): the recipient "bought" a share of an exporter's arms sales
    ("Bangladesh bought 19 percent of all Chinese arms sales while and Algeria took 10 percent of all sales.", "2018-10-19",
     19.0),
])
def test_recipient_with_a_share_of_arms_exports(text: str, date: str, share: float) -> None:
    assert _claims(text, date)[("arms exports", "CHN", "BGD")].share == share


def test_places_in_a_ranking_after_its_owner() -> None:
    """held14-003 and held14-004 (China Daily, 27 July 2006): ", with Mexico second" and "is currently in fourth
    place, taking in US$41 billion of U.S. exports last year, up 25 percent from 2004" (2004 is the base of the change;
    the claim is about last year, 2005)."""
    found = _claims("America's top export market is Canada, with Mexico second.", "2006-07-27")
    assert found[("trading partner", "USA", "MEX")].rank == 2
    text = ("China is currently in fourth place, taking in US$41 billion of U.S. exports last year, up 25 percent from "
            "2004.")
    claim = _claims(text, "2006-07-27")[("trading partner", "USA", "CHN")]
    assert (claim.rank, claim.flow, claim.year) == (4, "exports", 2005)


def test_best_ally_and_worst_enemy_at_the_un() -> None:
    """held11-009 (Breitbart, 1 May 2018): the best ally at the UN votes with the pole, the worst enemy against it."""
    text = "In 2017, the best U.S. ally at the UN was Israel, and the worst U.S. enemy at the UN was Zimbabwe."
    found = _claims(text, "2018-05-01")
    assert found[("UN voting", "ISR", "USA")].topic == "with"
    assert found[("UN voting", "ZWE", "USA")].topic == "against"
    assert ("alliance", "ISR", "USA") not in found


def test_friendly_with_a_pole_after_a_sentence_about_un_votes() -> None:
    """held14-029 (PIIE, 2024): after a sentence on voting coalitions in the UNGA, 'most friendly with the United States
    were Israel, Australia, ...' are voters with the US; with no such sentence before, friendliness is no vote."""
    before = ("As discussed in a recent post, data on regime type and voting coalitions in the UNGA can help identify which "
              "countries are, from a US perspective, “friendly” and “like-minded.”")
    sentence = ("Viewed through the prism of political-institutional and preference similarity, the countries that "
                "emerged as most friendly with the United States were Israel, Australia, and a raft of highly democratic "
                "NATO members.")
    found = {key for key in _claims(f"{before} {sentence}") if key[0] == "UN voting"}
    assert found == {("UN voting", "ISR", "USA"), ("UN voting", "AUS", "USA")}
    assert not {key for key in _claims(sentence) if key[0] == "UN voting"}
