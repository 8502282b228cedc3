"""The one exception type latitude raises for bad input.

Its message is a single line naming what was wrong and how to fix it; the CLI prints it
without a traceback and exits with status 1.
"""


class LatitudeError(Exception):
    """Bad input, missing data or an unusable file, explained in one line."""
