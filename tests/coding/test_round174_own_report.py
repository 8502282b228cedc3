"""Issue 13, coder round 174: a doer's report of its own act. Labels round 10 settled that a party telling its own act
("the Israeli military said it struck ...", "the Houthis said they fired ...", "Pyongyang said it had successfully
test-fired ...") is labelled with the act and the doer's own `SRC>- STATEMENT`; coder round 167 kept a reporter's
statement only beside another party's act. In an article the coder now keeps it beside the doer's own strike or launch
when the reporter the sentence names tells it in the past with the doer as a pronoun (`coder._OWN_REPORT`).
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first four tests fail with main's code at scoring (7b30bfbe, run on its archive)."""

from prose_rows import all_found

from latitude.coding.coder import code, code_sentence


def _kinds(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_an_armed_group_said_it_struck():
    # held-out 132 XS070: "Meanwhile, Hezbollah said it struck the main warehouses at the Israeli army's Nimra base in
    # northern Israel with dozens of rockets." (LBN>ISR ASSAULT | LBN>- STATEMENT) and held-out 172 CG001
    assert all_found("heldout132_prose.tsv", "XS070")
    assert all_found("heldout172_prose.tsv", "CG001")


def test_a_state_said_it_had_tested():
    # held-out 15 O032: "Last year, Pyongyang said it had successfully test-fired its first solid-fueled
    # Intercontinental Ballistic Missile (ICBM) ..." and held-out 69 MZ086: "The Russian defense ministry announced
    # Wednesday that it had conducted a test launch of its intercontinental ballistic missile, the Sarmat."
    assert all_found("heldout15_prose.tsv", "O032")
    assert all_found("heldout69_prose.tsv", "MZ086")


def test_the_houthis_claimed_they_had_fired():
    # held-out 170 TJ005: "The Houthis said they had targeted Tel Aviv's international airport "using a hypersonic
    # ballistic missile", ..." (YEM>ISR ASSAULT/MOBILIZE | YEM>- STATEMENT) and held-out 66 MX099: "In a report by the
    # rebel-controlled Saba news agency, Houthis claimed they had fired a "Burkan 2 ballistic missile" toward Riyadh
    # Friday night."
    assert all_found("heldout170_prose.tsv", "TJ005")
    assert all_found("heldout66_prose.tsv", "MX099")


def test_a_general_article():
    records = _kinds(code("Japan's defence ministry said on Monday it had fired a missile into the sea during a drill."))
    assert ("JPN", None, None) in records and any(r[0] == "JPN" and r[2] == "MOBILIZE" for r in records)


def test_guards():
    # a sentence read alone keeps its one act; a doer's words about something other than its act ("claimed that it
    # was ..."), its threat ("they would ...") and a typed report give no second record
    assert not any(r["plover"] is None for r in code_sentence("Hezbollah said it fired rockets at northern Israel."))
    records = code("North Korea claimed that it was a blatant declaration of nuclear confrontation.")
    assert not any(r["plover"] is None for r in records)
