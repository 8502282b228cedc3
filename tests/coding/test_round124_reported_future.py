"""Issue 13, coder round 124: announced and planned visits and meetings with no frame. The development visit and
meeting labels of plans, expectations and schedules whose row gets no record were sorted by construction; the round
takes one general construction of English: "would" right before a visit or meeting verb, after a reporting verb
earlier in its sentence, is the reported "will" of indirect speech ("The FO said X would call on Y", "Obama said ...
the pair would discuss ..."), an announced visit or meeting (CONSULT), unless the sentence reports a condition or
hedges. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given) or are general sentences;
the expectations are their hand labels. Each test fails with main's code."""

from latitude.coding.coder import code_sentence
from prose_rows import all_found


def test_a_call_announced_in_a_readout():
    # held-out 56 SD059 (a news report of the Iranian foreign minister's visit to Pakistan), labelled IRN<>PAK
    # AGREE/CONSULT: "The FO said Abdollahian would call on National Assembly Speaker Raja Pervaiz Ashraf and Senate
    # Chairman Sadiq Sanjrani as well to discuss parliamentary linkages between the two countries."
    assert all_found("heldout56_prose.tsv", "SD059")


def test_talks_a_leader_said_the_pair_would_hold():
    # held-out 109 OM038 (a news report of Obama's meeting with the Saudi king), labelled USA<>SAU CONSULT:
    # '"This is obviously a challenging time in world affairs, particularly in the Middle East," Obama said, saying
    # the pair would discuss a "wide range of issues."'
    assert all_found("heldout109_prose.tsv", "OM038")


def test_a_visit_an_office_announced():
    # held-out 19 G094 (an analysis of Trump's 2017 visit to China), labelled USA>CHN AGREE/CONSULT: "Last Friday, the
    # White House announced that U.S. President Donald Trump would visit China in November during his trip to the
    # Association of Southeast Asian Nations (ASEAN) summit and the Asia-Pacific ..."
    assert all_found("heldout19_prose.tsv", "G094")


def test_a_meeting_a_ministry_said_two_ministers_would_hold():
    # a general sentence, labelled TUR<>LAO CONSULT
    records = code_sentence(
        "The ministry said in a statement that Turkish Foreign Minister Hakan Fidan and Laotian Foreign Minister "
        "Saleumxay Kommasith would discuss bilateral relations."
    )
    assert {frozenset((r["source"], r["target"])) for r in records if r["plover"] == "CONSULT"} == {frozenset(("TUR", "LAO"))}
