"""PLOVER round 27 (issue 13): the target of a news act, second pass. Sentences from the development
news sets (K to O); expected codes read by hand from each sentence."""

from prose_rows import lone_codes


def test_a_launch_that_provoked_a_strike_is_not_the_event():
    # set K: the rockets fired from Gaza are why Israel struck; Israel's strike is the event
    assert lone_codes(
        "GAZA CITY, Gaza Strip (AP) — Israel said its aircraft hit military sites for Gaza’s Hamas rulers early "
        "Saturday after two rockets were fired from the Palestinian enclave."
    ) == ("ASSAULT", "ISR", "PSE")
    # set M: "in response to" opens the same clause
    assert lone_codes(
        "Israel carried out air strikes in Syria on Sunday in response to rare rocket fire from the neighboring "
        "country, its military said."
    ) == ("ASSAULT", "ISR", "SYR")


def test_an_envoy_recalled_in_the_passive_is_his_own_state_s_act_on_his_post():
    # set H: recalled "from Israel" by Turkey
    assert lone_codes(
        "Turkey’s ambassador has been recalled from Israel for consultations, the Turkish Foreign Ministry told reporters."
    ) == ("SANCTION", "TUR", "ISR")
    # set O: the post is named after "ambassador to", the capital he returns to is his own state's
    assert lone_codes("The Turkish ambassador to Israel was recalled to Ankara for consultations on Monday.") == (
        "SANCTION", "TUR", "ISR"
    )
