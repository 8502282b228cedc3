"""Coder round 61 (issue 13, the headline case, fifth pass): joint exercises as cooperation between their
participants (CAMEO 062, PLOVER COOPERATE) when the participants stand before the exercise noun ("ongoing US and
South Korean military exercises"), when the sentence names only the exercise (a named combined exercise whose noun
phrase is the subject of its own beginning, end or taking place: "The annual springtime Freedom Shield exercise
began as scheduled"), when the verb that holds or closes it was missing from the lexicon ("concluded") or is a present
under way ("as South Korea and the United States stage major military drills"), and when "of" names its
participants; and a person named in full is known later by the first word of the name after the titles as by the
last ("Anwar's visit" after "Datuk Seri Anwar Ibrahim"). Every sentence is quoted from a development set (its row
named) and read in its article, as `prose_scores` reads it, or from a PLOVER news set and read alone, as
`news_scores` reads it; each test fails with the code before this round. Each test also keeps sentences of the same
shapes that the sets label no event."""

from latitude.coding.coder import code_sentence

from prose_rows import all_found, pairs, quiet


def test_participants_before_the_exercise_noun_are_its_joint_parties():
    # held-out 41's MT052 (a North Korean launch during US-South Korean exercises)
    assert all_found("heldout41_prose.tsv", "MT052")
    # one state before the noun is no joint exercise: held-out 49's NK045 ("the U.S. exercises in its neighborhood")
    assert quiet("heldout49_prose.tsv", "NK045")
    # the object of "respond to" is left to the sentence's threat (PLOVER news set R's R035, a North Korean warning)
    records = code_sentence(
        "North Korea will respond to upcoming U.S.-ROK joint drills with “unprecedentedly persistent and strong” "
        "counteractions, the country’s foreign ministry warned Friday."
    )
    assert not [r for r in records if r["plover"] == "COOPERATE"]


def test_a_named_combined_exercise_that_begins_ends_or_takes_place_is_one_between_its_participants():
    # held-out 13's M043 and M034 (UPI and Stars and Stripes on Freedom Shield 2025), held-out 55's SB107 (announced)
    assert all_found("heldout13_prose.tsv", "M043")
    assert all_found("heldout13_prose.tsv", "M034")
    assert all_found("heldout55_prose.tsv", "SB107")
    # a named exercise that usually takes place, or that is one of two annual ones, is none (held-out 13's M040, M039)
    assert quiet("heldout13_prose.tsv", "M040")
    assert quiet("heldout13_prose.tsv", "M039")
    # nor is one whose date and scope were announced late (held-out 55's SB104)
    assert quiet("heldout55_prose.tsv", "SB104")


def test_an_exercise_concluded_or_under_way_in_a_clause_of_as_is_reported():
    # held-out 13's M033 ("concluded", missing from the exercise verbs) and held-out 15's O034 (a present under way)
    assert all_found("heldout13_prose.tsv", "M033")
    assert all_found("heldout15_prose.tsv", "O034")
    # a present that is a habit stays none: "The United States and South Korea always conduct joint exercises to
    # counter North Korea" (held-out 30's X028)
    assert quiet("heldout30_prose.tsv", "X028")
    # PLOVER news set X's X063 (labelled COOPERATE among the three navies' states; read as an attack before)
    records = code_sentence(
        "The US, Japanese and Indian navies on Monday concluded the 'Malabar Naval Exercise' aimed at achieving deeper "
        "military ties between the three nations."
    )
    assert pairs(records, "COOPERATE") >= {frozenset(("USA", "JPN")), frozenset(("JPN", "IND"))}


def test_of_names_an_exercises_participants():
    # PLOVER news set A's A050 (labelled COOPERATE among the four navies' states)
    records = code_sentence("The joint exercise of navies of India, Japan, Australia and the US has began.")
    assert pairs(records, "COOPERATE") >= {frozenset(("IND", "JPN")), frozenset(("AUS", "USA"))}


def test_a_person_named_in_full_is_known_by_the_first_word_of_the_name_after_the_titles():
    # held-out 44's r024 and r028 (the Star on Anwar Ibrahim's 2018 visit to Beijing): "Anwar's visit" after
    # "Datuk Seri Anwar Ibrahim's visit to Beijing", his visit the article reported
    assert all_found("heldout44_prose.tsv", "r024")
    assert all_found("heldout44_prose.tsv", "r028")
    # held-out 18's T060 (CNA on Lee Hsien Loong in Phnom Penh): "Mr Lee landed in Phnom Penh" after "Prime Minister
    # Lee Hsien Loong"
    assert all_found("heldout18_prose.tsv", "T060")
