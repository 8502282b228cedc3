"""Issue 13, coder round 257: the article's meeting carried to a later sentence that names at most one of its states is
no meeting of theirs when the article has told that meeting called off or postponed ("A US official noted that the
meeting between the Nato allies had never been officially announced." after Erdogan "postponed a White House meeting
with President Joe Biden"), or when the sentence says "no" right before a meeting's, plan's or announcement's noun
("There was no official announcement or word on the visit.", "... there were no plans in place for such discussions")
— the fixtures README's line "A meeting denied, called off or not made is no event for that meeting" (labels round 19).
Development rows are quoted from cited sets (tests/fixtures/coding/, row ids given), expectations their hand labels;
the first four tests fail with main's code (a carried `CONSULT` record of the pair); the guards hold on both: a pair
the sentence names itself, a bare negation after a meeting held, and "no" before another noun keep their records."""

from prose_rows import article_records, coded_row, has


def _consults(records: list[dict]) -> set[frozenset]:
    return {frozenset((r["source"], r["target"])) for r in records if r["plover"] == "CONSULT" and r["target"]}


def _told(records: list[dict], sentence: str) -> list[dict]:
    return [r for r in records if r["sentence"] == sentence and r["plover"] == "CONSULT"]


def test_a_called_off_meeting_carried_to_a_later_sentence_has_no_meeting_record():
    # held-out 239 CO004 "A US official noted that the meeting between the Nato allies had never been officially
    # announced." ('-'; main: TUR>USA CONSULT, after CO001 "... Erdogan postponed a White House meeting with President
    # Joe Biden, ..."); held-out 228 UL009 "Moreover, this encounter has been complicated as Putin remains under an ICC
    # arrest warrant for alleged war crimes." ('-'; main: USA>RUS CONSULT, after UL006 "... the Trump-Putin summit ...
    # has been indefinitely postponed."); held-out 239 CL002 "He made the remark after the meeting of the Cabinet of
    # Iran in Tehran on November 29, 2023." ('-'; main: IRN>TUR CONSULT, after CL001's postponed visit to Türkiye)
    for fixture, row_id, pair in (("heldout239_prose.tsv", "CO004", {"TUR", "USA"}),
                                  ("heldout228_prose.tsv", "UL009", {"USA", "RUS"}),
                                  ("heldout239_prose.tsv", "CL002", {"IRN", "TUR"})):
        row, records = coded_row(fixture, row_id)
        assert not row.events and frozenset(pair) not in _consults(records), row_id


def test_no_before_a_meeting_plan_or_announcement_noun_has_no_carried_meeting():
    # held-out 125 HG022 "There was no official announcement or word on the visit." ('-'; main: CHN>AFG CONSULT, the
    # article's visit); held-out 240 GR003 "Peskov also responded to questions about possible talks between Putin and
    # Western leaders, confirming that there were no plans in place for such discussions, ..." ('-'; main: RUS>USA
    # CONSULT, the call GR001 denied)
    row, records = coded_row("heldout125_prose.tsv", "HG022")
    assert not row.events and not _consults(records)
    row, records = coded_row("heldout240_prose.tsv", "GR003")
    assert not row.events and frozenset(("RUS", "USA")) not in _consults(records)


def test_a_general_postponed_summit_carried_to_a_later_sentence_has_no_meeting_record():
    first = "The summit between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed has been postponed."
    for second in ("Moreover, this encounter has been complicated by the dispute over the Nile dam.",
                   "A Kenyan official noted that the meeting between the neighbours had never been announced."):
        assert not _told(article_records(first + " " + second), second), second


def test_a_general_no_announcement_has_no_carried_meeting():
    first = "Egyptian President Abdel Fattah el-Sisi arrived in Nairobi on Monday after a visit to Uganda."
    second = "There was no prior announcement of the trip."
    records = article_records(first + " " + second)
    assert has(records, "EGY", "KEN", "CONSULT") and not _told(records, second)


def test_meetings_named_or_held_stay():
    # a pair the sentence names itself after the postponement keeps its call
    second = "Erdogan and Biden spoke by phone on Tuesday."
    records = article_records("Turkish President Recep Tayyip Erdogan postponed a visit to Washington. " + second)
    assert {(r["source"], r["target"]) for r in _told(records, second)} == {("TUR", "USA")}
    # "no" before another noun after a meeting held: the meeting told again keeps its record
    second = "There was no joint statement after the talks."
    records = article_records("Turkish President Recep Tayyip Erdogan held talks with Iraqi Prime Minister Mohammed Shia "
                              "al-Sudani in Baghdad on Monday. " + second)
    assert {(r["source"], r["target"]) for r in _told(records, second)} == {("TUR", "IRQ")}
    # held-out 239 CO007 "The meeting would have been the first bilateral visit to Washington since 2019 when Erdogan
    # met then-presidente Donald Trump, a Republican." (`TUR>USA CONSULT`, the 2019 meeting, named in the sentence)
    assert has(coded_row("heldout239_prose.tsv", "CO007")[1], "TUR", "USA", "CONSULT")
