"""PLOVER round 135 (issue 13): an accusation told by a participle of accusing that opens a clause after its accuser's
main clause (", accusing X of ...", ", blaming X for ...") is read from a sentence read alone however low the report
model scores it, when its record names two parties."""
from latitude.coding import coder


def _first(sentence: str) -> tuple | None:
    records = coder.code_sentence(sentence)
    return (records[0]["source"], records[0]["target"], records[0]["plover"]) if records else None


def test_development_rows_told_by_a_participle_of_accusing_get_their_accusation():
    # Real-news dev set U, U048 (scored 0.19 by the report model, no record on main's code).
    assert _first("Algeria has decided to review its relations with Morocco, accusing its neighbour of hostile acts.") == (
        "DZA", "MAR", "ACCUSE")
    # Real-news dev set CX, CX003 (0.26).
    assert _first(
        "In the absence of any group claiming responsibility for the assault, Pakistan's military establishment swiftly "
        "pointed fingers at India, accusing it of fomenting unrest along the western border."
    ) == ("PAK", "IND", "ACCUSE")
    # Real-news dev set DI, DI025 (0.47): the comma inside the closing quote still ends the main clause.
    assert _first(
        "ISLAMABAD: A senior Pakistani diplomat at the United Nations this week responded to India’s allegations that its "
        "neighboring country was a “terrorist epicenter,” accusing Delhi of sponsoring cross-border “terrorism” as the war "
        "of words between the two nations at the global platform worsened."
    ) == ("PAK", "IND", "ACCUSE")


def test_general_sentences_of_the_shape_get_the_accusation():
    assert _first("Egypt has decided to review its relations with Ethiopia, accusing its neighbour of hostile acts.") == (
        "EGY", "ETH", "ACCUSE")
    assert _first(
        "Chad's government published a long statement after the clashes, blaming Sudan for the violence along the border."
    ) == ("TCD", "SDN", "ACCUSE")


def test_a_typed_main_clause_keeps_its_own_act_first():
    # The participle is read only when the sentence alone gives no record: the main clause's act stays first.
    assert _first("Algeria has cut diplomatic ties with Morocco, accusing its neighbour of hostile acts.") == (
        "DZA", "MAR", "SANCTION")


def test_the_clause_needs_its_accuser_before_it_and_its_preposition_after_its_object():
    opening = coder.analyse("Accusing Russia of lying, the Ukrainian minister left the meeting.", None, "fast")
    assert not coder._accusing_clause(opening)  # the participle opens the sentence: no main clause before it
    no_object = coder.analyse("Egypt has decided to review its relations with Ethiopia, accusing nobody.", None, "fast")
    assert not coder._accusing_clause(no_object)
    told = coder.analyse("Egypt has decided to review its relations with Ethiopia, accusing its neighbour of hostile acts.",
                         None, "fast")
    assert coder._accusing_clause(told)
