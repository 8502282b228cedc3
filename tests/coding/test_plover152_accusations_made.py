"""PLOVER round 152 (issue 13): an accusation told by its noun as the object of a verb of making it — a form of
"make", "lodge", "level", "renew", "reiterate", "repeat" or "voice" with "accusation(s)" or "allegation(s)" within three
words after it, the noun followed right away by "against" or "that" and a party, a party other than the accused named
before the verb, is an accusation (ACCUSE, CAMEO 112) whose record comes first when the sentence's first record is of
another type or a statement (`coder._held_or_made_accusation_first`), and the sentence's record when it has none
(`coder._held_or_made_accusation_read`). Main's code read no record, a statement or the rejection that follows. The
development rows quoted are from the real-news sets CX, CN and DY (`ACCUSE`); the general sentences and the guards
are made up."""

from prose_rows import first_codes


def test_mali_lodged_serious_accusations_against_algeria():
    # CX019 (ACCUSE MLI > DZA; main's code: no record)
    sentence = (
        "Mali has lodged serious accusations against Algeria, claiming that Algeria shot down one of its surveillance "
        "drones."
    )
    assert first_codes(sentence) == ("ACCUSE", "MLI", "DZA")


def test_burundi_renewed_accusations_that_rwanda_funds_rebels():
    # CN013 (ACCUSE BDI > RWA; main's code: no record)
    sentence = (
        "Relations between Rwanda and Burundi have deteriorated in recent weeks after Burundian President Evariste "
        "Ndayishimiye renewed accusations that Rwanda is funding and training the rebels of the RED-Tabara group."
    )
    assert first_codes(sentence) == ("ACCUSE", "BDI", "RWA")


def test_accusations_made_come_before_the_rejection_that_follows():
    # CN028 (ACCUSE IND > PAK; main's code: REJECT PAK > IND first)
    sentence = (
        "India\u2019s External Affairs Minister S. Jaishankar made accusations against Pakistan on Wednesday, which "
        "Pakistan rejected as \u201cbaseless and frivolous.\u201d"
    )
    assert first_codes(sentence) == ("ACCUSE", "IND", "PAK")


def test_reiterated_accusations_are_no_bare_statement():
    # PYD011 (ACCUSE IRN > USA; main's code: a statement IRN > USA with no type)
    sentence = (
        "Iran\u2019s foreign minister reiterated accusations against the United States on Monday, blaming it for "
        "approving a deadly strike, allegedly carried out by Israel, that targeted Tehran\u2019s consulate in Damascus "
        "last week."
    )
    assert first_codes(sentence) == ("ACCUSE", "IRN", "USA")


def test_serbia_levelled_allegations_against_kosovo():
    # a general sentence (main's code: no record)
    sentence = "Serbia levelled fresh allegations against Kosovo over the arrest of a police officer near the border."
    assert first_codes(sentence) == ("ACCUSE", "SRB", "XKX")


def test_venezuela_made_accusations_against_guyana():
    # a general sentence (main's code: CONCEDE, "made" read as a concession)
    sentence = "Venezuela made new accusations against Guyana on Tuesday over the oil concessions in the disputed region."
    assert first_codes(sentence) == ("ACCUSE", "VEN", "GUY")


def test_pakistan_renewed_allegations_that_india_backs_militants():
    # a general sentence (main's code: no record)
    assert first_codes("Pakistan has renewed allegations that India is backing militants in Balochistan.") == (
        "ACCUSE", "PAK", "IND"
    )


def test_accusations_made_by_another_party_and_rejected_stay_a_rejection():
    # guard, after news set AD's AD064 (REJECT SSD > SDN): the noun before the participle is the thing rejected
    sentence = "Armenia rejected the accusations made against it by Azerbaijan, calling them baseless."
    assert first_codes(sentence) == ("REJECT", "ARM", "AZE")


def test_a_refusal_to_make_accusations_is_no_accusation():
    # guard: "refused to make accusations against" tells no accusation
    sentence = "Japan refused to make accusations against China over the collision near the islands."
    assert first_codes(sentence)[:1] != ("ACCUSE",)
