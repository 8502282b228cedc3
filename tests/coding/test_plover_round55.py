"""PLOVER round 55 (issue 13): the event type of acts by armed groups, police, courts, ministries and agencies.
Held-out news set AS (tests/fixtures/coding/plover_news_as.tsv) is read as labelled and shares no page or
sentence with the development sets A to AQ."""

from pathlib import Path

from latitude.coding import gold

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


def test_news_set_as_is_read_as_labelled_and_shares_no_page_or_sentence_with_a_to_aq():
    # Held-out set AS (issue 13, PLOVER round 55: real news sentences of acts by armed groups, police, courts,
    # ministries and agencies -- sentences and bans ("was sentenced on Friday to four years in prison", "imposed a
    # blanket ban on political rallies"), raids and seizures, tear gas, indictments, deployments, relief, attacks
    # on police stations and schools, threats to kill hostages, releases of captives and denials; pages cited in
    # no other set, doc or source file): labelled before any code change of that round
    rows = gold.news_records(FIXTURES / "plover_news_as.tsv")
    assert len(rows) == 49
    assert len({r.url for r in rows}) == 49
    first = rows[0]  # AS001, Kyiv Post: a Russian opposition activist was jailed for eight years
    assert first.labels == ("COERCE",) and first.sources == ("RUS",) and first.targets == ("RUS",)
    assert first.date is None
    bail = next(r for r in rows if r.text.startswith("A Zimbabwean court has released"))
    assert bail.labels == ("RETREAT",) and bail.sources == ("ZWE",) and bail.targets == ("USA", "GBR")
    threat = next(r for r in rows if r.text.startswith("NAIROBI, Jan. 24 (Xinhua)"))
    assert threat.labels == ("THREATEN",) and threat.sources == ("SOM",) and threat.targets == ("KEN",)
    assert sum(r.labels == ("COERCE",) for r in rows) == 17  # sentences, bans, raids, seizures, tear gas
    assert sum(r.labels == ("ASSAULT",) for r in rows) == 7
    assert sum(r.labels == ("RETREAT",) for r in rows) == 6  # captives and prisoners released
    assert sum(r.labels == ("ACCUSE", "COERCE") for r in rows) == 3  # indictments
    assert sum(r.labels == ("MOBILIZE",) for r in rows) == 4
    assert sum(r.labels == ("THREATEN",) for r in rows) == 4
    assert sum(r.labels == ("AID",) for r in rows) == 3
    assert sum(r.labels == ("REJECT",) for r in rows) == 3
    assert all(r.targets for r in rows)
    assert sum(r.sources == r.targets for r in rows) == 46  # acts inside one state
    assert sum(r.date is None for r in rows) == 29
    earlier = [
        r
        for name in [*"abcdefghijklmnopqrstuvwxyz", *(f"a{c}" for c in "abcdefghijklmnopq")]
        for r in gold.news_records(FIXTURES / f"plover_news_{name}.tsv")
    ]
    assert not {r.url for r in earlier} & {r.url for r in rows}
    assert not {r.text for r in earlier} & {r.text for r in rows}
