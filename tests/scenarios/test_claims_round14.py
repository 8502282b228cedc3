"""Claims the checker reads since the fourteenth round (issue 13): lists and continued rankings read from the sentence's
structure (a list after a pact noun, a verb written once for several shares, places in a ranking the previous sentence
started, owners listed after a colon or as a topic, a second clause that names no owner, a list between dashes), each
tested on the development sentence it was written from (tests/fixtures/claims/*.jsonl: the id in each docstring, its URL
there). The expected claims, ranks and shares are read off each sentence by hand."""
from __future__ import annotations

from latitude.scenarios.claims import find_claims


def _kind(text: str, kind: str, date: str | None = None) -> dict[tuple, object]:
    return {(c.subject, c.other): c for c in find_claims(text, date) if c.kind == kind}


def test_a_pact_noun_of_one_owner_allies_it_with_each_state_listed() -> None:
    """held17-014 (KEIA), held17-015 (LegalClarity, with the sentence before), held17-023 and held17-029 (thegunzone,
    LegalClarity): the owner is the pact noun's modifier or the subject that "has" the agreements; the states are the
    list after it (after a dash, "with" or "including")."""
    found = _kind("Given the growing importance of East Asia to global stability and prosperity, sustaining the five U.S. "
                  "treaty alliances in the region—Japan, the Republic of Korea, Australia, Thailand, and the Philippines—"
                  "will remain one of Washington’s central foreign policy challenges.", "alliance")
    assert set(found) == {("USA", "JPN"), ("USA", "KOR"), ("USA", "AUS"), ("USA", "THA"), ("USA", "PHL")}
    found = _kind("Beyond NATO, the United States has several bilateral mutual defense treaties. These include agreements "
                  "with Japan, South Korea, Australia, and the Philippines.", "alliance")
    assert set(found) == {("USA", "JPN"), ("USA", "KOR"), ("USA", "AUS"), ("USA", "PHL")}
    found = _kind("India is not a formal military ally of the United States in the traditional sense of a treaty-bound "
                  "alliance like NATO or the US alliances with Japan and South Korea.", "alliance")
    assert not found[("USA", "JPN")].negated and not found[("USA", "KOR")].negated   # India is the one not allied
    assert set(_kind("The United States has collective defense agreements with several Asia-Pacific countries, including "
                     "the Philippines.", "alliance")) == {("USA", "PHL")}


def test_a_mutual_defence_agreement_or_mutual_assistance_treaty_is_an_alliance() -> None:
    """held17-028 (The Korea Times) and held17-017 (Blasting News)."""
    assert set(_kind("China and North Korea have a mutual defense agreement dating back to 1961, where both countries "
                     "pledged immediate military and other assistance in case of an attack.", "alliance")) == {("CHN", "PRK")}
    assert set(_kind("A treaty of friendship, cooperation and mutual assistance binds China and North Korea.",
                     "alliance")) == {("CHN", "PRK")}


def test_shares_listed_with_the_verb_written_once() -> None:
    """held17-006 and held17-009 (APA): each "N% from X" after "purchases ... of weapons" is X's share of the buyer's
    imports (main's checker read the first as a deal from Russia and the others not at all); each "N to X" after "sells N
    percent of its weapons to" is X's share of the seller's exports."""
    found = _kind("Azerbaijan purchases 51% of weapons from Russia, 43% from Israel and 2.8% from Turkey.", "arms supplier")
    assert {pair: c.share for pair, c in found.items()} == {("AZE", "RUS"): 51.0, ("AZE", "ISR"): 43.0, ("AZE", "TUR"): 2.8}
    assert not _kind("Azerbaijan purchases 51% of weapons from Russia, 43% from Israel and 2.8% from Turkey.", "arms exports")
    found = _kind("Russia country sells 27 percent of its weapons to India, 14 to China and 14 to Algeria.", "arms exports")
    assert {pair: c.share for pair, c in found.items()} == {("RUS", "IND"): 27.0, ("RUS", "CHN"): 14.0, ("RUS", "DZA"): 14.0}


def test_places_in_a_ranking_the_previous_sentence_started() -> None:
    """held17-011 (Vogon Today, arms), held16-009 (Destatis via igmt-gmbh) and held16-005 (Business Insider Australia):
    "In second place is X", "Next came X", "X, which finished in second", each "followed by" state next in order, with
    the previous sentence's owner."""
    found = _kind("And Russia was Vietnam's top arms supplier from 2017 to 2021, accounting for 56 percent of Hanoi's total "
                  "imports in this category. In second place is Israel (19%), followed by South Korea (6.6%).",
                  "arms supplier", "2022-12-26")
    assert {pair: (c.rank, c.share) for pair, c in found.items() if pair != ("VNM", "RUS")} == {
        ("VNM", "ISR"): (2, 19.0), ("VNM", "KOR"): (3, 6.6)}
    found = _kind("The Federal Statistical Office (Destatis) reports that the People's Republik of China was Germany's most "
                  "important trading partner in 2023 for the eighth consecutive year. Next came the United States with a "
                  "trading volume of 252.6 billion euros, followed by the Netherlands in third place with a foreign trade "
                  "turnover of 220.1 billion euros.", "trading partner")
    assert {pair: c.rank for pair, c in found.items()} == {("DEU", "CHN"): 1, ("DEU", "USA"): 2, ("DEU", "NLD"): 3}
    found = _kind("Canada finished as the No. 1 U.S. trade partner for the first time since 2014, when it set the record for "
                  "U.S. trade that still stands. Although Canada, Mexico, and China each had 14% of U.S. trade, Canada "
                  "inched out Mexico, which finished in second, followed by China.", "trading partner", "2022-02-25")
    # since the fifteenth round "the No. 1 U.S. trade partner" is read too ("No. 1" no longer ends a clause)
    assert {pair: c.rank for pair, c in found.items()} == {("USA", "CAN"): 1, ("USA", "MEX"): 2, ("USA", "CHN"): 3}


