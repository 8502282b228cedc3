"""Text normalisation, sentence splitting and tokenising shared by the coder and its build step."""

from __future__ import annotations

import re
import unicodedata

_SENTENCE_END = re.compile(r"[.!?][\"')]?(\s+)(?=[\"'(]?[A-Z0-9])")
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Sen|Rep|Gov|Pres|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"No|Vol|vs|etc|U\.S|U\.N|U\.K|E\.U|S|N|Jr|Sr|Inc|Co|Corp|Ltd|a\.m|p\.m)\.$"
)
_WORD = re.compile(r"[a-z0-9]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def clean(text: str) -> str:
    """Unify quotes and dashes and collapse whitespace."""
    return " ".join(text.translate(_QUOTES).split())


_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"  # SEOUL / NEW YORK, N.Y.
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*\([A-Za-z .&-]+\))?|\s*\([A-Za-z .&-]+\))"  # , Jan. 14 (Yonhap)
    r"\s*(?:--|-|:)\s+"
)


def strip_dateline(text: str) -> str:
    """Drop a wire dateline such as 'SEOUL, Jan. 14 (Yonhap) -- ' from the start of an article."""
    return _DATELINE.sub("", text, count=1)


def split_sentences(text: str) -> list[str]:
    """Split running news text into sentences (rule-based; keeps abbreviations like 'U.S.' intact)."""
    text = clean(text)
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start(1)]
        if _ABBREVIATIONS.search(candidate[-12:]):  # its end suffices; linear on long texts
            continue
        pieces.append(candidate)
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def fold(text: str) -> str:
    """Accents folded to ASCII ('Côte d'Ivoire' -> 'Cote d'Ivoire', 'Türkiye' -> 'Turkiye')."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; hyphens and apostrophes split words ('Dae-jung' -> 'dae jung')."""
    return _WORD.findall(fold(text.translate(_QUOTES)).lower().replace("-", " "))


_WORD_CASED = re.compile(r"[A-Za-z0-9]+")


def raw_tokens(text: str) -> list[str]:
    """Tokens in original case, split the same way as `tokens` (so positions line up)."""
    return _WORD_CASED.findall(fold(text.translate(_QUOTES)).replace("-", " "))


def tokens_with_names(text: str) -> tuple[list[str], frozenset[int]]:
    """Lower-case tokens plus the positions of capitalised tokens (not sentence-initial)."""
    raw = raw_tokens(text)
    names = frozenset(i for i, w in enumerate(raw) if i > 0 and w[0].isupper())
    return [w.lower() for w in raw], names
