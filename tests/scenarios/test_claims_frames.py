"""Claims read by role (`scenarios.claims.frames`): the owner of a ranking, the buyers and sellers of
arms, the voters and their pole, the two allies, read from how a sentence marks them rather than from
one word order. Every sentence is real, from the development sets tests/fixtures/claims/heldout2.jsonl,
heldout7.jsonl and heldout8.jsonl (their URLs there); the expected claims are the hand labels of
those files (kind, subject, partner), read off each sentence by a person."""
from __future__ import annotations

import pytest

from latitude.scenarios.claims import find_claims


def _pairs(text: str, date: str | None, kind: str) -> set[tuple[str, str]]:
    return {(c.subject, c.other) for c in find_claims(text, date) if c.kind == kind}


def test_a_ranking_of_voting_coincidence_is_a_claim_about_each_country_listed() -> None:
    """jewishvirtuallibrary.org (held7-024): the pole follows "with", the voters are the list."""
    text = ("In 2018, the 10 countries with the highest voting coincidence with the United States were, in descending "
            "order: Israel, Micronesia, Canada, Australia, Marshall Islands, United Kingdom, Hungary, France, Poland, and "
            "the Czech Republic.")
    claims = [c for c in find_claims(text, "2019-09-12") if c.kind == "UN voting"]
    assert {(c.subject, c.other) for c in claims} == {(c, "USA") for c in (
        "ISR", "FSM", "CAN", "AUS", "MHL", "GBR", "HUN", "FRA", "POL", "CZE")}
    assert {c.topic for c in claims} == {"with"}


def test_a_list_of_suppliers_after_a_buying_verb_is_one_deal_claim_each() -> None:
    """Columbus Free Press (held8-031): "purchased weapons from the U.S., China, South Korea, Russia Ukraine, ..."."""
    text = ("Buddhist-majority Thailand purchased weapons from the U.S., China, South Korea, Russia Ukraine, Israel, "
            "Sweden, Italy and elsewhere during the past 10 years under military and civilian governments.")
    assert _pairs(text, None, "arms exports") == {(s, "THA") for s in (
        "USA", "CHN", "KOR", "RUS", "UKR", "ISR", "SWE", "ITA")}


def test_recipients_named_after_the_verb_and_the_supplier_as_a_modifier() -> None:
    """altnews.org (held7-009): the supplier is the demonym of "weapons", the recipients follow "are"."""
    text = ("Other countries having received large shares of Russian weapons in the past several years are Egypt and "
            "Algeria, receiving upwards of 10 percent each, as well as Vietnam, Kazakhstan and Iraq.")
    assert _pairs(text, "2022-03-18", "arms exports") == {("RUS", r) for r in ("EGY", "DZA", "VNM", "KAZ", "IRQ")}


def test_a_possessed_customer_ranking_is_the_exporters() -> None:
    """jawawa.id (held8-029/030): "one of Beijing's leading customers", "it" being the Thai army of the
    sentence before; a customer with no arms word in its own sentence counts in an article about arms."""
    text = ("The Thai army, which gets most of its arms from the United States, began purchasing Chinese weapons in 1986. "
            "It has since become one of Beijing's leading customers for armored vehicles, artillery and has bought six "
            "frigates.")
    claims = [c for c in find_claims(text, None) if c.kind == "arms exports" and c.sentence.startswith("It has")]
    assert [(c.other, c.within, c.topic) for c in claims] == [("THA", 5, "client")]


def test_a_ranking_without_an_owner_belongs_to_the_previous_sentences_ranking() -> None:
    """Taipei Times (held2-001/002): "Neighboring France remained the second-most important business
    partner" ranks France in Germany's trade, the owner of the previous sentence's ranking, not China,
    that sentence's subject."""
    text = ("China last year became Germany’s most important trading partner for the first time, overtaking the US, "
            "which fell back to third place behind France, data released yesterday showed. Neighboring France remained "
            "the second-most important business partner, with a combined trade volume of 167 billion euros.")
    claims = [c for c in find_claims(text, "2017-02-25") if c.kind == "trading partner" and c.other == "FRA"]
    # the first sentence places France second too ("third place behind France", the twenty-sixth round)
    assert [(c.subject, c.rank, c.sentence.startswith("Neighboring")) for c in claims] == [("DEU", 2, False), ("DEU", 2, True)]


