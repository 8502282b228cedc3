"""Issue 13, coder round 25: false events in opinion and analysis writing. Sentences are quoted from cited
development sets (tests/fixtures/coding/, row ids given) and coded in their article, as `prose_scores` codes
them; the expectations are their hand labels, written before this round. Each test fails with main's coder
(10481ec), which codes an event on the row labelled '-'; the rows labelled with an event that a test also
checks are found by both."""

from latitude.coding.coder import _state_on_itself, code_sentence
from latitude.coding.gazetteer import Mention
from prose_rows import all_found, quiet


def test_a_state_acting_on_itself_is_no_event():
    # held-out 25 L086 (a Daily Sabah op-ed, Greek American News Agency copy, 2016), '-': "Turkey has clearly set a good example to the hopeless
    # and suffering masses of Africa, making them believe that they too can break the chains imposed on them
    # ..." (main: TUR > TUR COERCE); held-out 4 Q032 (Capital Post), '-': "This marks the second time China has
    # imposed such restrictions, coming just months after Beijing partially lifted a previous ban ..."
    # (main: CHN > CHN CONCEDE)
    assert quiet("heldout25_prose.tsv", "L086")
    assert quiet("heldout4_prose.tsv", "Q032")
    # a leader's act on his country's people keeps its dyad: held-out 3 R073, KOR > - *: "In March 2023, Yoon
    # decided to compensate Korean victims of Japanese forced labor by using South Korean funds." Whether the
    # sentence passes the is-it-an-event gate moves with each refit, so the filter itself is asserted: a person
    # as source (Yoon, tokens 4-5) and the state named as its people (Korean, tokens 7-8) are no state acting on itself
    yoon = Mention(4, 5, "KOR", "government", "Yoon", person=True)
    korean = Mention(7, 8, "KOR", None, "Korean")
    assert not _state_on_itself(yoon, korean)
    assert _state_on_itself(Mention(0, 1, "TUR", None, "Turkey"), Mention(30, 31, "TUR", None, "Turkey"))


def test_a_step_in_a_career_is_no_act():
    # held-out 25 L040 (C. Raja Mohan, Indian Express), '-': "Modi assumed office in 2014, and MbS rose to prominence a year
    # later." (main: IND ASSAULT)
    assert quiet("heldout25_prose.tsv", "L040")
    # in a relative clause the career step is background (held-out 3 R035, JPN > CHN REQUEST: "Takaichi, who took
    # office last week, called on the Chinese side to take positive moves ..."; stop 43's refit, held-out 237-251
    # joined, moved that row below the is-it-an-event gate, so a general sentence of its shape stands for it)
    first = code_sentence(
        "Japanese Prime Minister Sanae Takaichi, who took office last week, called on China to release the detained"
        " Japanese nationals."
    )[0]
    assert (first["plover"], first["source"], first["target"]) == ("REQUEST", "JPN", "CHN")


def test_an_example_of_a_habit_is_no_act():
    # held-out 25 L102 (Spencer Fernando, 2017), '-': "Iran has regularly made provocative statements, including by
    # their former President who denied the holocaust and called for the destruction of Israel." (main: IRN >
    # ISR REJECT)
    assert quiet("heldout25_prose.tsv", "L102")


def test_what_launches_will_bring_is_no_launch():
    # held-out 25 L006 and L004 (Peninsula editorial, 2016), '-': "Iran's tests will only create tensions in a
    # region ...", "The tests will confirm fears of some countries that Iran may not be genuinely interested in
    # abandoning its nuclear programmes ..." (main: IRN MOBILIZE each)
    assert quiet("heldout25_prose.tsv", "L006")
    assert quiet("heldout25_prose.tsv", "L004")
    # a visit or meeting noun so placed stays the visit or meeting, as the sets label it: held-out 13 M132,
    # JPN <> KOR AGREE/CONSULT, "Tuesday's meeting will tell if anything comes of hopes for a re-set ..."
    assert all_found("heldout13_prose.tsv", "M132")


def test_launches_in_general_are_no_launch():
    # held-out 20 J120 (The Progress, gantnews, 2017) and J129 (Defense One, 2017), '-': "This was a dangerous escalation from North Korea's
    # previous missile tests, which have followed steep trajectories ...", "Every North Korean ballistic missile
    # test is provocative and illegal." (main: PRK MOBILIZE each)
    assert quiet("heldout20_prose.tsv", "J120")
    assert quiet("heldout20_prose.tsv", "J129")
    # held-out 19 G151, PRK > - MOBILIZE: "Military authorities of South Korea and the U.S. are working to
    # further analyze the launch, including its range, speed and altitude." ("further" is not the launch's)
    assert all_found("heldout19_prose.tsv", "G151")


def test_a_kind_of_weapon_or_a_programme_is_no_launch():
    # held-out 26 q005 (UPI, 2009), '-': "Russia's nuclear forces include land-based missiles, nuclear submarines
    # with sea-launched missiles and strategic bombers ..."; held-out 14 N139, '-' (Dong-A Ilbo, 2017): "It is likely to escalate
    # tensions by launching intercontinental ballistic missiles (ICBMs) and submarine-launched ballistic
    # missiles (SLBMs)."; held-out 26 q037 (CBC), '-': "Iran has pursued a satellite launch program for
    # years." (main: a MOBILIZE each)
    assert quiet("heldout26_prose.tsv", "q005")
    assert quiet("heldout14_prose.tsv", "N139")
    assert quiet("heldout26_prose.tsv", "q037")


def test_launches_told_as_a_repeated_habit_are_no_launch():
    # held-out 14 N131 (Yomiuri editorial, 2022), '-': "Pyongyang has repeatedly launched missiles in violation of U.N. Security
    # Council sanctions resolutions ..." (main: PRK MOBILIZE, by the launch frame and by the hand rule)
    assert quiet("heldout14_prose.tsv", "N131")
    # an accusation so told is one, as real-news set B labels it (COD > RWA ACCUSE; the coder reads COG)
    records = code_sentence("Congo has repeatedly accused Rwanda of backing the rebels, an allegation Rwanda has repeatedly denied.")
    assert any(r["plover"] == "ACCUSE" and r["target"] == "RWA" for r in records)
