"""PLOVER round 35 (issue 13): causes of wrong targets in the development news sets.

- Two states named after one "between" that follows a word of an act ("clashes between", "exercise between")
  are the act's two parties alike: a joint act (both sources, no target), as the news sets label it.
- A state that reports, in a "that" clause, a use of force by another state is the target, not the source:
  the reported clause's subject did it ("Ukrainian officials said Thursday that Russian forces carried out
  aerial attacks": RUS > UKR).
- The state that "came under fire from" another, or under its demonym's fire, is the target of that state.

Every sentence is a development row (news sets A, B, G, H, J, M and T, cited in `tests/fixtures/coding/`); the
expected pairs are the rows' hand labels.
"""

from prose_rows import lone_record, ungated_record


def test_two_states_after_between_are_a_joint_act_unless_a_third_party_brokered_it():
    for sentence, pair in (
        (  # A087, labelled SDN;ETH with no target
            "Clashes erupted between Sudanese and Ethiopian forces over Al Fashqa, an area of fertile land settled by "
            "Ethiopian farmers that Sudan says lies on its side of a border demarcated at the start of the 20th "
            "century, which Ethiopia rejects.",
            {"SDN", "ETH"},
        ),
        (  # J007, labelled TJK;KGZ with no target
            "One Tajikistan border guard was killed and two wounded in clashes between Tajikistan and Kyrgyzstan "
            "overnight, the RIA Novosti news agency reported, citing the Tajikistan border force.",
            {"TJK", "KGZ"},
        ),
        (  # G097, labelled IND;THA with no target
            "A fortnight long joint military exercise between the Indian and Thai armies has been conducted in "
            "Himachal Pradesh State of India, said an Indian defence official on July 3.",
            {"IND", "THA"},
        ),
    ):
        first = lone_record(sentence)
        assert first["joint"] and {first["source"], first["target"]} == pair, sentence
    # B053, labelled FRA > COD;RWA: talks a third party "brokered between" two states are not theirs alone
    first = lone_record(
        "French President Emmanuel Macron last month brokered talks between Tshisekedi and Rwandan leader Paul "
        "Kagame n a bid to facilitate dialogue and clear mutual mistrust between Kinshasa and Kigali."
    )
    assert not first["joint"] and first["target"] == "RWA"


def test_force_reported_in_a_that_clause_is_the_reported_subjects_act_on_the_reporter_an_accusation_the_speakers():
    for sentence, source, target in (
        (  # T040, labelled RUS > UKR
            "Ukrainian officials said Thursday that Russian forces carried out aerial attacks on multiple cities "
            "overnight, killing at least two people.",
            "RUS",
            "UKR",
        ),
        (  # T017, labelled ISR > LBN
            "Separately, Lebanon’s state-run National News Agency reported that the Israeli military carried out an "
            "air strike on the Kroum al-Marah neighbourhood in the southern district of Marjayoun with no injuries "
            "reported.",
            "ISR",
            "LBN",
        ),
        (  # T046, labelled USA;GBR > YEM
            "Houthi group on Friday said that the US and UK carried out two airstrikes on Yemen's western Hodeidah "
            "city.",
            "USA",
            "YEM",
        ),
    ):
        # with the gate open: T017's lone is-it-an-event probability sits at the gate's boundary and moved under it
        # with the refit after coder rounds 129 to 131 (the row counts as lost in set T's figures)
        first = ungated_record(sentence)
        assert (first["source"], first["target"]) == (source, target), sentence
    # G070, labelled ACCUSE RUS > USA: the clause's verb is "was", no use of force, and the later "fired"
    # belongs to another clause ("while Moscow's forces fired ...")
    first = lone_record(
        "Russia said on Thursday that the United States was behind what it says was a drone attack on the Kremlin "
        "that aimed to kill President Vladimir Putin, while Moscow’s forces fired more combat drones at Ukrainian "
        "cities including the capital Kyiv."
    )
    assert (first["source"], first["target"]) == ("RUS", "USA")


def test_the_state_that_came_under_fire_is_the_target_of_the_state_named_as_firing():
    for sentence, source, target in (
        (  # H060, labelled AZE > ARM
            "The Armenian Defense Ministry said that its troops guarding a “southeastern section” of the border came "
            "under small arms fire from nearby Azerbaijani positions early in the morning.",
            "AZE",
            "ARM",
        ),
        (  # M045, labelled ARM > AZE
            "The Azerbaijani army positions have come under Armenian fire in a number of Azerbaijani settlements from "
            "1615 on November 15 to 0430 (local time) on November 16, the Defence Ministry reported on November 16.",
            "ARM",
            "AZE",
        ),
    ):
        first = lone_record(sentence)
        assert (first["source"], first["target"]) == (source, target), sentence
