"""PLOVER round 144 (issue 13): a seizure or interception between two states below the is-it-an-event gate — a
sentence read alone with a verb of seizing or intercepting ("seized", "to intercept", "have captured"), not after a
modal, future word or negation and not a passive, whose record read with the report model overruled is COERCE from a
state named before the verb to another named after it, keeps that record (`coder._seizure_read`), where main's code
gave no record at all (the report model scores these sentences under the lone threshold). The development rows quoted
are from the real-news sets BS, BI, L and K (`COERCE`); the general sentences and the guards are made up."""

from latitude.coding.coder import code_sentence
from prose_rows import lone_codes


def test_iran_seized_a_marshall_islands_flagged_tanker():
    # BS030 (COERCE IRN > MHL; main's code: no record)
    sentence = (
        "In a heightened strategic maneuver, Iran seized a Marshall Islands-flagged oil tanker as it traversed the "
        "pivotal Strait of Hormuz, marking the first such interdiction in months."
    )
    assert lone_codes(sentence) == ("COERCE", "IRN", "MHL")


def test_turkey_scrambled_jets_to_intercept_a_russian_plane():
    # BI020 (COERCE TUR > RUS; main's code: no record)
    sentence = (
        "Turkey scrambled eight F-16 fighter jets to intercept a Russian IL-20 over the Black Sea coast when the Russian "
        "military plane began flying parallel to Turkish airspace."
    )
    assert lone_codes(sentence) == ("COERCE", "TUR", "RUS")


def test_iranian_forces_captured_men_linked_to_mossad():
    # L020 (COERCE IRN > ISR; main's code: no record)
    sentence = (
        "TEHRAN (Tasnim) – Iran’s Intelligence Ministry forces in the southeastern province of Sistan and Balouchestan "
        "have captured three individuals who had links with the Zionist regime’s Mossad spy agency."
    )
    assert lone_codes(sentence) == ("COERCE", "IRN", "ISR")


def test_gunboats_attempt_to_seize_a_us_tanker():
    # K030 (COERCE IRN > USA; main's code: no record)
    sentence = (
        "Several Islamic Revolutionary Guard Corps Navy gunboats attempt to stop and seize a U.S. tanker in the Strait "
        "of Hormuz, however, the tanker ignored the demands to stop and continued on its journey to international waters."
    )
    assert lone_codes(sentence) == ("COERCE", "IRN", "USA")


def test_greece_scrambled_jets_to_intercept_a_turkish_plane():
    # a general sentence (main's code: no record)
    sentence = (
        "Greece scrambled four Mirage fighter jets to intercept a Turkish CN-235 over the Aegean when the Turkish plane "
        "began flying toward Greek airspace."
    )
    assert lone_codes(sentence) == ("COERCE", "GRC", "TUR")


def test_japan_scrambled_jets_to_intercept_chinese_bombers():
    # a general sentence (main's code: no record)
    sentence = (
        "Japan scrambled F-15 fighter jets to intercept two Chinese H-6 bombers over the East China Sea when the Chinese "
        "planes began flying toward Japanese airspace."
    )
    assert lone_codes(sentence) == ("COERCE", "JPN", "CHN")


def test_an_interception_that_may_come_is_no_record():
    # guard: a modal before the verb (no record on main and branch)
    sentence = "Poland scrambled fighter jets, which may intercept Russian drones over its territory if they cross the border, the army said."
    assert code_sentence(sentence) == []


def test_a_seizure_denied_is_no_record():
    # guard: a negation before the verb (no record on main and branch)
    assert code_sentence("Iran did not seize the Greek tanker, the ministry said.") == []
