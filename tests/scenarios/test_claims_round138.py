"""Claims round 138 (issue 13): the voters against one vote listed with the one permanent member of the Security Council
among them. "Russia, Belarus, Syria, Nicaragua, and North Korea were the only countries to vote against it", "Only two
countries voted against the measure: the United States and Israel": the list is the camp of that power, so each other
listed state voted with it on that one vote, a UN voting claim that is not checkable (roll calls are not matched to
resolutions named in prose). On main such a list named no pole and gave no claim."""
from latitude.scenarios.claims import find_claims


def _votes(context: str, sentence: str, date: str | None = "2023-02-24") -> dict[tuple[str, str], str]:
    """The UN voting claims of the sentence (not of its context), as `evaluate.run` reads a row: pair -> topic."""
    before = {c.sentence for c in find_claims(context, date)}
    return {(c.subject, c.others[0]): c.topic for c in find_claims(f"{context} {sentence}".strip(), date)
            if c.kind == "UN voting" and c.sentence not in before}


def test_the_only_countries_to_vote_against_with_russia_among_them() -> None:
    # held140-009 (development): no claim on main
    got = _votes("One hundred twenty-two votes supported the resolution, which called for better collaboration between "
                 "the United Nations and the Council of Europe, 18 votes against it, and five abstentions.",
                 "Russia, Belarus, Syria, Nicaragua, and North Korea were the only countries to vote against it.",
                 "2023-05-02")
    assert got == {(code, "RUS"): "single vote" for code in ("BLR", "SYR", "NIC", "PRK")}


def test_a_list_in_dashes_of_the_voters_against() -> None:
    # held119-004 (development): no claim on main
    got = _votes("The number of nations voting against Thursday’s resolution marks a slight increase from the last time "
                 "the U.N. voted on a similar measure in March 2022.",
                 "During that vote, five nations—Belarus, North Korea, Eritrea, Russia, and Syria—voted against the "
                 "resolution.")
    assert got == {(code, "RUS"): "single vote" for code in ("BLR", "PRK", "ERI", "SYR")}


def test_the_two_voters_against_after_a_colon() -> None:
    # held84-009 (development): no claim on main
    got = _votes("The world saw a striking example of this on November 2, when almost every country on Earth supported a "
                 "UN General Assembly resolution that called to end the US embargo against Cuba.",
                 "Only two countries voted against the measure: the United States and Israel.", "2023-11-10")
    assert got == {("ISR", "USA"): "single vote"}


def test_a_written_list_with_china() -> None:
    got = _votes("", "China, Cambodia and Laos voted against the draft resolution at the UN General Assembly on Tuesday.",
                 "2024-10-16")
    assert got == {("KHM", "CHN"): "single vote", ("LAO", "CHN"): "single vote"}


def test_a_written_list_that_opposed_not_the_abstainers() -> None:
    got = _votes("", "In Friday's vote at the General Assembly, Nicaragua, Russia and Mali opposed the resolution, while "
                     "China and India abstained.", "2024-03-01")
    assert got == {("NIC", "RUS"): "single vote", ("MLI", "RUS"): "single vote"}


def test_two_permanent_members_or_a_list_of_allies_name_no_pole() -> None:
    # guards (the same on main): two permanent members in one list; held18-024's list named as Russian allies
    assert _votes("", "The United States, Britain and Israel voted against the resolution at the UN on Monday.",
                  "2024-05-13") == {}
    assert _votes("", "Of the 127 countries that participated in the vote, only five voted against the resolution who "
                      "could all be considered as Russian allies, namely Russia, Belarus, North Korea, Nicaragua, and "
                      "Syria.", "2023-03-01") == {}
