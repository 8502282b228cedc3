"""Issue 13, coder round 70 (launches, tenth pass): launches told by the command, agency or unit that carried them
out ("The Strategic Forces Command ... conducted a successful test flight", "It was carried out by the Strategic
Forces Command"), launch nouns in every form ("a test flight of", "test flights of", "the testing of", "a trial of"
a weapon, "the missile trials"), the target of a weapon that "was intercepted", told by the interceptor's report,
and "Gaza" alone as the Palestinians' place. Each sentence is a development row (its set and id, the page it
quotes), coded in its article as the prose scores code it; the expected events are the rows' hand labels. The guards: a trial of anything but a weapon and a
non-military "by" agent of "it was conducted" code no launch."""

from __future__ import annotations

from prose_rows import has, row_records

from latitude.coding.coder import code


def test_a_command_named_in_the_actor_table_conducts_a_test_flight():
    # heldout71 NC023 (LatestLY, ANI, on an Agni-Prime test): IND>- MOBILIZE, the Strategic Forces Command India's
    records = row_records(
        "heldout71_prose.tsv", "NC023",
        "Bhubaneshwar (Odisha) [India], April 4 (ANI): The Strategic Forces Command (SFC), along with the Defence "
        "Research and Development Organisation (DRDO), conducted a successful test flight of the next-generation "
        "ballistic missile Agni-Prime from Dr APJ Abdul Kalam Island off the coast of Odisha around 7 pm on Wednesday.",
    )
    assert has(records, "IND", None, "MOBILIZE")


def test_it_was_carried_out_by_a_command_is_that_commands_launch():
    # heldout58 MN103 (an Agni-III user trial): IND>- MOBILIZE, "it" the article's launch, done by the command
    records = row_records(
        "heldout58_prose.tsv", "MN103",
        "It was carried out by the Strategic Forces Command with support from the state-owned Defence Research and "
        "Development Organisation,\" sources said.",
    )
    assert has(records, "IND", None, "MOBILIZE")
    # a body that is no armed force or defence agency carries out anything: no launch
    assert list(code("India held a vote on Monday. It was conducted by the Election Commission.")) == []


def test_trials_and_test_flights_of_a_weapon_are_launches():
    # heldout69 MZ081 (an Agni-II night trial): IND>- MOBILIZE, "the first successful night trial of ... missile"
    records = row_records(
        "heldout69_prose.tsv", "MZ081",
        "Congratulations to Team @DRDO_India for the first successful night trial of surface-to-surface "
        "medium-range missile #Agni2.",
    )
    assert has(records, "IND", None, "MOBILIZE")
    # heldout69 MZ078: IND>- MOBILIZE, "the missile trials, carried out by the Strategic Forces Command"
    records = row_records(
        "heldout69_prose.tsv", "MZ078",
        "Both the missile trials, carried out by the Strategic Forces Command of the Indian Army, was fired from the "
        "Integrated Test Range (ITR) at Chandipur of Balasore district.",
    )
    assert has(records, "IND", None, "MOBILIZE")
    # a trial of anything else is no launch
    assert list(code("The trial of the missile smuggler began in India on Monday.")) == []


def test_a_weapon_that_was_intercepted_is_fired_at_the_state_that_reports_the_interception():
    # heldout67 MY094 (L'Orient-Le Jour, AFP): YEM>ISR ASSAULT/MOBILIZE, the Israel Defense Forces the reporter
    records = row_records(
        "heldout67_prose.tsv", "MY094",
        "“Following the sirens that sounded a short while ago in several areas in Israel, a missile that was launched "
        "from Yemen was intercepted,” before entering Israeli territory, the Israel Defense Forces said in a statement.",
    )
    assert has(records, "YEM", "ISR", "MOBILIZE")


def test_a_rocket_launched_from_gaza_is_the_palestinians_launch():
    # heldout71 NC001 (the Jewish Press): PSE>ISR ASSAULT/MOBILIZE, "Gaza" alone the Strip (before, Israel was read as
    # the launcher)
    records = row_records(
        "heldout71_prose.tsv", "NC001", "A rocket was launched from Gaza towards Israel on Saturday night, around 9 PM."
    )
    assert has(records, "PSE", "ISR", "MOBILIZE") and not has(records, "ISR", None, "MOBILIZE")