def test_the_owner_written_inside_the_ranking() -> None:
    """Pensions & Investments (held7-001): "the top U.S. trade partners"."""
    text = "China, Canada and Mexico were the top U.S. trade partners in 2015."
    assert _pairs(text, "2017-01-20", "trading partner") == {("USA", "CHN"), ("USA", "CAN"), ("USA", "MEX")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Japan also has an ally in the Republic of Korea, commonly known as South Korea.", {("JPN", "KOR")}),
    ("Japan has many current allies, the largest of which is the United States.", {("JPN", "USA")}),
    (("Australia and Japan have developed a strong alliance based on their shared democratic values and regional "
      "security concerns."), {("AUS", "JPN")}),
])
def test_two_countries_around_an_alliance_word_are_a_pair(sentence: str, expected: set) -> None:
    """japannihon.com and reference.com (held8-023, -024, -025): the pair is read in whatever order it is written."""
    assert {tuple(sorted(p)) for p in _pairs(sentence, None, "alliance")} == {tuple(sorted(p)) for p in expected}


def test_a_country_made_weapon_is_not_an_alliance_partner() -> None:
    """Korea JoongAng Daily (dev018): "U.S.-made weaponry" names no ally, and the alliance here is the
    previous sentence's ("between the two countries")."""
    text = "Due to the security alliance between the two countries, Korea inevitably relies on U.S.-made weaponry."
    assert _pairs(text, "2015-12-28", "alliance") == set()


def test_dependence_on_arms_written_as_a_demonym_takes_the_country_from_context() -> None:
    """The Diplomatic Insight (held8-028): "The country's military is dependent on Russian arms sales" after a sentence
    about India."""
    text = ("India is considered as a traditional friend of Russia and has tread very carefully since the start of the "
            "Ukraine war to cash its geopolitical sweet spot. The country’s military is dependent on Russian arms sales "
            "for its strike capability.")
    claims = [c for c in find_claims(text, "2023-04-30") if c.kind == "dependence"]
    assert [(c.subject, c.other, c.topic) for c in claims] == [("IND", "RUS", "arms")]


def test_a_change_in_dependence_is_not_read_as_a_level() -> None:
    """Deccan Herald (held018): "Indian dependence on Russian arms has decreased" is a change."""
    text = ("While Russia still accounts for the largest share of Indian arms imports at 36 per cent for 2020-24, data "
            "shows that Indian dependence on Russian arms has decreased drastically over the past couple of decades.")
    assert _pairs(text, "2025-03-10", "dependence") == set()


def test_the_pole_named_only_in_the_sentence_before_is_read_with_that_sentences_countries() -> None:
    """rusreality.com, 28 April 2018 (held9-025, development data since held-out 9 was scored): "the main
    opponents" are of Washington, named in the sentence before; the placeholders of that sentence
    are its own countries, not this one's (the bug scoring held-out 9 showed)."""
    text = ("United States of America built the list of countries whose position in the UN General Assembly in most "
            "cases contrary to the views of Washington, said at the permanent mission of the United States at the world "
            "body. Among the main opponents were Zimbabwe, Burundi, Iran, Syria, Venezuela, North Korea, Turkmenistan, "
            "Cuba, Bolivia and South Africa.")
    claims = [c for c in find_claims(text, "2018-04-28") if c.kind == "UN voting"]
    assert {(c.subject, c.other, c.topic) for c in claims} == {(c, "USA", "against") for c in (
        "ZWE", "BDI", "IRN", "SYR", "VEN", "PRK", "TKM", "CUB", "BOL", "ZAF")}
