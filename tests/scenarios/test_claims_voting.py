"""Claims as people write them (sixth round of issue 13). UN voting: a vote word without the UN named,
the voters of the pole's own clause, and one vote told as an event (not checkable) against a voting
habit (judged on yearly agreement). Every sentence is real, from the development sets
tests/fixtures/claims/dev.jsonl, heldout8.jsonl and heldout9.jsonl (their URLs there); the expected
claims and verdicts are those files' hand labels, derived from the raw mirror files."""
from __future__ import annotations

import pytest

from latitude.scenarios.claims import check_claims, find_claims
from latitude.scenarios.claims.alignment import particular_vote


def _voting(text: str, date: str | None):
    return [c for c in find_claims(text, date) if c.kind == "UN voting"]


def test_a_list_after_voting_in_accordance_with_a_pole_needs_no_un_word() -> None:
    """rusreality.com (held9-026): the sentence names neither the UN nor "coincidence"; the ten voters
    follow the colon, the pole is "the position of Washington"."""
    text = ("There is another list, which included countries from voting in accordance with the position of "
            "Washington: Israel, Micronesia, Canada, Marshall Islands, Australia, the UK, France, Palau, Ukraine, Czech "
            "Republic, reports TASS.")
    claims = _voting(text, "2018-04-28")
    assert {(c.subject, c.other) for c in claims} == {(c, "USA") for c in (
        "ISR", "FSM", "CAN", "MHL", "AUS", "GBR", "FRA", "PLW", "UKR", "CZE")}
    assert {c.topic for c in claims} == {"with"}


def test_voters_joined_with_a_pole_in_opposition_to_a_resolution_are_one_vote() -> None:
    """Buenos Aires Times (held8-027): the countries between dashes still belong to the list; "the non-binding
    resolution" makes it one vote."""
    text = ("Russia was joined by only Belarus – a key launching point for its invasion – Eritrea, North Korea and Syria "
            "in opposition to the non-binding resolution.")
    claims = _voting(text, "2022-03-03")
    assert {(c.subject, c.other) for c in claims} == {("BLR", "RUS"), ("ERI", "RUS"), ("PRK", "RUS"), ("SYR", "RUS")}
    assert {c.topic for c in claims} == {"single vote"}


def test_only_the_pole_s_clause_votes_with_it() -> None:
    """Kyiv Post (held9-028): Brazil, India and South Africa abstained; only China "backed its Russian
    partner and voted against" — one vote (label: not checkable), not a yearly alignment."""
    text = ("Most members of the BRICs intergovernmental organization abstained, most notably Brazil, India, and South "
            "Africa, while China, hardly surprisingly, backed its Russian partner and voted against.")
    claims = _voting(text, "2023-12-20")
    assert [(c.subject, c.other, c.topic) for c in claims] == [("CHN", "RUS", "single vote")]


def test_sided_with_and_voted_against_a_resolution_is_one_vote(store_con) -> None:
    """trendtoreview.com (held9-027): the phrase pattern reads "the US sided with Russia"; the sentence
    reports one vote, so it is not checkable and names what would decide it (label: not checkable)."""
    text = ("In a major shift from its longstanding foreign policy, the US sided with Russia and voted against a United "
            "Nations resolution baked by Europe.")
    claims = _voting(text, "2025-02-25")
    assert [(c.subject, c.other, c.topic) for c in claims] == [("USA", "RUS", "single vote")]
    verdict = check_claims(store_con, claims)[0]
    assert verdict.verdict == "not checkable" and "resolution" in verdict.figures


@pytest.mark.parametrize("sentence, one", [
    # dev049 (techensive.com): three motions voted on the day: particular votes
    (("Ahead of today’s Assembly vote, India voted with the West and against Russia on three procedural motions that "
      "did not affect its substantive neutrality."), True),
    # held9-027 and held9-028 above: past-tense votes on one resolution
    (("In a major shift from its longstanding foreign policy, the US sided with Russia and voted against a United "
      "Nations resolution baked by Europe."), True),
    # held7-024 (jewishvirtuallibrary.org): a ranking of voting coincidence over a year is a habit
    (("In 2018, the 10 countries with the highest voting coincidence with the United States were, in descending order: "
      "Israel, Micronesia, Canada, Australia, Marshall Islands, United Kingdom, Hungary, France, Poland, and the Czech "
      "Republic."), False),
    # held8-026 (snuffysmithsblog): striving to align votes is a habit
    (("China and Russia consider one another strategic partners and they strive to align their votes at the United "
      "Nations as closely as possible, in part to act as a brake on the projection of American power."), False),
])
def test_one_vote_or_a_habit(sentence: str, one: bool) -> None:
    assert particular_vote(sentence.lower()) is one


