"""PLOVER round 50 (issue 13): the doer of an attack told by a noun of force, in news sentences read alone. A
record that has the attacked state but no source takes as source the attack noun's demonym ("killed in an Israeli
strike on southern Syria") or the state the fire came "from" before the act's verb ("shelling from Pakistan
killed ..."); a demonym's noun of force that opens a clause of time ("... when an Israeli airstrike hit ...") names
the doer as one after a preposition does; and a date between a reporting verb and the pronoun of its clause
("said early on Jan. 2 it launched strikes") leaves the reporter the pronoun's antecedent. Sentences quoted from the
real-news development sets (tests/fixtures/coding/plover_news_*.tsv), labels by hand."""

from latitude.coding.coder import code_sentence


def _first(text: str) -> tuple[str | None, str | None, str | None]:
    records = code_sentence(text)
    if not records:
        return None, None, None
    return records[0]["plover"], records[0]["source"], records[0]["target"]


def test_the_demonym_of_a_strike_that_killed_people_is_its_doer():
    # set H, row H063: labelled ASSAULT ISR > SYR
    text = (
        "Two people were killed in an Israeli strike on southern Syria, the official SANA news agency reported, "
        "citing a military source."
    )
    assert _first(text) == ("ASSAULT", "ISR", "SYR")


def test_airstrikes_of_a_state_on_its_own_town_are_its_domestic_act():
    # set AI, row AI044: labelled ASSAULT SYR > SYR
    text = (
        "At least 30 civilians have died in Syrian airstrikes on a town north-east of Damascus a day after rebels "
        "reportedly killed an air force pilot, a monitoring group and rebels said."
    )
    assert _first(text) == ("ASSAULT", "SYR", "SYR")


def test_shelling_from_a_state_is_that_states_attack():
    # set F, row F040: labelled ASSAULT PAK > IND
    text = (
        "Heavy cross-border shelling from Pakistan killed 18 civilians and injured 30 others in India's northern "
        "Kashmir yesterday, defence officials said."
    )
    assert _first(text) == ("ASSAULT", "PAK", "IND")


def test_rounds_fired_from_a_state_that_hit_another_are_an_attack_by_the_first():
    # set AE, row AE015: labelled ASSAULT PAK > AFG
    text = (
        "Scores of fresh artillery rounds fired from Pakistan hit parts of eastern Afghanistan on Sunday night and "
        "Monday, a local official said, according to the Washington Post."
    )
    assert _first(text) == ("ASSAULT", "PAK", "AFG")


def test_the_demonym_of_an_airstrike_in_a_clause_of_time_is_the_doer_not_the_target():
    # set AA, row AA038: labelled ASSAULT ISR > LBN
    text = (
        "At least 19 people, including six women and five children, were killed when an Israeli airstrike hit a "
        "family home in southern Lebanon, according to a local official."
    )
    assert _first(text) == ("ASSAULT", "ISR", "LBN")


def test_a_reporters_pronoun_after_a_date_stands_for_the_reporter():
    # set AI, row AI066: labelled ASSAULT ISR > PSE (the later clause's rockets "fired from" Gaza are another act)
    text = (
        "Israel's military said early on Jan. 2 it launched strikes against militant targets in the Gaza Strip, "
        "a day after rockets were fired from the Hamas-ruled territory."
    )
    assert _first(text) == ("ASSAULT", "ISR", "PSE")


def test_a_reporters_pronoun_after_early_and_a_weekday_stands_for_the_reporter():
    # set G, row G064: labelled ASSAULT SAU > YEM (the Arab coalition in Yemen, Saudi-led)
    text = (
        "The Arab coalition said early Tuesday it had launched overnight air raids against targets in Yemen in "
        "retaliation for a ballistic missile fired by the Iran-backed Houthi militia, destroying the launch site in Sanaa."
    )
    assert _first(text) == ("ASSAULT", "SAU", "YEM")
