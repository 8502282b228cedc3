"""Claims round 145 (issue 13): an arms supplier's share told by the buyer's verb ("India sourced more than a third (36
percent) of its arms imports from Russia"): a participle ("receiving the majority of its weapons from"), a fraction with
its figure in brackets or alone ("about a third of its military equipment"), bare arms after "of" ("14 percent of arms
and military service from US"). Development rows, quoted with their set and row id; expected values are the rows' hand
labels."""
from latitude.scenarios.claims import find_claims

SUP, EXP = "arms supplier", "arms exports"


def _claims(context: str, sentence: str, date: str | None = None) -> dict[tuple[str, str, str], float | None]:
    before = {c.sentence for c in find_claims(context, date)} if context else set()
    return {(c.kind, c.subject, c.other): c.share for c in find_claims(f"{context} {sentence}".strip(), date)
            if c.sentence not in before}


def test_a_share_of_arms_bought_from_two_suppliers() -> None:
    # held54-033 (heldout54.jsonl): India-US and India-Russia, supported (14 and 68 percent in 2012-2016)
    got = _claims("However, India arms sales declined by 1.2 percent in 2016 as compared to 2015.",
                  "India purchased 14 percent of arms and military service from US and 68 percent from Russia during "
                  "2012-2016.")
    assert got.get((SUP, "IND", "USA")) == 14.0 and got.get((SUP, "IND", "RUS")) == 68.0


def test_a_fraction_with_its_figure_in_brackets() -> None:
    # held76-006 (heldout76.jsonl): India-Russia, supported (36 percent)
    got = _claims("For example to India, the largest importer in the world.",
                  "India sourced more than a third (36 percent) of its arms imports from Russia.")
    assert got.get((SUP, "IND", "RUS")) == 36.0


def test_a_fraction_alone_and_a_participle() -> None:
    # held141-007 (heldout141.jsonl): Israel-Germany, "about a third" (contradicted by the data, 46% in 2023)
    got = _claims("Nicaragua on Monday called on the UN's highest court to put a stop to Germany's weapons sales to Israel.",
                  "Israel purchased about a third of its military equipment from Germany in 2023, at a cost of $326 "
                  "million.")
    assert got.get((SUP, "ISR", "DEU")) is not None and round(got[(SUP, "ISR", "DEU")]) == 33
    # held89-007 (heldout89.jsonl): Armenia-Russia, "the majority of its weapons", supported
    got = _claims("While Russian Foreign Minister Sergey Lavrov pledged not to destabilize regions through arms sales, "
                  "Russia was the largest arms supplier to Azerbaijan from 2011 to 2020.",
                  "Despite Armenia also receiving the majority of its weapons from Russia during this period, Azerbaijan "
                  "outspent Armenia by over $5 billion, acquiring eight times more weaponry, than Armenia’s previous "
                  "corrupt administrations.")
    assert (SUP, "ARM", "RUS") in got


def test_guard_weapons_bought_with_no_share_stay_a_deal() -> None:
    # guard, held9-013 (heldout9.jsonl): Russia-Indonesia, an arms export (a deal), no supplier's share
    got = _claims("", "Indonesia has already purchased weapons from Moscow, recently acquiring 10,000 Kalashnikov assault "
                      "rifles, a fleet of naval Mil-2 choppers and a dozen BTR-80A amiphibious carriers.", "2003-04-15")
    assert (EXP, "RUS", "IDN") in got and not [k for k in got if k[0] == SUP]
