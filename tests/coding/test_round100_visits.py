"""Issue 13, coder round 100 (visits and meetings, a whole-population sort): every development visit and meeting
label with no matching record was sorted by three coarse causes read from the coder's own analysis of its sentence
(no record in the row or records of other pairs; both labelled states among the sentence's actors or one missing;
a word the visit and meeting frames read in the sentence or none). The largest bucket, a pair the sentence names
with a frame word but no frame of that pair, spreads over many verbs and nouns; the one regular construction fixed
here is an honorific ("Mr.", "Mrs.", "Ms.") standing between "and" and the second member of a coordinated subject,
like the titles already allowed there ("... and Prime Minister Sanae Takaichi"): "President Biden and Mr. Trong
spoke on the phone" is both leaders' call. Each development row is quoted with its set and id and coded in its
article as the prose scores code it; the expected events are the rows' hand labels (the general sentences': a
reader's)."""

from __future__ import annotations

from latitude.coding.coder import code_sentence
from prose_rows import has, row_records


def test_a_call_of_a_leader_and_mr_named_after_and_is_their_call():
    # heldout16 P029 (Biden's 2023 visit to Vietnam): labelled USA<>VNM CONSULT and USA<>VNM AGREE
    records = row_records(
        "heldout16_prose.tsv", "P029",
        "President Biden and Mr. Trong reportedly spoke on the phone months ago and agreed to elevate the partnership "
        "between the two countries.",
    )
    assert has(records, "USA", "VNM", "CONSULT")
    assert has(records, "USA", "VNM", "AGREE")


def test_an_honorific_after_and_joins_the_subject_of_a_call():
    # general sentence: "Mrs." stands where a title would ("and Prime Minister Meloni")
    assert has(code_sentence("President Emmanuel Macron and Mrs. Meloni spoke by phone on Tuesday."), "FRA", "ITA", "CONSULT")
