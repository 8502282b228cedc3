"""Issue 13, coder round 108: launches, seventeenth pass — launches told by a noun, and a weapon whose name alone tells
its launcher. A sentence that names no state but a weapon system whose owner is known ("An unarmed Minuteman III
intercontinental ballistic missile was launched from Vandenberg") is read, and the system's name stands for its owner
also ahead of the weapon noun's modifiers; a launch noun before an undertaking noun ("the ICBM test launch program") is
the programme, no launch; "the trial" is a test's other name once the article has reported a launch; a launch counted
by its ordinal after "marks" ("This marks the second such launch since October") stands for the article's launch, as
"This is the first such test" does; "the test" in a "whether" clause or in the "of" phrase of a clause's definite
subject ("The main aim of the test was ...") is the article's test, as "the test" opening its clause is. Rows are
quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels.
Each test fails with main's code."""

from prose_rows import coded_row, has


def test_a_named_system_is_the_launcher_of_a_sentence_naming_no_state():
    # held-out 108 ZT028 (the article's first sentence), labelled USA>- MOBILIZE: "An unarmed Minuteman III
    # intercontinental ballistic missile was launched from Vandenberg today at 6 a.m."
    assert has(coded_row("heldout108_prose.tsv", "ZT028")[1], "USA", None, "MOBILIZE")


def test_the_launch_after_a_named_systems_launch():
    # held-out 108 ZT029, the sentence after ZT028, labelled USA>- MOBILIZE: "The launch was part of a developmental test
    # to demonstrate the weapon system’s effectiveness in a stressed environment on extended range."
    assert has(coded_row("heldout108_prose.tsv", "ZT029")[1], "USA", None, "MOBILIZE")


def test_a_named_system_launched_by_airmen_of_a_wing():
    # held-out 108 ZT033, labelled USA>- MOBILIZE: "Airmen with the 30th Space Wing at Vandenberg AFB, Calif., on
    # Wednesday successfully launched an unarmed Minuteman III ICBM out over the Pacific Ocean during an operational
    # test of the weapon system."
    assert has(coded_row("heldout108_prose.tsv", "ZT033")[1], "USA", None, "MOBILIZE")


def test_a_test_launch_program_is_no_launch():
    # held-out 78 LQ093, labelled no event: "Pyongyang carried out two atomic tests last year, and has accelerated its
    # missile launch program, despite tough UN sanctions ..." (main's code: a North Korean launch). Since the models'
    # refit after stop 36's second wave the is-it-an-event gate lets the sentence through and its atomic tests are
    # coded PRK>IGO ASSAULT, a false event the development figures count; the programme is still no launch.
    assert not any(record["plover"] == "MOBILIZE" for record in coded_row("heldout78_prose.tsv", "LQ093")[1])


def test_a_trial_counted_by_its_ordinal():
    # held-out 108 ZT053 (India's Prithvi-II tests told before), labelled IND>- MOBILIZE: "This is the third such trial
    # conducted by DRDO within a week."
    assert has(coded_row("heldout108_prose.tsv", "ZT053")[1], "IND", None, "MOBILIZE")


def test_the_trials_conducted_by_a_command():
    # held-out 52 ML091 (India's Agni tests told before), labelled IND>- MOBILIZE: "The trials were conducted by the
    # Strategic Forces Command (SFC) under the Integrated Guided Missile Development Program (IGMDP) and were closely
    # monitored by the Defence Research and Development Organisation (DRDO)."
    assert has(coded_row("heldout52_prose.tsv", "ML091")[1], "IND", None, "MOBILIZE")


def test_a_launch_counted_after_marks():
    # held-out 79 KE068 (North Korea's launch told before), labelled PRK>- MOBILIZE: "This marks the second such launch
    # since October."
    assert has(coded_row("heldout79_prose.tsv", "KE068")[1], "PRK", None, "MOBILIZE")


def test_a_launch_counted_after_marking():
    # held-out 79 KE071, labelled PRK>- MOBILIZE: "It is suspected to be a short-range ballistic missile, marking the
    # second such launch since October 22."
    assert has(coded_row("heldout79_prose.tsv", "KE071")[1], "PRK", None, "MOBILIZE")


def test_the_test_in_a_whether_clause():
    # held-out 19 G135 (India's test told before), labelled IND>- MOBILIZE: "It was not immediately clear whether the
    # test was successful."
    assert has(coded_row("heldout19_prose.tsv", "G135")[1], "IND", None, "MOBILIZE")


def test_the_test_in_the_of_phrase_of_the_subject():
    # held-out 30 X039 (Pakistan's test told before), labelled PAK>- MOBILIZE: "The main aim of the test was to
    # re-validate various designs and parameters of the weapon system, said Dawn."
    assert has(coded_row("heldout30_prose.tsv", "X039")[1], "PAK", None, "MOBILIZE")
