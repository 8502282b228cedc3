"""Issue 13, coder round 105: launches, sixteenth pass — a weapon as the subject of another verb whose flight's end is
coordinated past that verb's direct object: "The ICBM carried a dummy warhead and fell into a designated area of the
sea" tells the launch its earlier sentences named, as "The missile fizzled and fell in the Pacific" did (coder round
63). Only a flight's end ("fell", "landed", "splashed", "crashed", ...) after a noun-phrase object is read; "hit",
also a strike's verb, and a path phrase ("slipped through air defenses and landed") are not. Rows are quoted from
cited development sets (tests/fixtures/coding/, row ids given) or are general sentences; the expectations are hand
labels. Each test fails with main's code."""

from prose_rows import coded_row, has

from latitude.coding.coder import Article, code


def test_a_flight_end_past_the_object_of_the_weapons_verb():
    # held-out 73 NQ040 (China's ICBM test told in the article's first sentence), labelled CHN>- MOBILIZE and a Chinese
    # statement: "The ICBM carried a dummy warhead and fell into a designated area of the sea, the Defence Ministry
    # said in a statement on Wednesday."
    assert has(coded_row("heldout73_prose.tsv", "NQ040")[1], "CHN", None, "MOBILIZE")


def test_a_rocket_that_carried_a_payload_and_crashed():
    # a general sentence after a launch the article named; hand label PRK>- MOBILIZE for the second sentence
    text = "North Korea fired a long-range rocket on Sunday. The rocket carried a small satellite and crashed into the sea."
    records = [r for r in code(Article("t", text, None), model="fast") if r["sentence"].startswith("The rocket")]
    assert any(r["source"] == "PRK" and r["target"] is None and r["plover"] == "MOBILIZE" for r in records)
