"""Claims round 72 (issue 13): arms exports told as the exports' parts, each share with "to" ("Russia's arms exports were
35% to India, 15% to China and 14% to Algeria"), and as the recipient's share in the exporter's arms exports with the next
recipients' shares after it ("The UAE's share in Turkiye's arms exports was 15 percent, Qatar's was 13 percent ..."). Both
were "rank or share word not read" misses of development rows (held75-003, held75-004, held70-003) on main."""
from latitude.scenarios.claims import find_claims


def _shares(text: str) -> dict[tuple[str, str], float | None]:
    return {(c.subject, c.others[0]): c.share for c in find_claims(text, None) if c.kind == "arms exports"}


def test_the_exports_parts_each_told_with_to() -> None:
    # held75-003 and held75-004 (development)
    assert _shares("US arms exports were about 12% to South Korea, 10% to Australia and 7% to UAE.") == {
        ("USA", "KOR"): 12.0, ("USA", "AUS"): 10.0, ("USA", "ARE"): 7.0}
    assert _shares("Russia’s arms exports were 35% to India, 15% to China and 14% to Algeria.") == {
        ("RUS", "IND"): 35.0, ("RUS", "CHN"): 15.0, ("RUS", "DZA"): 14.0}
    # a general sentence
    assert _shares("France's arms exports were 28 per cent to India and 10 per cent to Qatar in 2020-2024.") == {
        ("FRA", "IND"): 28.0, ("FRA", "QAT"): 10.0}


def test_the_recipients_share_in_the_exporters_arms_exports() -> None:
    # held70-003 (development)
    assert _shares("The UAE’s share in Türkiye’s arms exports was 15 percent, Qatar’s was 13 percent and Pakistan’s "
                   "was 11 percent.") == {("TUR", "ARE"): 15.0, ("TUR", "QAT"): 13.0, ("TUR", "PAK"): 11.0}
    # a general sentence
    assert _shares("India's share in Israel's arms exports was 37 percent.") == {("ISR", "IND"): 37.0}


def test_a_trade_sentence_of_the_same_shape_is_no_arms_claim() -> None:
    assert _shares("Japan's exports were 20% to China, 18% to the United States and 7% to South Korea.") == {}
    assert _shares("China's share in Germany's exports was 8 percent.") == {}
