"""Claims round 85 (issue 13): arms-supplier shares whose owner is in the sentence before. A share of "these weapons" or
"these imports" is a share of the arms the sentence before spoke of, so its owner is that sentence's state, not the
supplier this sentence names: "The vast majority of Australia's 2016 arms imports were aircraft and missiles. The United
States supplied over 80% of these weapons systems" (Australia's supplier). The development rows quoted (held28-032,
held46-016, held80-001) were "owner only in the sentence before" misses on main; so was held78-006, whose arms "are mainly
imported from" a list of states with their shares, the buyer named only in the sentence before."""
from latitude.scenarios.claims import find_claims


def _arms(text: str, date: str | None = None) -> dict[tuple[str, str, str], float | None]:
    return {(c.kind, c.subject, c.others[0]): c.share for c in find_claims(text, date)
            if c.kind in ("arms supplier", "arms exports")}


def test_a_supplier_of_these_weapons_systems() -> None:
    # held28-032 (development), after its context sentence
    got = _arms("The vast majority of Australia’s 2016 arms imports were aircraft and missiles. The United States supplied "
                "over 80% of these weapons systems, accounting for $869 million of the country’s total weapons imports.")
    assert got.get(("arms supplier", "AUS", "USA")) == 80.0


def test_these_imports_came_from() -> None:
    # held80-001 (development)
    got = _arms("Between 2020 and 2024, Kazakhstan’s arms purchases accounted for just under 1% of total global imports, "
                "placing the country 26th in the rankings. Nearly 90% of these imports came from Russia, reinforcing "
                "Moscow’s role as the country’s main supplier.")
    assert got.get(("arms supplier", "KAZ", "RUS")) == 90.0


def test_these_weapons_were_sourced_from() -> None:
    # held46-016 (development)
    got = _arms("Australia’s share of international arms imports has doubled in the past four years, making it the "
                "seventh largest major weapons importer in the world, figures from the Stockholm International Peace "
                "Research Institute (Sipri) show. More than three quarters of these weapons were sourced from the US, "
                "according to Sipri.")
    assert got.get(("arms supplier", "AUS", "USA")) == 75.0
    bound = [c.qualifier for c in find_claims("Australia bought many arms in 2010-2014. More than three quarters of these "
                                              "weapons were sourced from the US.") if c.kind == "arms supplier"]
    assert bound == ["over"]   # "more than three quarters": over 75%, not about 75%


def test_a_general_sentence() -> None:
    got = _arms("Algeria bought weapons worth billions in 2015-2019. Russia provided 67 percent of these arms.")
    assert got.get(("arms supplier", "DZA", "RUS")) == 67.0


def test_no_imports_before_no_owner() -> None:
    # the sentence before speaks of no arms imports: "these weapons" has no owner the reader can take
    got = _arms("Egypt held talks with Greece on Monday. The United States supplied 80% of these weapons.")
    assert ("arms supplier", "EGY", "USA") not in got and ("arms supplier", "GRC", "USA") not in got


def test_arms_imported_from_a_list_with_shares() -> None:
    # held78-006 (development): the buyer is the state the sentence before ranks among arms importers
    got = _arms("On the other hand, Algeria ranks 18th in world arms imports at 1.8% between 2018 and 2022, compared to "
                "4.1% (-58%) between 2013 and 2017. Arms are mainly imported from France (5.2%), Germany (10%) and Russia "
                "(73%).")
    assert got.get(("arms supplier", "DZA", "FRA")) == 5.2
    assert got.get(("arms supplier", "DZA", "DEU")) == 10.0
    assert got.get(("arms supplier", "DZA", "RUS")) == 73.0
    # the range after "compared to 4.1% (-58%)" is the comparison's, not the claim's: the period is 2018-2022
    spans = {c.span for c in find_claims("On the other hand, Algeria ranks 18th in world arms imports at 1.8% between 2018 "
                                         "and 2022, compared to 4.1% (-58%) between 2013 and 2017. Arms are mainly "
                                         "imported from France (5.2%), Germany (10%) and Russia (73%).")
             if c.kind == "arms supplier"}
    assert spans == {(2018, 2022)}


def test_weapons_bought_from_a_general_list() -> None:
    got = _arms("Vietnam's arms imports rose sharply in 2015-2019. Its weapons were mostly bought from Russia (60%), "
                "Israel (20%) and Belarus (8%).")
    assert got.get(("arms supplier", "VNM", "RUS")) == 60.0 and got.get(("arms supplier", "VNM", "BLR")) == 8.0
