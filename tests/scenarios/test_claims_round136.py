"""Claims round 136 (issue 13): the voters against one vote whose pole the sentence before names by the voters who joined
it. "The six countries to vote against the resolution were Belarus, ..." after "... six countries joining Russia in
voting against it ...", or "Belarus, ... voted against it, while Mali and Eritrea were among the abstainers" after "...
the four that voted along with Russia against an October resolution ...": each listed voter voted with Russia on that
one vote, a UN voting claim that is not checkable (roll calls are not matched to resolutions named in prose). On main
the sentence named no pole of its own and gave no claim."""
from latitude.scenarios.claims import find_claims


def _votes(context: str, sentence: str, date: str | None = "2023-02-24") -> dict[tuple[str, str], str]:
    """The UN voting claims of the sentence (not of its context), as `evaluate.run` reads a row: pair -> topic."""
    before = {c.sentence for c in find_claims(context, date)}
    return {(c.subject, c.others[0]): c.topic for c in find_claims(f"{context} {sentence}", date)
            if c.kind == "UN voting" and c.sentence not in before}


def test_the_voters_listed_after_joining_russia_in_voting_against() -> None:
    # held41-002 (development): no claim on main
    got = _votes("The resolution, which calls for peace to be restored to the region, passed with 141 countries voting in "
                 "favor, six countries joining Russia in voting against it and 32 countries abstaining.",
                 "The six countries to vote against the resolution were Belarus, North Korea, Syria, Eritrea, Mali and "
                 "Nicaragua.")
    assert got == {(code, "RUS"): "single vote" for code in ("BLR", "PRK", "SYR", "ERI", "MLI", "NIC")}


def test_the_voters_against_after_voting_along_with_russia_not_the_abstainers() -> None:
    # held119-005 (development): no claim on main; Mali and Eritrea, the abstainers after "while", are no voters with Russia
    got = _votes("That number is an increase from the four that voted along with Russia against an October resolution "
                 "denouncing Russia's annexation of four occupied regions of Ukraine.",
                 "Belarus, North Korea, Syria and Nicaragua voted against it, while Mali and Eritrea were among the "
                 "abstainers.")
    assert got == {(code, "RUS"): "single vote" for code in ("BLR", "PRK", "SYR", "NIC")}


def test_a_written_pair_after_joining_the_united_states_in_opposition() -> None:
    got = _votes("At the General Assembly on Tuesday, two countries joined the United States in opposition to the text.",
                 "Israel and Argentina voted against the resolution.", "2024-11-05")
    assert got == {("ISR", "USA"): "single vote", ("ARG", "USA"): "single vote"}


def test_a_written_list_after_joining_china_in_voting() -> None:
    got = _votes("Three states joined China in voting against the draft at the UN General Assembly.",
                 "The countries that voted against the draft were Cuba, Iran and Venezuela.", "2024-10-01")
    assert got == {("CUB", "CHN"): "single vote", ("IRN", "CHN"): "single vote", ("VEN", "CHN"): "single vote"}


def test_two_poles_joined_give_no_pole() -> None:
    # guard (the same on main): "joined the United States and Israel" names two poles; held84-002's list stays unread
    got = _votes("At an October 27 U.N. General Assembly vote demanding a cease-fire in Gaza, only 12 nations joined the "
                 "United States and Israel in voting against the resolution.",
                 "Fiji, Tonga and Nauru voted against the resolution.", "2023-11-01")
    assert got == {}
