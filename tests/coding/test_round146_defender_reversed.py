"""Issue 13, coder round 146: the reporting state read as the launcher — in an article, a launch or attack record read
the wrong way round from a defender's interception, the defender (most often the state that reports it) named before
an active verb of interception ("destroyed", "shot down", "intercepted", "shoot down") and the weapons' owner named
only after it, beside the weapons, is the owner's launch at the defender, as the prose sets label it ("Ukraine's air
defense systems destroyed all 10 attack drones that Russia launched overnight, Ukraine's air force said on Friday.",
`RUS>UKR ASSAULT/MOBILIZE`). Not a passive verb, nor with an organisation as a party, nor negated, conditional, hedged,
modal or a test. A sentence read alone (the news sets, `code_sentence`) is unchanged. Rows are quoted from cited
development sets (tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first six tests
fail with main's code; the rest (a second general article main already reads, and guards) pass with both."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code, code_sentence


def _launched_at(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s launch or attack fired at `target` (a label `SRC>TGT (ASSAULT/)MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_air_defense_destroyed_drones_that_russia_launched():
    # held-out 137 AM001, labelled RUS>UKR ASSAULT/MOBILIZE | UKR>- STATEMENT: "Ukraine's air defense systems destroyed
    # all 10 attack drones that Russia launched overnight, Ukraine's air force said on Friday."
    records = coded_row("heldout137_prose.tsv", "AM001")[1]
    assert _launched_at(records, "RUS", "UKR") and not _launched_at(records, "UKR", "RUS")


def test_shot_down_russia_launched_drones():
    # held-out 137 AF001, labelled RUS>UKR ASSAULT/MOBILIZE | UKR>- STATEMENT: "Ukrainian air defense and mobile drone
    # hunter groups shot down 11 out of 17 Russia-launched drones over four regions of the country, the air force said"
    assert _launched_at(coded_row("heldout137_prose.tsv", "AF001")[1], "RUS", "UKR")


def test_bahrain_destroyed_iranian_drones():
    # held-out 136 KB001, labelled IRN>BHR ASSAULT/MOBILIZE | BHR>- STATEMENT: "Bahraini authorities announced Monday
    # that, since the start of the war, the country's air defense systems have destroyed 129 missiles and 215 Iranian
    # drones launched toward the Gulf kingdom, officials said."
    assert _launched_at(coded_row("heldout136_prose.tsv", "KB001")[1], "IRN", "BHR")


def test_saudi_air_defenses_destroyed_drones_launched_by_the_houthis():
    # held-out 122 DX029, labelled YEM>SAU ASSAULT/MOBILIZE | SAU>- STATEMENT: "Saudi Arabia's air defenses late on
    # Saturday destroyed six armed drones launched by Yemen's Iran-backed Houthi militia towards the kingdom, ..."
    assert _launched_at(coded_row("heldout122_prose.tsv", "DX029")[1], "YEM", "SAU")


def test_iron_dome_managed_to_shoot_down_a_drone_from_lebanon():
    # held-out 104 LX067, labelled LBN>ISR ASSAULT/MOBILIZE | ISR>- STATEMENT: "The Israel Defense Forces have announced
    # that the Iron Dome air defense system managed to shoot down a drone that entered Israeli airspace from Lebanon ..."
    assert _launched_at(coded_row("heldout104_prose.tsv", "LX067")[1], "LBN", "ISR")


def test_a_general_article():
    text = (
        "Air raid alerts sounded across the east overnight. Ukraine's air defence systems destroyed 14 drones that "
        "Russia launched overnight, the Ukrainian air force said on Sunday."
    )
    records = list(code(Article("general", text, None)))
    assert _launched_at(records, "RUS", "UKR") and not _launched_at(records, "UKR", "RUS")


def test_a_general_article_with_launched_by():
    text = (
        "Air raid alerts sounded across the east overnight. Polish air defences shot down four drones launched by Russia "
        "toward Lublin, the Polish army said."
    )
    records = list(code(Article("general", text, None)))
    assert _launched_at(records, "RUS", "POL") and not _launched_at(records, "POL", "RUS")


def test_a_sentence_read_alone_is_unchanged():
    # the news sets read sentences alone and code the defender's shoot-down as its act: their records are not touched
    records = code_sentence("Ukraine's air defense systems destroyed all 10 attack drones that Russia launched overnight, Ukraine's air force said on Friday.")
    assert not _launched_at(records, "RUS", "UKR")


def test_an_alliance_as_defender_is_left():
    # held-out 133 AD066, labelled RUS>POL ASSAULT/MOBILIZE | RUS>UKR ASSAULT | POL>- STATEMENT: "NATO fighter jets shot
    # down Russian drones that breached Poland's airspace ...": no record of Russia fired at NATO
    assert not any(r["source"] == "RUS" and r["target"] == "IGO" for r in coded_row("heldout133_prose.tsv", "AD066")[1])


def test_a_passive_interception_is_left():
    # a weapon intercepted with the defender only before a passive verb is the launcher's own record, not swapped
    text = "Yemen's Houthis fired a missile at Israel on Friday. Israel said the missile was intercepted by Israeli forces."
    records = list(code(Article("passive", text, None)))
    assert not _launched_at(records, "ISR", "YEM")
