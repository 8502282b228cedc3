"""Actors round 88 (issue 13): a broad reader of people no table holds, kept under a precision budget (actors round
87's draft with its two missing guards). `gazetteer._broad_names` reads two or more capitalised words no table holds,
right after an office head or right before a verb of speech, as a person of the one state the sentence names outside
a destination's or counterpart's preposition, across no meeting's word from the name, and not right after a verb (the
verb's object); a name right after a body's full title is not read. Every assertion of the first two tests fails on
main's code (cfcd975f: the name is not read, None); the guards hold on both."""

import datetime as dt

from actor_probe import state_of


def test_development_people_no_table_holds_take_the_sentences_one_state():
    # held-out actors 25 T066: the state by its places (Borno, Maiduguri), the name before "said"
    assert state_of(
        "Legislator Ayamu Lawan Gwasha said security forces repelled gunmen who attacked the police station and a "
        "military post in Damboa, 85 kilometers from Borno state capital Maiduguri, last night.",
        "Ayamu Lawan Gwasha",
    ) == "NGA"
    # held-out actors 37 AF003: the state in the reported clause, after "that"
    assert state_of(
        "MEA spokesperson Randhir Jaiswal said that India has sent seven political delegations to different parts of "
        "the world.",
        "Randhir Jaiswal",
    ) == "IND"
    # held-out actors 56 AY014: the met general's state named after him, on his side of "met with"
    assert state_of(
        "In another meeting, General Metin Gürak met with General Sahir Shamshad Mirza, Chairman Joint Chiefs of "
        "Staff Committee, at Joint Staff Headquarters, Rawalpindi.",
        "Sahir Shamshad Mirza",
        dt.date(2024, 4, 19),
    ) == "PAK"


def test_the_general_shape():
    assert state_of(
        "Deputy spokesperson Laila Farouk Haddad said that Egypt would reopen the crossing on Sunday.",
        "Laila Farouk Haddad",
    ) == "EGY"
    assert state_of(
        "Provincial governor Tomas Vinter Holmqvist told reporters that Norway had sent two rescue teams.",
        "Tomas Vinter Holmqvist",
    ) == "NOR"


def test_guards_a_verbs_object_and_a_name_after_a_bodys_full_title():
    # the one state is the object of the verb, not the speaker's (PLOVER news CX001's shape)
    assert state_of(
        "Spokesperson Laila Farouk Haddad criticised Jordan for closing the crossing.", "Laila Farouk Haddad"
    ) is None
    assert state_of(
        "Spokesperson Laila Farouk Haddad condemned the Jordanian decision on Sunday.", "Laila Farouk Haddad"
    ) is None
    # a name right after a body's full title (actors round 37's guard's shape)
    assert state_of("The Egyptian Ministry of Water Resources Laila Farouk Haddad said.", "Laila Farouk Haddad") is None


def test_guards_a_destination_two_states_and_a_meetings_other_side():
    # the state is the trip's destination
    assert state_of(
        "Spokesperson Laila Farouk Haddad said the delegation would travel to Jordan on Sunday.", "Laila Farouk Haddad"
    ) is None
    # two states the sentence names outside a preposition's object
    assert state_of(
        "Spokesperson Laila Farouk Haddad said that Egypt and Jordan would reopen the crossing.", "Laila Farouk Haddad"
    ) is None
    # held-out actors 56 AY014: the state named after "met with" is the met general's, not the subject's
    assert state_of(
        "In another meeting, General Metin Gürak met with General Sahir Shamshad Mirza, Chairman Joint Chiefs of "
        "Staff Committee, at Joint Staff Headquarters, Rawalpindi.",
        "Metin Gürak",
        dt.date(2024, 4, 19),
    ) is None
