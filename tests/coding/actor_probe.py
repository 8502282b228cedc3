"""The state the gazetteer gives a name in a sentence, for the actors round tests that quote development sentences."""

import datetime as dt

from latitude.coding.gazetteer import find_actors
from latitude.coding.text import raw_tokens


def state_of(sentence: str, name: str, date: dt.date | None = None) -> str | None:
    """The state of the mention that covers the first word of `name` in the sentence, else None."""
    raw = raw_tokens(sentence)
    first = raw.index(raw_tokens(name)[0])
    return next((m.code for m in find_actors(raw, date) if m.start <= first < m.end), None)