# --- the other misses of held-out 9 (development data since it was scored) ------------------------

def test_suppliers_after_a_colon_with_shares_in_an_article_about_arms() -> None:
    """al-Arabiya (held9-018): "main suppliers" has no arms word of its own; the sentence before (Qatar's
    purchases of aircraft, missiles ...) makes it arms; the owner is the article's state, each share the
    one written next to the supplier (labels: QAT's suppliers USA 42, FRA 29, ITA 14)."""
    text = ("Qatar’s purchases during 2022 included aircraft, air defense systems, armored vehicles, missiles, naval "
            "weapons, sensors and ships. The Gulf country’s main suppliers and their share of its total imports: US (42 "
            "percent), France (29 percent) and Italy (14 percent).")
    claims = [c for c in find_claims(text, "2023-03-13") if c.kind == "arms supplier"]
    assert {(c.subject, c.other, c.share) for c in claims} == {("QAT", "USA", 42.0), ("QAT", "FRA", 29.0),
                                                                ("QAT", "ITA", 14.0)}


def test_a_stated_decade_is_the_period_judged(store_con) -> None:
    """defencedirectory.com (held9-012): "in the 1980s" is 1980-1989, not the latest period; the label's
    figure, from the raw 360info SIPRI file for 1980-1989: USA rank 1 with 25.3% of Indonesia's imports."""
    text = ("The US was previously Indonesia's largest weapons supplier and annual arms sales went up to US$400 million "
            "(S$712 million) in the 1980s.")
    claims = [c for c in find_claims(text, "2003-04-15") if c.kind == "arms supplier"]
    assert [(c.subject, c.other, c.span) for c in claims] == [("IDN", "USA", (1980, 1989))]
    verdict = check_claims(store_con, claims)[0]
    assert verdict.verdict == "supported" and verdict.years == "1980-1989" and "25.3%" in verdict.figures


def test_dependence_in_an_opening_clause_belongs_to_the_main_subject() -> None:
    """National Interest (held9-022): the change ("diversifying") is the main clause's; the opening
    clause states the dependence, whose holder is the main clause's subject (label: VNM on RUS, arms)."""
    text = ("After depending on Russian arms sales for decades, Vietnam is diversifying its supply of weapons to preserve "
            "its autonomy and national security.")
    claims = [c for c in find_claims(text, None) if c.kind == "dependence"]
    assert [(c.subject, c.other, c.topic) for c in claims] == [("VNM", "RUS", "arms")]


def test_a_ranking_with_no_trade_word_after_a_ranking_sentence() -> None:
    """chinagoabroad.com (held9-008): "Placed second and third, respectively, were France and China" ranks
    them in the previous sentence's ranking, Germany's export customers (labels: FRA 2nd, CHN 3rd)."""
    text = ("The top customer for German goods was the United States with a volume of 113.5 billion euros. Placed second "
            "and third, respectively, were France (105.3 billion euros) and China (93.1 billion euros).")
    claims = [c for c in find_claims(text, "2019-02-21") if c.kind == "trading partner" and c.other in ("FRA", "CHN")]
    assert {(c.subject, c.other, c.rank, c.flow) for c in claims} == {("DEU", "FRA", 2, "exports"),
                                                                       ("DEU", "CHN", 3, "exports")}


def test_a_share_without_a_ranking_word() -> None:
    """investing.com (held9-002): "it currently contributes 26.2% of all Australian exports", "it" being
    China, the subject (label: AUS-CHN, a stated export share of 26.2%)."""
    text = ("China plays a major role in the Australian economy as it currently contributes 26.2% of all Australian "
            "exports, which roughly equals 78.7 billion dollars.")
    claims = [c for c in find_claims(text, "2014-04-02") if c.kind == "trading partner"]
    assert [(c.subject, c.other, c.share, c.flow) for c in claims] == [("AUS", "CHN", 26.2, "exports")]
