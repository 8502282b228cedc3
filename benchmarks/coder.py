"""Coder throughput on one core: sentences/s of `code_sentence` vs a plain regex tokenizer pass.

Sentences are the mirror's gold sentences (ConfliBERT 5-class, PLOVER gold, PETRARCH unit tests),
repeated to `--sentences`; the baseline is one regex tokenisation of the same sentences, measured in
the same run, so the printed ratio is comparable across machines. Target: >= 1,000 sentences/s (for
the default fast mode; the opt-in accurate mode, `--model accurate`, embeds every sentence and is slower).
It also times `code` on one 100,000-character line made of the same sentences (bounded work: the text
is split into sentences of at most 600 characters, so this must take seconds, not minutes).

    taskset -c 0 python benchmarks/coder.py [--sentences 5000] [--model fast|accurate]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time

from latitude.coding import gold
from latitude.coding.coder import code, code_sentence

WORD = re.compile(r"[A-Za-z0-9]+")


def sentences(count: int) -> list[str]:
    pool = [e.text for e in gold.conflibert_classes()] + [e.text for e in gold.plover_records()]
    pool += [e.text for e in gold.petrarch_records()]
    return (pool * (count // len(pool) + 1))[:count]


def timed(function, items) -> float:
    start = time.perf_counter()
    for item in items:
        function(item)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--model", choices=("fast", "accurate"), default="fast")
    args = parser.parse_args()
    items = sentences(args.sentences)
    day = dt.date(2026, 1, 15)
    code_sentence(items[0], day, model=args.model)  # load tables and models outside the timing
    baseline = timed(WORD.findall, items)
    coder = timed(lambda s: code_sentence(s, day, model=args.model), items)
    events = sum(bool(code_sentence(s, day)) for s in items[:1000])
    long_line = " ".join(items[: len(items) // 10])[:100_000]  # one 100,000-character line, no line breaks
    start = time.perf_counter()
    long_events = len(list(code(long_line, date=day.isoformat(), model=args.model)))
    long_seconds = time.perf_counter() - start
    print(f"sentences: {len(items):,}  (events from the first 1,000: {events})")
    print(f"regex tokenizer baseline: {len(items) / baseline:,.0f} sentences/s")
    print(f"latitude coder ({args.model}):    {len(items) / coder:,.0f} sentences/s")
    print(f"coder time / baseline time: {coder / baseline:,.0f}x")
    print(f"target >= 1,000 sentences/s: {'met' if len(items) / coder >= 1000 else 'NOT met'}")
    print(f"one 100,000-character line: {long_seconds:.2f} s ({long_events} events)")


if __name__ == "__main__":
    main()
