"""Issue 13, coder round 206: the debris, shrapnel or fragments of the defender's own interceptors told falling or
landing ("Debris from the interceptor fell in the community of Alon Shvut ...") is no launch or attack — held-out
136's written line in tests/fixtures/coding/README.md: "shrapnel of the defender's own interceptors and injuries and
damage with no weapon named have no event". Development rows are quoted from cited sets (tests/fixtures/coding/, row ids
given), expectations their hand labels; the first three tests fail with main's code (a MOBILIZE record on the row or
sentence); the guards hold on both."""

from prose_rows import article_records, coded_row, launched, quiet

LAUNCH = "A ballistic missile fired from Yemen was intercepted over central Israel on Tuesday, the Israeli military said. "


def test_the_interceptor_s_debris_is_no_launch():
    # held-out 165 IN003: "Debris from the interceptor fell in the community of Alon Shvut in Gush Etzion, causing no
    # injuries." ('-'; main: YEM>ISR MOBILIZE); held-out 137 YB005: "Shrapnel from interceptor missiles fell in three
    # different areas of the Sharon but b'chasdei Hashem caused no injuries." ('-'; main: ISR MOBILIZE)
    assert quiet("heldout165_prose.tsv", "IN003")
    assert quiet("heldout137_prose.tsv", "YB005")


def test_the_interceptor_s_fragments_told_by_a_medium_are_no_launch():
    # held-out 182 TT006: "Haaretz also said fragments from the interceptor missiles landed at a train station on the
    # outskirts of Modi'in in central Israel, causing damage." and YO005: "Israeli media outlets reported that debris
    # from an interceptor missile landed near a train station in Modi'in, ..." (both '-'; main: YEM MOBILIZE)
    assert quiet("heldout182_prose.tsv", "TT006")
    assert quiet("heldout182_prose.tsv", "YO005")


def test_a_general_interceptor_s_shrapnel_is_no_second_launch():
    records = article_records(LAUNCH + "Shrapnel from the interceptor fell on a road near Modiin, police said.")
    assert launched([r for r in records if r["sentence"].startswith("A ballistic")], "YEM", "ISR")
    assert not [r for r in records if r["sentence"].startswith("Shrapnel") and r["plover"] in ("MOBILIZE", "ASSAULT")]
    records = article_records(
        "Russia launched a barrage of drones at Kyiv overnight, Ukraine's air force said. "
        "Fragments of an interceptor missile landed in a schoolyard in the Obolon district, the mayor said."
    )
    assert not [r for r in records if r["sentence"].startswith("Fragments") and r["plover"] in ("MOBILIZE", "ASSAULT")]


def test_the_attacker_s_intercepted_weapon_s_debris_keeps_its_attack():
    # held-out 184 FS011: "Debris from the intercepted missile was later discovered in Alon Shvut, a neighborhood in
    # Gush Etzion." (YEM>ISR ASSAULT/MOBILIZE: the fall of the attacker's weapon is that attack), and a general sentence
    row, records = coded_row("heldout184_prose.tsv", "FS011")
    assert row.events and launched(records, "YEM", "ISR")
    records = article_records(LAUNCH + "Debris from the intercepted missile fell on a road near Modiin.")
    assert launched([r for r in records if r["sentence"].startswith("Debris")], "YEM", "ISR")


def test_an_interceptor_that_hits_its_target_keeps_the_test():
    # held-out 66 MX025: "Two interceptor missiles, launched from an Air Force base in California, shot down the
    # ballistic missile ..." (USA>- MOBILIZE, an interceptor test: no debris noun, the reading does not hold it)
    row, records = coded_row("heldout66_prose.tsv", "MX025")
    assert row.events and launched(records, "USA")
