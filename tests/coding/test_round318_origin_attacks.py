"""Issue 13, coder round 318: launches and strikes told by an attack's noun with the launcher named in the row, sorted by
where the launcher stands (a possessive or adjective before the noun, "from" or "by" after it, the subject of a verb
whose object the noun is, elsewhere) and by why no record is written. The cell taken: the launcher named after "from"
or "by" right after the attack's noun, the noun phrase told as done by its own verb of harm or alarm or by victims in
the passive before it, which no frame read (`coder._origin_attacks`); the target is the one other state named. Rows are
quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The
development rows fail with main's code (5697e4af, on its archive); the guards pass on both."""

from prose_rows import coded_row, labels_found, quiet


def _force(fixture: str, row_id: str) -> set[tuple]:
    _, records = coded_row(fixture, row_id)
    return {(r["source"], r["target"]) for r in records if r["plover"] in ("ASSAULT", "MOBILIZE")}


def test_a_missile_attack_from_yemen_triggered_sirens():
    # held-out 295 QMF006 (YEM>ISR ASSAULT/MOBILIZE): "A missile attack from Yemen triggered sirens across central
    # Israel early Sunday morning."
    assert labels_found("heldout295_prose.tsv", "QMF006") == [True]


def test_the_attack_from_gaza_activated_sirens():
    # held-out 257 XZ027 (PSE>ISR ASSAULT/MOBILIZE): "The attack from Gaza activated air-raid sirens in Kibbutz
    # Kissufim, an Israeli agricultural community near the border of some 300 residents."
    assert labels_found("heldout257_prose.tsv", "XZ027") == [True]


def test_a_rocket_attack_from_cambodia_struck_a_civilian_area():
    # held-out 241 FD001 (KHM>THA ASSAULT/MOBILIZE): "Yesterday, July 27, a BM-21 rocket attack from Cambodia struck a
    # civilian area in the Sao Thong Chai subdistrict of Sisaket, Thailand, resulting in one death and one injury."
    assert labels_found("heldout241_prose.tsv", "FD001") == [True]


def test_injured_in_a_missile_attack_by_yemens_houthis():
    # held-out 122 DX067 (YEM>SAU ASSAULT/MOBILIZE, SAU>- STATEMENT): "Saudi Arabia has said three people were injured
    # in a ballistic missile attack by Yemen's Houthi rebels."
    assert labels_found("heldout122_prose.tsv", "DX067")[0]


def test_injured_in_rocket_strikes_from_lebanon():
    # held-out 245 XY001 (LBN>ISR ASSAULT/MOBILIZE among four labels): "Sirens sounded across Israel and multiple people
    # were injured on Sunday in rocket strikes from Lebanon, the Israeli military said, as the Lebanese Army announced
    # another fatality from an Israeli attack."
    assert ("LBN", "ISR") in _force("heldout245_prose.tsv", "XY001")


def test_an_attack_from_iran_that_will_carry_consequences_is_no_attack():
    # held-out 247 HV003 (USA>IRN THREATEN only): "\"A direct military attack from Iran against Israel will carry severe
    # consequences for Iran,\" the official further warned."
    assert ("IRN", "ISR") not in _force("heldout247_prose.tsv", "HV003")


def test_attacks_from_north_korea_to_combat_and_shelling_begun_since_are_no_events():
    # held-out 58 MN100 ('-'): "... deploying its interceptor missiles in South Korea to combat missile attacks from North
    # Korea, Reuters reported."; held-out 246 PX006 ('-'): "... where constant shelling from Lebanese territory has begun
    # since October 8, to which the Israeli military responds with fire."
    assert quiet("heldout58_prose.tsv", "MN100")
    assert quiet("heldout246_prose.tsv", "PX006")
