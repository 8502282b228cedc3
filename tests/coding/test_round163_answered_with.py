"""Issue 13, coder round 163: an act told by a noun after a verb of answering. "The UAE fast retaliated with separate
airstrikes targeting Houthi strongholds ...", "The government and its ally Russia responded with a wave of airstrikes
...": the act is the noun after "with" (a strike, attack, barrage, fire: CAMEO 190; a launch: 150), typed by a
construction (`constructions._answered_with`), so read under `RULED_THRESHOLD`; an answer held out ("will respond
with") or in the present perfect ("has responded with strikes", a campaign told as background) is not read.
Rows are quoted from cited development sets (tests/fixtures/coding/, row ids given); the expectations are their hand
labels. The first three tests fail with main's code."""

from prose_rows import coded_row

from latitude.coding.coder import code_sentence


def _kinds(records: list[dict]) -> set[tuple]:
    return {(r["source"], r["target"], r["plover"]) for r in records}


def test_retaliated_with_airstrikes_in_its_article():
    # held-out 122 DX053, labelled ARE>YEM ASSAULT: "The UAE fast retaliated with separate airstrikes targeting Houthi
    # strongholds and camps in the Yemen capital Sana'a."; main: no record in its article
    row, records = coded_row("heldout122_prose.tsv", "DX053")
    assert ("ARE", "YEM", "ASSAULT") in _kinds(records)


def test_responded_with_a_wave_of_airstrikes():
    # plover_news_az.tsv AZ028, labelled ASSAULT, sources SYR;RUS: "The government and its ally Russia responded with a
    # wave of airstrikes, including dropping barrel bombs on villages nearby, the Observatory said."; main: an untyped
    # RUS record
    text = ("The government and its ally Russia responded with a wave of airstrikes, including dropping barrel bombs on "
            "villages nearby, the Observatory said.")
    assert any(r["source"] == "RUS" and r["plover"] == "ASSAULT" for r in code_sentence(text))


def test_a_general_barrage_after_responded_with():
    # a general sentence: main gives no record
    assert ("IRN", "ISR", "ASSAULT") in _kinds(code_sentence("Iran responded with a barrage of missiles at Israel."))


def test_a_campaign_in_the_present_perfect_gives_no_wrong_record():
    # held-out 67 MY092: "Israel has responded with strikes on Houthi-held areas, including Sanaa and the Red Sea port
    # of Hodeidah." Labelled '-' when this round was written; labels round 8 (the fixtures README's "a reporter's own
    # report and answers in the present perfect") labels it `ISR>YEM ASSAULT`, as held-out 136 AK003 and 137 SC006 are.
    # The present-perfect exclusion above still misses it; the guard kept is that no wrong record is given (the draft
    # without the exclusion gave held-out 137 SC006 a wrong `ISR>- ASSAULT`).
    row, records = coded_row("heldout67_prose.tsv", "MY092")
    assert [(e.source, e.target, sorted(e.types)) for e in row.events] == [("ISR", "YEM", ["ASSAULT"])]
    assert all((r["source"], r["target"], r["plover"]) == ("ISR", "YEM", "ASSAULT") for r in records)


def test_an_answer_held_out_is_no_attack():
    # a general sentence (guard): a threatened answer is no attack
    records = code_sentence("Moscow will respond with strikes if Kyiv uses the missiles.")
    assert not any(r["plover"] == "ASSAULT" for r in records)
