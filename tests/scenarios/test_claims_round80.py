"""Claims round 80 (issue 13): the pole of one UN vote named as a voter beside the listed ones, by an opening "apart from
X," / "in addition to X," / "besides X," / "other than X," ("Apart from Russia, only four countries voted against:
Nicaragua, ...") or by "X itself" in the list of voters ("five against (Belarus, ..., Syria and Russia itself)"). Each
listed voter votes with the pole on that one vote, which is not checkable (roll calls are not matched to resolutions named
in prose); the three development rows quoted (held71-004, held71-005, held71-006) were "no rank or share word" misses on
main. A habit ("Apart from Israel, Micronesia votes with ...") keeps its own pole. A particular vote after the store's last
roll call says that the store's roll calls end before it."""
from latitude.scenarios.claims import find_claims
from latitude.scenarios.claims._base import UNCHECKABLE, Claim
from latitude.scenarios.claims.alignment import KIND, check


def _voting(text: str, date: str | None) -> set[tuple[str, str, str]]:
    return {(c.subject, c.others[0], c.topic) for c in find_claims(text, date) if c.kind == KIND}


def test_apart_from_the_pole_only_four_voted_against() -> None:
    # held71-004 (development; columbuspost.com on the annexation vote of October 2022), after its context sentence
    got = _voting("35 countries including China abstained. Apart from Russia, only four countries voted against: "
                  "Nicaragua, North Korea, Syria and Belarus.", None)
    assert got == {(c, "RUS", "single vote") for c in ("NIC", "PRK", "SYR", "BLR")}


def test_in_addition_to_the_pole_only_the_clause_s_voters() -> None:
    # held71-006 (development; the Cuba embargo vote): Colombia and Ukraine abstained in another clause, so they are no voters
    got = _voting("Two months on, the UN General Assembly condemned the US embargo policy against Cuba by 187 votes to 3. "
                  "In addition to the United States, only Brazil and Israel voted against it, while Colombia and Ukraine "
                  "abstained.", None)
    assert got == {("BRA", "USA", "single vote"), ("ISR", "USA", "single vote")}


def test_the_pole_itself_in_the_list_of_voters() -> None:
    # held71-005 (development; atalayar.com on the vote of 2 March 2022)
    got = _voting("The vote was defined by 141 votes in favour, five against (Belarus, Eritrea, North Korea, Syria and Russia "
                  "itself) and 35 abstentions.", "2022-03-03")
    assert got == {(c, "RUS", "single vote") for c in ("BLR", "ERI", "PRK", "SYR")}


def test_a_general_sentence_besides_and_other_than() -> None:
    assert _voting("Besides China, only Cuba and Syria voted against the resolution in the General Assembly on Tuesday.",
                   None) == {("CUB", "CHN", "single vote"), ("SYR", "CHN", "single vote")}
    assert _voting("Other than the United States, just two countries voted no: Israel and Palau.", None) == {
        ("ISR", "USA", "single vote"), ("PLW", "USA", "single vote")}


def test_a_habit_keeps_its_own_pole() -> None:
    # guard: "apart from Israel" in a habit names no co-voter; the pole is the one "with" names
    assert _voting("Apart from Israel, Micronesia votes with the United States more often than any other country at the "
                   "UN.", None) == {("FSM", "USA", "with")}
    assert _voting("Apart from Russia, Belarus has been the most loyal ally in the region.", None) == set()


class _Lookup:
    """The store's coverage of UN roll calls, as `figures.un_coverage` asks for it."""

    def coverage(self, table: str) -> tuple[int, int]:
        assert table == "un_roll_calls"
        return 1946, 2023


def test_a_vote_after_the_store_s_last_roll_call_says_so() -> None:
    late = check(_Lookup(), Claim(KIND, "…", "ISR", ("USA",), topic="single vote", year=2024))
    assert late.verdict == UNCHECKABLE and "roll calls end in 2023, before 2024" in late.figures
    covered = check(_Lookup(), Claim(KIND, "…", "ISR", ("USA",), topic="single vote", year=2017))
    assert covered.verdict == UNCHECKABLE and "end in" not in covered.figures
