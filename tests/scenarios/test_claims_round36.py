"""Claims round 36: shares listed after a colon or a dash whose owner and flow the head names (`claims.lists`).

Expected values are read by hand from the sentences (development data: held-out 36's held36-008, and variants)."""
from latitude.scenarios.claims import find_claims


def _read(text: str, date: str | None = None) -> dict[tuple[str, str, str], tuple[float | None, str]]:
    return {(c.kind, c.subject, c.other): (c.share, c.flow) for c in find_claims(text, date)}


def test_a_verb_list_after_a_colon_gives_each_state_its_share() -> None:
    """held36-008: the head names Russia's arms exports; "each" gives one share to both China and Vietnam."""
    found = _read("Three states accounted for a significant area of Russia’s arms exports: India received 39 percent, "
                  "while China and Vietnam each net 11 percent.")
    assert {k: v[0] for k, v in found.items()} == {("arms exports", "RUS", "IND"): 39.0,
                                                   ("arms exports", "RUS", "CHN"): 11.0,
                                                   ("arms exports", "RUS", "VNM"): 11.0}
    # guards: several states with one share and no "each"; a head naming two states, or no flow; "suppliers" alone
    # (arms or goods) with no word of arms in the sentence
    assert not _read("Russia’s arms exports in 2019-23: China and Vietnam 22 percent.")
    assert not _read("Russia and China’s exports: India (20 percent), Brazil (10 percent).")
    assert not _read("The talks covered three issues: Japan and China agreed on 20 percent tariffs.")
    assert not _read("Saudi Arabia’s main suppliers and their share of its total imports: US (78 percent), "
                     "France (6.4 percent) and Spain (4.9 percent).", "2023-03-13")


def test_a_dash_list_of_shares_with_their_states() -> None:
    """held27-013's shape with a real dash: each share goes to the state after its "with", not to the one before it."""
    found = _read("However, trade with these neighbors made up a much smaller share of U.S. trade — 15.2% with Canada "
                  "and 15.7% with Mexico.", "2022-03-01")
    assert found == {("trading partner", "USA", "CAN"): (15.2, "total"), ("trading partner", "USA", "MEX"): (15.7, "total")}


def test_a_share_completes_the_ranking_of_the_list_head() -> None:
    """The head's "top export markets" ranks the list; each bracket adds its share to that claim."""
    found = _read("Mexico’s top export markets in 2019: the United States (80 percent), Canada (3 percent) and "
                  "China (1.6 percent).")
    assert found == {("trading partner", "MEX", "USA"): (80.0, "exports"),
                     ("trading partner", "MEX", "CAN"): (3.0, "exports"),
                     ("trading partner", "MEX", "CHN"): (1.6, "exports")}
