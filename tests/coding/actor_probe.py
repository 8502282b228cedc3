"""The state the gazetteer gives a name in a sentence, for the actors round tests that quote development sentences."""

import datetime as dt

from latitude.coding.eventness import clause_breaks, clause_starts
from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def state_of(sentence: str, name: str, date: dt.date | None = None) -> str | None:
    """The state of the mention that covers the first word of `name` in the sentence (read with its clause breaks, as
    `evaluate.named_actor_scores` reads it), else None."""
    raw = raw_tokens(sentence)
    first = raw.index(raw_tokens(name)[0])
    mentions = find_actors(raw, date, breaks=clause_breaks(clause_starts(sentence)))
    return next((m.code for m in mentions if m.start <= first < m.end), None)
