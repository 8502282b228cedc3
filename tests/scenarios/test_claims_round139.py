"""Claims round 139 (issue 13): the active verb of displacement in its other tenses and verbs. "X has overtaken Y to
once more become Z's top destination", "X outpaced Y to become Z's third-largest trading partner", "X overthrew Y as
the leading importer of Z's products", "X took the place of Y as the biggest trading partner of Z": the place is X's,
the subject that takes it, and Y, the partner after the verb, is the one displaced. On main `_patterns.COPULA` read only
the simple past of five verbs ("overtook/displaced/replaced/surpassed/ousted Y as"), so these gave no claim for X and
often gave the place to Y (an extra claim). A sentence whose verb is no displacement is left as it was."""
from latitude.scenarios.claims import find_claims


def _pairs(text: str, kind: str = "trading partner", date: str | None = "2024-03-01") -> dict[tuple[str, str], int]:
    return {(c.subject, c.others[0]): c.rank for c in find_claims(text, date) if c.kind == kind}


def test_has_overtaken_to_once_more_become() -> None:
    # held97-003 (development): no claim for the US on main, China read as Japan's top destination (an extra)
    got = _pairs("The US has overtaken China to once more become the top destination for Japan’s exports for the "
                 "first time since 2009.", date="2013-04-18")
    assert got.get(("JPN", "USA")) == 1
    assert ("JPN", "CHN") not in got


def test_outpaced_to_become() -> None:
    # held99-013 (development): Japan, not Vietnam, was read as South Korea's third-largest partner on main
    got = _pairs("In 2022, Vietnam outpaced Japan to become South Korea’s third-largest trading partner for the first "
                 "time.", date=None)
    assert got == {("KOR", "VNM"): 3}


def test_overthrew_as() -> None:
    # held65-045 (development)
    got = _pairs("In 2017, Pakistan overthrew Uganda as the leading importer of Kenyan products.", date="2017-08-24")
    assert got == {("KEN", "PAK"): 1}


def test_took_the_place_of_as() -> None:
    # held59-020 (development)
    got = _pairs("China took the place of the United States as the biggest trading partner of Germany, according to "
                 "a report by The Times of Malta.", date="2017-02-28")
    assert got == {("DEU", "CHN"): 1}


def test_has_superseded_as() -> None:
    # held97-011 (development)
    got = _pairs("Hong Kong has superseded China as the 3rd biggest export destination for India on the back of "
                 "rising demand of Indian products in Hong Kong.", date=None)
    assert got == {("IND", "HKG"): 3}


def test_edged_out_to_become_an_arms_supplier() -> None:
    # held24-016 (development): the United States, the displaced supplier, was read on main
    got = _pairs("Paris has edged out the US to become the second-largest weapons supplier to India in 2018-22.",
                 kind="arms supplier")
    assert got == {("IND", "FRA"): 2}


def test_written_has_overtaken_as() -> None:
    got = _pairs("Brazil has overtaken Argentina as Chile's second-largest export market.")
    assert got == {("CHL", "BRA"): 2}


def test_written_outstripped_to_become() -> None:
    got = _pairs("India outstripped Japan to become Bangladesh's top source of imports last year.")
    assert got.get(("BGD", "IND")) == 1
    assert ("BGD", "JPN") not in got


def test_guard_a_verb_of_no_displacement_is_left_as_it_was() -> None:
    # guard (the same on main): "joined" displaces no one, so both states keep the reading they had
    got = _pairs("Kenya joined Uganda as a leading market for Tanzanian exports.")
    assert ("TZA", "KEN") not in got
