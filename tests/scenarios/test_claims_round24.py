"""Issue 13, twenty-fourth round: dependence on one good (a share "of its gas needs from X", "X supplies Y with N
percent of its fuel"), dependence on trade written with the flow before the partner ("relied on trade with X", "relies
on exports to X"), on "military imports" and on "X imports".

The texts are development sentences (tests/fixtures/claims, the id in each comment) or short variants of them written
to check that a rule holds for other inflections and word orders; the expected owners, partners, topics and flows are
read off the text by hand. `find_claims` needs no store."""
from latitude.scenarios.claims import find_claims

DEP = "dependence"


def _read(text: str) -> dict[tuple[str, str], tuple[str, str]]:
    return {(c.subject, c.other): (c.topic, c.flow) for c in find_claims(text, None) if c.kind == DEP}


def test_a_share_of_one_good_is_a_dependence_on_a_product_the_store_lacks() -> None:
    # held22-034 and held8-009
    assert _read("In this regard, Germany met 55 percent of its gas needs from Russia but after the invasion, as of "
                 "June, that has come down to 35 percent.") == {("DEU", "RUS"): ("product:gas", "total")}
    assert _read("Russia, for its part, supplies Mongolia with 95 percent of its fuel.") == {
        ("MNG", "RUS"): ("product:fuel", "total")}
    # other inflections and goods
    assert _read("Hungary imports about 85% of its oil from Russia.") == {("HUN", "RUS"): ("product:oil", "total")}
    assert _read("Egypt bought nearly 60 per cent of its wheat from Russia.") == {("EGY", "RUS"): ("product:wheat", "total")}
    assert _read("Russia provided Armenia with 80 percent of its electricity.") == {
        ("ARM", "RUS"): ("product:electricity", "total")}
    # a share of its arms or of its imports is an arms-supplier or trading-partner claim, not a dependence
    assert _read("India imports almost 70 percent of its arms from Russia.") == {}   # held022
    assert _read("Mexico gets 45 percent of its imports from the United States.") == {}


def test_dependence_on_trade_written_with_the_flow_before_the_partner() -> None:
    # held27-012: both owners, judged on total trade
    got = _read("In 2023, Canada and Mexico heavily relied on trade with the U.S., which accounted for 67.8% and 65.7% "
                "of their total trade, respectively.")
    assert got == {("CAN", "USA"): ("trade", "total"), ("MEX", "USA"): ("trade", "total")}
    assert _read("Chile's economy relies on exports to China.") == {("CHL", "CHN"): ("trade", "exports")}
    assert _read("Cuba depended on imports from the Soviet Union.")[("CUB", "RUS")][1] == "imports"


def test_military_imports_and_imports_after_the_partner() -> None:
    # held19-006: military imports are arms, not a defence pact
    assert _read("Traditionally, China relied heavily on Russia for military imports.") == {("CHN", "RUS"): ("arms", "total")}
    # held7-023: "relies on Chinese imports" is China's share of Vietnam's imports
    got = _read("Vietnam heavily relies on Chinese imports for its exports almost one-third of Vietnam's overall imports "
                "originate from China.")
    assert got[("VNM", "CHN")] == ("trade", "imports")
    # held22-035: categories of exports are products
    assert _read("New Zealand is heavily reliant on China for its three largest categories of exports.")[
        ("NZL", "CHN")][0].startswith("product:")
