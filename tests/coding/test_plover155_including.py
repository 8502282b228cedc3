"""PLOVER round 155 (issue 13): "including" opening a list of a noun's members or examples is no verb of the sentence.
The verb lexicon (PETRARCH2's "include", CAMEO 080) made it the event verb whenever it came first, and `classify` read
the sentence as a concession (PLOVER CONCEDE); now, when it would be the event verb and the next verb after it tells an
act, the sentence is read without it (`coder._without_listing`). Expected types are the hand labels of the
development rows quoted (real-news sets Y, AZ, AM, BP, BW, BZ, EM; the prose of held-out sets 132 and 303 for the
guards); every positive case is read CONCEDE by main's code."""

from prose_rows import labels_found

from latitude.coding.coder import classify


def test_people_including_opposition_leaders_have_been_arrested():
    # AZ044 (COERCE BGD > BGD)
    sentence = (
        "More than 500 people, including some opposition leaders, have been arrested over days of clashes in the "
        "Bangladesh capital Dhaka sparked by protests against job quotas, police said Monday."
    )
    assert classify(sentence).plover == "COERCE"


def test_the_government_shut_down_ngos_including_religious_ones():
    # BZ012 (COERCE NIC > NIC)
    sentence = (
        "The Nicaraguan government shut down 15 NGOs, including six religious ones, according to decrees published "
        "this Friday in the official newspaper La Gaceta."
    )
    assert classify(sentence).plover == "COERCE"


def test_leaders_including_the_party_chief_released_on_bail():
    # BW026 (RETREAT TZA > TZA)
    sentence = (
        "Leaders of Tanzania's main opposition party, Chadema, including its top leader Freeman Mbowe and his deputy "
        "Tundu Lissu, have been released on bail after being detained before a youth gathering."
    )
    assert classify(sentence).plover == "RETREAT"


def test_the_same_reading_between_states_and_for_aid_and_meetings():
    # PEM001 (COERCE/SANCTION CHN > USA), BP038 (AID SAU > YEM), Y031 (CONSULT AFG > AFG)
    listed = (
        "China decided on Tuesday to add 10 US firms, including TCOM, Limited Partnership, to the country's "
        "unreliable entity list and take corresponding measures against them."
    )
    assert classify(listed).plover in ("COERCE", "SANCTION")
    cargo = (
        "A Saudi cargo plane loaded with 70 tons of foodstuffs, including wheat, rice, oil, milk and biscuits, "
        "arrived in Sana\u2019a today."
    )
    assert classify(cargo).plover == "AID"
    met = (
        "Dozens of powerful Afghans, including bitter rivals, met the Taliban in Doha, Qatar, yesterday, discussing a "
        "possible cease-fire and the future of women and minorities after 18 years of conflict."
    )
    assert classify(met).plover == "CONSULT"


def test_guard_an_act_the_lexicon_lacks_keeps_the_reporters_statement():
    # Held-out 303's QCT018 ("had downed 112 Ukrainian drones overnight, including 24 over the Moscow region";
    # UKR > RUS ASSAULT/MOBILIZE | RUS > - STATEMENT) and held-out 132's XS075 ("“neutralised” 16 PKK terrorists,
    # including ..., the country's National Defence Ministry has announced"; TUR > IRQ ASSAULT | TUR > - STATEMENT):
    # only a statement's verb stands beside "including", so the reading is left as it was and the reporter's
    # statement is still found
    assert labels_found("heldout303_prose.tsv", "QCT018")[1]
    assert labels_found("heldout132_prose.tsv", "XS075")[1]


def test_guard_including_after_the_act_is_left_as_it_is():
    # AM044 (ASSAULT RUS > SYR): the act's verbs come before "including"
    sentence = (
        "Civil Defense teams revealed that the Russian warplanes carried out air strikes on the village of Kafr "
        "Bateekh, south of Idlib, killing 13 civilians, including 11 children, and wounding dozens others."
    )
    assert classify(sentence).plover == "ASSAULT"
