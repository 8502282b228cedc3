"""Aid pledged to be received from a state is given by that state (issue 13, the lead's mend after the news sets'
label convention on pledged aid, tests/fixtures/coding/README.md "Label convention: pledged aid in the news sets").

The news sets now follow the PLOVER gold records: aid pledged or still to come is AGREE, not AID. The coder reads
"X will receive ... from Y" as Y > X for aid (`grammar.aid_origin`); once such a sentence is typed AGREE the same
reading must hold, or the recipient is read as the giver. Rows are quoted from the news sets; the expectations are
their hand labels."""

from prose_rows import lone_record


def test_a_loan_to_be_received_from_a_state_is_its_pledge():
    # news set AK, AK026, labelled AGREE CHN > PAK
    record = lone_record(
        "The Ministry of Finance has said that the State Bank of Pakistan (SBP) will receive a 15 billion yuan loan "
        "($2.1 billion) from China by Monday."
    )
    assert (record["source"], record["target"], record["plover"]) == ("CHN", "PAK", "AGREE")