def test_a_list_of_shares_goes_on_across_a_semicolon() -> None:
    """held14-001 (econ70): "Mexico at 14%" after the semicolon is Mexico's share of the same (US) trade."""
    found = _kind("From 1992-2014, Canada was our top trading partner, but its share of total US trade steadily declined "
                  "from 21% to 16%. From 2015-2018, China was the top trading partner with a 16% share, Canada followed "
                  "at 15%; Mexico at 14%.", "trading partner", "2019-08-08")
    assert found[("USA", "MEX")].share == 14.0


def test_owners_listed_after_a_colon_or_as_the_topic() -> None:
    """held16-017 (Landgeist via Archyde) and held16-014 (the same page): one ranking per state listed."""
    found = _kind("Europe’s fourth largest economy, Italy, is the largest trading partner of four European countries: "
                  "Albania, Croatia, Malta and the Vatican.", "trading partner")
    assert {pair: c.rank for pair, c in found.items()} == {("ALB", "ITA"): 1, ("HRV", "ITA"): 1, ("MLT", "ITA"): 1}
    found = _kind("For the UK and Ireland, the US is the largest trading partner.", "trading partner")
    assert {pair: c.rank for pair, c in found.items()} == {("GBR", "USA"): 1, ("IRL", "USA"): 1}


def test_a_second_clause_share_takes_the_first_clause_owner() -> None:
    """held16-036 (Salvatore Babones) and held14-027 (The Nation Thailand): "of all trade", "of all sales" in a clause
    that names no owner are the owner's of the clause before."""
    found = _kind("For instance, India accounts for only 3.6% of Australia’s trade, while China represents over "
                  "one-quarter of all trade.", "trading partner")
    assert (found[("AUS", "CHN")].share, found[("AUS", "CHN")].qualifier) == (25.0, "over")
    found = _kind("Bangladesh bought 19 percent of all Chinese arms sales while and Algeria took 10 percent of all sales.",
                  "arms exports")
    assert found[("CHN", "DZA")].share == 10.0


def test_a_list_between_dashes_belongs_to_the_noun_before_it() -> None:
    """held17-001 (Eurasia Review on The Jerusalem Post): the three states between the dashes are the top three markets
    for Israeli arms, and they are the voters against Israel ("vote against" names the pole)."""
    text = ("Arms sales do not ensure support in international forums, as the top three markets for Israeli military "
            "equipment – India, Vietnam and Azerbaijan – almost always vote against Israel in the United Nations, The "
            "Jerusalem Post says in an article.")
    assert {pair: c.within for pair, c in _kind(text, "arms exports").items()} == {
        ("ISR", "IND"): 3, ("ISR", "VNM"): 3, ("ISR", "AZE"): 3}
    assert set(_kind(text, "UN voting")) == {("IND", "ISR"), ("VNM", "ISR"), ("AZE", "ISR")}


def test_an_opening_while_clause_names_no_voter() -> None:
    """held17-005 (The Jerusalem Post via Eurasia Review): India, in the opening "While ..." clause, abstains; the voters
    against Israel are those of the main clause."""
    found = _kind("While India at times abstains on key Israel-related votes in the UN, Vietnam and Azerbaijan can be "
                  "counted on always to vote against Jerusalem.", "UN voting", "2018-03-15")
    assert set(found) == {("VNM", "ISR"), ("AZE", "ISR")}


def test_a_ranking_told_again_for_another_state() -> None:
    """held16-015 after held16-014 (Landgeist via Archyde): "For Russia, it's China." repeats the ranking the sentence
    before gave (the largest trading partner) for another state."""
    found = _kind("For the UK and Ireland, the US is the largest trading partner. For Russia, it’s China.", "trading partner")
    assert found[("RUS", "CHN")].rank == 1


def test_its_is_the_state_before_when_the_sentence_names_its_referent_as_a_partner() -> None:
    """held17-013 (Panorama.am, with the sentence before): "its" is Saudi Arabia, not Britain, which the sentence lists
    among the suppliers; "main suppliers" ranks them among the top five even with no arms word in the sentence."""
    found = _kind("With an increase of 192 percent in arms imports, Saudi Arabia was the world's top arms importer during "
                  "the period, accounting for 12 percent of global imports. In addition to the U.S., its main suppliers "
                  "were Britain and France.", "arms supplier", "2019-03-11")
    assert {pair: c.within for pair, c in found.items()} == {("SAU", "USA"): 5, ("SAU", "GBR"): 5, ("SAU", "FRA"): 5}
