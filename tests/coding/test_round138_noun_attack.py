"""Issue 13, coder round 138: attacks told by a noun. In an article, (1) a noun of attack with its doer before it (a
state's name, demonym or possessive, with only words of the attack's kind or time between) and its target after "on" or
"against" is the doer's attack on the target ("killed in a Ukrainian shelling attack on southwestern Russia's Belgorod
region", UKR>RUS ASSAULT), unless possible, hypothetical, planned or threatened, with a modal or future next to it, or
after "since"; (2) a sentence naming "the attack", "the strike" or "the barrage" and no state but the target takes the
article's last launch fired at a state, as round 134's carried launch does for an interception ("The attack caused
three fires ..."), unless the noun follows "in" or "during". Both read only an article (`coder.code_article`); `code_sentence` and the
news sets are unchanged. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are
their hand labels. The first five tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import Article, code


def _attacked(records: list[dict], source: str, target: str) -> bool:
    """Whether a record is `source`'s attack or launch on `target`."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_a_shelling_attack_on_a_region():
    # held-out 132 XS025, labelled UKR>RUS ASSAULT: "Two civilians have been killed in a Ukrainian shelling attack on
    # southwestern Russia's Belgorod region, Governor Vyacheslav Gladkov said Wednesday ..."
    assert _attacked(coded_row("heldout132_prose.tsv", "XS025")[1], "UKR", "RUS")


def test_a_possessive_air_attack_on_a_capital():
    # held-out 136 JP003, labelled RUS>UKR ASSAULT/MOBILIZE | UKR>- STATEMENT: "Air defense units were engaged in trying
    # to repel Russia's air attack on Kyiv, reported the military administration of the Ukrainian capital ..."
    assert _attacked(coded_row("heldout136_prose.tsv", "JP003")[1], "RUS", "UKR")


def test_a_group_drone_and_missile_attack():
    # held-out 133 AD019, labelled YEM>ARE ASSAULT/MOBILIZE: "... three people were murdered in another Houthi drone and
    # missile attack on Abu Dhabi."
    assert _attacked(coded_row("heldout133_prose.tsv", "AD019")[1], "YEM", "ARE")


def test_the_attack_after_the_launch():
    # held-out 136 SA005, labelled RUS>UKR ASSAULT/MOBILIZE: "The attack caused three fires which have since been put
    # out.", after SA004's drones destroyed over Mykolaiv
    assert _attacked(coded_row("heldout136_prose.tsv", "SA005")[1], "RUS", "UKR")


def test_a_general_article():
    text = (
        "Three people were killed in a Russian missile attack on Odesa on Monday, the regional governor said. "
        "Residents were told to stay in shelters."
    )
    records = list(code(Article("general", text, None)))
    assert any(r["sentence"].startswith("Three people") and (r["source"], r["target"]) == ("RUS", "UKR") for r in records)
    assert not any(r["sentence"].startswith("Residents") for r in records)


def test_an_attack_since_which_is_no_event():
    # held-out 37 MS044, labelled with no event: "The Houthis have upped their attacks in the region since the October
    # 7 Hamas attack on Israel."
    assert coded_row("heldout37_prose.tsv", "MS044")[1] == []


def test_a_hypothetical_attack_is_not_coded():
    # held-out 3 R012, labelled JPN>- STATEMENT/THREATEN: "... suggested in November that a hypothetical Chinese attack
    # on Taiwan could provoke a military response from Tokyo."
    assert not _attacked(coded_row("heldout3_prose.tsv", "R012")[1], "CHN", "TWN")


def test_damage_in_the_attack_is_no_event():
    # held-out 122 DX070, labelled with no event: "Material damage was reported in the attack."
    assert coded_row("heldout122_prose.tsv", "DX070")[1] == []
