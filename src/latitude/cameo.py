"""CAMEO in one place: root codes, GDELT's QuadClass, Goldstein scores and names.

Two groupings of the twenty CAMEO root codes are in use, and they differ:

- **GDELT QuadClass** (GDELT Event Codebook 2.0, and every GDELT export): roots 01-05 verbal
  cooperation (1), 06-09 material cooperation (2), 10-14 verbal conflict (3), 15-20 material
  conflict (4). latitude's `events` table, its series and triads use this one.
- **ConfliBERT's five classes** (Hu et al. 2022, `data/cameo_class`): 0 statement (01-02),
  1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
  4 material conflict (14-20). The coder is evaluated against it; nothing is stored in it.

Goldstein (1992) scores and code names come from the CAMEO table shipped with the coder
(GDELT's `CAMEO.goldsteinscale.txt` and the CAMEO 1.1b3 codebook names).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

QUAD_CLASSES = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
QUAD_LABELS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
# GDELT QuadClass: (first root, last root) per class
QUAD_ROOTS = {1: (1, 5), 2: (6, 9), 3: (10, 14), 4: (15, 20)}

CONFLIBERT_CLASSES = ("statement", "verbal cooperation", "material cooperation", "verbal conflict",
                      "material conflict")
# ConfliBERT 5-class: (first root, last root) per class 0-4
CONFLIBERT_ROOTS = {0: (1, 2), 1: (3, 5), 2: (6, 8), 3: (9, 13), 4: (14, 20)}


def root_of(code: str | int | None) -> int | None:
    """The root (1-20) of a CAMEO code given as text ('0231', '14', '190') or a number; None if
    it is not a CAMEO code."""
    if code is None:
        return None
    text = str(code).strip()
    if isinstance(code, int):
        text = f"{code:02d}" if code < 100 else str(code)
    if len(text) < 2 or not text[:2].isdigit():
        return None
    root = int(text[:2])
    return root if 1 <= root <= 20 else None


def quad_class(code: str | int | None) -> int | None:
    """GDELT QuadClass (1-4) of a CAMEO code or root; None if it is not a CAMEO code."""
    root = root_of(code)
    if root is None:
        return None
    return next(q for q, (lo, hi) in QUAD_ROOTS.items() if lo <= root <= hi)


def quad_class_sql(root: str) -> str:
    """A SQL CASE giving the GDELT QuadClass of a two-character root-code expression (for the file
    readers, which stream through DuckDB)."""
    whens = " ".join(f"WHEN {root} BETWEEN '{lo:02d}' AND '{hi:02d}' THEN {q}" for q, (lo, hi) in QUAD_ROOTS.items())
    return f"CASE {whens} END"


def conflibert_class(code: str | int | None) -> int | None:
    """ConfliBERT's 5-class label (0 statement ... 4 material conflict) of a CAMEO code or root."""
    root = root_of(code)
    if root is None:
        return None
    return next(c for c, (lo, hi) in CONFLIBERT_ROOTS.items() if lo <= root <= hi)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, float | None]]:
    """code -> (name, Goldstein score) from the packaged CAMEO table."""
    out: dict[str, tuple[str, float | None]] = {}
    with resources.files("latitude.coding").joinpath("data/cameo.tsv").open("r", encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        code_at, name_at, score_at = header.index("code"), header.index("name"), header.index("goldstein")
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            score = cells[score_at].strip()
            out[cells[code_at]] = (cells[name_at], float(score) if score else None)
    return out


def goldstein(code: str) -> float | None:
    """Goldstein (1992) conflict-cooperation score of a CAMEO code (-10 to +10); None if unknown."""
    found = _table().get(str(code).strip())
    return None if found is None else found[1]


def name(code: str) -> str | None:
    """The CAMEO name of a code ('042' -> 'Make a visit'); None if unknown."""
    found = _table().get(str(code).strip())
    return None if found is None else found[0]


def goldstein_table() -> dict[str, float]:
    """Every CAMEO code with a Goldstein score."""
    return {code: score for code, (_, score) in _table().items() if score is not None}
