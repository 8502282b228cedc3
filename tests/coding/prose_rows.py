"""One labelled prose row's coded records, a lone sentence's first record, or the records of a few sentences read
as one article, for the round tests that quote development rows."""

import copy
import datetime as dt
from functools import cache
from pathlib import Path

from latitude.coding.coder import Article, _parties_at_home, _records, analyse, code, code_article, code_sentence
from latitude.coding.context import ArticleContext
from latitude.coding.eventness import clause_breaks, clause_starts
from latitude.coding.gazetteer import find_actors
from latitude.coding.prose import ProseRow, _coded, read_prose
from latitude.coding.text import raw_tokens

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "coding"


@cache
def _fixture_rows(fixture: str) -> tuple[ProseRow, ...]:
    return tuple(read_prose(FIXTURES / fixture))


@cache
def _coded_article(fixture: str, url: str) -> dict[str, list[dict]]:
    """The coder's records of each row of one article of a fixture, coded once per run: the round tests quote 846
    rows of 653 articles through `coded_row` and more through `row_records`, a quarter of their sentences coded
    again for another row of the same article. A test that patches the coder clears this (`clear_codings`, called
    by the coding tests' conftest)."""
    return _coded([r for r in _fixture_rows(fixture) if r.url == url], "fast")


def clear_codings() -> None:
    """Forget the articles coded so far (before and after a test that patches the coder)."""
    _coded_article.cache_clear()


def coded_row(fixture: str, row_id: str) -> tuple[ProseRow, list[dict]]:
    """A labelled row and the coder's records of it, read in its article as `prose_scores` reads it (a copy: the
    test may change it)."""
    (row,) = [r for r in _fixture_rows(fixture) if r.id == row_id]
    return row, copy.deepcopy(_coded_article(fixture, row.url)[row_id])


def row_codes(fixture: str, row_id: str) -> set[tuple[str, str, str]]:
    """The (source, target, CAMEO code) of each record of a labelled row, read in its article."""
    return {(r["source"], r["target"], r["cameo"]) for r in coded_row(fixture, row_id)[1]}


def row_pairs(fixture: str, row_id: str) -> set[frozenset]:
    """The unordered (source, target) pair of each record of a labelled row, read in its article."""
    return {frozenset((source, target)) for source, target, _ in row_codes(fixture, row_id)}


def row_directed_pairs(fixture: str, row_id: str) -> set[tuple[str, str]]:
    """The (source, target) of each record of a labelled row, read in its article."""
    return {(source, target) for source, target, _ in row_codes(fixture, row_id)}


def labels_found(fixture: str, row_id: str) -> list[bool]:
    """For each event a row is labelled with, whether a record of it (read in its article) matches it."""
    row, records = coded_row(fixture, row_id)
    return [any(event.matches(record) for record in records) for event in row.events]


def all_found(fixture: str, row_id: str) -> bool:
    """Whether a row is labelled with events and every one of them is matched by a record (read in its article)."""
    found = labels_found(fixture, row_id)
    return bool(found) and all(found)


def quiet(fixture: str, row_id: str) -> bool:
    """Whether a row labelled with no event gets no record (read in its article)."""
    row, records = coded_row(fixture, row_id)
    return not row.events and records == []


def row_records(fixture: str, row_id: str, text: str) -> list[dict]:
    """The coder's records of one labelled row (checked against its quoted text), read in its article as
    `prose_scores` reads it (a copy: the test may change it)."""
    row = next(r for r in _fixture_rows(fixture) if r.id == row_id and r.text == text)
    return copy.deepcopy(_coded_article(fixture, row.url)[row_id])


def pairs(records: list[dict], plover: str) -> set[frozenset[str]]:
    """The unordered state pairs of the records of one PLOVER type that have a target."""
    return {frozenset((r["source"], r["target"])) for r in records if r["plover"] == plover and r["target"] is not None}


def typed_pairs(records: list[dict], plover: str) -> set[frozenset]:
    """The unordered (source, target) pairs of the records of one PLOVER type, a missing target kept as None (so a
    one-party record of that type shows in the set; `pairs` leaves those out)."""
    return {frozenset((r["source"], r["target"])) for r in records if r["plover"] == plover}


