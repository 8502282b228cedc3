"""PLOVER round 153 (issue 13): a ban on trade or an export control imposed or announced, told by its noun — a verb of
imposing, announcing, introducing, unveiling, implementing, publishing, ordering or tightening whose object, a few
words on, is a ban or embargo whose next words name imports, exports or trade, or export controls or restrictions
("export controls", "export control restrictions", "restrictions on exports"), is an embargo (CAMEO 163, PLOVER
SANCTION; `verbs._trade_measure_imposed`). Main's code left the type to the classifier, which read a threat,
cooperation, an accusation or nothing. The development rows quoted are from the real-news sets BR, DK and E
(`COERCE/SANCTION`); the general sentences and the guards are made up."""

from prose_rows import first_codes


def test_china_announced_a_ban_on_exports_to_the_united_states():
    # BR010 (COERCE/SANCTION CHN > USA; main's code: THREATEN)
    sentence = (
        "China announced on Tuesday a ban on exports to the United States of gallium, germanium, antimony, and other "
        "critical high-tech materials that could have military uses."
    )
    assert first_codes(sentence) == ("SANCTION", "CHN", "USA")


def test_china_has_announced_a_total_ban_on_exports():
    # BR012 (COERCE/SANCTION CHN > USA; main's code: THREATEN)
    sentence = (
        'China has announced a total ban on exports to the United States of "dual-use" minerals and metals used in the '
        "manufacture of semiconductors but which also have military applications, in what is a response by Beijing to "
        "restrictions imposed by Washington."
    )
    assert first_codes(sentence) == ("SANCTION", "CHN", "USA")


def test_the_commerce_ministry_announced_a_ban_on_exports():
    # DK004 (COERCE/SANCTION CHN > USA; main's code: COOPERATE)
    sentence = (
        "The Chinese Commerce Ministry announced a ban on exports of gallium, germanium, antimony and other key "
        "high-tech materials to the United States, effective immediately, in response to recent chip sanctions, "
        "reported The Associated Press."
    )
    assert first_codes(sentence) == ("SANCTION", "CHN", "USA")


def test_a_set_of_export_controls_published():
    # BR013 (COERCE/SANCTION USA > CHN; main's code: no record)
    sentence = (
        "The Biden administration published a set of export controls regarding advanced computing and semiconductor "
        "manufacturing items, aiming to restrict China\u2019s access to the most advanced chip technology."
    )
    assert first_codes(sentence) == ("SANCTION", "USA", "CHN")


def test_export_control_restrictions_announced_are_typed_as_a_sanction():
    # BR016 (COERCE/SANCTION USA > CHN; main's code: no record; the bureau named without its state keeps no source)
    sentence = (
        "The U.S. Department of Commerce\u2019s Bureau of Industry and Security (BIS) announced on Tuesday new export "
        "control restrictions aimed at stymieing China\u2019s efforts to become a global tech power."
    )
    assert first_codes(sentence)[0] == "SANCTION"


def test_japan_will_tighten_restrictions_on_exports_to_south_korea():
    # E014 (COERCE/SANCTION JPN > KOR; main's code: THREATEN)
    sentence = (
        "The Japanese government said on Monday it will tighten restrictions on exports of high-tech materials to "
        'South Korea, citing "significant damage to the relationship of mutual trust."'
    )
    assert first_codes(sentence) == ("SANCTION", "JPN", "KOR")


def test_japan_imposed_a_ban_on_imports_of_russian_coal():
    # a general sentence (main's code: THREATEN)
    assert first_codes("Japan imposed a ban on imports of Russian coal.") == ("SANCTION", "JPN", "RUS")


def test_india_announced_a_ban_on_sugar_exports_to_bangladesh():
    # a general sentence (main's code: CONCEDE)
    sentence = "India announced a ban on exports of sugar to Bangladesh on Friday."
    assert first_codes(sentence) == ("SANCTION", "IND", "BGD")


def test_south_korea_unveiled_export_controls_on_russia():
    # a general sentence (main's code: SUPPORT)
    sentence = "South Korea unveiled new export controls on Russia on Thursday."
    assert first_codes(sentence) == ("SANCTION", "KOR", "RUS")


def test_a_ban_on_imports_lifted_stays_eased():
    # guard: the lifting between the verb and the ban eases it (PLOVER round 61's `_trade_ban_lifted`)
    assert first_codes("Japan announced the lifting of its ban on imports of seafood from China.") == (
        "RETREAT", "JPN", "CHN"
    )


def test_a_ban_asked_of_another_state_stays_a_request():
    # guard: a call for a ban by a third party
    sentence = "The EU urged China to impose a ban on exports of drones to Russia."
    assert first_codes(sentence) == ("REQUEST", "IGO", "CHN")


def test_a_possible_ban_and_a_ban_on_rallies_are_no_embargo():
    # guards: a hypothetical ban; a ban that names no trade is coercion at home; a report on a ban is another noun's
    assert first_codes("Russia may impose a ban on imports of Georgian wine.")[:1] != ("SANCTION",)
    assert first_codes("The government imposed a ban on rallies in the capital.")[:1] != ("SANCTION",)
    assert first_codes("The ministry published a report on the ban on exports to China.")[:1] != ("SANCTION",)
