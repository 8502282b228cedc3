"""PLOVER round 48 (issue 13): the event's target in news sentences that got no record or no target read alone.
A rejection or denial of a particular statement told in the simple present of a news lead ("Armenia denies the
accusations of ...") is an act between the two named parties however low the is-it-an-event model scores it, as
an accusation in the simple present already was (a stance, "rejects Beijing's claims of sovereignty", is left out,
as the dev prose labels it no event). And "Azeri", "Ecuadoran" and "Maldivian" name their states (a published list
of demonyms). Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv) and the
held-out prose sets, labels by hand."""

from latitude.coding.coder import code_sentence


def _first(text: str) -> tuple[str | None, str | None, str | None]:
    records = code_sentence(text)
    if not records:
        return None, None, None
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_a_denial_of_the_other_sides_accusations_in_the_present_is_a_rejection_of_that_side():
    # set H, row H059: labelled REJECT ARM > AZE
    text = "The Ministry of Defense of Armenia denies the accusations of the Azerbaijani side on opening fire at the border."
    assert _first(text) == ("REJECT", "ARM", "AZE")


def test_a_rejection_of_the_other_governments_statement_in_the_present_is_a_rejection_of_that_government():
    # set J, row J040: labelled REJECT VEN > GUY
    text = (
        "Venezuela rejects the statement of the Ministry of Foreign Affairs of Guyana criticizing the entry into "
        "force of the Organic Law on the Protection of Guyana-Essequibo."
    )
    assert _first(text) == ("REJECT", "VEN", "GUY")


def test_a_rejection_of_a_leaders_statements_in_the_present_targets_the_leaders_state():
    # set J, row J010: labelled REJECT/ACCUSE DZA > FRA
    text = (
        'Algeria categorically rejects the statements of Macron which "constitute interference in its domestic '
        'affairs," it added.'
    )
    assert _first(text)[1:] == ("DZA", "FRA")


def test_a_denial_in_the_present_coordinated_with_an_accusation_is_coded_between_the_two_states():
    # set B, row B029: labelled ACCUSE BLR > POL
    text = "Belarus denies the claim and accuses Poland of violating human rights by refusing to allow the migrants in."
    assert _first(text)[1:] == ("BLR", "POL")


def test_the_azeri_forces_are_azerbaijans():
    # set AI, row AI051: labelled ACCUSE ARM > AZE
    text = (
        "Armenian officials accused the Azeri forces of using artillery and missiles early on Sunday, despite both "
        "sides agreeing on a ceasefire that went into effect at midnight local time."
    )
    assert _first(text) == ("ACCUSE", "ARM", "AZE")


def test_the_maldivian_president_names_the_maldives():
    # held-out prose 72, row ND038: labelled CONSULT MDV > LKA
    text = (
        "Maldivian President and the delegation arrived at the Bandaranaike International Airport on the 3rd of "
        "February for a three-day official visit upon the invitation of President Sirisena."
    )
    assert _first(text)[1:] == ("MDV", "LKA")
