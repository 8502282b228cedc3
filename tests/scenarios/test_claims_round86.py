"""Claims round 86 (issue 13): trading-partner lists after a verb of trading. A state that exports, imports or trades
"mainly", "mostly", "chiefly" or "heavily" to, from or with a list of states ranks each of them among its top five (or as
many as the list names), on the flow the verb tells; an opening "it" is the sentence before's subject, and a participle
("..., exporting mostly to ...") the state whose trade the sentence before told. The development rows quoted (held48-008,
held28-020) were "owner only in the sentence before" misses on main."""
from latitude.scenarios.claims import find_claims


def _trade(text: str, date: str | None = None) -> dict[tuple[str, str], tuple[int | None, str, float | None]]:
    return {(c.subject, c.others[0]): (c.within, c.flow, c.share) for c in find_claims(text, date)
            if c.kind == "trading partner"}


def test_it_also_trades_heavily_with_a_list() -> None:
    # held48-008 (development), after its context sentence, which names the owner
    got = _trade("Not surprisingly, the United States conducts most of its trade with its two neighbors, Canada and "
                 "Mexico. It also trades heavily with China, Japan, Germany, South Korea, Taiwan, and Great Britain.")
    for partner in ("CHN", "JPN", "DEU", "KOR", "GBR"):
        assert got.get(("USA", partner)) == (6, "total", None)


def test_a_participle_exporting_mostly_to_a_list_with_shares() -> None:
    # held28-020 (development), after its context sentence, which names the owner
    got = _trade("In 2022, Mongolia was the 94th in total exports, with a trade of $13.6B, and the 125th in total imports, "
                 "with a trade of $8.49B. In 2022 the most exported product was Coal Briquettes, with a trade of $6.48B, "
                 "followed by Copper Ore ($2.73B), Gold ($2.05B), Animal Hair ($430M), and Iron Ore ($389M), exporting "
                 "mostly to China (77.8%), Switzerland (14.6%), Singapore (2.55%), South Korea (1.9%), and Russia (0.83%).")
    assert got.get(("MNG", "CHN")) == (5, "exports", 77.8)
    assert got.get(("MNG", "CHE")) == (5, "exports", 14.6)
    assert got.get(("MNG", "RUS")) == (5, "exports", 0.83)


def test_exports_mainly_to_and_imports_chiefly_from() -> None:
    got = _trade("Chile exports mainly to China, the United States and Japan.")
    assert {k: v[:2] for k, v in got.items()} == {("CHL", "CHN"): (5, "exports"), ("CHL", "USA"): (5, "exports"),
                                                  ("CHL", "JPN"): (5, "exports")}
    got = _trade("Peru imports chiefly from China, the United States and Brazil.")
    assert got.get(("PER", "BRA"), (None, ""))[:2] == (5, "imports")


def test_a_flow_with_no_adverb_is_left_alone() -> None:
    assert _trade("Uganda has increased its exports to Kenya, South Sudan and Tanzania.") == {}
    assert _trade("Kenya exports mainly from Mombasa to Uganda and Tanzania.") == {}
