"""PLOVER round 134 (issue 13): an attack told by its doer's active verb that the report model scores under the lone
threshold is read as round 64's news lead (`coder._force_lead`, `DATED_THRESHOLD`) also when a report adverb stands
between the doer and the verb ("Afghan fighters reportedly attacked ..."), when the doer is told by its carrier or
fighters after its state's name ("Turkish army planes targeted ..."), and when the verb is "retaliated" told by the
force it used ("retaliated by firing at ...", "retaliated and targeted ..."). The development rows quoted are from
the real-news sets AT, AV and DD (ASSAULT rows gated out by the report model at the branch point); the guards keep
an adverb of a standing campaign, a retaliation told by no force and a carrier not after a state's name."""

from latitude.coding import coder
from latitude.coding.coder import code_sentence


def _first(sentence: str) -> tuple | None:
    records = code_sentence(sentence)
    return (records[0]["plover"], records[0]["source"], records[0]["target"]) if records else None


def test_planes_after_the_state_as_the_doer():
    # AT030 (ASSAULT TUR > IRQ; main's code: no record, the report model under its threshold)
    assert _first("Turkish army planes targeted PKK positions in the Hawkurk area of northern Iraq.") == (
        "ASSAULT", "TUR", "IRQ"
    )


def test_retaliated_by_firing():
    # AV027 (ASSAULT IND > PAK; main's code: no record)
    assert _first("The Indian Army retaliated by firing at Pakistani posts.") == ("ASSAULT", "IND", "PAK")


def test_fighters_reportedly_attacked():
    # DD027 (ASSAULT AFG > PAK; main's code: no record)
    assert _first(
        "Afghan fighters reportedly attacked multiple Pakistani border posts in retaliation for recent airstrikes "
        "inside Afghan territory."
    ) == ("ASSAULT", "AFG", "PAK")


def test_general_sentences_of_the_same_shapes():
    assert _first("Russian army planes targeted Ukrainian positions in the Kharkiv area.") == ("ASSAULT", "RUS", "UKR")
    assert _first("Syrian army helicopters targeted rebel positions in northern Lebanon.") == ("ASSAULT", "SYR", "LBN")
    assert _first("Iranian fighters reportedly attacked several Iraqi border posts.") == ("ASSAULT", "IRN", "IRQ")
    assert _first("Eritrean fighters reportedly attacked Ethiopian positions near the border.") == (
        "ASSAULT", "ERI", "ETH"
    )


def test_a_standing_campaign_or_a_modal_is_left_to_the_model():
    # no record on main's code and on this round's: "also" tells a campaign, "may have" no act told as done
    assert _first("Israeli warplanes have also targeted shipping lanes in the Red Sea for months.") is None
    assert _first("Pakistani planes may have targeted Afghan posts, analysts said.") is None


def test_retaliation_told_by_its_force():
    _retaliated_by_force = coder._retaliated_by_force
    words = "the army retaliated by firing at the posts".split()
    assert _retaliated_by_force(words, 2)
    assert _retaliated_by_force("forces retaliated and targeted the posts".split(), 1)
    assert not _retaliated_by_force("the ministry retaliated by summoning the envoy".split(), 2)
    assert not _retaliated_by_force("beijing retaliated with tariffs".split(), 1)
    assert not _retaliated_by_force("the army fired at the posts".split(), 2)
