"""Issue 13, coder round 159: "the North", "the South" and other stand-ins for the two Koreas — "the Koreas", "the two
Koreas" and "both Koreas" name both Korean states (`gazetteer._the_koreas`: South Korea on the word before "Koreas",
North Korea on "Koreas"), so a meeting "between the Koreas" is a meeting of the pair; not a place ("rivers in the
Koreas"). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are
their hand labels. The first two tests fail with main's code (63c64199: no record)."""

from prose_rows import coded_row

from latitude.coding.coder import code_sentence
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def _met(records: list[dict]) -> bool:
    """Whether a record is a meeting of the two Koreas (a label `KOR<>PRK CONSULT`), in either order."""
    return any({r["source"], r["target"]} == {"KOR", "PRK"} and r["plover"] == "CONSULT" for r in records)


def test_summit_meetings_between_the_koreas():
    # held-out 15 O113 (an editorial of the Korea JoongAng Daily), labelled KOR<>PRK CONSULT twice: "Two past summit
    # meetings between the Koreas have produced accomplishments as well as setbacks." (main's code: no record)
    assert _met(coded_row("heldout15_prose.tsv", "O113")[1])


def test_a_general_sentence():
    assert _met(code_sentence("Talks between the two Koreas were held at Panmunjom on Tuesday."))


def test_rivers_in_the_koreas_are_a_place():
    # held-out 97 PV010, labelled KOR<>PRK CONSULT by the article's tree-planting meeting: "Kim offered a few comments ,
    # before they continued to water the tree , again with water from rivers in the Koreas." A reading of "the Koreas"
    # here gave a wrong PRK>KOR AGREE; a place after "in" names no party
    codes = {m.code for m in find_actors(raw_tokens("again with water from rivers in the Koreas."))}
    assert not codes & {"KOR", "PRK"}
