"""PLOVER round 100: a state's accusation told by its verb ("Taliban officials accuse Pakistan of breaching Afghan
airspace ...") is the accusation, ACCUSE (CAMEO 112), when a sentence read alone gets no other record and names the
accuser before the verb and the accused after it, as round 98 reads a condemnation: the PLOVER codebook's ACCUSE
covers "accuse, allege, blame". Not in the passive ("was accused by"), not after a relative clause that puts another
party before the verb."""

from prose_rows import lone_typed

from latitude.coding.coder import code_sentence


def test_an_accusation_between_named_parties_is_the_accusation():
    # news set L (ACCUSE AFG > PAK) and two general sentences
    assert lone_typed(
        "Taliban officials accuse Pakistan of breaching Afghan airspace and launching airstrikes in Paktika province."
    ) == ("ACCUSE", "112", "AFG", "PAK")
    assert lone_typed("Ghana's officials accuse Togo of harbouring the suspects.")[::2] == ("ACCUSE", "GHA")
    assert lone_typed("Ghana's officials accuse Togo of harbouring the suspects.")[3] == "TGO"


def test_a_passive_or_a_relative_clause_before_the_verb_gets_no_accusation():
    # news set T: "Duque, who quickly reached out to Guaido, has accused Venezuela's government ..." (COL > VEN):
    # the party before the verb is in the relative clause, so the read would give VEN > COL
    assert code_sentence(
        "Duque, who quickly reached out to Guaidó, has accused Venezuela's government of harboring Colombian guerrillas."
    ) == []
