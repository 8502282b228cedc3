"""Claims round 111 (issue 13): a partner's share told by a verb with no ranking word. A share of a state's bare
"imports" told by a verb of any share ("China accounted for 25% of Sri Lanka's imports", "made up") is a share of its
trade; the arms readers read it as a share of arms imports too (an extra arms-supplier claim) unless the sentence or the
one before speaks of arms. A supplier's verb ("supplied", "provided") keeps the arms reading with no arms word
(held2-015, judged right as arms on main). The development rows quoted (held53-003, held106-001, held49-007,
held95-004) each gave an extra arms-supplier claim on main; a share of arms imports keeps its reading (the guards)."""
from latitude.scenarios.claims import find_claims


def _kinds(text: str, date: str | None = None) -> set[tuple[str, str, str]]:
    return {(c.kind, c.subject, c.others[0]) for c in find_claims(text, date)}


def test_a_share_of_imports_accounted_for_is_trade_not_arms() -> None:
    # held53-003 (development)
    got = _kinds("American goods imports from china dropped more than 20 per cent on the year for the January-November "
                 "period, according to US Commerce Department data. China accounted for 13.9 per cent of total US imports, "
                 "the smallest share since 2004, after peaking at more than 21 per cent around 2017.")
    assert ("trading partner", "USA", "CHN") in got and ("arms supplier", "USA", "CHN") not in got


def test_two_shares_of_imports_accounted_for_are_trade_not_arms() -> None:
    # held106-001 (development)
    got = _kinds("China accounted for 25% of Sri Lanka’s imports in January while India accounted for 24% of the "
                 "country’s imports in the month.", "2024-03-01")
    assert ("trading partner", "LKA", "CHN") in got
    assert not {k for k in got if k[0] == "arms supplier"}


def test_a_share_of_total_imports_is_trade_not_arms() -> None:
    # held49-007 and held95-004 (development)
    got = _kinds("In the first three months ended March 30th, South Korea's exports to China decreased to $38.2 billion. "
                 "According to customs data from the General Administration of Customs of China, South Korea accounted for "
                 "6.2% of China's total imports during the same period, down from 8.1% in the same period last year.")
    assert ("trading partner", "CHN", "KOR") in got and ("arms supplier", "CHN", "KOR") not in got
    got = _kinds("As of the end of May, China accounted for 13 percent of the US' imports, compared with the 15 percent of "
                 "Mexico.", "2023-07-19")
    assert ("arms supplier", "USA", "CHN") not in got


def test_a_general_sentence() -> None:
    got = _kinds("Last year Germany accounted for 21% of Poland's imports.", "2022-05-01")
    assert got == {("trading partner", "POL", "DEU")}
    assert ("arms supplier", "JPN", "USA") not in _kinds("The United States made up 10% of Japan's imports in 2021.")


def test_guard_a_share_of_arms_imports_keeps_its_reading() -> None:
    assert ("arms supplier", "IND", "RUS") in _kinds("Russia accounted for 73% of India's arms imports in 2019-23.")
    assert ("arms supplier", "PAK", "CHN") in _kinds("China remains a major factor, supplying 82% of Pakistan's weapons.")


def test_guard_a_suppliers_verb_keeps_the_arms_reading() -> None:
    # held2-015 (development; judged right on main and on the branch)
    got = _kinds("The United States supplied 73% of Saudi imports, followed in importance by the UK with 13% and France "
                 "with 4%.", "2020-03-20")
    assert {("arms supplier", "SAU", "USA"), ("arms supplier", "SAU", "GBR")} <= got


def test_guard_arms_named_in_the_sentence_before() -> None:
    got = _kinds("India was the world's largest arms importer in 2019-23, SIPRI said. Russia accounted for 36% of India's "
                 "imports in the period.")
    assert ("arms supplier", "IND", "RUS") in got
