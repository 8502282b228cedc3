"""Issue 13, coder round 150: launches never typed as a launch — in an article, a sentence that claims responsibility
for an attack or a launch ("claimed responsibility for firing multiple rockets into northern Israel", "for the drone
launch", "for missile and drone attacks on Abu Dhabi") is read as a statement, and the claimed act was lost. When the
sentence has no launch or attack record of its own and is told as done (no negation, modal, future, habit, test,
"since", "previously", "if", "whether"/"unclear"), the claimant (the one state named before "claimed responsibility
for") attacked the first other state named after it, else the target of the article's last launch by the claimant
(`coder._claimed_attack`, an ASSAULT record). A sentence read alone (the news sets, `code_sentence`) is unchanged.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first six tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code


def _attacked(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s attack or launch at `target` (a label `SRC>TGT ASSAULT/MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_hezbollah_claimed_firing_rockets_into_northern_israel():
    # held-out 137 CB003, labelled LBN>ISR ASSAULT/MOBILIZE | LBN>- STATEMENT: "Hezbollah on Wednesday claimed
    # responsibility for firing multiple rockets into northern Israel."
    assert _attacked(coded_row("heldout137_prose.tsv", "CB003")[1], "LBN", "ISR")


def test_the_houthis_claimed_the_drone_launch():
    # held-out 133 AD077, labelled YEM>ISR ASSAULT/MOBILIZE | YEM>- STATEMENT: "Later, Yemen's Houthi rebels claimed
    # responsibility for the drone launch, stating that they had targeted "two Israeli military sites ...""
    assert _attacked(coded_row("heldout133_prose.tsv", "AD077")[1], "YEM", "ISR")


def test_the_houthis_claimed_missile_and_drone_attacks_on_abu_dhabi():
    # held-out 122 DX044, labelled YEM>ARE ASSAULT/MOBILIZE | YEM>- STATEMENT: "The strike comes just a week after
    # Yemen's Huthi rebels claimed responsibility for missile and drone attacks on Abu Dhabi that triggered a fuel tank
    # blast and killed three people."
    assert _attacked(coded_row("heldout122_prose.tsv", "DX044")[1], "YEM", "ARE")


def test_the_irgc_claimed_the_missile_campaign():
    # held-out 133 AD035, labelled IRN>USA ASSAULT/MOBILIZE | IRN>- STATEMENT: "Iran's Islamic Revolutionary Guard
    # Corps (IRGC) claimed responsibility for the missile campaign, ..., saying it was targeting U.S. military
    # installations in Iraq and Qatar."
    assert _attacked(coded_row("heldout133_prose.tsv", "AD035")[1], "IRN", "USA")


def test_a_claim_of_the_articles_missiles_takes_their_target():
    # held-out 104 LX066, labelled YEM>SAU ASSAULT/MOBILIZE | YEM>- STATEMENT: "Houthi rebels in Yemen have claimed
    # responsibility for the missiles." (the article's launch at Saudi Arabia)
    assert _attacked(coded_row("heldout104_prose.tsv", "LX066")[1], "YEM", "SAU")


def test_a_general_article():
    text = (
        "Air raid sirens sounded across the north on Monday. Hamas claimed responsibility for a rocket attack on "
        "Israeli towns near the border."
    )
    records = list(code(Article("general", text, None)))
    assert any(r["sentence"].startswith("Hamas") and (r["source"], r["target"]) == ("PSE", "ISR") for r in records)


def test_a_claim_denied_is_no_attack():
    # "has not claimed": no attack of the group is read (passes with both)
    text = "Sirens sounded in the south on Monday. Hamas has not claimed responsibility for the rocket attack on Israeli towns."
    records = list(code(Article("general", text, None)))
    assert not any(r["sentence"].startswith("Hamas") and (r["source"], r["target"]) == ("PSE", "ISR") for r in records)


def test_a_subject_naming_two_states_is_left():
    # held-out 136 IN010, labelled IRQ>ISR ASSAULT/MOBILIZE | IRQ>- STATEMENT: "The Islamic Resistance in Iraq, an
    # organization made up of pro-Iranian militias in Iraq, claimed responsibility for launching the two UAVs ...": the
    # group's name is read as Hezbollah's, so no claimant is taken from a subject naming two states (passes with both)
    assert not _attacked(coded_row("heldout136_prose.tsv", "IN010")[1], "LBN", "ISR")
