"""Claims round 73 (issue 13): trading partners listed in apposition to a ranked plural role whose owner the same
sentence names before the role (an attributive "US", "India's"), after it ("of products exported by France") or by the
flow before "the top five countries" ("Turkish exports to"): "the four most important US trading partners – China,
Canada, Mexico and Japan". Each was a "rank or share word not read" miss of development rows (held68-025, held66-030,
held36-007, held31-020, held36-001) on main; each listed state is among the top N the sentence numbers, else among the
top five or as many as it lists."""
from latitude.scenarios.claims import find_claims


def _within(text: str, context: str = "") -> dict[tuple[str, str], tuple[int | None, str]]:
    before = {c.sentence for c in find_claims(context, None)} if context else set()
    found = find_claims(f"{context} {text}".strip(), None)
    return {(c.subject, c.others[0]): (c.within, c.flow) for c in found
            if c.kind == "trading partner" and c.sentence not in before}


def test_a_numbered_list_after_a_dash_with_an_attributive_owner() -> None:
    # held68-025 (development)
    assert _within("The envisaged realignment of US trade policy is set to have a significant impact on the four most "
                   "important US trading partners – China, Canada, Mexico and Japan.") == {
        ("USA", "CHN"): (4, "total"), ("USA", "CAN"): (4, "total"), ("USA", "MEX"): (4, "total"),
        ("USA", "JPN"): (4, "total")}
    # a general sentence
    assert _within("The tariffs will hit the three largest trading partners of Kenya: China, India and the United "
                   "States.") == {("KEN", p): (3, "total") for p in ("CHN", "IND", "USA")}


def test_the_top_five_countries_after_the_owners_exports() -> None:
    # held66-030 (development)
    found = _within("The organization added that Turkish exports to the top five countries, namely Germany, the United "
                    "Kingdom, Italy, Iraq and the United States, were all on the rise.")
    assert found == {("TUR", p): (5, "exports") for p in ("DEU", "GBR", "ITA", "IRQ", "USA")}


def test_importers_of_products_exported_by_the_owner() -> None:
    # held36-007 (development)
    found = _within("The 5 biggest importers of products exported by France are Germany, Italy, Belgium, Spain and the "
                    "United States of America.")
    assert found == {("FRA", p): (5, "exports") for p in ("DEU", "ITA", "BEL", "ESP", "USA")}


def test_an_unnumbered_list_of_more_than_five_after_a_dash() -> None:
    # held31-020 (development): six key markets, each among the top six
    found = _within("Exports to India’s key markets — the US, the United Arab Emirates, China, Singapore, Bangladesh "
                    "and Germany — witnessed a sharp decline, resulting in a 12.69 per cent contraction in outbound "
                    "shipments during the first month of the current financial year, commerce department data showed.")
    assert found == {("IND", p): (6, "exports") for p in ("USA", "ARE", "CHN", "SGP", "BGD", "DEU")}
    # a general sentence: "such as" after the role
    assert _within("Tariffs will fall on the main buyers of Kenyan goods, such as Uganda, Pakistan and the "
                   "Netherlands.") == {("KEN", p): (5, "exports") for p in ("UGA", "PAK", "NLD")}


def test_no_trade_list_after_a_sentence_about_arms() -> None:
    # held74-001 (development): the arms reader's
    assert _within("The three main customers for the U.S. were Saudi Arabia, United Arab Emirates, and Turkey.",
                   "Across the globe, the largest importers of arms are India, Saudi Arabia, and United Arab "
                   "Emirates.") == {}
