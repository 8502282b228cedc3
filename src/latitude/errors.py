"""The one exception type latitude raises for bad input, and how its message is shown.

Its message is a single line naming what was wrong and how to fix it; the CLI prints it
without a traceback and exits with status 1. Messages often quote what the user gave (a
file's contents, a name); `printable` makes such a quote safe to show on a terminal.
"""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class LatitudeError(Exception):
    """Bad input, missing data or an unusable file, explained in one line."""


def printable(text: str) -> str:
    """`text` with control characters (ESC, NUL, newlines, C1 codes) written as escapes
    (\\x1b, \\x00, \\n), so quoting user input cannot move the cursor, clear the screen or
    split a one-line message."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1] if m.group() in "\n\r\t" else f"\\x{ord(m.group()):02x}",
                        text)
