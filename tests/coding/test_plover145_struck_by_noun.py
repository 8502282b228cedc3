"""PLOVER round 145 (issue 13): an attack told by its noun as the subject of a verb of harm below the is-it-an-event
gate — a sentence read alone with a noun of attack ("airstrikes", "drone", "shells") among the twelve words before a
past verb of harm ("killed", "struck"), not after a modal, future word or negation, no passive between the noun and
the verb and no connective of another act before the noun, whose record read with the report model overruled is
ASSAULT from a state named before the verb to another named after the attacker, keeps that record
(`coder._struck_by_noun_read`), where main's code gave no record at all (the report model scores these sentences
under the lone threshold). The development rows quoted are from the real-news sets CK and Z (`ASSAULT`); the general
sentences and the guards are made up."""

from latitude.coding.coder import code_sentence
from prose_rows import lone_codes


def test_pakistani_airstrikes_in_eastern_afghanistan_killed_and_wounded():
    # CK009 (ASSAULT PAK > AFG; main's code: no record)
    sentence = (
        "Ties between the two countries were further strained when Pakistani military airstrikes in eastern "
        "Afghanistan killed and wounded dozens of people in April."
    )
    assert lone_codes(sentence) == ("ASSAULT", "PAK", "AFG")


def test_a_drone_from_a_syrian_airbase_struck_at_the_american_military():
    # Z030 (ASSAULT SYR > USA; main's code: no record)
    sentence = 'The drone, which took off from the Syrian airbase "Tiyas", struck at the American military.'
    assert lone_codes(sentence) == ("ASSAULT", "SYR", "USA")


def test_rwandan_artillery_shells_killed_villagers_in_congo():
    # a general sentence (main's code: no record)
    sentence = (
        "Relations between the neighbours soured further when Rwandan artillery shells in eastern Congo killed and "
        "wounded several villagers in March."
    )
    assert lone_codes(sentence) == ("ASSAULT", "RWA", "COD")


def test_turkish_drones_killed_shepherds_in_iraq():
    # a general sentence (main's code: no record)
    sentence = "Tensions rose again when Turkish military drones in northern Iraq killed four shepherds near the border in May."
    assert lone_codes(sentence) == ("ASSAULT", "TUR", "IRQ")


def test_missiles_that_could_hit_are_no_record():
    # guard: a modal before the verb (no record on main and branch)
    assert code_sentence("Russian missiles could hit targets in the Ukrainian city of Kharkiv, the governor warned.") == []


def test_missiles_that_did_not_hit_are_no_record():
    # guard: a negation before the verb (no record on main and branch)
    assert code_sentence("Russian missiles did not hit the Ukrainian city of Lviv, officials said.") == []


def test_a_strike_on_a_condition_is_no_record():
    # guard: a condition (no record on main and branch)
    assert code_sentence("If Russian missiles hit the Ukrainian city of Lviv, Poland will respond.") == []


def test_a_strike_after_another_act_is_not_read_first():
    # guard: the strike told after "after", the background of Ukraine's own act, is not the sentence's first record
    records = code_sentence("Ukraine closed its airspace after Russian missiles struck the Ukrainian city of Lviv.")
    assert records and records[0]["plover"] != "ASSAULT"
