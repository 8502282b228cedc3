"""Coder round 57 (issue 13, visits and meetings in opinion and analysis pieces, recall): a meeting told of a pair the
article named before ("The pair met again ...", "The duo spent a good 20 minutes on a heart-to-heart"), a meal the two
subjects share with no "with" ("the two leaders dined"), and a meeting compound ("heart-to-heart", "face-to-face") in a
sentence with no other frame word. Every sentence is a development row read in its article, as `prose_scores` reads
it; each test fails with the code before this round."""

from prose_rows import all_found, row_codes


def test_the_pair_and_the_duo_stand_for_the_two_people_named_before():
    # held-out 42's g071 (Humber News, 2016): Obama and Trudeau named in the sentences before
    assert all_found("heldout42_prose.tsv", "g071")
    assert ("USA", "CAN", "040") in row_codes("heldout42_prose.tsv", "g071")
    # held-out 34's d064 (Gulf News): "the two leaders" Modi and Obama of the sentence before; a heart-to-heart is a meeting
    assert all_found("heldout34_prose.tsv", "d064")


def test_a_meal_of_two_leaders_is_their_meeting_without_with():
    # held-out 54's VM104 (ABC News, 2011): Obama and Merkel, "the two leaders" of the sentence before
    assert all_found("heldout54_prose.tsv", "VM104")


def test_a_meeting_compound_opens_a_sentence_with_no_other_frame_word():
    # held-out 15's O120 (the SCMP, 2022): the Xi-Biden meeting the article is on
    assert all_found("heldout15_prose.tsv", "O120")
