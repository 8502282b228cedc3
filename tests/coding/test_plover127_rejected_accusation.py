"""PLOVER round 127 (issue 13): accusations rejected by the party they are made against — a verb of rejecting
("rejected", "dismissed", "denied", "refuted") with a noun of accusation ("accusations", "allegations", "claims",
"charges") and "against" a state after it, when the rejecter is named only by an organ or a spokesperson the tables
give no state, gives the REJECT record with no source that state as source (`coder._rejected_accusation_source`). The
development rows quoted are from the real-news sets O, AB and T (`REJECT`); the general sentences and the guards are
made up."""

import datetime as dt

from latitude.coding.coder import code_sentence


def _pairs(sentence: str, date: dt.date | None = None) -> list[tuple]:
    return [(r["plover"], r["source"], r["target"]) for r in code_sentence(sentence, date)]


def test_accusations_leveled_against_the_rejecter():
    # O028 (REJECT IRN > GBR; main's code: REJECT with no source)
    assert _pairs(
        "Foreign Ministry spokesperson Esmaeil Baqaei has vehemently rejected recent accusations leveled by the British "
        "administration against Iran, denouncing them as unfounded and politically motivated.",
        dt.date(2025, 4, 17),
    )[0] == ("REJECT", "IRN", "GBR")


def test_claims_of_an_official_against_the_rejecter():
    # AB063 (REJECT IRN > DNK; main's code: REJECT with no source)
    assert _pairs(
        "Foreign Ministry Spokesman Bahram Qasemi on Tuesday dismissed claims of a Danish official against Iran and said "
        "it is enemies' conspiracy to influence the ever expanding Iran-Europe relations.",
        dt.date(2018, 10, 30),
    )[0] == ("REJECT", "IRN", "DNK")


def test_allegations_then_propaganda_against_the_rejecter():
    # T022 (REJECT IND > PAK; main's code: REJECT with no source)
    assert _pairs(
        "The Ministry of External Affairs rejected Pakistan's allegations that the blast was India-sponsored terrorism, "
        "terming it baseless propaganda against India."
    )[0] == ("REJECT", "IND", "PAK")


def test_accusations_made_by_a_capital_against_a_state():
    # a general sentence (main's code: REJECT with no source)
    assert _pairs(
        "The Foreign Ministry on Monday rejected the accusations made by Washington against Venezuela, calling them "
        "baseless."
    )[0] == ("REJECT", "VEN", "USA")


def test_named_rejecter_kept():
    # guard: a rejecter the sentence names keeps its own reading
    assert _pairs("China rejected the accusations of the United States against Iran.")[0][:2] == ("REJECT", "CHN")


def test_negated_rejection_gives_no_source():
    # guard: "did not reject" gives no source by this reading
    assert all(source != "IRN" for _, source, _ in _pairs("The ministry did not reject the accusations against Iran."))
