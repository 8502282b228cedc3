"""Issue 13, coder round 152: development CONSULT labels found when the row is read alone but lost in its article
reading — the largest article-level step is the news register's threshold, which holds back sentences that tell a
meeting, call or visit by its own verb with both parties named. Such a sentence, its met or visited party right after
a meeting verb ("met with", "greeted", "called" a person, "spoke with") or a verb of travel with "to" or "in"
("departed to North Korea"), is read in its article with the lone threshold (`coder._met_between_named`); "called the
ties ...", "spoke highly of ...", "arrived at the White House" are not. Rows are quoted from cited development sets
(tests/fixtures/coding/, row ids given); the expectations are their hand labels. The first four tests fail with
main's code."""

import datetime as dt

from prose_rows import coded_row

from latitude.coding.coder import Article, code_article


def _consult(records: list[dict], source: str, target: str) -> bool:
    return any((r["source"], r["target"]) == (source, target) and r["plover"] == "CONSULT" for r in records)


def test_the_head_of_serbian_diplomacy_also_met_an_iranian_minister():
    # held-out 76 VR070, labelled SRB<>IRN CONSULT (0.63 against the news register's 0.86)
    assert _consult(coded_row("heldout76_prose.tsv", "VR070")[1], "SRB", "IRN")


def test_scholz_called_trump_and_wang_spoke_with_blinken():
    # held-out 134 FQ047, labelled DEU<>USA CONSULT; held-out 139 FU052, labelled CHN<>USA CONSULT
    assert _consult(coded_row("heldout134_prose.tsv", "FQ047")[1], "DEU", "USA")
    assert _consult(coded_row("heldout139_prose.tsv", "FU052")[1], "CHN", "USA")


def test_song_tao_departed_to_north_korea():
    # held-out 87 EV038, labelled CHN>PRK CONSULT
    assert _consult(coded_row("heldout87_prose.tsv", "EV038")[1], "CHN", "PRK")


def test_a_general_departure_to_a_named_state_in_a_news_article():
    article = Article(
        "https://example.org/round152",
        "Chilean President Gabriel Boric held talks with Argentine President Javier Milei in Buenos Aires on Tuesday. "
        "The two sides signed a memorandum on mining. The Chilean delegation departed to Uruguay on Wednesday. "
        "Boric later spoke with Uruguayan President Yamandu Orsi by phone.",
        dt.date(2025, 5, 6),
    )
    records = [r for r in code_article(article) if r["sentence"].startswith("The Chilean delegation departed")]
    assert _consult(records, "CHL", "URY")


def test_called_the_ties_spoke_highly_and_arrived_at_stay_as_they_were():
    # held-out 15 O080 ("Obama called the ties between the U.S. and India ..."), 98's KD013 ("Sirisena spoke highly
    # of bilateral ties ..."), 50's w053 ("... US officials who arrived at the White House ..."): no meeting
    assert not _consult(coded_row("heldout15_prose.tsv", "O080")[1], "USA", "IND")
    assert not _consult(coded_row("heldout98_prose.tsv", "KD013")[1], "LKA", "PAK")
    assert not _consult(coded_row("heldout50_prose.tsv", "w053")[1], "USA", "IND")
