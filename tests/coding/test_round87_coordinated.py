"""Issue 13, coder round 87 (visits and meetings that are the second event of their sentence): a bare verb
coordinated with an earlier verb shares its "will", "would" or plan verb's "to". "Obama will stop first in Tokyo,
where he will deliver a major speech ... and also meet with Prime Minister Yukio Hatoyama" announces the meeting as
"will meet" would; read alone, the bare "meet" is a present with no subject and reported nothing. The coordination
is "and" or "then" right before the bare verb; a verb of a relative clause leads only a verb of that clause. Each
development row is quoted with its set and id and coded in its article as the prose scores code it; the expected
events are the rows' hand labels (the general sentences': a reader's)."""

from __future__ import annotations

from latitude.coding.coder import code_sentence
from prose_rows import has, row_codes, row_records


def test_a_meeting_after_and_in_a_will_clause_is_announced():
    # heldout65 FL019 (a report on Obama's Asian trip): labelled USA>JPN and USA<>JPN, AGREE/CONSULT
    records = row_records(
        "heldout65_prose.tsv", "FL019",
        "Obama will stop first in Tokyo, where he will deliver a major speech on his Pacific Rim policy and also meet "
        "with Prime Minister Yukio Hatoyama.",
    )
    assert has(records, "USA", "JPN", "CONSULT")


def test_a_visit_after_and_in_a_will_clause_is_announced():
    # heldout70 NB025 (Iwaya's trip to the Philippines and Palau): labelled JPN>PHL and JPN>PLW CONSULT
    records = row_records(
        "heldout70_prose.tsv", "NB025",
        "Amid these diplomatic efforts, Iwaya will also discuss security and economic cooperation with the Philippines "
        "and attend President Surangel Whipp's inauguration in Palau before returning to Japan.",
    )
    assert has(records, "JPN", "PLW", "CONSULT")
    assert has(records, "JPN", "PHL", "CONSULT")


def test_the_coordinated_meeting_is_coded_as_announced():
    # heldout8 V039 (Modi's working visit to Washington): labelled IND>USA and IND<>USA AGREE/CONSULT, both announced;
    # the meeting, "and hold a bilateral meeting with President Donald Trump", is an announced act (CAMEO 036)
    assert ("IND", "USA", "036") in row_codes("heldout8_prose.tsv", "V039")


def test_a_tour_s_later_stop_after_will_visit():
    # general sentences: the later stop of an announced tour, after "and then", "then" or "and later"
    for sentence in (
        "Japanese Prime Minister Fumio Kishida will visit Vietnam and then travel to Indonesia.",
        "Japanese Prime Minister Fumio Kishida is scheduled to visit Vietnam, then travel to Indonesia.",
        "Japanese Prime Minister Fumio Kishida will travel to Vietnam and later visit Indonesia.",
    ):
        records = row_codes_of(sentence)
        assert ("JPN", "IDN", "CONSULT") in records, sentence
    # the guard: a verb of a relative clause leads no verb after that clause ("where he is expected to hold talks with
    # Xi, then travel": the traveller is the sentence's subject, whom the frame does not read), so no Chinese traveller
    sentence = (
        "Indonesian President Prabowo Subianto said he would first visit Beijing, where he is expected to hold talks "
        "with Chinese President Xi Jinping, then travel to Washington."
    )
    assert ("CHN", "USA", "CONSULT") not in row_codes_of(sentence)


def row_codes_of(sentence: str) -> set[tuple[str, str | None, str | None]]:
    """(source, target, PLOVER type) of every record of a sentence read on its own."""
    return {(r["source"], r["target"], r["plover"]) for r in code_sentence(sentence)}

