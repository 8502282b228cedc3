"""Claims round 53 (issue 13): shares and ranks the finder does not read, sorted by construction on development data
(dev and held-out 1-56). The round reads the largest general construction of the share claims, a partner's share
told by a share noun: the possessor "its" standing for the state the sentence names ("China increased its share in
total U.S. imports", "its share of Pakistan's arms imports"), the owner "the country's", and the new level of a change
whose old level has its own period ("from 1.6 percent in 1987 to 22.0 percent in 2017") or is written "pc" ("fell
from 70 to 49pc")."""
from latitude.scenarios.claims import find_claims


def _shares(text: str, date: str | None, kind: str) -> set[tuple[str, str, float | None]]:
    return {(c.subject, c.other, c.share) for c in find_claims(text, date) if c.kind == kind}


def test_its_share_of_an_owners_imports_is_the_state_it_stands_for() -> None:
    # held28-003 (development data): China 22.0% of US imports in 2017 (labelled supported)
    claims = [c for c in find_claims("hanse data show that during the past 30 years, China increased its share in total "
                                     "U.S. imports from 1.6 percent in 1987 to 22.0 percent in 2017.", None)
              if c.kind == "trading partner"]
    assert [(c.subject, c.other, c.share, c.year) for c in claims] == [("USA", "CHN", 22.0, 2017)]


def test_a_suppliers_share_of_arms_imports_over_the_period_after_its_new_level() -> None:
    # held15-019 (development data): China 70% of Pakistan's arms imports in 2013-17 (labelled supported)
    claims = [c for c in find_claims(
        "Although the volume of China’s arms exports to Pakistan remained roughly the same in both periods, its share "
        "of Pakistan’s arms imports rose from 45 per cent in 2008–12 to 70 per cent in 2013–17 due to the overall "
        "decrease in Pakistan’s arms imports between those periods, SIPRI said.", None) if c.kind == "arms supplier"]
    assert [(c.subject, c.other, c.share, c.span) for c in claims] == [("PAK", "CHN", 70.0, (2013, 2017))]


def test_a_share_written_pc() -> None:
    # held45-004 (development data): Russia 49% of India's arms imports (labelled supported)
    assert ("IND", "RUS", 49.0) in _shares(
        "Russia was the largest arms supplier to India in both 2011-15 and 2016-20. However, Russia’s deliveries "
        "dropped by 53pc between the two periods and its share of total Indian arms imports fell from 70 to 49pc.",
        "2021-03-19", "arms supplier")


def test_a_share_of_the_countrys_exports() -> None:
    # a general sentence: China's share of Thailand's exports, the owner told by "the country's"
    assert ("THA", "CHN", 11.1) in _shares(
        "Thailand's exports grew in 2016. China's share of the country's exports rose to 11.1 per cent.", None,
        "trading partner")
