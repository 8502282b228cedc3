"""Issue 13, coder round 95 (agreements signed or reached, told by an outcome noun or a relative clause): a meeting or
visit coded as a pair's meeting that "produced", "yielded" or "resulted in" an agreement, a joint statement or
declaration or a signing is that pair's agreement (CAMEO 030, PLOVER AGREE), and so is an agreement noun whose relative
clause has two states as the subject of a past verb of sealing ("the deal that Seoul and Washington reached"); an
outcome hoped for, or none, is no agreement."""

from latitude.coding.coder import code_sentence
from prose_rows import all_found, pairs, row_records


def test_a_meeting_that_produced_a_joint_statement_is_an_agreement():
    # held-out 38 KS009, labelled KOR<>JPN CONSULT and KOR<>JPN AGREE
    records = row_records(
        "heldout38_prose.tsv", "KS009",
        "The Lee-Ishiba meeting produced the first joint statement between their two countries in 17 years.",
    )
    assert pairs(records, "AGREE") == {frozenset(("KOR", "JPN"))}


def test_a_meeting_that_resulted_in_a_truce_is_an_agreement():
    # held-out 79 KE010, labelled USA<>CHN CONSULT and USA<>CHN AGREE ("Their surprise meeting resulted in a temporary
    # truce on the bitter trade war, ..."; the pair from the article's earlier sentences)
    assert all_found("heldout79_prose.tsv", "KE010")


def test_a_summit_that_produced_a_declaration_is_an_agreement():
    # held-out 7 U002, labelled PRK<>KOR CONSULT and PRK<>KOR AGREE
    assert all_found("heldout7_prose.tsv", "U002")


def test_a_summit_that_yielded_an_accord_is_an_agreement_one_expected_or_none_is_not():
    # general sentences: the outcome reported is the pair's agreement; an outcome hoped for, or none, is no agreement
    assert pairs(code_sentence("The summit between India and Japan on Monday yielded a civil nuclear accord."), "AGREE") == {
        frozenset(("IND", "JPN"))
    }
    assert pairs(code_sentence("The summit between India and Japan on Monday is expected to produce a civil nuclear accord."), "AGREE") == set()
    assert pairs(code_sentence("The meeting between India and Japan on Monday produced no agreement on trade."), "AGREE") == set()


def test_a_deal_that_two_states_reached_is_their_agreement():
    # held-out 64 SK047, labelled KOR<>USA AGREE (main's code: a KOR > USA COERCE); labels round 20 added the
    # summit under way, KOR<>USA CONSULT, as a planned topic of it
    records = row_records(
        "heldout64_prose.tsv", "SK047",
        "The new trade deal that Seoul and Washington reached late last month will likely take center stage.",
    )
    assert pairs(records, "AGREE") == {frozenset(("KOR", "USA"))} and pairs(records, "COERCE") == set()


def test_agreements_that_two_leaders_reached_are_their_agreement():
    # held-out 13 M015, labelled KOR<>USA CONSULT and KOR<>USA AGREE
    assert all_found("heldout13_prose.tsv", "M015")
