"""Issue 13, coder round 157: a weapon as the subject of the hit — in an article, a launch (MOBILIZE) whose launcher is
named and whose target is not takes as its target the state or place its weapon hit: the first state or place after a
verb of hitting or falling ("hit", "struck", "slammed", "smashed", "crashed", "fell", "exploded", "impacted") whose
subject is the launched weapon ("Hezbollah rockets hit Israel's third largest city Haifa", "a projectile launched by
Yemen's Houthis struck Tel Aviv", "BM-21 rockets fired from Cambodia struck a village in Kap Choeng district of Surin
province"), named right after the verb or after "in", "into", "on", "onto" or "near" ending its object
(`coder._place_hit`, read by `_launch_place`). Not in a sentence with a modal, negation, test or "since", not past a
clause break or report between the weapon and the verb, not a person's name ("the Modi'in area"), and not "landed"
(a test missile's landing zone is no target in the sets: "landed in Japan's maritime economic zone"). A sentence read
alone (the news sets, `code_sentence`) is unchanged. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first five tests fail with main's
code."""

from prose_rows import article_records, coded_row


def _launched_at(records: list[dict], source: str, target: str | None) -> bool:
    """Whether a record is `source`'s launch or attack at `target` (a label `SRC>TGT ASSAULT/MOBILIZE`)."""
    return any((r["source"], r["target"]) == (source, target) and r["plover"] in ("ASSAULT", "MOBILIZE") for r in records)


def test_hezbollah_rockets_hit_haifa():
    # held-out 118 IX056, labelled LBN>ISR ASSAULT/MOBILIZE: "Hezbollah rockets hit Israel's third largest city Haifa
    # early on Monday as the country looked poised to expand ground incursions into southern Lebanon ..."; main: LBN>-
    assert _launched_at(coded_row("heldout118_prose.tsv", "IX056")[1], "LBN", "ISR")


def test_a_projectile_launched_by_the_houthis_struck_tel_aviv():
    # held-out 137 SF007, labelled YEM>ISR ASSAULT/MOBILIZE: "In a rare failure of its missile defense system last
    # month, a projectile launched by Yemen's Houthis struck Tel Aviv, injuring 16 people, ..."; main: YEM>-
    assert _launched_at(coded_row("heldout137_prose.tsv", "SF007")[1], "YEM", "ISR")


def test_rockets_fired_from_cambodia_struck_a_village_in_surin():
    # held-out 153 BK002, labelled KHM>THA ASSAULT/MOBILIZE: "Two people were killed and two injured when BM-21 rockets
    # fired from Cambodia struck a village in Kap Choeng district of Surin province, ..."; main: KHM>-
    assert _launched_at(coded_row("heldout153_prose.tsv", "BK002")[1], "KHM", "THA")


def test_general_rockets_fired_from_lebanon_struck_a_city():
    records = article_records("Rockets fired from Lebanon struck Nahariya on Monday, the Israeli military said. No one was hurt.")
    assert _launched_at(records, "LBN", "ISR")


def test_general_missiles_hit_a_capital():
    records = article_records("Russian missiles hit Kyiv overnight, officials said. Several buildings were damaged.")
    assert _launched_at(records, "RUS", "UKR")


def test_a_test_missile_that_landed_in_a_zone_keeps_no_target():
    # held-out 66 MX118, labelled PRK>- MOBILIZE: "North Korea's latest act Monday involved firing a short-range
    # ballistic missile that landed in Japan's maritime economic zone." ("landed" is left out of the verbs)
    records = coded_row("heldout66_prose.tsv", "MX118")[1]
    assert _launched_at(records, "PRK", None) and not _launched_at(records, "PRK", "JPN")


def test_a_persons_name_is_no_place_hit():
    # held-out 137 SF002, labelled YEM>ISR ASSAULT/MOBILIZE: "Fragments from the intercepted missile reportedly fell in
    # the Modi'in area, located between Jerusalem and Tel Aviv." ("Modi" is read as India's prime minister)
    assert not any(r["target"] == "IND" for r in coded_row("heldout137_prose.tsv", "SF002")[1])


def test_a_missile_that_fell_into_the_sea():
    records = article_records("North Korea fired a ballistic missile that fell into the sea off Japan. Japan protested.")
    assert not _launched_at(records, "PRK", "JPN")
