"""Issue 13, coder round 168: an act whose doer is named only in an earlier row. Two article readings
(`coder.code_article`; a sentence read alone, `code_sentence`, is unchanged):
- a launch with no target ("North Korea fired a ballistic missile towards the sea off its east coast", `PRK>- MOBILIZE`)
  is carried to a later sentence of its article that tells its weapon's flight or fall with no launcher ("The missile
  is believed to have already fallen, according to Japan's Ministry of Defense.", "It appears to have fallen into the
  sea outside Japan's exclusive economic zone."), in an article with no launch fired at a state (`_carried_lone_launch`);
- an agentless passive of a verb of launching after a weapon's noun ("Another barrage was later fired at the Tiveria
  area ...", "Twenty-two kamikaze drones were launched in the direction of ...") carries the article's last launch
  fired at a state, as a verb of interception or fall did (`_carried_launch`, `_passive_launch`).
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first eight tests fail with main's code."""

from prose_rows import all_found, article_records, coded_row, launched

from latitude.coding.coder import code_sentence


def test_the_missile_is_believed_to_have_already_fallen():
    # held-out 114 KL039-KL040, labelled PRK>- MOBILIZE: "North Korea fired a ballistic missile towards the sea off its
    # east coast, ..." then "The missile is believed to have already fallen, according to Japan's Ministry of
    # Defense."; main: no record on KL040
    assert launched(coded_row("heldout114_prose.tsv", "KL040")[1], "PRK")


def test_it_appears_to_have_fallen_outside_japans_zone():
    # held-out 104 LX024, labelled PRK>- MOBILIZE: "It appears to have fallen into the sea outside Japan's exclusive
    # economic zone."; main: no record
    assert all_found("heldout104_prose.tsv", "LX024")


def test_it_was_first_flown_in_april():
    # held-out 158 DM003, labelled PRK>- MOBILIZE: "It was first flown in April." after "North Korea tested its latest
    # Hwasong-18 intercontinental ballistic missile (ICBM), ..."; main: no record
    assert all_found("heldout158_prose.tsv", "DM003")


def test_another_barrage_was_later_fired():
    # held-out 137 YA008, labelled LBN>ISR ASSAULT/MOBILIZE: "Another barrage was later fired at the Tiveria area and
    # nearby areas in the Lower Galil."; main: no record
    assert launched(coded_row("heldout137_prose.tsv", "YA008")[1], "LBN", "ISR")


def test_twenty_two_kamikaze_drones_were_launched():
    # held-out 157 LG003, labelled RUS>UKR ASSAULT/MOBILIZE: "Twenty-two kamikaze drones were launched in the direction
    # of the Mykolaiv, Zaporizhzhia, Dnipro, and Sumy regions."; main: no record
    assert launched(coded_row("heldout157_prose.tsv", "LG003")[1], "RUS", "UKR")


def test_general_it_is_believed_to_have_fallen_after_a_launch_into_the_sea():
    records = article_records(
        "North Korea fired a short-range ballistic missile into the sea on Tuesday morning. "
        "It is believed to have fallen outside Japan's exclusive economic zone, according to Japan's Defense Ministry."
    )
    assert sum(launched([r], "PRK") for r in records) >= 2


def test_general_the_missile_landed_after_a_test():
    records = article_records(
        "Iran test-fired a new medium-range ballistic missile on Saturday, state media said. "
        "The missile is believed to have landed in the desert."
    )
    assert sum(launched([r], "IRN") for r in records) >= 2


def test_general_more_drones_were_launched_after_a_drone_attack():
    records = article_records(
        "Russia launched dozens of drones at Ukraine overnight, the Ukrainian air force said. "
        "Ten more drones were launched toward the city of Odesa before dawn."
    )
    assert sum(launched([r], "RUS", "UKR") for r in records) >= 2


def test_a_state_the_missile_reached_is_not_carried():
    # held-out 6 S094, labelled -: "The missile is believed to have landed in waters inside Japan's exclusive economic
    # zone." after "The one launched in the afternoon of Feb. 18 was a Hwasong-15 ..."; no record with either code
    assert coded_row("heldout6_prose.tsv", "S094")[1] == []


def test_a_sentence_read_alone_is_unchanged():
    # the readings are the article's: the fall read alone names no launcher and keeps no launch
    records = code_sentence("The missile is believed to have already fallen, according to Japan's Ministry of Defense.")
    assert not launched(records, "PRK")
