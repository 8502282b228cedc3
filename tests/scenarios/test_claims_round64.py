"""Claims round 64 (issue 13): a first place told by a verb of leading rather than a rank word. A partner that "took
the lead" (or is "taking the lead"), or "was (still) on top of the list ... of" a state's flow, is that state's first
partner by the flow the same sentence names ("for Saudi imports", "of Bangladesh's total exported goods", "from where
India imported"), with the share written after "with" when there is one."""
from latitude.scenarios.claims import find_claims


def _claims(text: str, date: str | None) -> dict[tuple[str, str], tuple[int | None, float | None, str]]:
    return {(c.subject, c.other): (c.rank, c.share, c.flow) for c in find_claims(text, date)
            if c.kind == "trading partner"}


def test_took_the_lead_for_the_owners_imports() -> None:
    # held28-008 (development data): China first among Saudi Arabia's suppliers, 21.4% (labelled supported)
    claims = _claims("As for Saudi imports, China also took the lead with its imports amounting to 21.4 percent of the "
                     "total during that period reaching SR12 billion.", "2022-10-25")
    assert claims[("SAU", "CHN")] == (1, 21.4, "imports")


def test_taking_the_lead_with_a_share_of_the_owners_exports() -> None:
    # held34-010 (development data): the United States first among Bangladesh's markets with 17% (labelled
    # contradicted: the share is over 3 points off)
    claims = _claims("The ten countries imported over 71% or $28.89 billion of Bangladesh’s total exported goods in the "
                     "just concluded fiscal year, with the United States of America taking the lead with 17% exports "
                     "share.", "2019-07-10")
    assert claims[("BGD", "USA")] == (1, 17.0, "exports")


def test_on_top_of_the_list_of_countries_from_where_the_owner_imported() -> None:
    # held27-019 (development data): China first among India's suppliers of 2020 (labelled supported)
    claims = _claims("NEW DELHI: Even as most of last year saw Indian and Chinese soldiers engaged in a eyeball-eyeball "
                     "standoff near LAC in eastern Ladakh and violent clashes between troops in Galwan valley, China "
                     "continued to remain on top of the list of countries from where India imported goods during "
                     "January-December, 2020.", "2021-03-18")
    assert claims[("IND", "CHN")] == (1, None, "imports")


def test_a_general_sentence_and_a_lead_with_no_owner() -> None:
    # a general sentence (the round's brief): "remained on top of the list" of an owner's imports
    claims = _claims("In 2019, Germany remained on top of the list of countries from where Austria imported goods.",
                     "2020-05-01")
    assert claims[("AUT", "DEU")] == (1, None, "imports")
    # a lead in no state's flow is no trade claim
    assert ("", "DEU") not in _claims("Germany took the lead in the negotiations in 2019.", "2020-05-01")
    assert not any(key[1] == "DEU" and key[0] for key in _claims("Germany took the lead in the talks.", "2020-05-01"))
