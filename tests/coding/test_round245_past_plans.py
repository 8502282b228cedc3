"""Issue 13, coder round 245: in an article that has told a meeting, visit or trip called off or postponed (coder round
241's `_called_off_meetings`), a later sentence telling that meeting's plan in the past ("Lavrov was expected to be in
New Delhi around June 16 for talks with ...", "Initially, Modi planned to take part in the third summit of India and
the Nordic countries, ...", "... state visit to Germany, which would have been the first ...") tells the plan not
kept: no meeting record (`CONSULT`) of the called-off meeting's parties — the fixtures README's line "A meeting denied,
called off or not made is no event for that meeting" (labels round 19). Development rows are quoted from cited sets
(tests/fixtures/coding/, row ids given), expectations their hand labels; the first two tests fail with main's code (a
`CONSULT` record of the called-off meeting's pair); the guards hold on both: a past plan in an article that told no
cancellation and a sentence that also tells the parties' meeting held keep their records."""

from prose_rows import article_records, coded_row, has


def _consults(records: list[dict]) -> set[frozenset]:
    return {frozenset((r["source"], r["target"])) for r in records if r["plover"] == "CONSULT" and r["target"]}


def test_the_past_plan_of_a_meeting_called_off_earlier_has_no_meeting_record():
    # held-out 240 GS002 "Lavrov was expected to be in New Delhi around June 16 for talks with his Indian counterpart S
    # Jaishankar, ..." after GS001 "... Lavrov has called off a planned visit to India this month, ..." ('-'; main:
    # RUS>IND CONSULT); GS004 "... the visit by Lavrov, who would have been the first senior leader ... to travel to New
    # Delhi ..." and GS006 "..., Lavrov's visit would have been an opportunity for India and Russia to take stock ..."
    # ('-'; the same); GW004 "Initially, Modi planned to take part in the third summit of India and the Nordic
    # countries, which will be held on May 15-16 in Oslo, ..." after GW001's trips cancelled ('-'; main: IND>NOR
    # CONSULT); held-out 228 UI005 "The Ramstein group had been set to convene on the sidelines of Biden's Oct. 10-13
    # state visit to Germany, which would have been ..." after UI002 "Biden cancelled trips to Germany and Angola ..."
    # ('-'; main: USA>DEU CONSULT); held-out 239 CL008 "Reportedly, Iranian President Ebrahim Raisi was scheduled to
    # visit Türkiye on November 28, 2023." after CL004's visit postponed ('-'; main: IRN>TUR CONSULT)
    for fixture, row_id in (("heldout240_prose.tsv", "GS002"), ("heldout240_prose.tsv", "GS004"),
                            ("heldout240_prose.tsv", "GS006"), ("heldout240_prose.tsv", "GW004"),
                            ("heldout228_prose.tsv", "UI005"), ("heldout239_prose.tsv", "CL008")):
        row, records = coded_row(fixture, row_id)
        assert not row.events and not _consults(records), row_id


def test_a_general_past_plan_of_a_cancelled_visit_has_no_meeting_record():
    second = "Scholz was expected to meet Brazilian President Luiz Inacio Lula da Silva in Brasilia on Monday."
    records = article_records("German Chancellor Olaf Scholz has cancelled his visit to Brazil because of the budget crisis. "
                              + second)
    assert not [r for r in records if r["sentence"] == second and r["plover"] == "CONSULT"]
    second = "The trip would have been the first visit by a Japanese prime minister to Kenya in a decade."
    records = article_records("Japanese Prime Minister Fumio Kishida has postponed his visit to Kenya. " + second)
    assert frozenset(("JPN", "KEN")) not in _consults(records)


def test_past_plans_with_no_cancellation_or_beside_a_meeting_held_stay():
    # held-out 239 CO007 "The meeting would have been the first bilateral visit to Washington since 2019 when Erdogan met
    # then-presidente Donald Trump, a Republican." after CO001's meeting postponed (`TUR>USA CONSULT`, the 2019 meeting)
    assert has(coded_row("heldout239_prose.tsv", "CO007")[1], "TUR", "USA", "CONSULT")
    # a past plan in an article that told no cancellation is the meeting planned (labels round 20)
    records = article_records("German Chancellor Olaf Scholz arrived in Brazil on Sunday. "
                              "Scholz was expected to meet Brazilian President Luiz Inacio Lula da Silva in Brasilia on Monday.")
    assert frozenset(("DEU", "BRA")) in _consults(records)
