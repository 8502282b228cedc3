"""Issue 13, coder round 184: a state news agency or state medium as its state's reporter. Coder round 167 reads a
state's organ in the reporting clause as the state's `SRC>- STATEMENT` beside the act it reports and leaves all media
out, so a state's own news agency ("..., state media KCNA reported", "Saudi state news agency SPA reported", "according
to the Lebanese official news agency NNA") gave no report, though labels rounds 8 and 10 label it: the reporting
state's `STATEMENT` beside another party's act, and the doer's own `STATEMENT` beside its own act. In an article the
coder now reads a reporting clause made of agency words with a name from a table of official state agencies
(`coder._STATE_AGENCIES`) or a state cue ("state media", "official news agency", "state TV") as its state's report
when that state is a party of the sentence's act (`coder._agency_reporter`); private and foreign media (Yonhap,
Reuters) stay no state's voice. Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given);
the expectations are their hand labels. The first five tests fail with main's code (eb764b79)."""

import datetime as dt

from prose_rows import all_found

from latitude.coding.coder import Article, code_article


def _kinds(text: str) -> set[tuple]:
    records = code_article(Article("round184", text, dt.date(2024, 5, 1)))
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_the_doers_own_agency_on_its_launch():
    # held-out 3 R028: "North Korean leader Kim Jong Un oversaw the test firing of hypersonic missiles on Sunday, state
    # media KCNA reported, as he cited the need for Pyongyang to maintain a powerful nuclear deterrent ..." (PRK>-
    # MOBILIZE | PRK>- STATEMENT) and held-out 175 GC002: "The sea-to-surface missiles hit targets after traveling
    # 1,500 kilometers (932 miles) in just over 2 hours, KCNA said ..."
    assert all_found("heldout3_prose.tsv", "R028")
    assert all_found("heldout175_prose.tsv", "GC002")


def test_the_reporting_states_agency_on_another_partys_act():
    # held-out 45 LZ049: "DUBAI The Saudi Arabian air force intercepted a ballistic missile fired from Yemen, Saudi state
    # news agency SPA reported on Monday." (YEM>SAU ASSAULT/MOBILIZE | SAU>- STATEMENT)
    assert all_found("heldout45_prose.tsv", "LZ049")


def test_according_to_the_official_news_agency():
    # held-out 160 AN001: "An Israeli army drone on Tuesday struck a car in southern Lebanon, leaving several people
    # injured, according to the Lebanese official news agency NNA." (ISR>LBN ASSAULT/MOBILIZE | LBN>- STATEMENT)
    assert all_found("heldout160_prose.tsv", "AN001")


def test_bare_state_run_media_on_the_doers_test():
    # held-out 17 L006: "China test-fired an intercontinental ballistic missile (ICBM) into the Pacific Ocean on
    # Wednesday, state-run media reported." (CHN>- MOBILIZE | CHN>- STATEMENT)
    assert all_found("heldout17_prose.tsv", "L006")


def test_a_general_sentence():
    kinds = _kinds("Egypt launched airstrikes on militants in Libya, the official MENA news agency said.")
    assert ("EGY", None, None) in kinds and ("EGY", "LBY", "ASSAULT") in kinds


def test_private_foreign_and_unplaced_media_are_no_states_report():
    # guards (pass on both): a private agency, a wire, an agency of a state that is no party, and a bare "state media"
    # on an act at a state (either side's media: held-out 45 LZ065, "Saudi Arabia ... intercepted ... a 'ballistic
    # missile' ... after it was launched from Yemen, state media reported", keeps no report of the wrong side)
    assert ("KOR", None, None) not in _kinds(
        "South Korea's Yonhap news agency reported that North Korea fired a ballistic missile."
    )
    assert ("TUR", None, None) not in _kinds("Turkish warplanes struck targets in northern Iraq, Reuters reported.")
    assert ("CHN", None, None) not in _kinds(
        "Israeli warplanes struck targets near Damascus, China's Xinhua news agency reported."
    )
    assert ("YEM", None, None) not in _kinds(
        "Saudi Arabia on Saturday intercepted and destroyed a ballistic missile north-east of the capital Riyadh after "
        "it was launched from Yemen, state media reported."
    )
