"""Which of many fixture texts hold a string, found without scanning every text: the fresh-set checks ask it for every
sentence and page of every held-out set, against some ten megabytes of fixtures (a plain scan per question cost
most of a minute of the fast tier)."""

from collections.abc import Sequence

WIDTH = 32  # the indexed windows' length
STEP = 16  # a window starts at every STEP-th character of each text
SHORTEST = WIDTH + STEP - 1  # a string this long holds a whole indexed window of each of its occurrences


class SubstringIndex:
    """The texts' windows of WIDTH characters starting at multiples of STEP, by hash, with the texts holding each.

    An occurrence of a string of SHORTEST or more characters starting at p covers the window starting at the first
    multiple of STEP from p (at most STEP - 1 further on), and that window is one of the string's first STEP windows;
    so the texts holding one of those windows (checked with `in`) are exactly the texts holding the string. Shorter
    strings are scanned for."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = tuple(texts)
        alone = [(number,) for number in range(len(self.texts))]  # one shared tuple for a window one text holds
        self._holders: dict[int, tuple[int, ...]] = {}
        for number, text in enumerate(self.texts):
            for start in range(0, len(text) - WIDTH + 1, STEP):
                key = hash(text[start:start + WIDTH])
                holders = self._holders.get(key)
                if holders is None:
                    self._holders[key] = alone[number]
                elif holders[-1] != number:
                    self._holders[key] = (*holders, number)

    def holders(self, needle: str) -> list[int]:
        """The numbers of the texts that hold `needle`, in order (the texts `needle in text` is true for)."""
        if len(needle) < SHORTEST:
            return [number for number, text in enumerate(self.texts) if needle in text]
        found = {number for start in range(STEP) for number in self._holders.get(hash(needle[start:start + WIDTH]), ())}
        return sorted(number for number in found if needle in self.texts[number])
