"""PLOVER round 28 (issue 13): event type and target on news sentences. Sentences from the development
news sets (A to Q); expected codes read by hand from each sentence."""

from latitude.coding.coder import classify
from prose_rows import lone_codes, ungated_record


def test_an_act_of_a_state_on_itself_takes_the_other_state_the_sentence_names():
    # set H: Burkina Faso is the state the French army left
    assert lone_codes(
        "The French Army has left Burkina Faso, officially ending its military operation in the West African "
        "country less than a month after leaders asked France to withdraw its contingent of hundreds of troops."
    )[1:] == ("FRA", "BFA")
    # set A: Ethiopia reports the push into its own territory; the Sudanese forces are the actors
    assert lone_codes(
        "Ethiopia’s foreign ministry says Sudanese armed forces have pushed into Ethiopian territory, occupying "
        "farms and looting properties."
    )[1:] == ("SDN", "ETH")


def test_an_envoy_summoned_in_the_passive_is_summoned_by_his_host_or_home_for_consultations():
    # set C: summoned by Iraq's foreign ministry
    assert lone_codes(
        "The Turkish envoy to Iraq has been summoned by the foreign ministry as the Turkish military is conducting "
        "an operation in Iraqi territory, Baghdad announced."
    )[1:] == ("IRQ", "TUR")
    # set G: summoned to Estonia's ministry
    assert lone_codes(
        "Today, Russia's ambassador to Estonia was summoned to the country's foreign ministry, where he was handed "
        "a diplomatic note stating that three employees of the Russian embassy with diplomatic status had been "
        "declared non grata."
    )[1:] == ("EST", "RUS")
    # set I: summoned home for consultations, Russia's act on the United States. The sentence read alone sits near
    # the is-it-an-event gate (the refit of 2026-12-07 after held-out 289 moved it below), and this test is about
    # who summons whom, so it reads the record with the gate open
    record = ungated_record(
        "According to the official representative of the Foreign Ministry Maria Zakharova, Russian Ambassador to "
        "the United States Anatoly Antonov has been summoned to Moscow for consultations."
    )
    assert (record["source"], record["target"]) == ("RUS", "USA")


def test_the_main_clause_s_act_comes_before_the_launch_it_answers():
    # set I: the protest is the event, the launch it follows comes second
    assert lone_codes(
        "Japan has protested sternly to North Korea after the reclusive state on Tuesday launched a ballistic "
        "missile, which flew about 40 minutes before likely splashing into Japan's exclusive economic zone, "
        "Japan's top government spokesman said."
    ) == ("ACCUSE", "JPN", "PRK")
    # set N
    assert lone_codes(
        "The UN Security Council has condemned North Korea for its latest ballistic missile test conducted on "
        "Sunday, a UN press statement said."
    ) == ("ACCUSE", "IGO", "PRK")


def test_an_armed_force_named_with_no_other_actor_is_the_one_who_acts():
    # set M: the Pakistan Army fires into Indian Kashmir
    assert lone_codes(
        "Tensions escalated along the Line of Control (LoC) on Monday night as the Pakistan Army resorted to "
        "unprovoked small arms firing at multiple locations in Jammu and Kashmir’s Kupwara, Baramulla, and "
        "Akhnoor sectors."
    )[1:] == ("PAK", "IND")


def test_troops_sent_and_sanctions_being_lifted():
    # set O: troops sent to a border, every form of "send"; sanctions "lifting"
    assert classify(
        "The US is sending nearly 4,000 soldiers to its frontier with Mexico for three months to “provide "
        "additional support” to border security and customs agencies, the Department of Defense has said."
    ).plover == "MOBILIZE"
    assert classify(
        "President Donald Trump announced on Wednesday the United States is lifting sanctions on Turkey, hailing "
        "the success of a ceasefire along its border with Syria."
    ).plover == "RETREAT"
