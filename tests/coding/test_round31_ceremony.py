"""Issue 13, coder round 31 (visits and meetings told through their ceremony, and by parties named earlier):
"dined with", "engaged in talks", "both heads of state", a bare "The PM" or "the minister" for a leader named
"Prime Minister Nawaz Sharif", "King Salman", "the Trumps", a reception held for a guest; and an indefinite
"regular" or "annual" meeting noun is no meeting. Sentences are quoted from cited development sets
(tests/fixtures/coding/, row ids given) and their expectations are their hand labels. Each test fails with
main's coder (what main gives is said)."""

from dataclasses import replace

import pytest

from prose_rows import coded_row, labels_found


@pytest.fixture(autouse=True)
def _mirror(gold_folder):  # leaders' names come from the mirror (skipped without it)
    return gold_folder


def test_both_heads_of_state_are_the_pair_named_before():
    # held-out 31 b005 (the Bubble, 2017), labelled ARG <> USA CONSULT: "Both heads of state held a private
    # meeting in the Oval Office ..." after Macri and Trump were named; main: nothing
    assert labels_found("heldout31_prose.tsv", "b005") == [True]


def test_the_three_heads_of_state():
    # held-out 22 K028, labelled as the three pairs of the Camp David trilateral: "... as the three heads of
    # state had a head-to-head meeting ..."; main: nothing
    assert labels_found("heldout22_prose.tsv", "K028") == [True, True, True]


def test_the_pm_is_the_prime_minister_named_before():
    # held-out 29 Y017, labelled PAK <> LKA CONSULT: "The PM received the Sri Lankan president and his delegation
    # at the Nur Khan Airbase." after "... Prime Minister Nawaz Sharif."; main: nothing
    assert labels_found("heldout29_prose.tsv", "Y017") == [True]


def test_the_minister_is_the_foreign_minister_named_before(monkeypatch):
    # held-out 13 M018, labelled KOR > JPN (meeting planned): "The minister said he plans to discuss ... with
    # Japanese Foreign Minister Takeshi Iwaya"; the first event found, main: nothing. The reading is tested with
    # the is-it-an-event gate open: its refit on held-out 51 to 53 (after coder rounds 48 to 50) takes this
    # sentence for no report, a verdict of the gate and not of the reading of "the minister"
    import latitude.coding.coder as coder
    from latitude.coding.eventmodel import load_report_model

    open_gate = replace(load_report_model(), threshold=0.0, news_threshold=0.0, lone_threshold=0.0)
    monkeypatch.setattr(coder, "load_report_model", lambda: open_gate)
    assert labels_found("heldout13_prose.tsv", "M018")[0]


def test_king_salman_by_his_title_and_given_name():
    # held-out 31 b074 (Asharq Al-Awsat, 2016), labelled SAU > ARE CONSULT: "Custodian of the Two Holy Mosques
    # King Salman arrived in Abu Dhabi on Saturday, ..."; main: nothing ("King Salman" unknown)
    assert labels_found("heldout31_prose.tsv", "b074") == [True]


def test_a_reception_held_in_honour_of_a_guest_is_his_visit():
    # held-out 31 b079, labelled SAU > ARE CONSULT: "This took place during a reception held in honor of the
    # Saudi King at al-Mushref Palace in Abu Dhabi."; main: nothing
    assert labels_found("heldout31_prose.tsv", "b079") == [True]


def test_the_trumps_dined_with_xi():
    # held-out 31 b022, labelled USA <> CHN CONSULT: "Before ending the night, the Trumps dined with Chinese
    # President Xi Jingping and his wife ..."; main: nothing
    assert labels_found("heldout31_prose.tsv", "b022") == [True]


def test_regular_talks_are_no_meeting():
    # held-out 25 L046, labelled no event: "... as exemplified by regular, high-level talks on regional security
    # and military exercises featuring land and sea forces from both countries."; with "the prime minister and
    # the crown prince" of L045 now resolved main's rules would give IND <> SAU; nothing is expected. And held-out
    # 33 CX040, no event: "Both leaders are veterans of the annual bilateral summit, ..."; main: IND <> RUS
    assert coded_row("heldout25_prose.tsv", "L046")[1] == []
    assert coded_row("heldout33_prose.tsv", "CX040")[1] == []
