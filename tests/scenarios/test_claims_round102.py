"""Claims round 102 (issue 13): shares paired with a list of partners in order by "respectively". A sentence that lists
two or more partners and, after one verb, as many shares of one owner's flow, closed by "respectively" ("China and
Germany account for 13% and 11% of Algerian arms imports, respectively"), gives each partner the share in its place,
each read as the one-partner clause it stands for ("China account for 13% of Algerian arms imports"). The development row
quoted (held34-002) was a "rank or share word not read" miss on main, which read neither partner; on a trade sentence
main read only the last partner with the last share."""
from latitude.scenarios.claims import find_claims


def _shares(text: str, kind: str, date: str | None = None) -> dict[tuple[str, str], float | None]:
    return {(c.subject, c.others[0]): c.share for c in find_claims(text, date) if c.kind == kind}


def test_arms_shares_paired_by_respectively() -> None:
    # held34-002 (development)
    got = _shares("China and Germany account for 13% and 11% of Algerian arms imports, respectively.", "arms supplier")
    assert got == {("DZA", "CHN"): 13.0, ("DZA", "DEU"): 11.0}


def test_a_general_trade_sentence() -> None:
    got = _shares("China and the United States accounted for 25% and 15% of Japan's exports, respectively.",
                  "trading partner", "2021-01-01")
    assert got == {("JPN", "CHN"): 25.0, ("JPN", "USA"): 15.0}


def test_three_partners_in_order() -> None:
    got = _shares("In 2020, Russia, France and Israel supplied 45%, 30% and 10% of India's arms imports, respectively.",
                  "arms supplier")
    assert got == {("IND", "RUS"): 45.0, ("IND", "FRA"): 30.0, ("IND", "ISR"): 10.0}


def test_unequal_lists_are_not_paired() -> None:
    got = _shares("China, Japan and Korea accounted for 30% and 12% of Australia's exports, respectively.",
                  "trading partner", "2021-01-01")
    assert got.get(("AUS", "CHN")) != 30.0
