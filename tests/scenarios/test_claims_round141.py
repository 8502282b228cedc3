"""Claims round 141 (issue 13): one reading per pair and sentence. A pair the finder read both as trading partners and
as an arms pair in one sentence is one claim: the arms reading in a paragraph about arms (the sentence or the one before
names arms), the trade reading elsewhere. Expected values are by hand from the sentences."""
from latitude.scenarios.claims import find_claims

TP, AE, AS = "trading partner", "arms exports", "arms supplier"


def _keys(context: str, sentence: str, date: str | None = None) -> set[tuple[str, str, str]]:
    before = {c.sentence for c in find_claims(context, date)} if context else set()
    return {(c.kind, c.subject, c.other) for c in find_claims(f"{context} {sentence}".strip(), date)
            if c.sentence not in before}


def test_customers_after_a_sentence_about_arms_are_arms_claims_only() -> None:
    # held26-011 (development): Türkiye's arms customers, no trade ranking
    keys = _keys("Türkiye's global share of the arms trade increased in the period 2018-2022, by 0.5%.",
                 "Its top three customers are Qatar, UAE and Oman.", "2023-03-14")
    assert {(AE, "TUR", "QAT"), (AE, "TUR", "ARE"), (AE, "TUR", "OMN")} <= keys
    assert not {k for k in keys if k[0] == TP}


def test_written_arms_paragraphs_keep_one_reading() -> None:
    # written for this round: the same shape with other states
    keys = _keys("Spain's exports of arms rose sharply over the last five years.",
                 "Its top three customers were Australia, Saudi Arabia and Türkiye.")
    assert not {k for k in keys if k[0] == TP}
    keys = _keys("Italy's weapons sales grew by 86 percent in the period.",
                 "Qatar, Egypt and Kuwait were Italy's biggest customers.")
    assert not {k for k in keys if k[0] == TP}


def test_a_share_of_imports_with_no_arms_word_is_trade_only() -> None:
    # held57-023 (development): China's share of Ghana's imports, no arms claim
    keys = _keys("China has become the largest supplier of imports to Ghana.",
                 "According to a GNA report citing statistics from the Ministry of Trade, China has supplied 18.3 per "
                 "cent of Ghana’s imports worth over $2 billion in 2013.")
    assert (TP, "GHA", "CHN") in keys
    assert not {k for k in keys if k[0] in (AE, AS)}


def test_guard_a_trade_ranking_and_an_arms_ranking_of_other_pairs_stay() -> None:
    # guard: only a doubled pair loses a reading; a sentence about arms keeps its arms claim
    keys = _keys("", "Russia accounted for 77 percent of India's arms imports in the period.")
    assert (AS, "IND", "RUS") in keys
