"""Issue 13, coder round 189: claims of responsibility that get no record, and a claimant read as its sponsor. A group
told with its sponsor's state in a wider phrase than `coder._sponsor` read ("An Iranian-backed armed group in Iraq
claimed responsibility ...", "The Islamic Resistance in Iraq, an organization made up of pro-Iranian militias in Iraq,
claimed ...", "Yemen's Houthi rebels, who are backed by Iran, announced ...", "The Iran-aligned Houthis ...") left the
sponsor as a second claimant (round 150's claim reading then gives nothing) or as the launcher; the sponsor is now no
actor when the group's own state is named in the phrase (`coder._sponsor_of_group`). A claim told with a time or "the"
between the verb and "responsibility for" ("claimed on Wednesday responsibility for") is read as the claim
(`coder._claim_object`). Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the
expectations are their hand labels. Every test but the guards fails with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, analyse, code_article


def _acts(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"]) for r in records if r["plover"] in ("ASSAULT", "MOBILIZE")}


def test_pro_iranian_militias_in_iraq_are_not_a_second_claimant():
    # held-out 136 IN010, labelled IRQ>ISR ASSAULT/MOBILIZE | IRQ>- STATEMENT: "The Islamic Resistance in Iraq, an
    # organization made up of pro-Iranian militias in Iraq, claimed responsibility for launching the two UAVs that were
    # intercepted over Eilat."; main: no record (Iran and Iraq named before the verb)
    row, records = coded_row("heldout136_prose.tsv", "IN010")
    assert ("IRQ", "ISR") in _acts(records)


def test_an_iranian_backed_armed_group_in_iraq_claims_its_attack():
    # held-out 151 NM001, labelled IRQ>ISR ASSAULT/MOBILIZE | IRQ>- STATEMENT: "An Iranian-backed armed group in Iraq
    # claimed responsibility for a drone attack in southern Israel on Monday."; main: no record
    row, records = coded_row("heldout151_prose.tsv", "NM001")
    assert ("IRQ", "ISR") in _acts(records)


def test_a_claim_with_its_weekday_before_responsibility():
    # held-out 167 SH001, labelled IRQ>USA ASSAULT/MOBILIZE | IRQ>- STATEMENT: "An Iraqi Shiite militia claimed on
    # Wednesday responsibility for rocket and drone attacks on a U.S. military base in northeastern Syria."; main: none
    row, records = coded_row("heldout167_prose.tsv", "SH001")
    assert ("IRQ", "USA") in _acts(records)


def test_the_sponsor_after_backed_by_is_no_actor():
    # held-out 153 NC001 ("Yemen's Houthi rebels, who are backed by Iran, announced on Saturday that they had fired a
    # ballistic missile towards Israel.", labelled YEM>ISR): main read Iran as the launcher (IRN>ISR ASSAULT)
    found = analyse("Yemen’s Houthi rebels, who are backed by Iran, announced on Saturday that they had fired a "
                    "ballistic missile towards Israel.")
    assert "IRN" not in {m.code for m in found.mentions}


def test_a_general_article_of_a_sponsored_group_claiming_an_attack():
    # a general article: the claimant is "an Iran-aligned militia in Syria", its target Israel; main: no record
    text = ("Sirens sounded in the Golan Heights on Tuesday. "
            "An Iran-aligned militia in Syria claimed responsibility for a rocket attack on northern Israel.")
    assert ("SYR", "ISR") in _acts(code_article(Article("t", text, None)))


def test_a_sponsor_with_no_group_state_and_a_linked_state_are_kept():
    # guards (pass with both): "Ukrainian-backed forces" names no group's state (real-news set K: the Kremlin accuses
    # Ukraine), and "Iran-linked" is no sponsor's word (held-out 136 DB001 labels Iran's attack on Bahrain)
    assert "UKR" in {m.code for m in analyse("Ukrainian-backed forces shelled the town of Horlivka.").mentions}
    found = analyse("A university building in Muharraq, Bahrain, was damaged by Iran-linked aerial attacks on Monday.")
    assert "IRN" in {m.code for m in found.mentions}