def has(records: list[dict], source: str, target: str | None, plover: str) -> bool:
    """Whether a record has this source, PLOVER type and target (any target when `target` is None)."""
    return any(r["source"] == source and (target is None or r["target"] == target) and r["plover"] == plover for r in records)


def lone_record(sentence: str, date: dt.date | None = None) -> dict:
    """The first record of a sentence read on its own (`code_sentence`); fails when there is none."""
    records = code_sentence(sentence, date)
    assert records, sentence
    return records[0]


def ungated_record(sentence: str, date: dt.date | None = None) -> dict:
    """The first record of a sentence read on its own with the is-it-an-event gate open: for tests of who is source
    and target, where the lone sentence's probability sits near the gate's boundary and moves with each refit of
    the model (`code_sentence` applies the gate; fails when the reading gives no record)."""
    found = analyse(sentence, date)
    records = _parties_at_home(found, _records(found, sentence, date, "", True, alone=True)) if found else []
    assert records, sentence
    return records[0]


def lone_codes(sentence: str, date: dt.date | None = None) -> tuple[str | None, str | None, str | None]:
    """The PLOVER type, source and target of a sentence's first record read on its own."""
    record = lone_record(sentence, date)
    return record["plover"], record["source"], record["target"]


def first_codes(sentence: str, date: dt.date | None = None) -> tuple[str | None, str | None, str | None] | tuple[()]:
    """The PLOVER type, source and target of a sentence's first record read on its own, or () when it has none."""
    records = code_sentence(sentence, date)
    return (records[0]["plover"], records[0]["source"], records[0]["target"]) if records else ()


def lone_typed(sentence: str, date: dt.date | None = None) -> tuple[str | None, str, str | None, str | None]:
    """The PLOVER type, CAMEO code, source and target of a sentence's first record read on its own."""
    record = lone_record(sentence, date)
    return record["plover"], record["cameo"], record["source"], record["target"]


Code = tuple[str, str | None, str | None]


def excerpt_codes(sentences: list[str], date: dt.date | None = None,
                  headline: str = "") -> list[tuple[str, str | None, str | None, str]]:
    """(source, target, PLOVER type, sentence) of each record of sentences read as one article (an excerpt of
    a labelled page, with its headline as a line of its own when given)."""
    text = (headline + "\n" if headline else "") + " ".join(sentences)
    return [(r["source"], r["target"], r["plover"], r["sentence"])
            for r in code_article(Article("https://example.org/excerpt", text, date))]


def codes_of(coded: list[tuple[str, str | None, str | None, str]], start: str) -> list[Code]:
    """(source, target, PLOVER type) of the excerpt's records whose sentence starts with `start`."""
    return [(source, target, plover) for source, target, plover, sentence in coded if sentence.startswith(start)]


TRILATERAL = {frozenset(("USA", "JPN")), frozenset(("USA", "KOR")), frozenset(("JPN", "KOR"))}


def trio_pairs(a: str, b: str, c: str) -> set[frozenset]:
    """The three unordered pairs of three states, as a meeting of the three is labelled."""
    return {frozenset((a, b)), frozenset((a, c)), frozenset((b, c))}


def exercise_pairs(text: str) -> list[set[frozenset[str]]]:
    """For each sentence of an article (one per line, dated 2025-09-16), the unordered state pairs of its COOPERATE
    records (coder rounds 76 and 85: joint exercises)."""
    lines = text.strip().split("\n")
    out: list[set[frozenset[str]]] = [set() for _ in lines]
    for record in code(Article("test", " ".join(lines), dt.date(2025, 9, 16)), model="fast"):
        if record["plover"] == "COOPERATE" and record["target"] is not None:
            k = next(k for k, line in enumerate(lines) if record["sentence"] in line or line in record["sentence"])
            out[k].add(frozenset((record["source"], record["target"])))
    return out


