"""PLOVER round 32 (issue 13): the vocabulary of sanctions (assets frozen, trade suspended, a designation as a
terrorist group, sanctions extended or agreed in rounds, "sanctioned" as a verb, expelled officials), and arrests
of fishermen, crews and fighters and vessels intercepted or boarded by coast guards and navies. Sentences from the development news sets (A to U); expected codes read by hand from each
sentence, as the sets label them (imposed sanctions COERCE/SANCTION; an expelled official SANCTION; an arrest or a
seized boat COERCE)."""

from latitude.coding.coder import classify
from prose_rows import lone_codes

SANCTIONING = ("COERCE", "SANCTION")


def test_frozen_assets_and_suspended_trade_are_sanctions():
    # set F (F092): "froze the U.S. assets" had no rule; typed CONCEDE from "including"
    assert classify(
        "President Barack Obama on Monday froze the U.S. assets of seven Russian officials, including top advisers to "
        "President Vladimir Putin, for their support of Crimea’s vote to secede from Ukraine."
    ).plover in SANCTIONING
    # set S (S053, S056): trade or imports suspended
    assert lone_codes(
        "Turkey has suspended all trade with Israel over its offensive in Gaza, citing the \"worsening humanitarian "
        "tragedy\" in the strip, BBC News reports."
    ) == ("SANCTION", "TUR", "ISR")
    assert classify(
        "China has suspended from Thursday imports of all aquatic products originating from Japan, customs "
        "authorities said in a statement."
    ).plover in SANCTIONING
    # set I (I097): a ban lifted is no embargo ("ban" the noun is not among the rule's verbs)
    assert classify(
        "What can be seen as the latest indication in the improving relations between the two South Asian rivals, "
        "the Pakistan government has lifted a nearly two-year ban on the import of sugar and raw cotton from India."
    ).plover not in SANCTIONING


def test_a_terrorist_designation_and_sanctions_extended_or_agreed_in_a_round_are_sanctions():
    # set K (K026)
    assert classify(
        "On April 15, the State Department designated the IRGC a “Foreign Terrorist Organization” for exporting "
        "terrorism across the globe and creating regional tensions."
    ).plover in SANCTIONING
    # set R (R050, R052)
    assert classify(
        "EU countries on Thursday agreed a \"powerful and substantial\" new round of sanctions against Russia in a bid "
        "to further choke off Moscow's war effort against Ukraine, Belgium, which holds the bloc's presidency, said."
    ).plover in SANCTIONING
    assert classify(
        "The Council of the European Union extended economic sanctions against Russia for another six months, until "
        "January 31, 2025."
    ).plover in SANCTIONING
    # set G (G004): "a list of 76 alleged Pakistani terrorists" is no designation; the artillery attack is the event
    assert classify(
        "Pakistan carried out a blistering artillery attack on suspected terrorist camps in Afghanistan on Friday and "
        "Saturday after giving the Afghan government a list of 76 alleged Pakistani terrorists it said were sheltering "
        "there."
    ).plover == "ASSAULT"


def test_sanctioned_is_a_verb_of_sanctions():
    # sets I (I002) and T (T037): "sanction" as a verb was absent from the lexicon (T037 was typed CONCEDE from
    # "including", PETRARCH2's synonym of "re-admit", CAMEO 080)
    assert classify(
        "The Office of Foreign Assets Control sanctioned six Nicaraguan government and military officials, and the EU "
        "sanctioned seven officials and three government entities."
    ).plover in SANCTIONING
    sentence = (
        "The US Commerce Department this week sanctioned 23 Chinese companies, including five linked to arms sales to "
        "Russia since Moscow’s invasion of Ukraine in February."
    )
    assert classify(sentence).plover == "SANCTION"


def test_expelled_officials_are_expelled_envoys():
    # sets F (F072) and T (T081): an expelled foreign official, as an expelled diplomat, is SANCTION (not the
    # deportation, CAMEO 174 COERCE)
    assert classify("The United States said Thursday that Nicaragua has expelled three American government officials.").plover == "SANCTION"
    assert lone_codes(
        "Venezuela on Tuesday expelled two U.S. officials accused of being involved in a coup against the government."
    ) == ("SANCTION", "VEN", "USA")


def test_arrested_fishermen_and_fighters_and_boarded_or_intercepted_boats_are_coercion():
    # sets J (J016) and T (T082): fishermen and fighters were no objects of the arrest rule
    assert lone_codes(
        "The Sri Lankan Navy arrested 43 Indian fishermen for illegally entering Sri Lankan waters, officials said "
        "Wednesday."
    ) == ("COERCE", "LKA", "IND")
    assert classify(
        "Venezuelan authorities said Monday they had arrested nine Colombian paramilitary fighters they accused of "
        "plotting to assassinate President Nicolas Maduro amid an ongoing diplomatic spat with Bogota."
    ).plover == "COERCE"
    # sets A (A039) and S (S075): a vessel intercepted or boarded is seized (CAMEO 171)
    assert classify(
        "In a trial run of new law enforcement boats, the U.S. Coast Guard intercepted a Mexican ship fishing illegally "
        "in federal waters on July 21, officials said."
    ).plover == "COERCE"
    assert classify(
        "Taiwan said the Chinese coast guard boarded a Taiwanese fishing boat Tuesday before steering it to a port in "
        "mainland China, and demanded that Beijing release the vessel."
    ).plover == "COERCE"
