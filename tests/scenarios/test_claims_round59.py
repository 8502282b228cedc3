"""Claims round 59 (issue 13): places and amounts that claims round 58 left unread. A currency's abbreviated symbol
written with a full stop before its amount ("approximately Kshs. 21.46 billion", "Rs. 12 billion") no longer ends a
sentence, so the sentence after it keeps the flow the sentence before names; and a ranking the sentence before tells is
carried on by a verb that leaves a partner in a place ("That left France in second place")."""
from latitude.coding.text import split_sentences
from latitude.scenarios.claims import find_claims


def _claims(text: str, date: str | None) -> dict[tuple[str, str], tuple[int | None, str | None]]:
    return {(c.subject, c.other): (c.rank, c.flow) for c in find_claims(text, date) if c.kind == "trading partner"}


def test_a_currency_abbreviation_before_its_amount_ends_no_sentence() -> None:
    # a general sentence: the Nepalese rupee's "Rs." before the amount
    assert split_sentences("The World Bank will provide about Rs. 12 billion for Nepal's health sector. The loan "
                           "is its largest.") == ["The World Bank will provide about Rs. 12 billion for Nepal's health "
                                                  "sector.", "The loan is its largest."]


def test_the_flow_the_sentence_before_names_goes_on_past_the_amount() -> None:
    # held50-013 (development data): the Netherlands third among Kenya's export markets (labelled supported); the
    # sentence before names the flow, exports, before "Kshs. 21.2 billion"
    assert _claims("Kenya’s exports to Pakistan follow closely with approximately Kshs. 21.2 billion, mostly from tea. "
                   "The Netherlands comes third at Kshs 20.43 billion.", None)[("KEN", "NLD")] == (3, "exports")


def test_a_place_a_ranking_left_a_partner_in() -> None:
    # held60-025 (development data): France second among Germany's partners of the first half of 2015 (labelled
    # supported)
    assert _claims("Thanks to the combination of a rising US economy and a sinking euro, US imports of German goods "
                   "and services rose by 24 percent year-on-year in the first half of 2015, all the way up to 55.8 "
                   "billion euros, preliminary Destatis data showed. That left France in second place at 53.5 billion "
                   "euros.", None)[("DEU", "FRA")][0] == 2