def states_over(sentence: str, name: str, date: dt.date | None = None, clauses: bool = False) -> set[str]:
    """The states of the actor mentions that overlap `name` in a sentence (`find_actors` on its raw tokens; with
    `clauses`, given the sentence's clause breaks as the coder gives them), for the actors rounds' probes."""
    raw = raw_tokens(sentence)
    key = raw_tokens(name)
    start = next(i for i in range(len(raw)) if raw[i : i + len(key)] == key)
    mentions = find_actors(raw, date, breaks=clause_breaks(clause_starts(sentence)) if clauses else frozenset())
    return {m.code for m in mentions if m.start < start + len(key) and start < m.end}


def people_states(text: str, date: dt.date | None = None) -> dict[str, str]:
    """Each person's mention in a sentence and its state (`find_actors` on its raw tokens, given the sentence's clause
    breaks as the coder gives them), for the actors rounds' probes."""
    breaks = clause_breaks(clause_starts(text))
    return {m.text: m.code for m in find_actors(raw_tokens(text), date, breaks=breaks) if m.person}


def article_person_states(sentences: list[str], name: str, date: dt.date | None = None) -> list[str]:
    """The states of the person mentions over `name` in an article's last sentence, read after the others (`analyse`
    with one `ArticleContext` carried through), for the actors rounds' probes by article."""
    context = ArticleContext()
    found = None
    for text in sentences:
        found = analyse(text, date, context=context)
        assert found is not None
        context.remember(found.words, found.mentions, found.ties)
        context.remember_frames(found.words, found.frames)
    return [m.code for m in found.mentions if m.person and name.lower() in found.words[m.start : m.end]]


def sentence_state_of(text: str, name: str, date: dt.date | None = None) -> str | None:
    """The state of the first person the coder reads in one sentence (`analyse` with a fresh `ArticleContext`) whose
    words hold `name`, for the actors rounds' probes."""
    found = analyse(text, date, context=ArticleContext())
    assert found is not None
    return next(
        (m.code for m in found.mentions if m.person and name.lower() in " ".join(found.words[m.start : m.end])), None
    )


def state_in_article(sentences: tuple[str, ...], name: str, date: dt.date | None = None) -> str | None:
    """The state of the coder's mention over `name` in the last sentence, the sentences read in order as one article
    (`analyse` with an `ArticleContext` that also remembers frames), for the actors rounds' probes."""
    found = _last_reading(sentences, date, frames=True)
    at = raw_tokens(sentences[-1]).index(name)
    return next((m.code for m in (found.mentions if found else []) if m.start <= at < m.end), None)


def last_sentence_states(sentences: list[str], date: dt.date | None = None) -> dict[str, str]:
    """The state of each mention of the last sentence, read after the sentences before it as one article (`analyse`
    with an `ArticleContext` that remembers each sentence's mentions and ties), for the rounds' probes of stand-ins and
    surnames; {} when the last sentence is not read."""
    found = _last_reading(sentences, date, frames=False)
    return {m.text: m.code for m in found.mentions} if found is not None else {}


def _last_reading(sentences, date: dt.date | None, frames: bool):
    """The coder's reading of the last sentence (None if it is not read), the sentences read in order as one article:
    each read sentence's mentions and ties remembered, and its frames when `frames`."""
    context = ArticleContext()
    found = None
    for sentence in sentences:
        found = analyse(sentence, date, context=context)
        if found is not None:
            context.remember(found.words, found.mentions, found.ties)
            if frames:
                context.remember_frames(found.words, found.frames)
    return found


def article_records(text: str) -> list[dict]:
    """The records of `text` coded as one article with no date (`code` of an `Article`), for the rounds' general probes."""
    return list(code(Article("general", text, None)))


def sentence_pairs(text: str, start: str) -> set[frozenset]:
    """The unordered (source, target) pairs of `article_records(text)` in sentences opening with `start`."""
    return {frozenset((r["source"], r["target"])) for r in article_records(text) if r["sentence"].startswith(start)}


def launched(records: list[dict], source: str, target: str | None = None) -> bool:
    """Whether a record is `source`'s launch or attack (at `target`, if given)."""
    return any(
        r["source"] == source and (target is None or r["target"] == target) and r["plover"] in ("ASSAULT", "MOBILIZE")
        for r in records
    )
