"""Claims round 132 (issue 13): a partner's share of a state's flow told by a "share of" noun phrase whose owner's flow is
its import or export market ("China's share of the U.S. import market declined to 13.1%"), is named with words of the
whole flow between ("Russia's share of Ukraine's total balance of foreign trade"), or comes after the flow ("the U.S.
share of imports into China", "China's share in the structure of imports of the Republic of Kazakhstan"). On main none of
the development rows quoted had a trade reading of the pair. Not read: a product's flow, the partner's own goods, and a
level that held only until a year."""
from latitude.scenarios.claims import find_claims


def _trade(text: str) -> dict[tuple[str, str], float | None]:
    return {(c.subject, c.others[0]): c.share for c in find_claims(text, None) if c.kind == "trading partner"}


def test_a_share_of_a_states_import_market() -> None:
    # held133-008 and held133-002 (development)
    assert _trade("China’s share of the U.S. import market declined to 13.1% in the first eight months of 2024 from "
                  "13.5% in the same period last year.").get(("USA", "CHN")) == 13.1
    assert _trade("South Korea’s share of China’s import market fell to 6 percent last year.").get(("CHN", "KOR")) == 6.0


def test_a_share_of_a_states_whole_flow_told_in_more_words() -> None:
    # held28-043 (development)
    got = _trade("Ukrainian President Petro Poroshenko has said Russia's share of Ukraine's total balance of foreign "
                 "trade during Russian aggression has reduced to 8%.")
    assert got.get(("UKR", "RUS")) == 8.0


def test_a_share_with_the_owner_after_the_flow() -> None:
    # held68-005 and held133-005 (development)
    got = _trade("Although China continues to be the third-largest destination for U.S. exports, the U.S. share of "
                 "imports into China has fallen from 10% to 7% from 2000 to 2012.")
    assert got.get(("CHN", "USA")) == 7.0
    got = _trade("China's share in the structure of imports of the Republic of Kazakhstan amounted to 21.9 percent.")
    assert got.get(("KAZ", "CHN")) == 21.9


def test_written_sentences_of_the_shape() -> None:
    got = _trade("Germany's share of the Polish export market slipped to 27 percent in 2023.")   # a demonym owner
    assert got.get(("POL", "DEU")) == 27.0
    assert _trade("Japan's share of Thailand's export market rose to 9 percent last year.").get(("THA", "JPN")) == 9.0
    got = _trade("Vietnam's share of the total volume of exports from Cambodia reached 12 percent in 2022.")
    assert got.get(("KHM", "VNM")) == 12.0


def test_guards_that_must_not_change() -> None:
    # held67-012 (development, labelled with no claim): a level that held until a year
    assert ("ARM", "CHN") not in _trade("China’s share in overall imports to Armenia stayed below 1% until 2004.")
    # a product's flow and the partner's own goods are no share of the state's flow
    assert ("BRA", "CHN") not in _trade("China's share of Brazil's soybean exports rose to 70 percent in 2023.")
    assert ("USA", "CHN") not in _trade("The U.S. share of imports of Chinese goods fell to 14 percent.")
    assert ("CHN", "USA") not in _trade("The U.S. share of imports of Chinese goods fell to 14 percent.")
