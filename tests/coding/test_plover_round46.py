"""PLOVER round 46 (issue 13): the target of a statement on an attack on a foreign embassy or consulate, and of aid
given through an international agency.

Sentences quoted from the real-news development sets (tests/fixtures/coding/plover_news_*.tsv); expected sources and
targets are those sets' hand labels: a condemnation of an attack on X's embassy in Y whose attackers the sentence does
not name as a state (protesters, demonstrators, rebels, "the attack") is labelled with Y, the state the mission is in,
as the target; when a state is named as the attacker ("the Israeli attack on the Iranian consulate"), with that state.
Aid handed to a UN agency for the people of a state the sentence names is labelled with that state as the target.
"""

from prose_rows import lone_record, ungated_record


def test_an_attack_on_a_mission_by_no_named_state_targets_the_state_the_mission_is_in_not_its_owner():
    for sentence, source, target in (
        ("The Ministry of Foreign Affairs of Sudan has condemned in strong terms the attack on the Pakistani embassy in "
         "Khartoum by the rebel Rapid Support Forces (RSF).", "SDN", "SDN"),  # set A
        ("CAIRO, Jan 3 (XINHUA/APP):Egypt denounced the protesters’ attack on the U.S. embassy in Baghdad, the country’s "
         "Foreign Ministry said in a statement on Friday.", "EGY", "IRQ"),  # set Y
        ("The U.N. Security Council on Tuesday strongly condemned the attacks against the U.S. and French embassies in "
         "Syria's capital and called on Bashar Assad's government to meet its international responsibility to protect "
         "diplomatic missions.", "IGO", "SYR"),  # set Y
        ("The UN Security Council has condemned \"in the strongest terms\" this week's attacks by demonstrators against "
         "the U.S. and French embassies in Damascus.", "IGO", "SYR"),  # set Y
        ("The United States condemns the attack on the Azerbaijani embassy that occurred earlier today in Tehran, reads "
         "the statement issued by the US State Department, News.az reports.", "USA", "IRN"),  # set AB
    ):
        first = lone_record(sentence)
        assert (first["source"], first["target"]) == (source, target), sentence
    # an attack by a named state, or a protest made to the host already, keeps its target
    for sentence, source, target in (
        ("The Ministry of Foreign Affairs and Emigrants condemned on Tuesday the Israeli attack on the Iranian consulate "
         "building in Damascus.", "LBN", "ISR"),  # set F: the attacker is named
        ("NEW DELHI: Pakistan has strongly condemned the Israeli attack on the Iranian embassy in Syria’s capital "
         "Damascus on Monday, calling it a major escalation in an already volatile region.", "PAK", "ISR"),  # set Y
        ("Russia's foreign ministry has summoned the Canadian ambassador and issued a protest over attacks on the "
         "Russian embassy in Ottawa, the ministry said on Monday.", "RUS", "CAN"),  # set W: the host already
    ):
        first = lone_record(sentence)
        assert (first["source"], first["target"]) == (source, target), sentence


def test_aid_given_to_an_agency_for_the_people_of_a_named_state_targets_that_state():
    for sentence, source, target in (
        ("China has handed over 2,048 tonnes of rice to the United Nations World Food Programme (WFP) to assist millions "
         "of people affected by the conflict in war-torn South Sudan.", "CHN", "SSD"),  # set X
        ("The State Department said the U.S. is providing $52 million to the World Food Programme to distribute 12,702 "
         "metric tons of food from prepositioned U.S. warehouses to people in the Democratic Republic of the Congo, "
         "Ethiopia, Haiti and Djibouti, reaching more than 1.9 million vulnerable people.", "USA", "COD"),  # set X
        ("Norway has announced USD 105 million in grant funding for the World Bank to explore innovative ways to improve "
         "health-care systems in developing countries, especially for women and babies.", "NOR", "IGO"),  # set W: no state
    ):
        # the source and target, not the gate: the first sentence's is-it-an-event probability (0.51 with the model of
        # 2026-12-05, 0.49 since the refits of 2026-12-06) sits at the lone sentence's boundary 0.5
        first = ungated_record(sentence)
        assert (first["source"], first["target"]) == (source, target), sentence
