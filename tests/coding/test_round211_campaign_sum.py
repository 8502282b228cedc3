"""Issue 13, coder round 211: a campaign of attacks or launches told as a whole in the present perfect — a verb of force
in the perfect progressive ("The Houthis have been launching missiles and drones at Israel ..."), the present perfect
with "repeatedly", or with a quantifier of many acts and a span longer than the article's days ("Since the escalation
... on October 7, 2023, the Islamic Resistance in Iraq has conducted multiple strikes ...") — is no event: labels round
17's line in tests/fixtures/coding/README.md ("Label convention: acts summed up over a span"). Development rows are
quoted from cited sets (tests/fixtures/coding/, row ids given), expectations their hand labels; the first four tests
fail with main's code (an ASSAULT or MOBILIZE record on the row or sentence); the guards hold on both."""

from prose_rows import article_records, coded_row, has, quiet


def _force(records: list[dict], start: str) -> list[dict]:
    return [r for r in records if r["sentence"].startswith(start) and r["plover"] in ("MOBILIZE", "ASSAULT")]


def test_a_campaign_in_the_perfect_progressive_is_no_event():
    # held-out 122 DX022: "The Houthis have been launching missiles and drones at Israel as well as attacking numerous
    # vessels in global shipping lanes, ..." ('-'; main: YEM>ISR ASSAULT); DX028 "... have been launching missile,
    # drone and rocket strikes targeting civilian centers in Saudi Arabia for the past few years." ('-'; main: YEM>SAU
    # ASSAULT); held-out 207 OT003 ('-'; main: YEM>ISR ASSAULT); held-out 104 LX072 ("... where Hezbollah has been
    # launching rockets in support of its ally, Hamas." '-'; main: LBN MOBILIZE)
    assert quiet("heldout122_prose.tsv", "DX022")
    assert quiet("heldout122_prose.tsv", "DX028")
    assert quiet("heldout207_prose.tsv", "OT003")
    assert quiet("heldout104_prose.tsv", "LX072")


def test_a_campaign_told_with_repeatedly_or_many_acts_since_a_war_is_no_event():
    # held-out 122 DX040: "The Iran-aligned Houthis, who are fighting the coalition in Yemen, have repeatedly launched
    # attacks against targets in neighbouring Saudi Arabia." ('-'; main: YEM>SAU ASSAULT); held-out 185 IA005: "Since
    # the escalation of the Israeli-Palestinian conflict in the Gaza Strip on October 7, 2023, the Islamic Resistance in
    # Iraq has conducted multiple strikes against Israeli and US targets ..." ('-'; main: IRQ>ISR and IRQ>USA ASSAULT)
    assert quiet("heldout122_prose.tsv", "DX040")
    assert quiet("heldout185_prose.tsv", "IA005")


def test_a_general_campaign_in_the_perfect_is_no_event():
    for sentence in (
        "The Houthis have been firing drones at Saudi Arabia for the past few years.",
        "Armenia has repeatedly launched attacks against targets in neighbouring Azerbaijan.",
        "Since the collapse of the truce in 2023, Azerbaijan has conducted multiple strikes against Armenian targets.",
    ):
        assert not _force(article_records(sentence), sentence[:20]), sentence


def test_a_campaign_after_the_article_s_act_leaves_the_act_alone():
    records = article_records(
        "Yemen's Houthi rebels fired a ballistic missile at Israel on Tuesday, the Israeli military said. "
        "The Houthis have been launching missiles and drones at Israel as well as attacking numerous vessels in the Red Sea."
    )
    assert _force(records, "Yemen's Houthi rebels fired")
    assert not _force(records, "The Houthis have been")


def test_a_campaign_beside_an_act_told_in_the_past_keeps_the_act():
    # held-out 146 NB003: "The news comes days after the U.S. and Britain launched military strikes against the Houthi
    # rebels in Yemen, who for weeks have been targeting shipping vessels." (USA>YEM and GBR>YEM ASSAULT: the strikes
    # told in the simple past are the act; the reading does not hold a sentence with another verb of the act)
    row, records = coded_row("heldout146_prose.tsv", "NB003")
    assert row.events and has(records, "GBR", "YEM", "ASSAULT")


def test_a_flurry_since_last_month_is_no_event_by_the_labels():
    # held-out 14 N118: "Pyongyang has launched a flurry of missiles since last month." was labelled PRK>- MOBILIZE when
    # this round left "a flurry / string / series of" and numerals alone (their labels split); labels round 18 (counted
    # series of acts) put a counted series over more than a week on the `-` side, so the row is no event now. The
    # campaign reading still does not take it (its record, now a false event, is left to a coder round).
    row, _records = coded_row("heldout14_prose.tsv", "N118")
    assert not row.events
