"""Claims round 75 (issue 13): a trading partner's place told in other words. A place told by an ordinal in the owner's
named flow ("China is a distant third in U.S. imports", held68-013), a first place told by "first" before the role after
the owner's possessive or with "of" the owner ("China remained Chile's first trading partner", held35-013), and the
number of a ranked plural role before its listed members ("Kenya's three largest trading partners are ...": the top
three, not the top five). The first two were "rank or share word not read" misses of development rows on main; the
third read the first member among the top five."""
from latitude.scenarios.claims import find_claims


def _claims(text: str, date: str | None = None) -> dict[tuple[str, str], tuple[int | None, int | None, str]]:
    return {(c.subject, c.others[0]): (c.rank, c.within, c.flow) for c in find_claims(text, date)
            if c.kind == "trading partner"}


def test_an_ordinal_place_in_the_owners_named_flow() -> None:
    # held68-013 (development)
    assert _claims("At $82 billion, China is a distant third in U.S. imports compared to Canada and Mexico, but it is "
                   "quickly rising.")[("USA", "CHN")] == (3, None, "imports")
    # general sentences
    assert _claims("South Korea ranked fifth in China's imports last year.") == {("CHN", "KOR"): (5, None, "imports")}
    assert _claims("Japan came in second in Thailand's total trade in 2019.") == {("THA", "JPN"): (2, None, "total")}


def test_first_before_the_role_is_the_first_place() -> None:
    # held35-013 (development)
    assert _claims("According to data from a foreign trade report prepared by the national Ministry of Foreign Affairs, "
                   "they point out that 2016 China remained Chile's first trading partner.") == {
        ("CHL", "CHN"): (1, None, "total")}
    # a general sentence
    assert _claims("Germany is the first trading partner of France.") == {("FRA", "DEU"): (1, None, "total")}


def test_a_first_in_time_or_a_product_is_no_place() -> None:
    # passes on main's code as on the branch: "first ... to sign" is a first in time; "exports of cars" a product
    assert _claims("Canada was Israel's first trading partner to sign a free trade agreement.") == {}
    assert _claims("Japan ranked third in China's exports of cars.") == {}


def test_the_number_of_a_ranked_plural_role_before_its_members() -> None:
    # the older pattern read the first member among the top five (claims round 73's "What is left")
    assert _claims("Kenya's three largest trading partners are Uganda, the Netherlands and the United States.") == {
        ("KEN", p): (None, 3, "total") for p in ("UGA", "NLD", "USA")}
    assert _claims("Kenya's two largest export markets are Uganda and Pakistan.") == {
        ("KEN", p): (None, 2, "exports") for p in ("UGA", "PAK")}
